// Economy queries: one statement each, always within one cooperation.

import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ExpenseType } from './expense-types.ts';
import type { Driver, EconMeasureTable, EconProjectTable, EconServiceTable, StoredShare } from './tables.ts';

export const listDriverValues = (db: Db, coop: string, year: number) =>
  db
    .selectFrom('econ_driver_value')
    .select(['member_id', 'driver', 'value', 'updated_at'])
    .where('cooperation_id', '=', coop)
    .where('year', '=', year)
    .execute();

export async function upsertDriverValues(
  db: Db,
  coop: string,
  year: number,
  rows: { memberId: string; driver: Driver; value: number }[],
  now: Date,
) {
  if (rows.length === 0) return;
  await db
    .insertInto('econ_driver_value')
    .values(
      rows.map((r) => ({
        cooperation_id: coop,
        year,
        member_id: r.memberId,
        driver: r.driver,
        value: r.value,
        updated_at: now,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['cooperation_id', 'year', 'member_id', 'driver']).doUpdateSet((eb) => ({
        value: eb.ref('excluded.value'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

export const findKey = (db: Db, coop: string, year: number, purpose: 'operating' | 'investment') =>
  db
    .selectFrom('econ_key')
    .select(['id', 'year', 'purpose', 'kind', 'spec', 'shares', 'decision', 'created_at'])
    .where('cooperation_id', '=', coop)
    .where('year', '=', year)
    .where('purpose', '=', purpose)
    .executeTakeFirst();

export const listKeys = (db: Db, coop: string) =>
  db
    .selectFrom('econ_key')
    .select(['id', 'year', 'purpose', 'kind', 'spec', 'shares', 'decision', 'created_at'])
    .where('cooperation_id', '=', coop)
    .orderBy('year', 'desc')
    .orderBy('purpose')
    .execute();

export async function saveKey(
  db: Db,
  row: {
    id: string;
    cooperation_id: string;
    year: number;
    purpose: 'operating' | 'investment';
    kind: 'fixed' | 'formula';
    spec: Record<string, unknown>;
    shares: StoredShare[];
    decision: string;
    created_at: Date;
  },
) {
  await db
    .insertInto('econ_key')
    .values({ ...row, spec: JSON.stringify(row.spec), shares: JSON.stringify(row.shares) })
    .onConflict((oc) =>
      oc.columns(['cooperation_id', 'year', 'purpose']).doUpdateSet((eb) => ({
        kind: eb.ref('excluded.kind'),
        spec: eb.ref('excluded.spec'),
        shares: eb.ref('excluded.shares'),
        decision: eb.ref('excluded.decision'),
        created_at: eb.ref('excluded.created_at'),
      })),
    )
    .execute();
}

export const findYear = (db: Db, coop: string, year: number) =>
  db.selectFrom('econ_year').selectAll().where('cooperation_id', '=', coop).where('year', '=', year).executeTakeFirst();

export const listYears = (db: Db, coop: string) =>
  db.selectFrom('econ_year').selectAll().where('cooperation_id', '=', coop).orderBy('year').execute();

export async function saveYear(
  db: Db,
  row: {
    cooperation_id: string;
    year: number;
    operating_total_ore: number | null;
    host_member_id: string | null;
    host_frame_ore: number | null;
    host_share: string | null;
    investment_frame_ore: number | null;
    carry_over_ore: number;
    carry_over_decision: string;
    updated_at: Date;
  },
) {
  const { cooperation_id: _c, year: _y, ...set } = row;
  await db
    .insertInto('econ_year')
    .values(row)
    .onConflict((oc) => oc.columns(['cooperation_id', 'year']).doUpdateSet(set))
    .execute();
}

export const listBudgetLines = (db: Db, coop: string, year: number) =>
  db
    .selectFrom('econ_budget_line')
    .select(['expense_type', 'budget_ore', 'forecast_ore', 'forecast_comment', 'updated_at'])
    .where('cooperation_id', '=', coop)
    .where('year', '=', year)
    .execute();

export async function upsertBudgetLine(
  db: Db,
  row: {
    cooperation_id: string;
    year: number;
    expense_type: ExpenseType;
    budget_ore: number;
    forecast_ore: number | null;
    forecast_comment: string;
    updated_at: Date;
  },
) {
  await db
    .insertInto('econ_budget_line')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['cooperation_id', 'year', 'expense_type']).doUpdateSet({
        budget_ore: row.budget_ore,
        forecast_ore: row.forecast_ore,
        forecast_comment: row.forecast_comment,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export const listAccounts = (db: Db, coop: string) =>
  db
    .selectFrom('econ_account')
    .select(['account', 'name', 'expense_type'])
    .where('cooperation_id', '=', coop)
    .orderBy('account')
    .execute();

export async function upsertAccounts(
  db: Db,
  coop: string,
  rows: { account: string; name: string; expenseType: ExpenseType }[],
) {
  if (rows.length === 0) return;
  await db
    .insertInto('econ_account')
    .values(rows.map((r) => ({ cooperation_id: coop, account: r.account, name: r.name, expense_type: r.expenseType })))
    .onConflict((oc) =>
      oc.columns(['cooperation_id', 'account']).doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        expense_type: eb.ref('excluded.expense_type'),
      })),
    )
    .execute();
}

/** Actuals of a year summed per expense type (through the account mapping), up to a period. */
export const actualsByType = (db: Db, coop: string, year: number, throughPeriod: number) =>
  db
    .selectFrom('econ_actual as a')
    .innerJoin('econ_account as k', (j) =>
      j.onRef('k.cooperation_id', '=', 'a.cooperation_id').onRef('k.account', '=', 'a.account'),
    )
    .select(['k.expense_type', sql<number>`sum(a.amount_ore)::int8`.as('amount_ore')])
    .where('a.cooperation_id', '=', coop)
    .where('a.year', '=', year)
    .where('a.period', '<=', throughPeriod)
    .groupBy('k.expense_type')
    .execute();

export const lastActualPeriod = (db: Db, coop: string, year: number) =>
  db
    .selectFrom('econ_actual')
    .select(sql<number | null>`max(period)`.as('period'))
    .where('cooperation_id', '=', coop)
    .where('year', '=', year)
    .executeTakeFirst();

export const insertActualImport = (
  db: Db,
  row: {
    id: string;
    cooperation_id: string;
    year: number;
    file_name: string;
    sha256: string;
    rows: number;
    periods: number[];
    total_ore: number;
    imported_at: Date;
    imported_by: string;
  },
) => db.insertInto('econ_actual_import').values(row).execute();

export const listActualImports = (db: Db, coop: string, year: number) =>
  db
    .selectFrom('econ_actual_import')
    .select(['id', 'file_name', 'rows', 'periods', 'total_ore', 'imported_at', 'imported_by'])
    .where('cooperation_id', '=', coop)
    .where('year', '=', year)
    .orderBy('imported_at', 'desc')
    .execute();

/** Replace the actuals of the given periods (an export of a period is the whole period). */
export const deleteActualPeriods = (db: Db, coop: string, year: number, periods: number[]) =>
  db
    .deleteFrom('econ_actual')
    .where('cooperation_id', '=', coop)
    .where('year', '=', year)
    .where('period', 'in', periods)
    .execute();

export async function insertActuals(
  db: Db,
  rows: {
    cooperation_id: string;
    year: number;
    period: number;
    account: string;
    amount_ore: number;
    import_id: string;
  }[],
) {
  for (let i = 0; i < rows.length; i += 2000)
    await db
      .insertInto('econ_actual')
      .values(rows.slice(i, i + 2000))
      .execute();
}

export const listProjects = (db: Db, coop: string, year: number) =>
  db
    .selectFrom('econ_project')
    .selectAll()
    .where('cooperation_id', '=', coop)
    .where('year', '=', year)
    .orderBy('sort')
    .orderBy('name')
    .execute();

export const findProject = (db: Db, coop: string, id: string) =>
  db.selectFrom('econ_project').selectAll().where('cooperation_id', '=', coop).where('id', '=', id).executeTakeFirst();

export const insertProject = (db: Db, row: Insertable<EconProjectTable>) =>
  db.insertInto('econ_project').values(row).execute();

export const updateProject = (
  db: Db,
  coop: string,
  id: string,
  set: Omit<Updateable<EconProjectTable>, 'id' | 'cooperation_id'>,
) => db.updateTable('econ_project').set(set).where('cooperation_id', '=', coop).where('id', '=', id).execute();

export const listServices = (db: Db, coop: string) =>
  db.selectFrom('econ_service').selectAll().where('cooperation_id', '=', coop).orderBy('name').execute();

export const insertService = (db: Db, row: Insertable<EconServiceTable>) =>
  db.insertInto('econ_service').values(row).execute();

export const listServiceQuantities = (db: Db, coop: string, year: number) =>
  db
    .selectFrom('econ_service_quantity')
    .select(['service_id', 'member_id', 'quantity'])
    .where('cooperation_id', '=', coop)
    .where('year', '=', year)
    .execute();

export async function upsertServiceQuantities(
  db: Db,
  coop: string,
  year: number,
  rows: { serviceId: string; memberId: string; quantity: number }[],
) {
  if (rows.length === 0) return;
  await db
    .insertInto('econ_service_quantity')
    .values(
      rows.map((r) => ({
        cooperation_id: coop,
        year,
        service_id: r.serviceId,
        member_id: r.memberId,
        quantity: r.quantity,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['cooperation_id', 'year', 'service_id', 'member_id'])
        .doUpdateSet((eb) => ({ quantity: eb.ref('excluded.quantity') })),
    )
    .execute();
}

export const listMeasures = (db: Db, coop: string, year: number) =>
  db
    .selectFrom('econ_measure')
    .selectAll()
    .where('cooperation_id', '=', coop)
    .where('year', '=', year)
    .orderBy('sort')
    .execute();

export const insertMeasure = (db: Db, row: Insertable<EconMeasureTable>) =>
  db.insertInto('econ_measure').values(row).execute();
