// Governance demo: the council's people and seats, its meetings of 2023–2024 as the seed documents
// record them (numbers as published, decisions, attendees, notice and minutes PDFs), and next year's
// meeting plan (February, April, June, September, October, December, 08:15–12:00, as decided in
// case 2024/M7-006).
import type { Actor } from '../app/auth/roles.ts';
import type { Db } from '../db/database.ts';
import { documentModel, storeDocument } from '../modules/governance/documents.service.ts';
import * as repo from '../modules/governance/governance.repository.ts';
import { createMeetingPlan } from '../modules/governance/meetings.service.ts';
import { formatCaseNumber } from '../modules/governance/numbering.ts';
import { insertUser, replaceRoles } from '../modules/users/users.repository.ts';
import { DEMO_COUNCIL_MEETINGS, DEMO_GOVERNANCE_PEOPLE } from './governance-data.ts';

const day = (date: string, offsetDays: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d;
};

/** The nth weekday (0 = Sunday) of a month, "YYYY-MM-DD". */
function nthWeekday(year: number, month: number, weekday: number, n: number) {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(year, month - 1, 1 + offset + (n - 1) * 7)).toISOString().slice(0, 10);
}

export async function seedGovernanceDemo(
  tx: Db,
  cooperationId: string,
  members: Map<string, string>,
  passwordHash: string,
  now: Date,
) {
  const actor: Actor = {
    userId: null,
    cooperationId,
    name: 'Samdrift (demo)',
    memberId: null,
    roles: [{ role: 'admin', memberId: null }],
  };
  // people: reuse demo accounts by e-mail, create the others (they may sign in with the demo password)
  const users = new Map<string, string>();
  for (const p of DEMO_GOVERNANCE_PEOPLE) {
    const existing = await tx
      .selectFrom('app_user')
      .select('id')
      .where('cooperation_id', '=', cooperationId)
      .where('email', '=', p.email)
      .executeTakeFirst();
    let id = existing?.id;
    if (!id) {
      id = crypto.randomUUID();
      await insertUser(tx, {
        id,
        cooperation_id: cooperationId,
        email: p.email,
        name: p.name,
        member_id: members.get(p.member) ?? null,
        password_hash: passwordHash,
      });
      await replaceRoles(tx, cooperationId, id, p.councilRole ? [{ role: 'council_member', memberId: null }] : []);
    }
    users.set(p.key, id);
  }
  const bodies = await tx
    .selectFrom('body')
    .select(['id', 'kind', 'name'])
    .where('cooperation_id', '=', cooperationId)
    .execute();
  const council = bodies.find((b) => b.kind === 'council');
  if (!council) throw new Error('The demo has no council.');
  // seats: everyone with a council role; Rauma's chief executive changed at the turn of 2024
  const terms: Record<string, [string, string | null]> = {
    tor: ['2023-01-01', '2023-12-31'],
    hanne: ['2024-01-01', null],
  };
  for (const p of DEMO_GOVERNANCE_PEOPLE) {
    if (!p.councilRole) continue;
    const [from, to] = terms[p.key] ?? ['2023-01-01', null];
    await repo.insertBodyMember(tx, {
      id: crypto.randomUUID(),
      cooperation_id: cooperationId,
      body_id: council.id,
      user_id: users.get(p.key) as string,
      role: p.councilRole,
      member_id: members.get(p.member) ?? null,
      term_from: from,
      term_to: to,
    });
  }
  // the group member of the demo sits in a professional group, so the proposal flow has hands
  const frida = await tx
    .selectFrom('app_user')
    .select('id')
    .where('cooperation_id', '=', cooperationId)
    .where('email', '=', 'faggruppe@vestnes.kommune.no')
    .executeTakeFirst();
  const group =
    bodies.find((b) => b.name === 'Faggruppe Microsoft 365 forvaltning') ?? bodies.find((b) => b.kind === 'group');
  if (frida && group)
    await repo.insertBodyMember(tx, {
      id: crypto.randomUUID(),
      cooperation_id: cooperationId,
      body_id: group.id,
      user_id: frida.id,
      role: 'member',
      member_id: members.get('vestnes') ?? null,
      term_from: '2023-01-01',
      term_to: null,
    });

  // the meetings of the documents, numbers as published
  const meetingIds = new Map<string, string>();
  /** approved meeting id → the deciding case and its meeting's day */
  const approvals = new Map<string, { caseId: string; date: string }>();
  const ordered = [...DEMO_COUNCIL_MEETINGS].sort((a, b) => a.date.localeCompare(b.date));
  for (const [i, dm] of ordered.entries()) {
    const id = crypto.randomUUID();
    meetingIds.set(dm.date, id);
    const previous = ordered[i - 1];
    await repo.insertMeeting(tx, {
      id,
      cooperation_id: cooperationId,
      body_id: council.id,
      year: dm.year,
      number: dm.number,
      number_locked: true,
      meeting_date: dm.date,
      start_time: dm.start,
      end_time: dm.end,
      place: dm.place,
      chair_id: dm.chair ? (users.get(dm.chair) ?? null) : null,
      minute_taker_id: dm.minuteTaker ? (users.get(dm.minuteTaker) ?? null) : null,
      notice_sent_at: day(dm.date, -7),
      held_at: day(dm.date, 0),
      minutes_sent_at: day(dm.date, 7),
      created_at: day(dm.date, -30),
      updated_at: day(dm.date, 7),
    });
    await repo.replaceAttendance(tx, cooperationId, id, [
      ...dm.present.map((k) => ({ userId: users.get(k) as string, present: true })),
      ...dm.absent.map((k) => ({ userId: users.get(k) as string, present: false })),
    ]);
    for (const [j, c] of dm.cases.entries()) {
      const owner = users.get(c.owner);
      const standard = j === 0 ? 'notice_approval' : j === 1 ? 'minutes_approval' : null;
      const caseId = crypto.randomUUID();
      const approves = standard === 'minutes_approval' && previous ? (meetingIds.get(previous.date) ?? null) : null;
      if (approves && c.decision !== null) approvals.set(approves, { caseId, date: dm.date });
      await repo.insertCase(tx, {
        id: caseId,
        cooperation_id: cooperationId,
        meeting_id: id,
        position: j,
        item_number: j + 1,
        number_locked: true,
        case_number: formatCaseNumber(dm.year, dm.number, j + 1),
        standard,
        approves_meeting_id: approves,
        title: c.title,
        owner_id: owner ?? null,
        owner_text: owner ? '' : c.owner,
        kind: c.kind,
        background: c.background,
        proposed_decision: c.proposedDecision,
        decision: c.decision,
        discussion: c.discussion,
        guest_names: (c.guests ?? []).map((k) => DEMO_GOVERNANCE_PEOPLE.find((p) => p.key === k)?.name ?? k),
        status: c.decision === null ? 'open' : 'decided',
        previous_case_id: null,
        postponed_to_case_id: null,
        proposal_id: null,
        created_at: day(dm.date, -30),
        updated_at: day(dm.date, 7),
      });
    }
  }
  // approvals recorded in a later meeting of the data, and the issued documents
  for (const dm of ordered) {
    const id = meetingIds.get(dm.date) as string;
    const approval = approvals.get(id);
    if (approval)
      await repo.updateMeeting(tx, cooperationId, id, {
        minutes_approved_at: day(approval.date, 0),
        minutes_approved_by_case_id: approval.caseId,
      });
    const m = await repo.findMeeting(tx, cooperationId, id);
    if (!m) continue;
    await storeDocument(tx, actor, m, 'notice', await documentModel(tx, actor, m, false), day(dm.date, -7), true);
    await storeDocument(
      tx,
      actor,
      m,
      'minutes',
      await documentModel(tx, actor, m, true),
      day(dm.date, 7),
      m.minutes_approved_at !== null,
    );
  }
  // next year's plan: the second Thursday of the council's months
  const year = Number(now.toISOString().slice(0, 4)) + 1;
  await createMeetingPlan(
    tx,
    actor,
    {
      bodyId: council.id,
      dates: [2, 4, 6, 9, 10, 12].map((month) => nthWeekday(year, month, 4, 2)),
      startTime: '08:15',
      endTime: '12:00',
      place: 'Molde rådhus',
    },
    now,
  );
}
