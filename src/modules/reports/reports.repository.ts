// Queries of the reports context; every one filters on the cooperation.
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { RichDoc } from './rich-text.ts';
import type { ReportImageTable, ReportTable } from './tables.ts';

const reportColumns = [
  'id',
  'cooperation_id',
  'kind',
  'period',
  'version',
  'status',
  'title',
  'document_owner',
  'case_id',
  'created_by',
  'created_at',
  'updated_at',
  'submitted_at',
  'approved_at',
  'approved_by',
  'approved_by_name',
  'pdf_sha256',
  'attachment_id',
] as const;

export function listReports(db: Db, coop: string, f: { kind?: string; year?: number; status?: string }) {
  let q = db.selectFrom('report').select(reportColumns).where('cooperation_id', '=', coop);
  if (f.kind) q = q.where('kind', '=', f.kind as ReportTable['kind']);
  if (f.status) q = q.where('status', '=', f.status as 'draft');
  if (f.year) q = q.where('period', '>=', String(f.year)).where('period', '<', String(f.year + 1));
  return q.orderBy('period', 'desc').orderBy('kind').orderBy('version', 'desc').limit(500).execute();
}

export const findReport = (db: Db, coop: string, id: string) =>
  db
    .selectFrom('report')
    .select(reportColumns)
    .where('cooperation_id', '=', coop)
    .where('id', '=', id)
    .executeTakeFirst();

export type ReportRow = NonNullable<Awaited<ReturnType<typeof findReport>>>;

export const lockReport = (db: Db, coop: string, id: string) =>
  db
    .selectFrom('report')
    .select(reportColumns)
    .where('cooperation_id', '=', coop)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

export const frozen = (db: Db, coop: string, id: string) =>
  db
    .selectFrom('report')
    .select(['snapshot', 'pdf'])
    .where('cooperation_id', '=', coop)
    .where('id', '=', id)
    .executeTakeFirst();

export const latestVersion = (db: Db, coop: string, kind: string, period: string) =>
  db
    .selectFrom('report')
    .select(['version', 'status'])
    .where('cooperation_id', '=', coop)
    .where('kind', '=', kind as ReportTable['kind'])
    .where('period', '=', period)
    .orderBy('version', 'desc')
    .executeTakeFirst();

export const insertReport = (db: Db, row: Insertable<ReportTable>) => db.insertInto('report').values(row).execute();

export const updateReport = (db: Db, coop: string, id: string, set: Updateable<ReportTable>) =>
  db.updateTable('report').set(set).where('cooperation_id', '=', coop).where('id', '=', id).execute();

export const deleteReport = (db: Db, coop: string, id: string) =>
  db.deleteFrom('report').where('cooperation_id', '=', coop).where('id', '=', id).execute();

export const listSections = (db: Db, coop: string, reportId: string) =>
  db
    .selectFrom('report_section')
    .select(['key', 'body', 'updated_by_name', 'updated_at'])
    .where('cooperation_id', '=', coop)
    .where('report_id', '=', reportId)
    .execute();

export function upsertSection(
  db: Db,
  row: {
    report_id: string;
    cooperation_id: string;
    key: string;
    body: RichDoc;
    by: string | null;
    byName: string;
    at: Date;
  },
) {
  const values = {
    report_id: row.report_id,
    cooperation_id: row.cooperation_id,
    key: row.key,
    body: JSON.stringify(row.body),
    updated_by: row.by,
    updated_by_name: row.byName,
    updated_at: row.at,
  };
  return db
    .insertInto('report_section')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['report_id', 'key']).doUpdateSet({
        body: values.body,
        updated_by: values.updated_by,
        updated_by_name: values.updated_by_name,
        updated_at: values.updated_at,
      }),
    )
    .execute();
}

export const listApprovals = (db: Db, coop: string, reportId: string) =>
  db
    .selectFrom('report_member_approval')
    .select(['member_id', 'approved_on', 'signer'])
    .where('cooperation_id', '=', coop)
    .where('report_id', '=', reportId)
    .execute();

export async function replaceApprovals(
  db: Db,
  coop: string,
  reportId: string,
  rows: { memberId: string; date: string; signer: string }[],
) {
  await db
    .deleteFrom('report_member_approval')
    .where('cooperation_id', '=', coop)
    .where('report_id', '=', reportId)
    .execute();
  if (rows.length === 0) return;
  await db
    .insertInto('report_member_approval')
    .values(
      rows.map((r) => ({
        report_id: reportId,
        cooperation_id: coop,
        member_id: r.memberId,
        approved_on: r.date,
        signer: r.signer,
      })),
    )
    .execute();
}

export const insertImage = (db: Db, row: Insertable<ReportImageTable>) =>
  db.insertInto('report_image').values(row).execute();

export const findImage = (db: Db, coop: string, id: string) =>
  db
    .selectFrom('report_image')
    .select(['id', 'report_id', 'file_name', 'media_type', 'content'])
    .where('cooperation_id', '=', coop)
    .where('id', '=', id)
    .executeTakeFirst();

export const imagesOf = (db: Db, coop: string, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('report_image')
        .select(['id', 'media_type', 'content'])
        .where('cooperation_id', '=', coop)
        .where('id', 'in', ids)
        .execute();

export const listGlossary = (db: Db, coop: string) =>
  db
    .selectFrom('report_glossary')
    .select(['id', 'term', 'definition', 'updated_at'])
    .where('cooperation_id', '=', coop)
    .execute();

export const findTerm = (db: Db, coop: string, id: string) =>
  db
    .selectFrom('report_glossary')
    .select(['id', 'term', 'definition'])
    .where('cooperation_id', '=', coop)
    .where('id', '=', id)
    .executeTakeFirst();

export const termByName = (db: Db, coop: string, term: string) =>
  db
    .selectFrom('report_glossary')
    .select(['id'])
    .where('cooperation_id', '=', coop)
    .where((eb) => eb(eb.fn('lower', ['term']), '=', term.toLowerCase()))
    .executeTakeFirst();

export const insertTerm = (
  db: Db,
  row: { id: string; cooperation_id: string; term: string; definition: string; updated_at: Date },
) => db.insertInto('report_glossary').values(row).execute();

export const updateTerm = (
  db: Db,
  coop: string,
  id: string,
  set: { term: string; definition: string; updated_at: Date },
) => db.updateTable('report_glossary').set(set).where('cooperation_id', '=', coop).where('id', '=', id).execute();

export const deleteTerm = (db: Db, coop: string, id: string) =>
  db.deleteFrom('report_glossary').where('cooperation_id', '=', coop).where('id', '=', id).executeTakeFirst();

export const listStaffYears = (db: Db, coop: string) =>
  db
    .selectFrom('report_staff_year')
    .select(['year', 'fte_tenths', 'employees', 'women', 'men', 'sick_leave_hundredths'])
    .where('cooperation_id', '=', coop)
    .orderBy('year', 'desc')
    .execute();

export function upsertStaffYear(
  db: Db,
  row: {
    cooperation_id: string;
    year: number;
    fte_tenths: number;
    employees: number;
    women: number | null;
    men: number | null;
    sick_leave_hundredths: number | null;
    updated_at: Date;
  },
) {
  const { cooperation_id: _, year: __, ...set } = row;
  return db
    .insertInto('report_staff_year')
    .values(row)
    .onConflict((oc) => oc.columns(['cooperation_id', 'year']).doUpdateSet(set))
    .execute();
}

export const deleteStaffYear = (db: Db, coop: string, year: number) =>
  db.deleteFrom('report_staff_year').where('cooperation_id', '=', coop).where('year', '=', year).executeTakeFirst();
