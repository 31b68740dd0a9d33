// Economy use cases: drivers, keys, the year's frames, operating budget with actuals and forecast,
// investments, what each member pays, chargeable services and savings measures. Every change is
// audited in its transaction; reading needs a leader, administrator or council member; changing needs
// a leader or administrator.

import { createHash } from 'node:crypto';
import { type Actor, hasRole } from '../../app/auth/roles.ts';
import { AppError, forbidden, invalidField, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { listMembers } from '../members/members.repository.ts';
import { orderMembers } from '../members/members.service.ts';
import { membersInYear } from '../members/membership.ts';
import { type AccountingIssue, parseAccountingExport } from './accounting-import.ts';
import {
  AllocationError,
  computeShares,
  displayPercentages,
  type KeySpec,
  type MemberShare,
  serviceYearOre,
  topDownTotal,
  vatCompensation,
} from './allocation.ts';
import { type DriverIssue, parseDriversCsv } from './drivers-import.ts';
import * as repo from './economy.repository.ts';
import { EXPENSE_TYPE_LABELS, EXPENSE_TYPES, type ExpenseType } from './expense-types.ts';
import { parseRational, toExact } from './rational.ts';
import { investmentTable, memberPayments, operatingTable, showPayments, type Unit } from './reports.ts';
import { DRIVER_LABELS, DRIVERS, type Driver, type StoredShare } from './tables.ts';

function requireReader(actor: Actor) {
  if (!hasRole(actor, 'admin', 'leader', 'council_member'))
    throw forbidden('Only the leader, administrators and council members can see the economy.');
}
function requireEditor(actor: Actor) {
  if (!hasRole(actor, 'admin', 'leader')) throw forbidden('Only the leader and administrators can change the economy.');
}

const invalid = invalidField;

async function membersOf(db: Db, actor: Actor) {
  return orderMembers(await listMembers(db, actor.cooperationId));
}

type MemberRow = Awaited<ReturnType<typeof membersOf>>[number];

/** Members that were part of the cooperation in the year (joined before it ended, not left before it began). */
const inYear = membersInYear;

async function yearMembers(db: Db, actor: Actor, year: number) {
  return inYear(await membersOf(db, actor), year);
}

/** The members a key names, in the key's order (as the council decided it); null without a key. */
function inKeyOrder(shares: MemberShare[] | null, members: MemberRow[]): MemberRow[] | null {
  if (!shares) return null;
  const byId = new Map(members.map((m) => [m.id, m]));
  return shares.flatMap((s) => byId.get(s.member) ?? []);
}

// ---- drivers ---------------------------------------------------------------------------------------

export async function getDrivers(db: Db, actor: Actor, year: number) {
  requireReader(actor);
  const [members, values] = await Promise.all([
    yearMembers(db, actor, year),
    repo.listDriverValues(db, actor.cooperationId, year),
  ]);
  return {
    year,
    drivers: DRIVERS.map((d) => ({ key: d, label: DRIVER_LABELS[d] })),
    members: members.map((m) => ({
      memberId: m.id,
      name: m.name,
      values: Object.fromEntries(
        values.filter((v) => v.member_id === m.id).map((v) => [v.driver, Number(v.value)]),
      ) as Partial<Record<Driver, number>>,
    })),
  };
}

export async function putDrivers(
  db: Db,
  actor: Actor,
  year: number,
  values: { memberId: string; driver: Driver; value: number }[],
  now: Date,
  requestId?: string,
) {
  requireEditor(actor);
  const members = new Map((await membersOf(db, actor)).map((m) => [m.id, m]));
  values.forEach((v, i) => {
    if (!members.has(v.memberId)) throw invalid(`values.${i}.memberId`, `No member ${v.memberId} in this cooperation.`);
  });
  return inTransaction(db, async (tx) => {
    const before = await getDrivers(tx, actor, year);
    await repo.upsertDriverValues(tx, actor.cooperationId, year, values, now);
    const after = await getDrivers(tx, actor, year);
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: 'update',
        entityType: 'econ_drivers',
        entityId: String(year),
        summary: `Updated ${values.length} driver values for ${year}`,
        before: { members: before.members },
        after: { members: after.members },
      },
      requestId,
    );
    return after;
  });
}

export interface DriversImportReport {
  year: number;
  fileName: string;
  rejected: boolean;
  rows: number;
  drivers: Driver[];
  errors: DriverIssue[];
}

/**
 * Import a year's driver values from CSV (a member column, then one column per driver). Nothing is
 * written when any line is wrong; otherwise the values in the file are set (empty cells change nothing).
 */
export async function importDrivers(
  db: Db,
  actor: Actor,
  year: number,
  file: { bytes: Buffer; fileName: string },
  now: Date,
  requestId?: string,
): Promise<DriversImportReport> {
  requireEditor(actor);
  const members = await membersOf(db, actor);
  const parsed = parseDriversCsv(file.bytes, {
    members: members.map((m) => ({ id: m.id, code: m.code, name: m.name })),
  });
  const report: DriversImportReport = {
    year,
    fileName: file.fileName,
    rejected: parsed.errors.length > 0,
    rows: parsed.rows.length,
    drivers: parsed.drivers,
    errors: parsed.errors,
  };
  if (report.rejected) return report;
  await putDrivers(db, actor, year, parsed.rows, now, requestId);
  return report;
}

// ---- keys -------------------------------------------------------------------------------------------

export type KeyInput =
  | { kind: 'fixed'; percentages: { memberId: string; percent: string }[]; normalize?: boolean }
  | { kind: 'formula'; equal: string; drivers: { driver: Driver; weight: string }[] };

type KeyRow = NonNullable<Awaited<ReturnType<typeof repo.findKey>>>;

export const sharesOf = (row: Pick<KeyRow, 'shares'>): MemberShare[] =>
  row.shares.map((s) => ({ member: s.memberId, share: parseRational(s.exact) }));

function presentKey(row: KeyRow, names: Map<string, string>) {
  const shares = sharesOf(row);
  const pct = displayPercentages(
    shares.map((s) => s.share),
    3,
  );
  return {
    id: row.id,
    year: row.year,
    purpose: row.purpose,
    kind: row.kind,
    decision: row.decision,
    spec: row.spec,
    createdAt: row.created_at.toISOString(),
    shares: shares.map((s, i) => ({
      memberId: s.member,
      name: names.get(s.member) ?? s.member,
      percent: pct[i]!,
      exact: toExact(s.share),
    })),
  };
}

export async function getKeys(db: Db, actor: Actor, year: number) {
  requireReader(actor);
  const names = new Map((await membersOf(db, actor)).map((m) => [m.id, m.name]));
  const [operating, investment] = await Promise.all([
    repo.findKey(db, actor.cooperationId, year, 'operating'),
    repo.findKey(db, actor.cooperationId, year, 'investment'),
  ]);
  return {
    year,
    operating: operating ? presentKey(operating, names) : null,
    investment: investment ? presentKey(investment, names) : null,
  };
}

/**
 * Set a year's key. A formula key takes the year's driver values as they are now and stores them with
 * the key, so later edits of the drivers never change a decided split.
 */
export async function setKey(
  db: Db,
  actor: Actor,
  year: number,
  purpose: 'operating' | 'investment',
  input: KeyInput & { decision?: string },
  now: Date,
  requestId?: string,
) {
  requireEditor(actor);
  return inTransaction(db, async (tx) => {
    const all = await membersOf(tx, actor);
    const members = inYear(all, year);
    const known = new Set(all.map((m) => m.id));
    let spec: KeySpec;
    if (input.kind === 'fixed') {
      input.percentages.forEach((p, i) => {
        if (!known.has(p.memberId))
          throw invalid(`percentages.${i}.memberId`, `No member ${p.memberId} in this cooperation.`);
      });
      spec = {
        kind: 'fixed',
        percentages: Object.fromEntries(input.percentages.map((p) => [p.memberId, p.percent])),
        normalize: !!input.normalize,
      };
    } else {
      const rows = await repo.listDriverValues(tx, actor.cooperationId, year);
      const values: Record<string, Record<string, number>> = {};
      for (const m of members) values[m.id] = {};
      for (const r of rows) if (values[r.member_id]) values[r.member_id]![r.driver] = Number(r.value);
      spec = { kind: 'formula', equal: input.equal, drivers: input.drivers, values };
    }
    let shares: MemberShare[];
    try {
      shares = computeShares(spec);
    } catch (e) {
      if (e instanceof AllocationError)
        throw new AppError('validation_failed', e.message, [
          { path: input.kind === 'fixed' ? 'percentages' : 'drivers', message: e.message, code: e.code },
        ]);
      throw e;
    }
    const before = await repo.findKey(tx, actor.cooperationId, year, purpose);
    const stored: StoredShare[] = shares.map((s) => ({ memberId: s.member, exact: toExact(s.share) }));
    const id = before?.id ?? crypto.randomUUID();
    await repo.saveKey(tx, {
      id,
      cooperation_id: actor.cooperationId,
      year,
      purpose,
      kind: spec.kind,
      spec: spec as unknown as Record<string, unknown>,
      shares: stored,
      decision: input.decision ?? '',
      created_at: now,
    });
    const after = (await repo.findKey(tx, actor.cooperationId, year, purpose))!;
    const names = new Map(all.map((m) => [m.id, m.name]));
    const view = presentKey(after, names);
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: before ? 'update' : 'create',
        entityType: 'econ_key',
        entityId: id,
        summary: `Set the ${purpose} key for ${year}`,
        before: before ? presentKey(before, names) : null,
        after: view,
      },
      requestId,
    );
    return view;
  });
}

// ---- the year's frames ------------------------------------------------------------------------------

export interface YearInput {
  /** the operating frame split between members; omit with topDown */
  operatingTotalOre?: number | null;
  topDown?: { hostMemberId: string; hostFrameOre: number; hostShare: string } | null;
  investmentFrameOre?: number | null;
  carryOverOre?: number;
  carryOverDecision?: string;
}

function presentYear(row: Awaited<ReturnType<typeof repo.findYear>>, year: number) {
  const frame = row?.investment_frame_ore ?? null;
  const vat = frame === null ? null : vatCompensation(frame);
  return {
    year,
    operatingTotalOre: row?.operating_total_ore ?? null,
    topDown: row?.host_member_id
      ? { hostMemberId: row.host_member_id, hostFrameOre: row.host_frame_ore!, hostShare: row.host_share! }
      : null,
    investmentFrameOre: frame,
    vatCompensationOre: vat?.compensationOre ?? null,
    investmentNetOre: vat?.netOre ?? null,
    carryOverOre: row?.carry_over_ore ?? 0,
    carryOverDecision: row?.carry_over_decision ?? '',
  };
}

export async function getYear(db: Db, actor: Actor, year: number) {
  requireReader(actor);
  return presentYear(await repo.findYear(db, actor.cooperationId, year), year);
}

export async function setYear(db: Db, actor: Actor, year: number, input: YearInput, now: Date, requestId?: string) {
  requireEditor(actor);
  return inTransaction(db, async (tx) => {
    const row = await repo.findYear(tx, actor.cooperationId, year);
    let operating =
      input.operatingTotalOre === undefined ? (row?.operating_total_ore ?? null) : input.operatingTotalOre;
    let topDown =
      input.topDown === undefined ? (row?.host_member_id ? presentYear(row, year).topDown : null) : input.topDown;
    if (input.topDown) {
      const members = new Set((await membersOf(tx, actor)).map((m) => m.id));
      if (!members.has(input.topDown.hostMemberId))
        throw invalid('topDown.hostMemberId', 'No such member in this cooperation.');
      let share: ReturnType<typeof parseRational>;
      try {
        share = parseRational(input.topDown.hostShare);
      } catch (e) {
        throw invalid('topDown.hostShare', (e as Error).message);
      }
      // "48,10" is a percentage
      const fraction = { num: share.num, den: share.den * 100n };
      try {
        operating = topDownTotal(input.topDown.hostFrameOre, fraction, 100_000);
      } catch (e) {
        throw invalid('topDown.hostShare', (e as Error).message);
      }
      topDown = input.topDown;
    } else if (input.operatingTotalOre !== undefined) topDown = null;
    const next = {
      cooperation_id: actor.cooperationId,
      year,
      operating_total_ore: operating,
      host_member_id: topDown?.hostMemberId ?? null,
      host_frame_ore: topDown?.hostFrameOre ?? null,
      host_share: topDown?.hostShare ?? null,
      investment_frame_ore:
        input.investmentFrameOre === undefined ? (row?.investment_frame_ore ?? null) : input.investmentFrameOre,
      carry_over_ore: input.carryOverOre ?? row?.carry_over_ore ?? 0,
      carry_over_decision: input.carryOverDecision ?? row?.carry_over_decision ?? '',
      updated_at: now,
    };
    await repo.saveYear(tx, next);
    const view = presentYear(next, year);
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: row ? 'update' : 'create',
        entityType: 'econ_year',
        entityId: String(year),
        summary: `Set the frames of ${year}`,
        before: row ? presentYear(row, year) : null,
        after: view,
      },
      requestId,
    );
    return view;
  });
}

// ---- operating budget, actuals and forecast -------------------------------------------------------

export interface BudgetLineInput {
  expenseType: ExpenseType;
  budgetOre: number;
  forecastOre?: number | null;
  forecastComment?: string;
}

export async function putBudgetLines(
  db: Db,
  actor: Actor,
  year: number,
  lines: BudgetLineInput[],
  now: Date,
  requestId?: string,
) {
  requireEditor(actor);
  const seen = new Set<string>();
  lines.forEach((l, i) => {
    if (seen.has(l.expenseType)) throw invalid(`lines.${i}.expenseType`, `${l.expenseType} is listed twice.`);
    seen.add(l.expenseType);
  });
  return inTransaction(db, async (tx) => {
    const before = await repo.listBudgetLines(tx, actor.cooperationId, year);
    for (const l of lines)
      await repo.upsertBudgetLine(tx, {
        cooperation_id: actor.cooperationId,
        year,
        expense_type: l.expenseType,
        budget_ore: l.budgetOre,
        forecast_ore: l.forecastOre ?? null,
        forecast_comment: l.forecastComment ?? '',
        updated_at: now,
      });
    const after = await repo.listBudgetLines(tx, actor.cooperationId, year);
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: 'update',
        entityType: 'econ_budget',
        entityId: String(year),
        summary: `Updated ${lines.length} budget lines of ${year}`,
        before: { lines: before },
        after: { lines: after },
      },
      requestId,
    );
    return getOperating(tx, actor, year, { unit: 1000 });
  });
}

/** The monthly table (seed 002 §1.1): actuals to date, budget, deviation and forecast per expense type. */
export async function getOperating(db: Db, actor: Actor, year: number, opts: { unit: Unit; throughPeriod?: number }) {
  requireReader(actor);
  const last = (await repo.lastActualPeriod(db, actor.cooperationId, year))?.period ?? null;
  const through = opts.throughPeriod ?? last ?? 12;
  const [lines, actuals, imports] = await Promise.all([
    repo.listBudgetLines(db, actor.cooperationId, year),
    repo.actualsByType(db, actor.cooperationId, year, through),
    repo.listActualImports(db, actor.cooperationId, year),
  ]);
  const actualOf = new Map(actuals.map((a) => [a.expense_type, Number(a.amount_ore)]));
  const byType = new Map(lines.map((l) => [l.expense_type, l]));
  const table = operatingTable(
    EXPENSE_TYPES.map((t) => ({
      expenseType: t,
      budgetOre: Number(byType.get(t)?.budget_ore ?? 0),
      forecastOre: byType.get(t)?.forecast_ore ?? null,
      forecastComment: byType.get(t)?.forecast_comment ?? '',
      actualOre: actualOf.get(t) ?? 0,
    })),
    opts.unit,
  );
  return {
    year,
    throughPeriod: last === null ? null : Math.min(through, last),
    ...table,
    // the stored lines, exact, for editing (forecastOre null: no forecast, the budget stands)
    lines: EXPENSE_TYPES.map((t) => ({
      expenseType: t,
      budgetOre: Number(byType.get(t)?.budget_ore ?? 0),
      forecastOre: byType.get(t)?.forecast_ore ?? null,
      forecastComment: byType.get(t)?.forecast_comment ?? '',
    })),
    imports: imports.map((i) => ({
      id: i.id,
      fileName: i.file_name,
      rows: i.rows,
      periods: i.periods,
      totalOre: Number(i.total_ore),
      importedAt: i.imported_at.toISOString(),
      importedBy: i.imported_by,
    })),
  };
}

export async function getAccounts(db: Db, actor: Actor) {
  requireReader(actor);
  return (await repo.listAccounts(db, actor.cooperationId)).map((a) => ({
    account: a.account,
    name: a.name,
    expenseType: a.expense_type,
    expenseTypeLabel: EXPENSE_TYPE_LABELS[a.expense_type],
  }));
}

export async function putAccounts(
  db: Db,
  actor: Actor,
  accounts: { account: string; name?: string; expenseType: ExpenseType }[],
  requestId?: string,
) {
  requireEditor(actor);
  return inTransaction(db, async (tx) => {
    await repo.upsertAccounts(
      tx,
      actor.cooperationId,
      accounts.map((a) => ({ account: a.account.trim(), name: a.name ?? '', expenseType: a.expenseType })),
    );
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: 'update',
        entityType: 'econ_account',
        entityId: 'mapping',
        summary: `Mapped ${accounts.length} accounts to expense types`,
        after: { accounts },
      },
      requestId,
    );
    return getAccounts(tx, actor);
  });
}

export interface ActualsImportReport {
  year: number;
  fileName: string;
  rejected: boolean;
  rows: number;
  periods: number[];
  totalOre: number;
  errors: AccountingIssue[];
  encoding: string | null;
}

/**
 * Import an accounting export of actuals for a year. Nothing is written when any row is wrong (unknown
 * account, duplicate, wrong period, bad amount); otherwise the periods in the file are replaced by it.
 */
export async function importActuals(
  db: Db,
  actor: Actor,
  year: number,
  file: { bytes: Buffer; fileName: string },
  now: Date,
  requestId?: string,
): Promise<ActualsImportReport> {
  requireEditor(actor);
  return inTransaction(db, async (tx) => {
    const accounts = new Map(
      (await repo.listAccounts(tx, actor.cooperationId)).map((a) => [a.account, a.expense_type]),
    );
    const parsed = parseAccountingExport(file.bytes, { year, accounts });
    const totalOre = parsed.rows.reduce((a, r) => a + r.amountOre, 0);
    const report: ActualsImportReport = {
      year,
      fileName: file.fileName,
      rejected: parsed.errors.length > 0,
      rows: parsed.rows.length,
      periods: parsed.periods,
      totalOre,
      errors: parsed.errors,
      encoding: parsed.encoding ?? null,
    };
    if (report.rejected) return report;
    const id = crypto.randomUUID();
    await repo.insertActualImport(tx, {
      id,
      cooperation_id: actor.cooperationId,
      year,
      file_name: file.fileName,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      rows: parsed.rows.length,
      periods: parsed.periods,
      total_ore: totalOre,
      imported_at: now,
      imported_by: actor.name,
    });
    await repo.deleteActualPeriods(tx, actor.cooperationId, year, parsed.periods);
    await repo.insertActuals(
      tx,
      parsed.rows.map((r) => ({
        cooperation_id: actor.cooperationId,
        year,
        period: r.period,
        account: r.account,
        amount_ore: r.amountOre,
        import_id: id,
      })),
    );
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: 'create',
        entityType: 'econ_actual_import',
        entityId: id,
        summary: `Imported ${parsed.rows.length} actuals for ${year} (periods ${parsed.periods.join(', ')}) from ${file.fileName}`,
        after: { fileName: file.fileName, rows: parsed.rows.length, periods: parsed.periods, totalOre },
      },
      requestId,
    );
    return report;
  });
}

// ---- investments ------------------------------------------------------------------------------------

export interface ProjectInput {
  area?: string;
  name: string;
  description?: string;
  budgetOre: number;
  actualOre?: number;
  forecastOre?: number | null;
  deadline?: string | null;
  sort?: number;
}

type ProjectRow = NonNullable<Awaited<ReturnType<typeof repo.findProject>>>;
const presentProject = (p: ProjectRow) => ({
  id: p.id,
  year: p.year,
  area: p.area,
  name: p.name,
  description: p.description,
  budgetOre: Number(p.budget_ore),
  actualOre: Number(p.actual_ore),
  forecastOre: p.forecast_ore === null ? null : Number(p.forecast_ore),
  deadline: p.deadline,
  sort: p.sort,
});

export async function createProject(
  db: Db,
  actor: Actor,
  year: number,
  input: ProjectInput,
  now: Date,
  requestId?: string,
) {
  requireEditor(actor);
  return inTransaction(db, async (tx) => {
    const id = crypto.randomUUID();
    await repo.insertProject(tx, {
      id,
      cooperation_id: actor.cooperationId,
      year,
      area: input.area ?? '',
      name: input.name,
      description: input.description ?? '',
      budget_ore: input.budgetOre,
      actual_ore: input.actualOre ?? 0,
      forecast_ore: input.forecastOre ?? null,
      deadline: input.deadline ?? null,
      sort: input.sort ?? 0,
      updated_at: now,
    });
    const view = presentProject((await repo.findProject(tx, actor.cooperationId, id))!);
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: 'create',
        entityType: 'econ_project',
        entityId: id,
        summary: `Added investment project ${input.name} to ${year}`,
        after: view,
      },
      requestId,
    );
    return view;
  });
}

export async function updateProject(
  db: Db,
  actor: Actor,
  id: string,
  input: Partial<ProjectInput>,
  now: Date,
  requestId?: string,
) {
  requireEditor(actor);
  return inTransaction(db, async (tx) => {
    const before = await repo.findProject(tx, actor.cooperationId, id);
    if (!before) throw notFound('The project');
    await repo.updateProject(tx, actor.cooperationId, id, {
      ...(input.area !== undefined && { area: input.area }),
      ...(input.name !== undefined && { name: input.name }),
      ...(input.description !== undefined && { description: input.description }),
      ...(input.budgetOre !== undefined && { budget_ore: input.budgetOre }),
      ...(input.actualOre !== undefined && { actual_ore: input.actualOre }),
      ...(input.forecastOre !== undefined && { forecast_ore: input.forecastOre }),
      ...(input.deadline !== undefined && { deadline: input.deadline }),
      ...(input.sort !== undefined && { sort: input.sort }),
      updated_at: now,
    });
    const view = presentProject((await repo.findProject(tx, actor.cooperationId, id))!);
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: 'update',
        entityType: 'econ_project',
        entityId: id,
        summary: `Updated investment project ${view.name}`,
        before: presentProject(before),
        after: view,
      },
      requestId,
    );
    return view;
  });
}

/** Projects with budget, actuals, forecast and deviation (seed 002 §1.2), the frame with VAT, and the plan. */
export async function getInvestments(db: Db, actor: Actor, year: number, unit: Unit) {
  requireReader(actor);
  const [projects, years, key] = await Promise.all([
    repo.listProjects(db, actor.cooperationId, year),
    repo.listYears(db, actor.cooperationId),
    repo.findKey(db, actor.cooperationId, year, 'investment'),
  ]);
  const table = investmentTable(
    projects.map((p) => ({
      id: p.id,
      name: p.name,
      area: p.area,
      budgetOre: Number(p.budget_ore),
      actualOre: Number(p.actual_ore),
      forecastOre: p.forecast_ore === null ? null : Number(p.forecast_ore),
      deadline: p.deadline,
    })),
    unit,
  );
  const shares = key ? sharesOf(key) : null;
  const all = await yearMembers(db, actor, year);
  const members = inKeyOrder(shares, all) ?? all;
  // the multi-year plan: this year and the following years that have a frame, split by this year's key
  const plan = years
    .filter((y) => y.year >= year && y.investment_frame_ore !== null)
    .map((y) => {
      const p = memberPayments({
        members,
        operatingShares: null,
        investmentShares: shares,
        operatingTotalOre: 0,
        investmentFrameOre: Number(y.investment_frame_ore),
        carryOverOre: 0,
      });
      const shown = showPayments(p, unit);
      return {
        year: y.year,
        frame: shown.sum.investmentGross,
        vatCompensation: shown.sum.vatCompensation,
        members: shown.rows.map((r) => ({ memberId: r.memberId, name: r.name, amount: r.investmentNet })),
        net: shown.sum.investmentNet,
      };
    });
  return { year, ...table, projects: projects.map(presentProject), plan, hasKey: !!key };
}

// ---- what each member pays --------------------------------------------------------------------------

async function paymentsOf(db: Db, actor: Actor, year: number, all: MemberRow[]) {
  const members = inYear(all, year);
  const [yearRow, opKey, invKey, lines] = await Promise.all([
    repo.findYear(db, actor.cooperationId, year),
    repo.findKey(db, actor.cooperationId, year, 'operating'),
    repo.findKey(db, actor.cooperationId, year, 'investment'),
    repo.listBudgetLines(db, actor.cooperationId, year),
  ]);
  const budgetSum = lines.reduce((a, l) => a + Number(l.budget_ore), 0);
  const operatingTotalOre = yearRow?.operating_total_ore ?? budgetSum;
  const opShares = opKey ? sharesOf(opKey) : null;
  const invShares = invKey ? sharesOf(invKey) : opShares;
  // members outside the key pay nothing
  const exact = memberPayments({
    members: inKeyOrder(opShares ?? invShares, members) ?? members,
    operatingShares: opShares,
    investmentShares: invShares,
    operatingTotalOre: opShares ? operatingTotalOre : 0,
    investmentFrameOre: yearRow?.investment_frame_ore ?? 0,
    carryOverOre: yearRow?.carry_over_ore ?? 0,
  });
  return { exact, hasOperatingKey: !!opKey, hasInvestmentKey: !!invKey, operatingTotalOre };
}

/** Share, operating contribution, investment net of VAT compensation, carry-over and total, beside last year. */
export async function getPayments(db: Db, actor: Actor, year: number, unit: Unit) {
  requireReader(actor);
  const all = await membersOf(db, actor);
  const [now, last] = await Promise.all([paymentsOf(db, actor, year, all), paymentsOf(db, actor, year - 1, all)]);
  const shown = showPayments(now.exact, unit);
  const lastShown = showPayments(last.exact, unit);
  // last year only when it had a key (otherwise there is nothing to compare with)
  const lastBy = new Map(last.hasOperatingKey ? lastShown.rows.map((r) => [r.memberId, r]) : []);
  return {
    year,
    unit,
    hasOperatingKey: now.hasOperatingKey,
    hasInvestmentKey: now.hasInvestmentKey,
    rows: shown.rows.map((r) => ({
      ...r,
      lastYear: lastBy.has(r.memberId)
        ? { sharePercent: lastBy.get(r.memberId)!.sharePercent, total: lastBy.get(r.memberId)!.total }
        : null,
    })),
    sum: { ...shown.sum, lastYearTotal: last.hasOperatingKey ? lastShown.sum.total : null },
    exact: now.exact,
  };
}

// ---- chargeable services ----------------------------------------------------------------------------

export async function createService(
  db: Db,
  actor: Actor,
  input: { name: string; per: 'month' | 'unit'; priceOre: number; description?: string },
  requestId?: string,
) {
  requireEditor(actor);
  return inTransaction(db, async (tx) => {
    const exists = (await repo.listServices(tx, actor.cooperationId)).some((s) => s.name === input.name);
    if (exists) throw new AppError('conflict', `A service named ${input.name} exists already.`);
    const id = crypto.randomUUID();
    const row = {
      id,
      cooperation_id: actor.cooperationId,
      name: input.name,
      per: input.per,
      price_ore: input.priceOre,
      description: input.description ?? '',
    };
    await repo.insertService(tx, row);
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: 'create',
        entityType: 'econ_service',
        entityId: id,
        summary: `Added chargeable service ${input.name}`,
        after: row,
      },
      requestId,
    );
    return { id, name: row.name, per: row.per, priceOre: row.price_ore, description: row.description };
  });
}

export async function putServiceQuantities(
  db: Db,
  actor: Actor,
  year: number,
  rows: { serviceId: string; memberId: string; quantity: number }[],
  requestId?: string,
) {
  requireEditor(actor);
  return inTransaction(db, async (tx) => {
    const services = new Set((await repo.listServices(tx, actor.cooperationId)).map((s) => s.id));
    const members = new Set((await membersOf(tx, actor)).map((m) => m.id));
    rows.forEach((r, i) => {
      if (!services.has(r.serviceId))
        throw invalid(`quantities.${i}.serviceId`, 'No such service in this cooperation.');
      if (!members.has(r.memberId)) throw invalid(`quantities.${i}.memberId`, 'No such member in this cooperation.');
    });
    await repo.upsertServiceQuantities(tx, actor.cooperationId, year, rows);
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: 'update',
        entityType: 'econ_service_quantity',
        entityId: String(year),
        summary: `Updated ${rows.length} service quantities for ${year}`,
        after: { rows },
      },
      requestId,
    );
    return getServiceBasis(tx, actor, year);
  });
}

/** The re-invoicing basis: per service and member, quantity × unit price (× 12 for monthly prices). */
export async function getServiceBasis(db: Db, actor: Actor, year: number) {
  requireReader(actor);
  const [services, quantities, members] = await Promise.all([
    repo.listServices(db, actor.cooperationId),
    repo.listServiceQuantities(db, actor.cooperationId, year),
    membersOf(db, actor),
  ]);
  const names = new Map(members.map((m) => [m.id, m.name]));
  const order = new Map(members.map((m, i) => [m.id, i]));
  return {
    year,
    services: services.map((s) => {
      const lines = quantities
        .filter((q) => q.service_id === s.id)
        .sort((a, b) => (order.get(a.member_id) ?? 0) - (order.get(b.member_id) ?? 0))
        .map((q) => ({
          memberId: q.member_id,
          name: names.get(q.member_id) ?? q.member_id,
          quantity: q.quantity,
          yearOre: serviceYearOre(Number(s.price_ore), q.quantity, s.per),
        }));
      return {
        id: s.id,
        name: s.name,
        per: s.per,
        priceOre: Number(s.price_ore),
        description: s.description,
        lines,
        totalOre: lines.reduce((a, l) => a + l.yearOre, 0),
      };
    }),
  };
}

// ---- savings measures -------------------------------------------------------------------------------

export async function createMeasure(
  db: Db,
  actor: Actor,
  year: number,
  input: { title: string; amountOre: number; consequence?: string; sort?: number },
  requestId?: string,
) {
  requireEditor(actor);
  return inTransaction(db, async (tx) => {
    const id = crypto.randomUUID();
    const row = {
      id,
      cooperation_id: actor.cooperationId,
      year,
      title: input.title,
      amount_ore: input.amountOre,
      consequence: input.consequence ?? '',
      sort: input.sort ?? 0,
    };
    await repo.insertMeasure(tx, row);
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: 'create',
        entityType: 'econ_measure',
        entityId: id,
        summary: `Added savings measure ${input.title} to ${year}`,
        after: row,
      },
      requestId,
    );
    return { id, year, title: row.title, amountOre: row.amount_ore, consequence: row.consequence, sort: row.sort };
  });
}

export async function getMeasures(db: Db, actor: Actor, year: number) {
  requireReader(actor);
  const rows = await repo.listMeasures(db, actor.cooperationId, year);
  const measures = rows.map((m) => ({
    id: m.id,
    year: m.year,
    title: m.title,
    amountOre: Number(m.amount_ore),
    consequence: m.consequence,
    sort: m.sort,
  }));
  return { year, measures, totalOre: measures.reduce((a, m) => a + m.amountOre, 0) };
}
