// Meetings and their agendas: create (with the two opening cases), move, cancel, number, add and
// edit cases, reorder, postpone, withdraw, attachments, attendance and decisions. Numbers follow
// numbering.ts; every change is audited in its transaction.
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Actor } from '../../app/auth/roles.ts';
import { AppError, invalidField, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { listMailsFor } from '../mail/outbox.repository.ts';
import {
  type Access,
  accessOf,
  canEditBody,
  canSeeMeeting,
  canSeeOutcome,
  requireBodyEditor,
  seatedOn,
} from './access.ts';
import { audit } from './audit.ts';
import { norwegianDate } from './documents/pdf.ts';
import * as repo from './governance.repository.ts';
import type {
  AttendanceInput,
  CaseInput,
  CasePatch,
  DecisionInput,
  MeetingInput,
  MeetingPatch,
  MeetingPlanInput,
} from './governance.schemas.ts';
import {
  assignNumbers,
  formatCaseNumber,
  formatMeetingNumber,
  meetingYear,
  numberMeetings,
  reorder,
} from './numbering.ts';

export const conflict = (message: string) => new AppError('conflict', message);
const invalid = invalidField;

export type MeetingStatus = 'planned' | 'notice_sent' | 'held' | 'minutes_sent' | 'minutes_approved' | 'cancelled';

export function meetingStatus(m: repo.MeetingRow): MeetingStatus {
  if (m.cancelled_at) return 'cancelled';
  if (m.minutes_approved_at) return 'minutes_approved';
  if (m.minutes_sent_at) return 'minutes_sent';
  if (m.held_at) return 'held';
  if (m.notice_sent_at) return 'notice_sent';
  return 'planned';
}

export async function loadMeeting(db: Db, actor: Actor, id: string) {
  const m = await repo.findMeeting(db, actor.cooperationId, id);
  if (!m) throw notFound('The meeting');
  return m;
}

/** A meeting the actor may change; refuses cancelled meetings and closed records. */
async function editableMeeting(db: Db, actor: Actor, access: Access, id: string, opts: { closedOk?: boolean } = {}) {
  const m = await loadMeeting(db, actor, id);
  requireBodyEditor(access, m.body_id);
  if (m.cancelled_at) throw conflict('The meeting is cancelled.');
  if (m.minutes_approved_at && !opts.closedOk)
    throw conflict('The minutes of this meeting are approved; the record is closed.');
  return m;
}

async function loadCase(db: Db, actor: Actor, id: string) {
  const c = await repo.findCase(db, actor.cooperationId, id);
  if (!c) throw notFound('The case');
  return c;
}

/** A case the actor may change, with its meeting (see editableMeeting). */
async function editableCase(db: Db, actor: Actor, access: Access, id: string) {
  const c = await loadCase(db, actor, id);
  return { c, m: await editableMeeting(db, actor, access, c.meeting_id) };
}

// ---- numbering ----------------------------------------------------------------------------------------

const minutesText = (previousDate: string | null) =>
  previousDate
    ? `Møtereferat fra møtet ${norwegianDate(previousDate)} godkjennes.`
    : 'Møtereferat fra forrige møte godkjennes.';

/**
 * Point every draft agenda's approval-of-minutes case at the meeting before it (meetings are planned
 * and moved in any order); the proposed decision follows while it is still the default text.
 */
async function relinkMinutesApprovals(tx: Db, cooperationId: string, bodyId: string) {
  const meetings = (await repo.listMeetings(tx, cooperationId, { bodyId })).filter((m) => !m.cancelled_at);
  const drafts = meetings.filter((m) => !m.number_locked);
  if (drafts.length === 0) return;
  const cases = (
    await repo.listCases(
      tx,
      cooperationId,
      drafts.map((m) => m.id),
    )
  ).filter((c) => c.standard === 'minutes_approval');
  const byId = new Map(meetings.map((m) => [m.id, m]));
  for (const c of cases) {
    const i = meetings.findIndex((m) => m.id === c.meeting_id);
    const prev = i > 0 ? meetings[i - 1] : undefined;
    const oldPrev = c.approves_meeting_id ? byId.get(c.approves_meeting_id) : undefined;
    if ((prev?.id ?? null) === c.approves_meeting_id) continue;
    const wasDefault = c.proposed_decision === minutesText(oldPrev?.meeting_date ?? null);
    await repo.updateCase(tx, cooperationId, c.id, {
      approves_meeting_id: prev?.id ?? null,
      ...(wasDefault && { proposed_decision: minutesText(prev?.meeting_date ?? null) }),
    });
  }
}

/** Number the body's meetings of a year again, and the cases of every meeting whose number changed. */
async function renumberYear(tx: Db, cooperationId: string, bodyId: string, year: number) {
  await relinkMinutesApprovals(tx, cooperationId, bodyId);
  const meetings = await repo.listMeetings(tx, cooperationId, { bodyId, year });
  const numbers = numberMeetings(
    meetings.map((m) => ({
      id: m.id,
      date: m.meeting_date,
      createdAt: new Date(m.created_at).toISOString(),
      locked: m.number_locked ? m.number : null,
      cancelled: m.cancelled_at !== null,
    })),
  );
  for (const m of meetings) {
    const n = numbers.get(m.id) ?? null;
    if (n !== m.number) {
      await repo.updateMeeting(tx, cooperationId, m.id, { number: n });
      await renumberAgenda(tx, cooperationId, { ...m, number: n });
    }
  }
}

/** Number a meeting's agenda: positions 0..n-1 in order, items from assignNumbers, case numbers. */
async function renumberAgenda(
  tx: Db,
  cooperationId: string,
  meeting: Pick<repo.MeetingRow, 'id' | 'year' | 'number'>,
  order?: string[],
) {
  const cases = await repo.listCases(tx, cooperationId, [meeting.id]);
  const ids = order ?? cases.map((c) => c.id);
  const byId = new Map(cases.map((c) => [c.id, c]));
  const items = assignNumbers(
    ids.map((id) => {
      const c = byId.get(id);
      return { id, locked: c?.number_locked ? c.item_number : null };
    }),
  );
  for (const [position, id] of ids.entries()) {
    const c = byId.get(id);
    if (!c) continue;
    const item = items.get(id) as number;
    const caseNumber = meeting.number === null ? '' : formatCaseNumber(meeting.year, meeting.number, item);
    if (c.position !== position || c.item_number !== item || c.case_number !== caseNumber)
      await repo.updateCase(tx, cooperationId, id, { position, item_number: item, case_number: caseNumber });
  }
}

// ---- meetings -----------------------------------------------------------------------------------------

function checkTimes(input: { startTime?: string; endTime?: string }) {
  if (input.startTime && input.endTime && input.endTime <= input.startTime)
    throw invalid('endTime', 'The meeting must end after it starts.');
}

async function createOne(tx: Db, actor: Actor, input: MeetingInput, now: Date, requestId?: string) {
  const id = crypto.randomUUID();
  const year = meetingYear(input.date);
  await repo.insertMeeting(tx, {
    id,
    cooperation_id: actor.cooperationId,
    body_id: input.bodyId,
    year,
    number: null,
    meeting_date: input.date,
    start_time: input.startTime,
    end_time: input.endTime,
    place: input.place,
    chair_id: null,
    minute_taker_id: null,
    created_at: now,
    updated_at: now,
  });
  const previous = await repo.previousMeeting(tx, actor.cooperationId, input.bodyId, input.date);
  const opening = [
    {
      title: 'Godkjenning av innkalling og saksliste',
      standard: 'notice_approval' as const,
      proposed: 'Innkalling og saksliste godkjennes.',
      approves: null,
    },
    {
      title: 'Godkjenning av møtereferat',
      standard: 'minutes_approval' as const,
      proposed: minutesText(previous?.meeting_date ?? null),
      approves: previous?.id ?? null,
    },
  ];
  for (const [i, o] of opening.entries()) {
    await repo.insertCase(tx, {
      id: crypto.randomUUID(),
      cooperation_id: actor.cooperationId,
      meeting_id: id,
      position: i,
      item_number: i + 1,
      case_number: '',
      standard: o.standard,
      approves_meeting_id: o.approves,
      title: o.title,
      owner_id: null,
      kind: 'decision',
      proposed_decision: o.proposed,
      decision: null,
      previous_case_id: null,
      postponed_to_case_id: null,
      proposal_id: null,
      created_at: now,
      updated_at: now,
    });
  }
  await renumberYear(tx, actor.cooperationId, input.bodyId, year);
  await audit(tx, actor, 'create', 'meeting', id, `Planned a meeting on ${input.date}`, requestId, input);
  return id;
}

async function requireBody(db: Db, actor: Actor, bodyId: string) {
  const body = await repo.findBody(db, actor.cooperationId, bodyId);
  if (!body) throw invalid('bodyId', 'There is no such body in this cooperation.');
  return body;
}

export async function createMeeting(db: Db, actor: Actor, input: MeetingInput, now: Date, requestId?: string) {
  checkTimes(input);
  return inTransaction(db, async (tx) => {
    await requireBody(tx, actor, input.bodyId);
    requireBodyEditor(await accessOf(tx, actor, now), input.bodyId);
    const id = await createOne(tx, actor, input, now, requestId);
    return getMeeting(tx, actor, id, now);
  });
}

/** The yearly meeting plan: one meeting per date, all at the same time and place. */
export async function createMeetingPlan(db: Db, actor: Actor, input: MeetingPlanInput, now: Date, requestId?: string) {
  checkTimes(input);
  const dates = [...new Set(input.dates)].sort();
  return inTransaction(db, async (tx) => {
    await requireBody(tx, actor, input.bodyId);
    requireBodyEditor(await accessOf(tx, actor, now), input.bodyId);
    const ids: string[] = [];
    for (const date of dates)
      ids.push(
        await createOne(
          tx,
          actor,
          { bodyId: input.bodyId, date, startTime: input.startTime, endTime: input.endTime, place: input.place },
          now,
          requestId,
        ),
      );
    return listMeetings(tx, actor, { bodyId: input.bodyId }, now).then((all) =>
      all.meetings.filter((m) => ids.includes(m.id as string)),
    );
  });
}

export async function updateMeeting(
  db: Db,
  actor: Actor,
  id: string,
  patch: MeetingPatch,
  now: Date,
  requestId?: string,
) {
  return inTransaction(db, async (tx) => {
    const access = await accessOf(tx, actor, now);
    const m = await editableMeeting(tx, actor, access, id);
    checkTimes({ startTime: patch.startTime ?? m.start_time, endTime: patch.endTime ?? m.end_time });
    const newYear = patch.date ? meetingYear(patch.date) : m.year;
    if (newYear !== m.year && m.number_locked)
      throw conflict(
        `The notice of ${formatMeetingNumber(m.year, m.number ?? 0)} has been sent; it cannot move to ${newYear}. Cancel it and plan a new meeting.`,
      );
    await repo.updateMeeting(tx, actor.cooperationId, id, {
      ...(patch.date && { meeting_date: patch.date, year: newYear }),
      ...(patch.startTime && { start_time: patch.startTime }),
      ...(patch.endTime && { end_time: patch.endTime }),
      ...(patch.place !== undefined && { place: patch.place }),
      ...(patch.chairId !== undefined && { chair_id: patch.chairId }),
      ...(patch.minuteTakerId !== undefined && { minute_taker_id: patch.minuteTakerId }),
      updated_at: now,
    });
    if (patch.date) {
      await renumberYear(tx, actor.cooperationId, m.body_id, m.year);
      if (newYear !== m.year) await renumberYear(tx, actor.cooperationId, m.body_id, newYear);
    }
    await audit(tx, actor, 'update', 'meeting', id, 'Changed a meeting', requestId, patch);
    return getMeeting(tx, actor, id, now);
  });
}

export async function cancelMeeting(db: Db, actor: Actor, id: string, now: Date, requestId?: string) {
  return inTransaction(db, async (tx) => {
    const access = await accessOf(tx, actor, now);
    const m = await editableMeeting(tx, actor, access, id);
    if (m.held_at) throw conflict('The meeting has been held; it cannot be cancelled.');
    await repo.updateMeeting(tx, actor.cooperationId, id, { cancelled_at: now, updated_at: now });
    await renumberYear(tx, actor.cooperationId, m.body_id, m.year);
    await audit(tx, actor, 'update', 'meeting', id, `Cancelled the meeting of ${m.meeting_date}`, requestId);
    return getMeeting(tx, actor, id, now);
  });
}

// ---- reading ------------------------------------------------------------------------------------------

/** Case rows as the API shows them; decisions only where the actor may see the outcome. */
async function presentCases(db: Db, actor: Actor, cases: repo.CaseRow[], outcome: boolean) {
  const links = await repo.caseNumbers(
    db,
    actor.cooperationId,
    cases.flatMap((c) => [c.previous_case_id, c.postponed_to_case_id].filter((x): x is string => !!x)),
  );
  const attachments = await repo.listAttachments(
    db,
    actor.cooperationId,
    cases.map((c) => c.id),
  );
  return cases.map((c) => ({
    id: c.id,
    meetingId: c.meeting_id,
    number: c.case_number || null,
    item: c.item_number,
    provisional: !c.number_locked,
    position: c.position,
    title: c.title,
    kind: c.kind,
    ownerId: c.owner_id,
    owner: c.owner_name ?? c.owner_text,
    ownerText: c.owner_text,
    background: c.background,
    proposedDecision: c.proposed_decision,
    decision: outcome ? c.decision : null,
    discussion: outcome ? c.discussion : '',
    vote: outcome ? c.vote : null,
    guests: outcome ? c.guest_names : [],
    status: c.status,
    standard: c.standard,
    approvesMeetingId: c.approves_meeting_id,
    previous: c.previous_case_id ? { id: c.previous_case_id, number: links.get(c.previous_case_id) ?? null } : null,
    postponedTo: c.postponed_to_case_id
      ? { id: c.postponed_to_case_id, number: links.get(c.postponed_to_case_id) ?? null }
      : null,
    proposalId: c.proposal_id,
    attachments: attachments
      .filter((a) => a.case_id === c.id)
      .map((a) => ({ id: a.id, fileName: a.file_name, mediaType: a.media_type, sizeBytes: a.size_bytes })),
  }));
}

function presentMeetingHead(m: repo.MeetingRow, bodyName: string, canEdit: boolean) {
  return {
    id: m.id,
    bodyId: m.body_id,
    bodyName,
    year: m.year,
    number: m.number,
    meetingNumber: m.number === null ? null : formatMeetingNumber(m.year, m.number),
    provisional: !m.number_locked,
    date: m.meeting_date,
    startTime: m.start_time,
    endTime: m.end_time,
    place: m.place,
    status: meetingStatus(m),
    noticeSentAt: m.notice_sent_at,
    heldAt: m.held_at,
    minutesSentAt: m.minutes_sent_at,
    minutesApprovedAt: m.minutes_approved_at,
    cancelledAt: m.cancelled_at,
    canEdit,
  };
}

export async function getMeeting(db: Db, actor: Actor, id: string, now: Date) {
  const access = await accessOf(db, actor, now);
  const m = await loadMeeting(db, actor, id);
  if (!canSeeMeeting(access, m)) throw notFound('The meeting');
  const canEdit = canEditBody(access, m.body_id);
  const outcome = canSeeOutcome(access, m);
  const [body, cases, attendance, documents, members, mails] = await Promise.all([
    repo.findBody(db, actor.cooperationId, m.body_id),
    repo.listCases(db, actor.cooperationId, [m.id]),
    repo.listAttendance(db, actor.cooperationId, m.id),
    repo.listDocuments(db, actor.cooperationId, m.id),
    repo.listBodyMembers(db, actor.cooperationId, m.body_id),
    canEdit ? listMailsFor(db, actor.cooperationId, m.id) : [],
  ]);
  const seated = members.filter((x) => seatedOn(x, m.meeting_date));
  const userName = new Map([
    ...members.map((x) => [x.user_id, x.name] as const),
    ...attendance.map((a) => [a.user_id, a.name] as const),
  ]);
  const person = (uid: string | null) => (uid ? { id: uid, name: userName.get(uid) ?? '' } : null);
  return {
    ...presentMeetingHead(m, body?.name ?? '', canEdit),
    chair: person(m.chair_id),
    minuteTaker: person(m.minute_taker_id),
    members: seated.map((x) => ({ userId: x.user_id, name: x.name, role: x.role, memberName: x.member_name })),
    attendance: outcome
      ? {
          present: attendance.filter((a) => a.present).map((a) => ({ userId: a.user_id, name: a.name })),
          absent: attendance.filter((a) => !a.present).map((a) => ({ userId: a.user_id, name: a.name })),
        }
      : null,
    cases: await presentCases(db, actor, cases, outcome),
    documents: documents
      .filter((d) => canEdit || d.published_at !== null)
      .map((d) => ({
        id: d.id,
        kind: d.kind,
        version: d.version,
        fileName: d.file_name,
        createdAt: d.created_at,
        publishedAt: d.published_at,
      })),
    mails: mails.map((x) => ({
      id: x.id,
      topic: x.topic,
      to: x.to_name ? `${x.to_name} <${x.to_address}>` : x.to_address,
      subject: x.subject,
      status: x.status,
      attempts: x.attempts,
      lastError: x.last_error,
      sentAt: x.sent_at,
      createdAt: x.created_at,
    })),
  };
}

/** Meetings (by body and year), each with its case numbers and titles; drafts only for editors. */
export async function listMeetings(db: Db, actor: Actor, filter: { bodyId?: string; year?: number }, now: Date) {
  const access = await accessOf(db, actor, now);
  const meetings = (await repo.listMeetings(db, actor.cooperationId, filter)).filter((m) => canSeeMeeting(access, m));
  const [cases, bodies] = await Promise.all([
    repo.listCases(
      db,
      actor.cooperationId,
      meetings.map((m) => m.id),
    ),
    db.selectFrom('body').select(['id', 'name']).where('cooperation_id', '=', actor.cooperationId).execute(),
  ]);
  const bodyName = new Map(bodies.map((b) => [b.id, b.name]));
  return {
    meetings: meetings.map((m) => {
      const outcome = canSeeOutcome(access, m);
      return {
        ...presentMeetingHead(m, bodyName.get(m.body_id) ?? '', canEditBody(access, m.body_id)),
        cases: cases
          .filter((c) => c.meeting_id === m.id)
          .map((c) => ({
            id: c.id,
            number: c.case_number || null,
            title: c.title,
            kind: c.kind,
            status: c.status,
            decision: outcome ? c.decision : null,
          })),
      };
    }),
  };
}

// ---- cases ----------------------------------------------------------------------------------------------

async function checkOwner(db: Db, actor: Actor, ownerId: string | null | undefined) {
  if (!ownerId) return;
  const u = await db
    .selectFrom('app_user')
    .select('id')
    .where('cooperation_id', '=', actor.cooperationId)
    .where('id', '=', ownerId)
    .executeTakeFirst();
  if (!u) throw invalid('ownerId', 'The owner is not a user of this cooperation.');
}

export async function addCase(
  db: Db,
  actor: Actor,
  meetingId: string,
  input: CaseInput,
  now: Date,
  requestId?: string,
) {
  return inTransaction(db, async (tx) => {
    const access = await accessOf(tx, actor, now);
    const m = await editableMeeting(tx, actor, access, meetingId);
    await checkOwner(tx, actor, input.ownerId);
    const id = crypto.randomUUID();
    await repo.insertCase(tx, {
      id,
      cooperation_id: actor.cooperationId,
      meeting_id: m.id,
      position: 10_000,
      item_number: 10_000,
      case_number: '',
      standard: null,
      approves_meeting_id: null,
      title: input.title,
      owner_id: input.ownerId,
      owner_text: input.ownerText,
      kind: input.kind,
      background: input.background,
      proposed_decision: input.proposedDecision,
      decision: null,
      previous_case_id: null,
      postponed_to_case_id: null,
      proposal_id: null,
      created_at: now,
      updated_at: now,
    });
    await renumberAgenda(tx, actor.cooperationId, m);
    const c = await loadCase(tx, actor, id);
    await audit(tx, actor, 'create', 'gov_case', id, `Added case ${c.case_number} ${c.title}`, requestId, input);
    return (await presentCases(tx, actor, [c], true))[0];
  });
}

/** Used by the proposal flow: a case made from a proposal. */
export async function addCaseFromProposal(
  tx: Db,
  actor: Actor,
  meetingId: string,
  input: CaseInput,
  proposalId: string,
  now: Date,
  requestId?: string,
) {
  const c = await addCase(tx, actor, meetingId, input, now, requestId);
  await repo.updateCase(tx, actor.cooperationId, c?.id as string, { proposal_id: proposalId });
  return c;
}

export async function updateCase(db: Db, actor: Actor, id: string, patch: CasePatch, now: Date, requestId?: string) {
  return inTransaction(db, async (tx) => {
    const access = await accessOf(tx, actor, now);
    const { c: before } = await editableCase(tx, actor, access, id);
    await checkOwner(tx, actor, patch.ownerId);
    await repo.updateCase(tx, actor.cooperationId, id, {
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.kind !== undefined && { kind: patch.kind }),
      ...(patch.ownerId !== undefined && { owner_id: patch.ownerId }),
      ...(patch.ownerText !== undefined && { owner_text: patch.ownerText }),
      ...(patch.background !== undefined && { background: patch.background }),
      ...(patch.proposedDecision !== undefined && { proposed_decision: patch.proposedDecision }),
      updated_at: now,
    });
    await audit(tx, actor, 'update', 'gov_case', id, `Changed case ${before.case_number}`, requestId, patch);
    return (await presentCases(tx, actor, [await loadCase(tx, actor, id)], true))[0];
  });
}

/** Move a case on its agenda; before the notice its number follows, after it the number stays. */
export async function moveCase(db: Db, actor: Actor, id: string, position: number, now: Date, requestId?: string) {
  return inTransaction(db, async (tx) => {
    const access = await accessOf(tx, actor, now);
    const { c, m } = await editableCase(tx, actor, access, id);
    const ids = (await repo.listCases(tx, actor.cooperationId, [m.id])).map((x) => x.id);
    await renumberAgenda(tx, actor.cooperationId, m, reorder(ids, id, position));
    await audit(tx, actor, 'update', 'gov_case', id, `Moved case ${c.case_number} to place ${position + 1}`, requestId);
    return getMeeting(tx, actor, m.id, now);
  });
}

/** Remove a case: deleted while the agenda is a draft, withdrawn (number kept) once the notice is out. */
export async function withdrawCase(db: Db, actor: Actor, id: string, now: Date, requestId?: string) {
  return inTransaction(db, async (tx) => {
    const access = await accessOf(tx, actor, now);
    const { c, m } = await editableCase(tx, actor, access, id);
    if (c.standard) throw conflict('The opening cases belong to every meeting and cannot be removed.');
    if (c.number_locked) {
      await repo.updateCase(tx, actor.cooperationId, id, { status: 'withdrawn', updated_at: now });
    } else {
      await tx.deleteFrom('gov_attachment').where('case_id', '=', id).execute();
      await tx.updateTable('proposal').set({ case_id: null }).where('case_id', '=', id).execute();
      await repo.deleteCase(tx, actor.cooperationId, id);
      await renumberAgenda(tx, actor.cooperationId, m);
    }
    await audit(tx, actor, 'delete', 'gov_case', id, `Withdrew case ${c.case_number} ${c.title}`, requestId);
    return getMeeting(tx, actor, m.id, now);
  });
}

/**
 * Postpone a case to a later meeting of the same body. A case whose number was never published
 * simply moves; a published one stays (marked postponed) and continues as a new case with a new
 * number in the later meeting, linked both ways, attachments copied.
 */
export async function postponeCase(
  db: Db,
  actor: Actor,
  id: string,
  toMeetingId: string,
  now: Date,
  requestId?: string,
) {
  return inTransaction(db, async (tx) => {
    const access = await accessOf(tx, actor, now);
    const { c, m: from } = await editableCase(tx, actor, access, id);
    const to = await editableMeeting(tx, actor, access, toMeetingId);
    if (c.standard) throw conflict('The opening cases belong to their meeting and cannot be postponed.');
    if (to.body_id !== from.body_id)
      throw invalid('toMeetingId', 'A case can only move to a meeting of the same body.');
    if (to.meeting_date <= from.meeting_date) throw invalid('toMeetingId', 'Choose a later meeting.');
    let newId = id;
    if (!c.number_locked) {
      await repo.updateCase(tx, actor.cooperationId, id, { meeting_id: to.id, position: 10_000, updated_at: now });
      await renumberAgenda(tx, actor.cooperationId, from);
      await renumberAgenda(tx, actor.cooperationId, to);
    } else {
      newId = crypto.randomUUID();
      await repo.insertCase(tx, {
        id: newId,
        cooperation_id: actor.cooperationId,
        meeting_id: to.id,
        position: 10_000,
        item_number: 10_000,
        case_number: '',
        standard: null,
        approves_meeting_id: null,
        title: c.title,
        owner_id: c.owner_id,
        owner_text: c.owner_text,
        kind: c.kind,
        background: c.background,
        proposed_decision: c.proposed_decision,
        decision: null,
        previous_case_id: c.id,
        postponed_to_case_id: null,
        proposal_id: c.proposal_id,
        created_at: now,
        updated_at: now,
      });
      await tx
        .insertInto('gov_attachment')
        .columns([
          'id',
          'cooperation_id',
          'case_id',
          'file_name',
          'media_type',
          'size_bytes',
          'sha256',
          'content',
          'uploaded_by',
          'created_at',
        ])
        .expression(
          tx
            .selectFrom('gov_attachment')
            .select((eb) => [
              eb.fn<string>('gen_random_uuid').as('id'),
              'cooperation_id',
              eb.val(newId).as('case_id'),
              'file_name',
              'media_type',
              'size_bytes',
              'sha256',
              'content',
              'uploaded_by',
              'created_at',
            ])
            .where('case_id', '=', c.id),
        )
        .execute();
      await renumberAgenda(tx, actor.cooperationId, to);
      const moved = await loadCase(tx, actor, newId);
      await repo.updateCase(tx, actor.cooperationId, c.id, {
        status: 'postponed',
        postponed_to_case_id: newId,
        decision: c.decision ?? `Saken utsettes og behandles som sak ${moved.case_number}.`,
        updated_at: now,
      });
    }
    await audit(
      tx,
      actor,
      'update',
      'gov_case',
      id,
      `Postponed case ${c.case_number} to the meeting of ${to.meeting_date}`,
      requestId,
      { caseId: newId },
    );
    return (await presentCases(tx, actor, [await loadCase(tx, actor, newId)], true))[0];
  });
}

// ---- attachments ----------------------------------------------------------------------------------------

export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
/** Media types a case may carry: PDF, Office files (new and old formats), OpenDocument, images. */
const ALLOWED_TYPES = new Map<string, string>([
  ['application/pdf', 'PDF'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Word'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Excel'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'PowerPoint'],
  ['application/x-cfb', 'Office (eldre format)'],
  ['application/vnd.oasis.opendocument.text', 'OpenDocument'],
  ['application/vnd.oasis.opendocument.spreadsheet', 'OpenDocument'],
  ['application/vnd.oasis.opendocument.presentation', 'OpenDocument'],
  ['image/png', 'PNG'],
  ['image/jpeg', 'JPEG'],
  ['image/gif', 'GIF'],
  ['image/webp', 'WebP'],
]);

/** Check an upload by its content (not its name) and size; returns the detected media type. */
export async function checkAttachment(fileName: string, bytes: Uint8Array): Promise<string> {
  if (bytes.length === 0) throw invalid('file', `${fileName} is empty.`);
  if (bytes.length > MAX_ATTACHMENT_BYTES)
    throw new AppError('payload_too_large', `${fileName} is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`);
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !ALLOWED_TYPES.has(type.mime))
    throw invalid(
      'file',
      `${fileName} is not a PDF, Office file or image${type ? ` (it is ${type.mime})` : ''}. Attach PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, GIF or WebP.`,
    );
  return type.mime;
}

export async function addAttachment(
  db: Db,
  actor: Actor,
  caseId: string,
  file: { name: string; bytes: Uint8Array },
  now: Date,
  requestId?: string,
) {
  const name =
    [...file.name]
      .map((ch) => (ch === '/' || ch === '\\' || ch.charCodeAt(0) < 32 ? '_' : ch))
      .join('')
      .slice(0, 200) || 'vedlegg';
  const mediaType = await checkAttachment(name, file.bytes);
  return inTransaction(db, async (tx) => {
    const access = await accessOf(tx, actor, now);
    const { c } = await editableCase(tx, actor, access, caseId);
    const id = crypto.randomUUID();
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    await repo.insertAttachment(tx, {
      id,
      cooperation_id: actor.cooperationId,
      case_id: caseId,
      file_name: name,
      media_type: mediaType,
      size_bytes: file.bytes.length,
      sha256,
      content: file.bytes,
      uploaded_by: actor.userId,
      created_at: now,
    });
    await audit(tx, actor, 'create', 'gov_attachment', id, `Attached ${name} to case ${c.case_number}`, requestId);
    return { id, fileName: name, mediaType, sizeBytes: file.bytes.length };
  });
}

export async function removeAttachment(db: Db, actor: Actor, id: string, now: Date, requestId?: string) {
  return inTransaction(db, async (tx) => {
    const access = await accessOf(tx, actor, now);
    const a = await repo.findAttachment(tx, actor.cooperationId, id);
    if (!a) throw notFound('The attachment');
    const c = await loadCase(tx, actor, a.case_id);
    await editableMeeting(tx, actor, access, c.meeting_id);
    await repo.deleteAttachment(tx, actor.cooperationId, id);
    await audit(
      tx,
      actor,
      'delete',
      'gov_attachment',
      id,
      `Removed ${a.file_name} from case ${c.case_number}`,
      requestId,
    );
  });
}

export async function getAttachment(db: Db, actor: Actor, id: string, now: Date) {
  const a = await repo.findAttachment(db, actor.cooperationId, id);
  if (!a) throw notFound('The attachment');
  const c = await loadCase(db, actor, a.case_id);
  const m = await loadMeeting(db, actor, c.meeting_id);
  if (!canSeeMeeting(await accessOf(db, actor, now), m)) throw notFound('The attachment');
  return a;
}

// ---- during and after the meeting -------------------------------------------------------------------------

export async function recordAttendance(
  db: Db,
  actor: Actor,
  meetingId: string,
  input: AttendanceInput,
  now: Date,
  requestId?: string,
) {
  return inTransaction(db, async (tx) => {
    const access = await accessOf(tx, actor, now);
    const m = await editableMeeting(tx, actor, access, meetingId);
    if (!m.notice_sent_at) throw conflict('Send the notice before recording the meeting.');
    const both = input.present.filter((u) => input.absent.includes(u));
    if (both.length) throw invalid('absent', 'A person cannot be both present and absent.');
    const all = [
      ...input.present,
      ...input.absent,
      ...(input.chairId ? [input.chairId] : []),
      ...(input.minuteTakerId ? [input.minuteTakerId] : []),
    ];
    if (all.length) {
      const known = await tx
        .selectFrom('app_user')
        .select('id')
        .where('cooperation_id', '=', actor.cooperationId)
        .where('id', 'in', all)
        .execute();
      if (known.length !== new Set(all).size)
        throw invalid('present', 'Someone listed is not a user of this cooperation.');
    }
    await repo.replaceAttendance(tx, actor.cooperationId, m.id, [
      ...input.present.map((userId) => ({ userId, present: true })),
      ...input.absent.map((userId) => ({ userId, present: false })),
    ]);
    await repo.updateMeeting(tx, actor.cooperationId, m.id, {
      held_at: m.held_at ?? now,
      ...(input.chairId !== undefined && { chair_id: input.chairId }),
      ...(input.minuteTakerId !== undefined && { minute_taker_id: input.minuteTakerId }),
      updated_at: now,
    });
    await audit(
      tx,
      actor,
      'update',
      'meeting',
      m.id,
      `Recorded attendance: ${input.present.length} present, ${input.absent.length} absent`,
      requestId,
    );
    return getMeeting(tx, actor, m.id, now);
  });
}

/**
 * Record the decision of a case (with discussion, vote and guests). Deciding an approval-of-minutes
 * case approves and publishes the minutes it names, when they have been sent for approval.
 */
export async function recordDecision(
  db: Db,
  actor: Actor,
  caseId: string,
  input: DecisionInput,
  now: Date,
  requestId?: string,
) {
  return inTransaction(db, async (tx) => {
    const access = await accessOf(tx, actor, now);
    const { c, m } = await editableCase(tx, actor, access, caseId);
    if (!m.notice_sent_at) throw conflict('Send the notice before recording decisions.');
    if (c.status === 'postponed' || c.status === 'withdrawn')
      throw conflict(`Case ${c.case_number} is ${c.status}; it has no decision here.`);
    await repo.updateCase(tx, actor.cooperationId, caseId, {
      decision: input.decision,
      discussion: input.discussion,
      vote: input.vote ? JSON.stringify(input.vote) : null,
      guest_names: input.guests,
      status: 'decided',
      updated_at: now,
    });
    if (!m.held_at) await repo.updateMeeting(tx, actor.cooperationId, m.id, { held_at: now, updated_at: now });
    if (c.standard === 'minutes_approval' && c.approves_meeting_id) {
      const approved = await repo.findMeeting(tx, actor.cooperationId, c.approves_meeting_id);
      // only minutes that were written and sent can be approved (a meeting planned but never held has none)
      if (approved?.minutes_sent_at && !approved.minutes_approved_at) {
        await repo.updateMeeting(tx, actor.cooperationId, approved.id, {
          minutes_approved_at: now,
          minutes_approved_by_case_id: caseId,
          updated_at: now,
        });
        const doc = await repo.latestDocument(tx, actor.cooperationId, approved.id, 'minutes');
        if (doc) await repo.publishDocument(tx, actor.cooperationId, doc.id, now);
      }
    }
    await audit(
      tx,
      actor,
      'update',
      'gov_case',
      caseId,
      `Recorded the decision of case ${c.case_number}`,
      requestId,
      input,
    );
    return (await presentCases(tx, actor, [await loadCase(tx, actor, caseId)], true))[0];
  });
}

/** Lock the meeting's number and its agenda's numbers (the notice is going out). */
export async function lockNumbers(tx: Db, actor: Actor, m: repo.MeetingRow) {
  if (m.number === null) throw conflict('The meeting has no number.');
  await repo.updateMeeting(tx, actor.cooperationId, m.id, { number_locked: true });
  await tx
    .updateTable('gov_case')
    .set({ number_locked: true })
    .where('cooperation_id', '=', actor.cooperationId)
    .where('meeting_id', '=', m.id)
    .execute();
}

export { editableMeeting, renumberAgenda, renumberYear };
