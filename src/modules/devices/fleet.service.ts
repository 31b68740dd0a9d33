// Use cases of the fleet: categories with lifetimes and prices, the device list and one device,
// registering and changing devices, handing a device out as a replacement, and "my devices".

import type { Actor } from '../../app/auth/roles.ts';
import { AppError, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { osloDate } from '../../shared/dates.ts';
import { auditChange } from '../audit/audit.service.ts';
import {
  assertAdmin,
  assertKeepsFleet,
  canKeepFleet,
  canListDevices,
  deviceScope,
  inScope,
  memberScope,
} from './access.ts';
import type { DeviceFilter, DeviceRow, DeviceSort } from './devices.repository.ts';
import * as repo from './devices.repository.ts';
import { expiryDate, rotationWindow } from './rotation.ts';
import { DEVICE_KINDS, type DeviceKind, type DeviceStatus } from './tables.ts';

/** Names of members and categories, and lifetimes, of a cooperation: read once per use case. */
export async function fleetLookups(db: Db, coop: string) {
  const [members, categories, policies] = await Promise.all([
    repo.listMembers(db, coop),
    repo.listCategories(db, coop),
    repo.listPolicies(db, coop),
  ]);
  const policy = new Map(policies.map((p) => [`${p.category_id}:${p.kind}`, p]));
  return {
    members,
    categories,
    policies,
    memberName: new Map(members.map((m) => [m.id, m.name])),
    categoryName: new Map(categories.map((c) => [c.id, c.name])),
    policy: (categoryId: string, kind: DeviceKind) => policy.get(`${categoryId}:${kind}`),
    /** months; a category without a lifetime for the kind uses the demo's defaults (PC 4 years, mobile 3) */
    lifetime: (categoryId: string, kind: DeviceKind) =>
      policy.get(`${categoryId}:${kind}`)?.lifetime_months ?? (kind === 'pc' ? 48 : 36),
  };
}
export type FleetLookups = Awaited<ReturnType<typeof fleetLookups>>;

export function deviceView(r: DeviceRow, l: FleetLookups, today: string) {
  return {
    id: r.id,
    serial: r.serial,
    name: r.name,
    kind: r.kind,
    memberId: r.member_id,
    memberName: l.memberName.get(r.member_id) ?? '',
    categoryId: r.category_id,
    categoryName: l.categoryName.get(r.category_id) ?? '',
    manufacturer: r.manufacturer,
    model: r.model,
    os: r.os,
    memoryMb: r.memory_mb,
    storageGb: r.storage_gb,
    purchasedOn: r.purchased_on,
    expiresOn: r.expires_on,
    expired: r.expires_on !== null && r.expires_on <= today,
    status: r.status,
    assignedUserId: r.assigned_user_id,
    assignedTo: r.assigned_to,
    department: r.department,
    groups: r.groups,
    lastSeenAt: r.last_seen_at?.toISOString() ?? null,
    orderId: r.order_id,
    receivedOn: r.received_on,
    replacedById: r.replaced_by_id,
    source: r.source,
    notes: r.notes,
    updatedAt: r.updated_at.toISOString(),
  };
}

/** What the device pages need to build their forms and filters. */
export async function fleetSettings(db: Db, actor: Actor) {
  const l = await fleetLookups(db, actor.cooperationId);
  const scope = memberScope(actor);
  return {
    canKeep: canKeepFleet(actor),
    canList: canListDevices(actor),
    canAdmin: actor.roles.some((g) => g.role === 'admin'),
    // the members the user may choose among (a system owner: their own)
    members: l.members.filter((m) => inScope(scope, m.id)).map((m) => ({ id: m.id, code: m.code, name: m.name })),
    categories: l.categories.map((c) => ({
      id: c.id,
      key: c.key,
      name: c.name,
      sort: c.sort,
      archived: c.archived,
      policies: DEVICE_KINDS.map((kind) => {
        const p = l.policy(c.id, kind);
        return { kind, lifetimeMonths: p?.lifetime_months ?? null, unitPriceOre: p?.unit_price_ore ?? null };
      }),
    })),
  };
}

export interface CategoryInput {
  key: string;
  name: string;
  sort: number;
  archived: boolean;
  policies: { kind: DeviceKind; lifetimeMonths: number; unitPriceOre: number }[];
}

/** Create or change a category; a changed lifetime moves the expiry of the category's devices of that kind. */
export async function saveCategory(db: Db, actor: Actor, id: string | null, input: CategoryInput, requestId?: string) {
  assertAdmin(actor);
  const coop = actor.cooperationId;
  return inTransaction(db, async (tx) => {
    const clash = await tx
      .selectFrom('device_category')
      .select('id')
      .where('cooperation_id', '=', coop)
      .where('key', '=', input.key)
      .executeTakeFirst();
    if (clash && clash.id !== id)
      throw new AppError('conflict', `A category with the key ${input.key} exists already.`, [
        { path: 'key', message: 'The key is taken.', code: 'taken' },
      ]);
    let categoryId = id;
    if (id) {
      const n = await tx
        .updateTable('device_category')
        .set({ key: input.key, name: input.name, sort: input.sort, archived: input.archived })
        .where('cooperation_id', '=', coop)
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(n.numUpdatedRows) === 0) throw notFound('The category');
    } else {
      categoryId = crypto.randomUUID();
      await tx
        .insertInto('device_category')
        .values({ id: categoryId, cooperation_id: coop, key: input.key, name: input.name, sort: input.sort })
        .execute();
    }
    const before = await repo.listPolicies(tx, coop);
    let moved = 0;
    for (const p of input.policies) {
      const old = before.find((b) => b.category_id === categoryId && b.kind === p.kind);
      await tx
        .insertInto('device_policy')
        .values({
          category_id: categoryId!,
          cooperation_id: coop,
          kind: p.kind,
          lifetime_months: p.lifetimeMonths,
          unit_price_ore: p.unitPriceOre,
        })
        .onConflict((oc) =>
          oc.columns(['category_id', 'kind']).doUpdateSet({
            lifetime_months: p.lifetimeMonths,
            unit_price_ore: p.unitPriceOre,
          }),
        )
        .execute();
      if (old?.lifetime_months !== p.lifetimeMonths) {
        const r = await repo.recomputeExpiry(tx, coop, categoryId!, p.kind, p.lifetimeMonths);
        moved += Number(r.numAffectedRows ?? 0);
      }
    }
    await auditChange(
      tx,
      actor,
      id ? 'update' : 'create',
      'device_category',
      categoryId!,
      `Device category ${input.name}${moved ? ` (expiry of ${moved} devices recomputed)` : ''}`,
      requestId,
      input,
    );
    return { id: categoryId!, devicesRecomputed: moved };
  });
}

export interface DeviceQuery {
  memberId?: string;
  categoryId?: string;
  kind?: DeviceKind;
  status?: DeviceStatus;
  cell?: DeviceFilter['cell'];
  month?: string;
  expiresIn?: string;
  overdueBefore?: string;
  q?: string;
  department?: string;
  group?: string;
  orderId?: string;
  sort?: DeviceSort;
  limit?: number;
  offset?: number;
}

/** Devices matching a filter, a page at a time; a table cell (`cell` + `month`) gives the devices behind its count. */
export async function listDevices(db: Db, actor: Actor, q: DeviceQuery, now: Date) {
  const scope = deviceScope(actor);
  if (q.memberId && !inScope(scope, q.memberId)) throw notFound('The member');
  if (q.cell && !q.month) throw new AppError('validation_failed', 'A table cell needs its month.');
  const l = await fleetLookups(db, actor.cooperationId);
  const filter: DeviceFilter = {
    scope,
    ...(q.memberId && { memberId: q.memberId }),
    ...(q.categoryId && { categoryId: q.categoryId }),
    ...(q.kind && { kind: q.kind }),
    ...(q.status && { status: q.status }),
    ...(q.cell && { cell: q.cell, window: rotationWindow(q.month!) }),
    ...(q.expiresIn && { expiresIn: q.expiresIn }),
    ...(q.overdueBefore && { overdueBefore: q.overdueBefore }),
    ...(q.q && { q: q.q }),
    ...(q.department && { department: q.department }),
    ...(q.group && { group: q.group }),
    ...(q.orderId && { orderId: q.orderId }),
  };
  const limit = q.limit ?? 50;
  const offset = q.offset ?? 0;
  const { items, total } = await repo.findDevices(db, actor.cooperationId, filter, {
    limit,
    offset,
    sort: q.sort ?? (q.cell === 'stale' ? 'lastSeen' : 'serial'),
  });
  const today = osloDate(now);
  return { total, limit, offset, items: items.map((r) => deviceView(r, l, today)) };
}

export async function getDevice(db: Db, actor: Actor, id: string, now: Date) {
  const scope = deviceScope(actor);
  const r = await repo.getDevice(db, actor.cooperationId, id);
  if (!r || !inScope(scope, r.member_id)) throw notFound('The device');
  const l = await fleetLookups(db, actor.cooperationId);
  const replaces = await db
    .selectFrom('device')
    .select(['id', 'serial', 'name'])
    .where('cooperation_id', '=', actor.cooperationId)
    .where('replaced_by_id', '=', id)
    .execute();
  return { ...deviceView(r, l, osloDate(now)), replaces };
}

export interface DeviceInput {
  serial: string;
  kind: DeviceKind;
  memberId: string;
  categoryId: string;
  name: string;
  manufacturer: string;
  model: string;
  os: string;
  memoryMb: number | null;
  storageGb: number | null;
  purchasedOn: string | null;
  status: DeviceStatus;
  assignedUserId: string | null;
  assignedTo: string;
  department: string;
  groups: string[];
  notes: string;
}

async function checkRefs(tx: Db, actor: Actor, input: Pick<DeviceInput, 'memberId' | 'categoryId' | 'assignedUserId'>) {
  const l = await fleetLookups(tx, actor.cooperationId);
  const issues = [];
  if (!l.memberName.has(input.memberId))
    issues.push({ path: 'memberId', message: 'Not a member of the cooperation.', code: 'unknown' });
  if (!l.categoryName.has(input.categoryId))
    issues.push({ path: 'categoryId', message: 'Not a device category.', code: 'unknown' });
  if (input.assignedUserId) {
    const u = await tx
      .selectFrom('app_user')
      .select('id')
      .where('cooperation_id', '=', actor.cooperationId)
      .where('id', '=', input.assignedUserId)
      .executeTakeFirst();
    if (!u) issues.push({ path: 'assignedUserId', message: 'Not a user of the cooperation.', code: 'unknown' });
  }
  if (issues.length)
    throw new AppError('validation_failed', issues.map((i) => `${i.path}: ${i.message}`).join(' '), issues);
  return l;
}

async function assertSerialFree(tx: Db, coop: string, serial: string, id: string | null) {
  const other = await tx
    .selectFrom('device')
    .select('id')
    .where('cooperation_id', '=', coop)
    .where('serial', '=', serial)
    .executeTakeFirst();
  if (other && other.id !== id)
    throw new AppError('conflict', `A device with the serial number ${serial} is registered already.`, [
      { path: 'serial', message: 'The serial number is registered already.', code: 'taken' },
    ]);
}

export async function createDevice(db: Db, actor: Actor, input: DeviceInput, now: Date, requestId?: string) {
  assertKeepsFleet(actor);
  const serial = input.serial.trim().toUpperCase();
  const id = await inTransaction(db, async (tx) => {
    const l = await checkRefs(tx, actor, input);
    await assertSerialFree(tx, actor.cooperationId, serial, null);
    const id = crypto.randomUUID();
    await tx
      .insertInto('device')
      .values({
        id,
        cooperation_id: actor.cooperationId,
        serial,
        kind: input.kind,
        member_id: input.memberId,
        category_id: input.categoryId,
        name: input.name,
        manufacturer: input.manufacturer,
        model: input.model,
        os: input.os,
        memory_mb: input.memoryMb,
        storage_gb: input.storageGb,
        purchased_on: input.purchasedOn,
        expires_on: expiryDate(input.purchasedOn, l.lifetime(input.categoryId, input.kind)),
        status: input.status,
        assigned_user_id: input.assignedUserId,
        assigned_to: input.assignedTo,
        department: input.department,
        groups: input.groups,
        notes: input.notes,
        source: 'manual',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await auditChange(tx, actor, 'create', 'device', id, `Device ${serial} registered`, requestId, {
      ...input,
      serial,
    });
    return id;
  });
  return getDevice(db, actor, id, now);
}

export async function updateDevice(
  db: Db,
  actor: Actor,
  id: string,
  input: Partial<DeviceInput>,
  now: Date,
  requestId?: string,
) {
  assertKeepsFleet(actor);
  await inTransaction(db, async (tx) => {
    const old = await repo.getDevice(tx, actor.cooperationId, id);
    if (!old) throw notFound('The device');
    const next = {
      memberId: input.memberId ?? old.member_id,
      categoryId: input.categoryId ?? old.category_id,
      kind: input.kind ?? old.kind,
      purchasedOn: input.purchasedOn !== undefined ? input.purchasedOn : old.purchased_on,
      assignedUserId: input.assignedUserId !== undefined ? input.assignedUserId : old.assigned_user_id,
    };
    const l = await checkRefs(tx, actor, next);
    const serial = input.serial?.trim().toUpperCase();
    if (serial) await assertSerialFree(tx, actor.cooperationId, serial, id);
    await tx
      .updateTable('device')
      .set({
        ...(serial && { serial }),
        kind: next.kind,
        member_id: next.memberId,
        category_id: next.categoryId,
        ...(input.name !== undefined && { name: input.name }),
        ...(input.manufacturer !== undefined && { manufacturer: input.manufacturer }),
        ...(input.model !== undefined && { model: input.model }),
        ...(input.os !== undefined && { os: input.os }),
        ...(input.memoryMb !== undefined && { memory_mb: input.memoryMb }),
        ...(input.storageGb !== undefined && { storage_gb: input.storageGb }),
        purchased_on: next.purchasedOn,
        expires_on: expiryDate(next.purchasedOn, l.lifetime(next.categoryId, next.kind)),
        ...(input.status !== undefined && { status: input.status }),
        assigned_user_id: next.assignedUserId,
        ...(input.assignedTo !== undefined && { assigned_to: input.assignedTo }),
        ...(input.department !== undefined && { department: input.department }),
        ...(input.groups !== undefined && { groups: input.groups }),
        ...(input.notes !== undefined && { notes: input.notes }),
        updated_at: now,
      })
      .where('cooperation_id', '=', actor.cooperationId)
      .where('id', '=', id)
      .execute();
    await auditChange(tx, actor, 'update', 'device', id, `Device ${serial ?? old.serial} changed`, requestId, input);
  });
  return getDevice(db, actor, id, now);
}

export interface HandOutInput {
  /** the user or location the device goes to */
  assignedTo: string;
  assignedUserId: string | null;
  department?: string;
  /** the device it replaces: retired, and linked to the new one */
  replacesId: string | null;
}

/** Hand a device in stock out (as a replacement): it goes into use; the replaced device is retired. */
export async function handOut(db: Db, actor: Actor, id: string, input: HandOutInput, now: Date, requestId?: string) {
  assertKeepsFleet(actor);
  await inTransaction(db, async (tx) => {
    const d = await repo.getDevice(tx, actor.cooperationId, id);
    if (!d) throw notFound('The device');
    if (d.status !== 'in_stock')
      throw new AppError('conflict', `The device ${d.serial} is not in stock (it is ${d.status.replace('_', ' ')}).`);
    await checkRefs(tx, actor, {
      memberId: d.member_id,
      categoryId: d.category_id,
      assignedUserId: input.assignedUserId,
    });
    let replaced: DeviceRow | undefined;
    if (input.replacesId) {
      replaced = await repo.getDevice(tx, actor.cooperationId, input.replacesId);
      if (!replaced || replaced.id === id) throw notFound('The device to replace');
      if (replaced.status === 'retired' || replaced.replaced_by_id)
        throw new AppError('conflict', `The device ${replaced.serial} is retired or replaced already.`);
      await tx
        .updateTable('device')
        .set({ status: 'retired', replaced_by_id: id, updated_at: now })
        .where('cooperation_id', '=', actor.cooperationId)
        .where('id', '=', replaced.id)
        .execute();
    }
    await tx
      .updateTable('device')
      .set({
        status: 'in_use',
        assigned_to: input.assignedTo,
        assigned_user_id: input.assignedUserId,
        ...(input.department !== undefined
          ? { department: input.department }
          : replaced && { department: replaced.department }),
        ...(replaced && { groups: replaced.groups }),
        updated_at: now,
      })
      .where('cooperation_id', '=', actor.cooperationId)
      .where('id', '=', id)
      .execute();
    await auditChange(
      tx,
      actor,
      'update',
      'device',
      id,
      `Device ${d.serial} handed out to ${input.assignedTo}${replaced ? `, replacing ${replaced.serial}` : ''}`,
      requestId,
      { assignedUserId: input.assignedUserId, replacesId: input.replacesId },
    );
  });
  return getDevice(db, actor, id, now);
}

/** The signed-in user's devices and when each is due for replacement. */
export async function myDevices(db: Db, actor: Actor, now: Date) {
  if (!actor.userId) return { items: [] };
  const user = await db.selectFrom('app_user').select('email').where('id', '=', actor.userId).executeTakeFirst();
  const rows = await repo.devicesOfUser(db, actor.cooperationId, actor.userId, user?.email ?? null);
  const l = await fleetLookups(db, actor.cooperationId);
  const today = osloDate(now);
  return {
    items: rows.map((r) => {
      const v = deviceView(r, l, today);
      return {
        id: v.id,
        serial: v.serial,
        name: v.name,
        kind: v.kind,
        manufacturer: v.manufacturer,
        model: v.model,
        memberName: v.memberName,
        categoryName: v.categoryName,
        purchasedOn: v.purchasedOn,
        expiresOn: v.expiresOn,
        expired: v.expired,
        lastSeenAt: v.lastSeenAt,
        status: v.status,
      };
    }),
  };
}
