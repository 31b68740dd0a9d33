import { type Actor, hasRole } from '../../app/auth/roles.ts';
import { AppError, forbidden } from '../../app/errors.ts';
import type { Db } from '../../db/database.ts';
import { nbCollator } from '../../shared/collate.ts';
import { listMembers } from '../members/members.repository.ts';
import { listCategories } from './config.repository.ts';
import { targetFor } from './sla/sla.ts';
import { loadSlaPolicy } from './sla.store.ts';
import * as repo from './stats.repository.ts';
import {
  AGE_BUCKETS,
  addMonths,
  monthKey,
  monthOf,
  monthStart,
  monthsEnding,
  openAtMonthEnds,
  parseMonth,
  targetMinutes,
} from './stats.ts';
import { PRIORITIES, TICKET_KINDS } from './tables.ts';

const CHANNEL_ORDER = ['portal', 'email', 'phone', 'walk_in', 'api'] as const;

/** Who may read statistics, and for which member. */
function statsScope(actor: Actor, memberId: string | undefined): string | undefined {
  if (hasRole(actor, 'admin', 'agent', 'leader')) return memberId;
  const own = actor.roles.filter((g) => g.role === 'system_owner' && g.memberId).map((g) => g.memberId as string);
  if (own.length === 0) throw forbidden('Only the service desk, the leader and system owners read the statistics.');
  if (memberId && !own.includes(memberId)) throw forbidden('You can only see the statistics of your own member.');
  return memberId ?? own[0];
}

/**
 * The monthly service-desk statistics the council reads (seed 002 §2.1.4), for all members or one:
 * new tickets per category, member and kind for the month and the three before; open incidents and
 * requests at each of 13 month ends; SLA met and breached per priority for three months; mean and
 * median resolution time per priority against its target; the age profile of what is open; the
 * month's critical and high incidents; tickets per channel this year and last; and data quality.
 */
export async function monthlyStats(db: Db, actor: Actor, q: { month: string; memberId?: string }, now: Date) {
  const m = parseMonth(q.month);
  if (!m)
    throw new AppError('validation_failed', 'month: must be YYYY-MM.', [
      { path: 'month', message: 'must be YYYY-MM', code: 'invalid_format' },
    ]);
  const memberId = statsScope(actor, q.memberId);
  const scope = { cooperationId: actor.cooperationId, memberId };
  const members = await listMembers(db, actor.cooperationId);
  if (memberId && !members.some((x) => x.id === memberId)) {
    throw new AppError('validation_failed', 'memberId: unknown member.', [
      { path: 'memberId', message: 'unknown member', code: 'unknown_member' },
    ]);
  }

  const four = monthsEnding(m, 4);
  const three = monthsEnding(m, 3);
  const thirteen = monthsEnding(m, 13);
  const after = addMonths(m, 1);
  const prevYearStart = monthStart({ year: m.year - 1, month: 1 });
  const nextYearStart = monthStart({ year: m.year + 1, month: 1 });

  const [counts, openNow, resolvedSince, outcomes, ages, critical, channels, categories, policy, ...checks] =
    await Promise.all([
      repo.newTicketCounts(db, scope, monthStart(four[0] as typeof m), monthStart(after)),
      repo.openNowByCreatedMonth(db, scope),
      repo.resolvedSinceByMonths(db, scope, monthStart(addMonths(thirteen[0] as typeof m, 1))),
      repo.resolvedOutcomes(db, scope, monthStart(three[0] as typeof m), monthStart(after)),
      repo.openAgeProfile(db, scope, now),
      repo.criticalAndHigh(db, scope, monthStart(m), monthStart(after)),
      repo.channelsByYear(db, scope, prevYearStart, nextYearStart),
      listCategories(db, actor.cooperationId),
      loadSlaPolicy(db, actor.cooperationId),
      repo.qualityCheck(db, scope, 'resolvedWithoutTime', now),
      repo.qualityCheck(db, scope, 'reopenedMany', now),
      repo.qualityCheck(db, scope, 'openOverYear', now),
      repo.qualityCheck(db, scope, 'unknownMember', now),
    ]);

  const months4 = four.map(monthKey);
  const idx = (key: string) => months4.indexOf(key);
  // Categories roll up to their top level, as in the council report.
  const catById = new Map(categories.map((c) => [c.id, c]));
  const topOf = (id: string | null) => {
    let c = id ? catById.get(id) : undefined;
    while (c?.parent_id) c = catById.get(c.parent_id);
    return c;
  };
  const byCategory = new Map<string, { categoryId: string | null; name: string; counts: number[] }>();
  const byMember = new Map<string, { memberId: string | null; name: string; counts: number[] }>();
  const byKind = new Map<string, { kind: string; counts: number[] }>(
    TICKET_KINDS.map((k) => [k, { kind: k, counts: [0, 0, 0, 0] }]),
  );
  const memberName = new Map(members.map((x) => [x.id, x.name]));
  for (const row of counts) {
    const i = idx(row.month);
    if (i < 0) continue;
    const n = Number(row.n);
    const top = topOf(row.category_id);
    const ck = top?.id ?? 'none';
    const cat = byCategory.get(ck) ?? { categoryId: top?.id ?? null, name: top?.name ?? '', counts: [0, 0, 0, 0] };
    cat.counts[i] = (cat.counts[i] ?? 0) + n;
    byCategory.set(ck, cat);
    const mk = row.member_id ?? 'none';
    const mem = byMember.get(mk) ?? {
      memberId: row.member_id,
      name: row.member_id ? (memberName.get(row.member_id) ?? '') : '',
      counts: [0, 0, 0, 0],
    };
    mem.counts[i] = (mem.counts[i] ?? 0) + n;
    byMember.set(mk, mem);
    const kind = byKind.get(row.kind);
    if (kind) kind.counts[i] = (kind.counts[i] ?? 0) + n;
  }

  const months13 = thirteen.map(monthKey);
  const trendFor = (kind: string) =>
    openAtMonthEnds(
      months13,
      openNow.filter((o) => o.kind === kind).map((o) => ({ created: o.created, n: Number(o.n) })),
      resolvedSince
        .filter((r) => r.kind === kind)
        .map((r) => ({ created: r.created, resolved: r.resolved, n: Number(r.n) })),
    );
  const incidents = trendFor('incident');
  const requests = trendFor('service_request');

  const months3 = three.map(monthKey);
  const outcome = (priority: string, key: string) => outcomes.find((o) => o.priority === priority && o.month === key);

  const sortByName = <T extends { name: string }>(xs: T[]) => xs.sort((a, b) => nbCollator.compare(a.name, b.name));
  const yearKey = String(m.year);
  const prevKey = String(m.year - 1);
  const quality = (i: number) => {
    const r = checks[i] as Awaited<ReturnType<typeof repo.qualityCheck>>;
    return { count: r.count, tickets: r.tickets.map((t) => ({ id: t.id, number: t.number, subject: t.subject })) };
  };

  return {
    month: monthKey(m),
    memberId: memberId ?? null,
    generatedAt: now.toISOString(),
    complete: monthStart(after) <= now,
    months: months4,
    newByCategory: sortByName([...byCategory.values()]),
    newByMember: sortByName([...byMember.values()]),
    newByKind: [...byKind.values()],
    openTrend: months13.map((month, i) => ({ month, incidents: incidents[i] ?? 0, requests: requests[i] ?? 0 })),
    slaByPriority: PRIORITIES.map((priority) => ({
      priority,
      months: months3.map((month) => {
        const o = outcome(priority, month);
        return {
          month,
          responseMet: Number(o?.response_met ?? 0),
          responseBreached: Number(o?.response_breached ?? 0),
          resolutionMet: Number(o?.resolution_met ?? 0),
          resolutionBreached: Number(o?.resolution_breached ?? 0),
        };
      }),
    })),
    resolutionTimes: PRIORITIES.map((priority) => {
      const target = targetFor(policy, priority);
      return {
        priority,
        targetMinutes: targetMinutes(target.resolution),
        targetLabel:
          target.resolution.unit === 'minutes'
            ? `${target.resolution.value} min`
            : `${target.resolution.value} arbeidsdager`,
        targetUnit: target.resolution.unit,
        targetValue: target.resolution.value,
        months: months3.map((month) => {
          const o = outcome(priority, month);
          return {
            month,
            count: Number(o?.n ?? 0),
            meanMinutes: o?.mean_minutes == null ? null : Math.round(o.mean_minutes),
            medianMinutes: o?.median_minutes == null ? null : Math.round(o.median_minutes),
          };
        }),
      };
    }),
    openAgeProfile: AGE_BUCKETS.map((bucket) => ({
      bucket,
      incidents: Number(ages.find((a) => a.bucket === bucket && a.kind === 'incident')?.n ?? 0),
      requests: Number(ages.find((a) => a.bucket === bucket && a.kind === 'service_request')?.n ?? 0),
    })),
    criticalAndHigh: critical.map((t) => ({
      id: t.id,
      number: t.number,
      createdAt: t.created_at.toISOString(),
      priority: t.priority,
      memberName: t.member_name,
      subject: t.subject,
    })),
    channels: {
      year: m.year,
      previousYear: m.year - 1,
      rows: CHANNEL_ORDER.map((channel) => ({
        channel,
        count: Number(channels.find((c) => c.year === yearKey && c.channel === channel)?.n ?? 0),
        previousCount: Number(channels.find((c) => c.year === prevKey && c.channel === channel)?.n ?? 0),
      })),
    },
    dataQuality: {
      resolvedWithoutTime: quality(0),
      reopenedMany: quality(1),
      openOverYear: quality(2),
      unknownMember: quality(3),
    },
  };
}

export type MonthlyStats = Awaited<ReturnType<typeof monthlyStats>>;

/** The current Norwegian month, 'YYYY-MM'. */
export function currentMonth(now: Date) {
  return monthKey(monthOf(now));
}

/**
 * The annual report's service-desk figures: new tickets per channel for `years` years ending with
 * `year` (year over year), per kind, and the critical and high incidents of each year.
 */
export async function yearlyStats(db: Db, actor: Actor, q: { year: number; years?: number }) {
  statsScope(actor, undefined);
  const count = Math.min(10, Math.max(1, q.years ?? 5));
  const first = q.year - count + 1;
  const rows = await repo.yearCounts(
    db,
    { cooperationId: actor.cooperationId },
    monthStart({ year: first, month: 1 }),
    monthStart({ year: q.year + 1, month: 1 }),
  );
  const years = Array.from({ length: count }, (_, i) => first + i);
  const sum = (pred: (r: (typeof rows)[number]) => boolean, y: number) =>
    rows.filter((r) => Number(r.year) === y && pred(r)).reduce((s, r) => s + Number(r.n), 0);
  return {
    year: q.year,
    years,
    channels: CHANNEL_ORDER.map((channel) => ({
      channel,
      counts: years.map((y) => sum((r) => r.channel === channel, y)),
    })),
    kinds: TICKET_KINDS.map((kind) => ({ kind, counts: years.map((y) => sum((r) => r.kind === kind, y)) })),
    totals: years.map((y) => sum(() => true, y)),
    critical: years.map((y) => sum((r) => r.kind === 'incident' && r.priority === 'critical', y)),
    high: years.map((y) => sum((r) => r.kind === 'incident' && r.priority === 'high', y)),
  };
}

export type YearlyStats = Awaited<ReturnType<typeof yearlyStats>>;
