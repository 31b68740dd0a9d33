import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/**
 * The narrow, indexed queries behind the monthly statistics. Each reads one month range through
 * ticket_created_idx / ticket_resolved_idx (or ticket_member_idx with a member), or the small
 * set of open tickets through the partial indexes — never all tickets of a cooperation.
 * Months are Norwegian months ('YYYY-MM' in Europe/Oslo).
 */
const month = (col: string) => sql<string>`to_char(${sql.ref(col)} at time zone 'Europe/Oslo', 'YYYY-MM')`;

interface Scope {
  cooperationId: string;
  memberId?: string;
}

function scoped(db: Db, s: Scope) {
  let q = db.selectFrom('ticket').where('ticket.cooperation_id', '=', s.cooperationId);
  if (s.memberId) q = q.where('ticket.member_id', '=', s.memberId);
  return q;
}

/** New tickets per category, member, kind and channel for each month of [from, to). */
export function newTicketCounts(db: Db, s: Scope, from: Date, to: Date) {
  return scoped(db, s)
    .where('ticket.created_at', '>=', from)
    .where('ticket.created_at', '<', to)
    .select((eb) => [
      'ticket.category_id',
      'ticket.member_id',
      'ticket.kind',
      month('ticket.created_at').as('month'),
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(['ticket.category_id', 'ticket.member_id', 'ticket.kind', sql`4`])
    .execute();
}

/** Tickets open now (incidents and requests), by creation month. */
export function openNowByCreatedMonth(db: Db, s: Scope) {
  return scoped(db, s)
    .where('ticket.resolved_at', 'is', null)
    .where('ticket.kind', 'in', ['incident', 'service_request'])
    .select((eb) => ['ticket.kind', month('ticket.created_at').as('created'), eb.fn.countAll<number>().as('n')])
    .groupBy(['ticket.kind', sql`2`])
    .execute();
}

/** Tickets resolved at or after `since`, by creation and resolution month. */
export function resolvedSinceByMonths(db: Db, s: Scope, since: Date) {
  return scoped(db, s)
    .where('ticket.resolved_at', '>=', since)
    .where('ticket.kind', 'in', ['incident', 'service_request'])
    .select((eb) => [
      'ticket.kind',
      month('ticket.created_at').as('created'),
      month('ticket.resolved_at').as('resolved'),
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(['ticket.kind', sql`2`, sql`3`])
    .execute();
}

/** SLA outcome and resolution business minutes of tickets resolved in [from, to), per priority and month. */
export function resolvedOutcomes(db: Db, s: Scope, from: Date, to: Date) {
  return scoped(db, s)
    .where('ticket.resolved_at', '>=', from)
    .where('ticket.resolved_at', '<', to)
    .select((eb) => [
      'ticket.priority',
      month('ticket.resolved_at').as('month'),
      eb.fn.countAll<number>().as('n'),
      sql<number>`count(*) filter (where ticket.sla_response_breached = false)`.as('response_met'),
      sql<number>`count(*) filter (where ticket.sla_response_breached = true)`.as('response_breached'),
      sql<number>`count(*) filter (where ticket.sla_resolution_breached = false)`.as('resolution_met'),
      sql<number>`count(*) filter (where ticket.sla_resolution_breached = true)`.as('resolution_breached'),
      sql<number | null>`avg(ticket.sla_business_minutes)::float8`.as('mean_minutes'),
      sql<number | null>`percentile_cont(0.5) within group (order by ticket.sla_business_minutes)::float8`.as(
        'median_minutes',
      ),
    ])
    .groupBy(['ticket.priority', sql`2`])
    .execute();
}

/** Open tickets by age bucket (days since creation) and kind. */
export function openAgeProfile(db: Db, s: Scope, now: Date) {
  const age = sql<string>`case
    when ticket.created_at > ${now}::timestamptz - interval '7 days' then '0-7'
    when ticket.created_at > ${now}::timestamptz - interval '30 days' then '8-30'
    when ticket.created_at > ${now}::timestamptz - interval '90 days' then '31-90'
    when ticket.created_at > ${now}::timestamptz - interval '365 days' then '91-365'
    else '365+' end`;
  return scoped(db, s)
    .where('ticket.resolved_at', 'is', null)
    .where('ticket.kind', 'in', ['incident', 'service_request'])
    .select((eb) => ['ticket.kind', age.as('bucket'), eb.fn.countAll<number>().as('n')])
    .groupBy(['ticket.kind', sql`2`])
    .execute();
}

/** The critical and high incidents opened in [from, to). */
export function criticalAndHigh(db: Db, s: Scope, from: Date, to: Date) {
  return scoped(db, s)
    .leftJoin('member', 'member.id', 'ticket.member_id')
    .where('ticket.created_at', '>=', from)
    .where('ticket.created_at', '<', to)
    .where('ticket.kind', '=', 'incident')
    .where('ticket.priority', 'in', ['critical', 'high'])
    .select([
      'ticket.id',
      'ticket.number',
      'ticket.created_at',
      'ticket.priority',
      'ticket.subject',
      'member.name as member_name',
    ])
    .orderBy('ticket.created_at')
    .limit(500)
    .execute();
}

/** Tickets per channel and Norwegian year in [from, to). */
export function channelsByYear(db: Db, s: Scope, from: Date, to: Date) {
  return scoped(db, s)
    .where('ticket.created_at', '>=', from)
    .where('ticket.created_at', '<', to)
    .select((eb) => [
      sql<string>`to_char(ticket.created_at at time zone 'Europe/Oslo', 'YYYY')`.as('year'),
      'ticket.channel',
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy([sql`1`, 'ticket.channel'])
    .execute();
}

export type QualityCheck = 'resolvedWithoutTime' | 'reopenedMany' | 'openOverYear' | 'unknownMember';

/** Tickets behind one data-quality check: the count and the first `limit`. */
export async function qualityCheck(db: Db, s: Scope, check: QualityCheck, now: Date, limit = 20) {
  let q = scoped(db, s);
  if (check === 'resolvedWithoutTime') {
    q = q.where('ticket.resolved_at', 'is', null).where('ticket.core_state', 'in', ['resolved', 'closed']);
  } else if (check === 'reopenedMany') {
    q = q.where('ticket.reopen_count', '>=', 3);
  } else if (check === 'openOverYear') {
    q = q
      .where('ticket.resolved_at', 'is', null)
      .where('ticket.core_state', 'not in', ['resolved', 'closed'])
      .where('ticket.created_at', '<', new Date(now.getTime() - 365 * 86_400_000));
  } else {
    q = q.where('ticket.member_id', 'is', null);
  }
  const [count, tickets] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    q
      .select(['ticket.id', 'ticket.number', 'ticket.subject', 'ticket.created_at'])
      .orderBy('ticket.created_at', 'desc')
      .limit(limit)
      .execute(),
  ]);
  return { count: Number(count.n), tickets };
}

/** New tickets per Norwegian year, channel, kind and priority in [from, to): the annual report's table. */
export function yearCounts(db: Db, s: Scope, from: Date, to: Date) {
  return scoped(db, s)
    .where('ticket.created_at', '>=', from)
    .where('ticket.created_at', '<', to)
    .select((eb) => [
      sql<string>`to_char(ticket.created_at at time zone 'Europe/Oslo', 'YYYY')`.as('year'),
      'ticket.channel',
      'ticket.kind',
      'ticket.priority',
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy([sql`1`, 'ticket.channel', 'ticket.kind', 'ticket.priority'])
    .execute();
}
