// Compliance rules and the list of devices that fail them, per member and department, for the
// system owners.

import type { Actor } from '../../app/auth/roles.ts';
import { AppError, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { updateOwnedRow } from '../../db/owned.ts';
import { osloDate } from '../../shared/dates.ts';
import { auditChange } from '../audit/audit.service.ts';
import { assertKeepsFleet, deviceScope, inScope } from './access.ts';
import { type Rule, violations } from './compliance.ts';
import * as repo from './devices.repository.ts';
import { deviceView, fleetLookups } from './fleet.service.ts';
import type { DeviceKind } from './tables.ts';

type RuleRow = Awaited<ReturnType<typeof repo.listRules>>[number];

const asRule = (r: RuleRow): Rule => ({
  kind: r.kind,
  groupName: r.group_name,
  categoryId: r.category_id,
  memberId: r.member_id,
  minMemoryMb: r.min_memory_mb,
  minStorageGb: r.min_storage_gb,
  maxAgeMonths: r.max_age_months,
  effectiveFrom: r.effective_from,
});

const ruleView = (r: RuleRow, today: string) => ({
  id: r.id,
  name: r.name,
  description: r.description,
  kind: r.kind,
  groupName: r.group_name,
  categoryId: r.category_id,
  memberId: r.member_id,
  minMemoryMb: r.min_memory_mb,
  minStorageGb: r.min_storage_gb,
  maxAgeMonths: r.max_age_months,
  effectiveFrom: r.effective_from,
  inEffect: r.active && r.effective_from <= today,
  active: r.active,
});

export async function listRules(db: Db, actor: Actor, now: Date) {
  deviceScope(actor);
  const today = osloDate(now);
  return { items: (await repo.listRules(db, actor.cooperationId)).map((r) => ruleView(r, today)) };
}

export interface RuleInput {
  name: string;
  description: string;
  kind: DeviceKind | null;
  groupName: string | null;
  categoryId: string | null;
  memberId: string | null;
  minMemoryMb: number | null;
  minStorageGb: number | null;
  maxAgeMonths: number | null;
  effectiveFrom: string;
  active: boolean;
}

export async function saveRule(
  db: Db,
  actor: Actor,
  id: string | null,
  input: RuleInput,
  now: Date,
  requestId?: string,
) {
  assertKeepsFleet(actor);
  if (input.minMemoryMb === null && input.minStorageGb === null && input.maxAgeMonths === null)
    throw new AppError('validation_failed', 'A rule needs a minimum memory, a minimum storage or a maximum age.', [
      { path: 'minMemoryMb', message: 'Give at least one requirement.', code: 'required' },
    ]);
  const ruleId = id ?? crypto.randomUUID();
  await inTransaction(db, async (tx) => {
    const l = await fleetLookups(tx, actor.cooperationId);
    if (input.memberId && !l.memberName.has(input.memberId)) throw notFound('The member');
    if (input.categoryId && !l.categoryName.has(input.categoryId)) throw notFound('The category');
    const values = {
      name: input.name,
      description: input.description,
      kind: input.kind,
      group_name: input.groupName,
      category_id: input.categoryId,
      member_id: input.memberId,
      min_memory_mb: input.minMemoryMb,
      min_storage_gb: input.minStorageGb,
      max_age_months: input.maxAgeMonths,
      effective_from: input.effectiveFrom,
      active: input.active,
      updated_at: now,
    };
    if (id) {
      await updateOwnedRow(tx, 'device_rule', actor.cooperationId, id, values, 'The rule');
    } else
      await tx
        .insertInto('device_rule')
        .values({ id: ruleId, cooperation_id: actor.cooperationId, created_at: now, ...values })
        .execute();
    await auditChange(
      tx,
      actor,
      id ? 'update' : 'create',
      'device_rule',
      ruleId,
      `Compliance rule ${input.name}`,
      requestId,
      input,
    );
  });
  const today = osloDate(now);
  const rule = await repo.getRule(db, actor.cooperationId, ruleId);
  return ruleView(rule!, today);
}

/** The devices that fail a rule, with what they fail, and counts per member and department. */
export async function nonCompliant(db: Db, actor: Actor, id: string, q: { memberId?: string }, now: Date) {
  const scope = deviceScope(actor);
  if (q.memberId && !inScope(scope, q.memberId)) throw notFound('The member');
  const rule = await repo.getRule(db, actor.cooperationId, id);
  if (!rule) throw notFound('The rule');
  const today = osloDate(now);
  const l = await fleetLookups(db, actor.cooperationId);
  const candidates = await repo.candidatesOfRule(
    db,
    actor.cooperationId,
    q.memberId ? { ...rule, member_id: rule.member_id ?? q.memberId } : rule,
    scope,
  );
  const r = asRule(rule);
  const items = [];
  let covered = 0;
  const byDepartment = new Map<
    string,
    { memberId: string; memberName: string; department: string; count: number; covered: number }
  >();
  for (const d of candidates) {
    if (q.memberId && d.member_id !== q.memberId) continue;
    covered++;
    const v = violations(
      r,
      {
        kind: d.kind,
        status: d.status,
        memberId: d.member_id,
        categoryId: d.category_id,
        groups: d.groups,
        memoryMb: d.memory_mb,
        storageGb: d.storage_gb,
        purchasedOn: d.purchased_on,
      },
      today,
    );
    const key = `${d.member_id}\u0000${d.department}`;
    const g = byDepartment.get(key) ?? {
      memberId: d.member_id,
      memberName: l.memberName.get(d.member_id) ?? '',
      department: d.department,
      count: 0,
      covered: 0,
    };
    byDepartment.set(key, g);
    g.covered++;
    if (v.length === 0) continue;
    g.count++;
    items.push({ device: deviceView(d, l, today), violations: v });
  }
  return {
    rule: ruleView(rule, today),
    covered,
    nonCompliant: items.length,
    departments: [...byDepartment.values()].filter((g) => g.count > 0),
    items,
  };
}
