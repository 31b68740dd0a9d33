// Queries of the governance context; every one filters on the cooperation.
import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type {
  BodyMemberTable,
  GovAttachmentTable,
  GovCaseTable,
  GovDocumentTable,
  MeetingTable,
  ProposalEventTable,
  ProposalTable,
} from './tables.ts';

export function findBody(db: Db, cooperationId: string, id: string) {
  return db
    .selectFrom('body')
    .select(['id', 'kind', 'name', 'member_id', 'description'])
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Members of bodies (all terms), with the person's name and e-mail. */
export function listBodyMembers(db: Db, cooperationId: string, bodyId?: string) {
  let q = db
    .selectFrom('body_member as bm')
    .innerJoin('app_user as u', 'u.id', 'bm.user_id')
    .leftJoin('member as m', 'm.id', 'bm.member_id')
    .select([
      'bm.id',
      'bm.body_id',
      'bm.user_id',
      'bm.role',
      'bm.member_id',
      'bm.term_from',
      'bm.term_to',
      'u.name',
      'u.email',
      'm.name as member_name',
    ])
    .where('bm.cooperation_id', '=', cooperationId);
  if (bodyId) q = q.where('bm.body_id', '=', bodyId);
  return q.orderBy('bm.term_from').orderBy('u.name').execute();
}

export function insertBodyMember(db: Db, row: Insertable<BodyMemberTable>) {
  return db.insertInto('body_member').values(row).execute();
}

export function endBodyMember(db: Db, cooperationId: string, id: string, termTo: string) {
  return db
    .updateTable('body_member')
    .set({ term_to: termTo })
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', id)
    .returning(['id', 'body_id'])
    .executeTakeFirst();
}

/** The bodies in which the user holds a seat on the given day. */
export async function bodiesOfUser(db: Db, cooperationId: string, userId: string, day: string) {
  const rows = await db
    .selectFrom('body_member')
    .select('body_id')
    .where('cooperation_id', '=', cooperationId)
    .where('user_id', '=', userId)
    .where('term_from', '<=', day)
    .where((eb) => eb.or([eb('term_to', 'is', null), eb('term_to', '>=', day)]))
    .execute();
  return new Set(rows.map((r) => r.body_id));
}

const meetingColumns = [
  'id',
  'body_id',
  'year',
  'number',
  'number_locked',
  'meeting_date',
  'start_time',
  'end_time',
  'place',
  'chair_id',
  'minute_taker_id',
  'notice_sent_at',
  'held_at',
  'minutes_sent_at',
  'minutes_approved_at',
  'minutes_approved_by_case_id',
  'cancelled_at',
  'created_at',
] as const;

export function findMeeting(db: Db, cooperationId: string, id: string) {
  return db
    .selectFrom('meeting')
    .select(meetingColumns)
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', id)
    .executeTakeFirst();
}
export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

export function listMeetings(db: Db, cooperationId: string, filter: { bodyId?: string; year?: number }) {
  let q = db.selectFrom('meeting').select(meetingColumns).where('cooperation_id', '=', cooperationId);
  if (filter.bodyId) q = q.where('body_id', '=', filter.bodyId);
  if (filter.year) q = q.where('year', '=', filter.year);
  return q.orderBy('meeting_date').orderBy('created_at').execute();
}

/** The latest meeting of the body before the day (not cancelled): the one whose minutes come next. */
export function previousMeeting(db: Db, cooperationId: string, bodyId: string, before: string) {
  return db
    .selectFrom('meeting')
    .select(meetingColumns)
    .where('cooperation_id', '=', cooperationId)
    .where('body_id', '=', bodyId)
    .where('meeting_date', '<', before)
    .where('cancelled_at', 'is', null)
    .orderBy('meeting_date', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function insertMeeting(db: Db, row: Insertable<MeetingTable>) {
  return db.insertInto('meeting').values(row).execute();
}

export function updateMeeting(db: Db, cooperationId: string, id: string, set: Updateable<MeetingTable>) {
  return db.updateTable('meeting').set(set).where('cooperation_id', '=', cooperationId).where('id', '=', id).execute();
}

const caseColumns = [
  'c.id',
  'c.meeting_id',
  'c.position',
  'c.item_number',
  'c.number_locked',
  'c.case_number',
  'c.standard',
  'c.approves_meeting_id',
  'c.title',
  'c.owner_id',
  'c.owner_text',
  'c.kind',
  'c.background',
  'c.proposed_decision',
  'c.decision',
  'c.discussion',
  'c.vote',
  'c.guest_names',
  'c.status',
  'c.previous_case_id',
  'c.postponed_to_case_id',
  'c.proposal_id',
] as const;

export function listCases(db: Db, cooperationId: string, meetingIds: string[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('gov_case as c')
    .leftJoin('app_user as o', 'o.id', 'c.owner_id')
    .select([...caseColumns, 'o.name as owner_name'])
    .where('c.cooperation_id', '=', cooperationId)
    .where('c.meeting_id', 'in', meetingIds)
    .orderBy('c.meeting_id')
    .orderBy('c.position')
    .execute();
}
export type CaseRow = Awaited<ReturnType<typeof listCases>>[number];

export function findCase(db: Db, cooperationId: string, id: string) {
  return db
    .selectFrom('gov_case as c')
    .leftJoin('app_user as o', 'o.id', 'c.owner_id')
    .select([...caseColumns, 'o.name as owner_name'])
    .where('c.cooperation_id', '=', cooperationId)
    .where('c.id', '=', id)
    .executeTakeFirst();
}

/** Case numbers by id, for links (postponed to / continued from). */
export async function caseNumbers(db: Db, cooperationId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('gov_case')
    .select(['id', 'case_number', 'meeting_id'])
    .where('cooperation_id', '=', cooperationId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.case_number]));
}

export function insertCase(db: Db, row: Insertable<GovCaseTable>) {
  return db.insertInto('gov_case').values(row).execute();
}

export function updateCase(db: Db, cooperationId: string, id: string, set: Updateable<GovCaseTable>) {
  return db.updateTable('gov_case').set(set).where('cooperation_id', '=', cooperationId).where('id', '=', id).execute();
}

export function deleteCase(db: Db, cooperationId: string, id: string) {
  return db.deleteFrom('gov_case').where('cooperation_id', '=', cooperationId).where('id', '=', id).execute();
}

export function listAttachments(db: Db, cooperationId: string, caseIds: string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('gov_attachment')
    .select(['id', 'case_id', 'file_name', 'media_type', 'size_bytes', 'sha256', 'created_at'])
    .where('cooperation_id', '=', cooperationId)
    .where('case_id', 'in', caseIds)
    .orderBy('created_at')
    .execute();
}

export function findAttachment(db: Db, cooperationId: string, id: string) {
  return db
    .selectFrom('gov_attachment')
    .selectAll()
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function attachmentContents(db: Db, cooperationId: string, caseIds: string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('gov_attachment')
    .select(['id', 'case_id', 'file_name', 'media_type', 'size_bytes', 'sha256', 'content'])
    .where('cooperation_id', '=', cooperationId)
    .where('case_id', 'in', caseIds)
    .orderBy('created_at')
    .execute();
}

export function insertAttachment(db: Db, row: Insertable<GovAttachmentTable>) {
  return db.insertInto('gov_attachment').values(row).execute();
}

export function deleteAttachment(db: Db, cooperationId: string, id: string) {
  return db.deleteFrom('gov_attachment').where('cooperation_id', '=', cooperationId).where('id', '=', id).execute();
}

export function listAttendance(db: Db, cooperationId: string, meetingId: string) {
  return db
    .selectFrom('meeting_attendance as a')
    .innerJoin('app_user as u', 'u.id', 'a.user_id')
    .select(['a.user_id', 'a.present', 'u.name'])
    .where('a.cooperation_id', '=', cooperationId)
    .where('a.meeting_id', '=', meetingId)
    .orderBy('u.name')
    .execute();
}

export async function replaceAttendance(
  db: Db,
  cooperationId: string,
  meetingId: string,
  rows: { userId: string; present: boolean }[],
) {
  await db.deleteFrom('meeting_attendance').where('meeting_id', '=', meetingId).execute();
  if (rows.length === 0) return;
  await db
    .insertInto('meeting_attendance')
    .values(
      rows.map((r) => ({
        meeting_id: meetingId,
        cooperation_id: cooperationId,
        user_id: r.userId,
        present: r.present,
      })),
    )
    .execute();
}

export function listDocuments(db: Db, cooperationId: string, meetingId: string) {
  return db
    .selectFrom('gov_document')
    .select(['id', 'kind', 'version', 'file_name', 'sha256', 'created_at', 'published_at'])
    .where('cooperation_id', '=', cooperationId)
    .where('meeting_id', '=', meetingId)
    .orderBy('kind')
    .orderBy('version', 'desc')
    .execute();
}

export function findDocument(db: Db, cooperationId: string, id: string) {
  return db
    .selectFrom('gov_document')
    .selectAll()
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The newest version of a meeting's notice or minutes. */
export function latestDocument(db: Db, cooperationId: string, meetingId: string, kind: 'notice' | 'minutes') {
  return db
    .selectFrom('gov_document')
    .selectAll()
    .where('cooperation_id', '=', cooperationId)
    .where('meeting_id', '=', meetingId)
    .where('kind', '=', kind)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function insertDocument(db: Db, row: Insertable<GovDocumentTable>) {
  return db.insertInto('gov_document').values(row).execute();
}

export function publishDocument(db: Db, cooperationId: string, id: string, at: Date) {
  return db
    .updateTable('gov_document')
    .set({ published_at: at })
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', id)
    .execute();
}

// ---- proposals --------------------------------------------------------------------------------------

const proposalColumns = [
  'p.id',
  'p.reference',
  'p.title',
  'p.need',
  'p.benefit',
  'p.member_ids',
  'p.estimated_cost_ore',
  'p.proposer_id',
  'p.stage',
  'p.body_id',
  'p.status',
  'p.case_id',
  'p.project_id',
  'p.created_at',
  'p.updated_at',
] as const;

export function listProposals(db: Db, cooperationId: string, filter: { proposerId?: string; status?: string }) {
  let q = db
    .selectFrom('proposal as p')
    .leftJoin('app_user as u', 'u.id', 'p.proposer_id')
    .innerJoin('body as b', 'b.id', 'p.body_id')
    .select([...proposalColumns, 'u.name as proposer_name', 'b.name as body_name'])
    .where('p.cooperation_id', '=', cooperationId);
  if (filter.proposerId) q = q.where('p.proposer_id', '=', filter.proposerId);
  if (filter.status) q = q.where('p.status', '=', filter.status as never);
  return q.orderBy('p.created_at', 'desc').limit(500).execute();
}

export function findProposal(db: Db, cooperationId: string, id: string) {
  return db
    .selectFrom('proposal as p')
    .leftJoin('app_user as u', 'u.id', 'p.proposer_id')
    .innerJoin('body as b', 'b.id', 'p.body_id')
    .select([...proposalColumns, 'u.name as proposer_name', 'b.name as body_name'])
    .where('p.cooperation_id', '=', cooperationId)
    .where('p.id', '=', id)
    .executeTakeFirst();
}
export type ProposalRow = NonNullable<Awaited<ReturnType<typeof findProposal>>>;

export async function countProposalsInYear(db: Db, cooperationId: string, prefix: string) {
  const r = await db
    .selectFrom('proposal')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('cooperation_id', '=', cooperationId)
    .where('reference', 'like', `${prefix}%`)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export function insertProposal(db: Db, row: Insertable<ProposalTable>) {
  return db.insertInto('proposal').values(row).execute();
}

export function updateProposal(db: Db, cooperationId: string, id: string, set: Updateable<ProposalTable>) {
  return db.updateTable('proposal').set(set).where('cooperation_id', '=', cooperationId).where('id', '=', id).execute();
}

export function insertProposalEvent(db: Db, row: Insertable<ProposalEventTable>) {
  return db.insertInto('proposal_event').values(row).execute();
}

export function listProposalEvents(db: Db, cooperationId: string, proposalId: string) {
  return db
    .selectFrom('proposal_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.actor_id')
    .leftJoin('body as b', 'b.id', 'e.body_id')
    .select([
      'e.id',
      'e.stage',
      'e.body_id',
      'e.action',
      'e.comment',
      'e.created_at',
      'u.name as actor_name',
      'b.name as body_name',
    ])
    .where('e.cooperation_id', '=', cooperationId)
    .where('e.proposal_id', '=', proposalId)
    .orderBy('e.created_at')
    .orderBy('e.seq')
    .execute();
}

// ---- search -----------------------------------------------------------------------------------------

/**
 * Cases matching a Norwegian full-text query. `editableBodies` are the bodies whose drafts the
 * reader may see (null: all, for administrators); elsewhere only cases of published notices match,
 * and decisions and discussions only once the minutes are approved.
 */
export function searchCases(db: Db, cooperationId: string, q: string, editableBodies: string[] | null, limit: number) {
  const query = sql`websearch_to_tsquery('norwegian', ${q})`;
  // The full vector matches first (its GIN index does the work); where the reader may not see the
  // outcome yet, the case must also match on what was published with the notice.
  const outcomeVisible =
    editableBodies === null
      ? sql<boolean>`true`
      : editableBodies.length
        ? sql<boolean>`(m.body_id in (${sql.join(editableBodies)}) or m.minutes_approved_at is not null)`
        : sql<boolean>`m.minutes_approved_at is not null`;
  let sel = db
    .selectFrom('gov_case as c')
    .innerJoin('meeting as m', 'm.id', 'c.meeting_id')
    .innerJoin('body as b', 'b.id', 'm.body_id')
    .select([
      'c.id',
      'c.case_number',
      'c.title',
      'c.kind',
      'c.status',
      'c.meeting_id',
      'm.meeting_date',
      'b.name as body_name',
      sql<number>`ts_rank(c.search, ${query})`.as('rank'),
    ])
    .where('c.cooperation_id', '=', cooperationId)
    .where(sql<boolean>`c.search @@ ${query}`)
    .where(
      sql<boolean>`(${outcomeVisible} or to_tsvector('norwegian', c.case_number || ' ' || c.title || ' ' || c.proposed_decision || ' ' || c.background) @@ ${query})`,
    );
  if (editableBodies !== null) {
    sel = sel.where((eb) =>
      editableBodies.length
        ? eb.or([eb('m.notice_sent_at', 'is not', null), eb('m.body_id', 'in', editableBodies)])
        : eb('m.notice_sent_at', 'is not', null),
    );
  }
  return sel.orderBy('rank', 'desc').orderBy('m.meeting_date', 'desc').limit(limit).execute();
}

export function searchProposals(db: Db, cooperationId: string, q: string, limit: number) {
  const query = sql`websearch_to_tsquery('norwegian', ${q})`;
  return db
    .selectFrom('proposal as p')
    .select([
      'p.id',
      'p.reference',
      'p.title',
      'p.status',
      'p.stage',
      sql<number>`ts_rank(p.search, ${query})`.as('rank'),
    ])
    .where('p.cooperation_id', '=', cooperationId)
    .where(sql<boolean>`p.search @@ ${query}`)
    .orderBy('rank', 'desc')
    .limit(limit)
    .execute();
}
