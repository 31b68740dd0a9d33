// What the reports module reads from governance: the professional areas (the "Faggruppe" bodies)
// whose people write a section of the monthly report, the areas a user sits in, and the year in
// review of the council and the boards for the annual report (members, meetings held, cases decided).

import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { nbCollator } from '../../shared/collate.ts';
import { bodiesOfUser, listBodyMembers } from './governance.repository.ts';

/** The professional areas: bodies of kind group, named without their "Faggruppe " prefix. */
export async function professionalAreas(db: Db, cooperationId: string) {
  const rows = await db
    .selectFrom('body')
    .select(['id', 'name'])
    .where('cooperation_id', '=', cooperationId)
    .where('kind', '=', 'group')
    .execute();
  return rows
    .map((r) => ({ bodyId: r.id, title: r.name.replace(/^Faggruppe\s+/i, '') }))
    .sort((a, b) => nbCollator.compare(a.title, b.title));
}

/** How many councils and boards the annual report's organisation chapter lists. */
export async function boardCount(db: Db, cooperationId: string) {
  const r = await db
    .selectFrom('body')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('cooperation_id', '=', cooperationId)
    .where('kind', 'in', ['council', 'portfolio_board'])
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** The bodies a user holds a seat in on a day. */
export const seatsOf = (db: Db, cooperationId: string, userId: string, day: string) =>
  bodiesOfUser(db, cooperationId, userId, day);

/**
 * The council and the boards in a year: each with the people seated at any time in the year (role,
 * member, term), the meetings held and the cases decided in it.
 */
export async function governanceYear(db: Db, cooperationId: string, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [bodies, seats, meetings, cases] = await Promise.all([
    db
      .selectFrom('body')
      .select(['id', 'kind', 'name'])
      .where('cooperation_id', '=', cooperationId)
      .where('kind', 'in', ['council', 'portfolio_board'])
      .orderBy('kind')
      .orderBy('name')
      .execute(),
    listBodyMembers(db, cooperationId),
    db
      .selectFrom('meeting')
      .select(['body_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('cooperation_id', '=', cooperationId)
      .where('meeting_date', '>=', from)
      .where('meeting_date', '<=', to)
      .where('held_at', 'is not', null)
      .groupBy('body_id')
      .execute(),
    db
      .selectFrom('gov_case as c')
      .innerJoin('meeting as m', 'm.id', 'c.meeting_id')
      .select(['m.body_id', sql<number>`count(*)`.as('n')])
      .where('c.cooperation_id', '=', cooperationId)
      .where('m.meeting_date', '>=', from)
      .where('m.meeting_date', '<=', to)
      .where('c.status', '=', 'decided')
      .groupBy('m.body_id')
      .execute(),
  ]);
  const count = (rows: { body_id: string; n: number | string }[], id: string) =>
    Number(rows.find((r) => r.body_id === id)?.n ?? 0);
  return bodies.map((b) => ({
    id: b.id,
    kind: b.kind,
    name: b.name,
    meetingsHeld: count(meetings, b.id),
    casesDecided: count(cases, b.id),
    members: seats
      .filter((s) => s.body_id === b.id && s.term_from <= to && (s.term_to === null || s.term_to >= from))
      .map((s) => ({
        name: s.name,
        role: s.role,
        memberName: s.member_name,
        termFrom: s.term_from,
        termTo: s.term_to,
      })),
  }));
}
