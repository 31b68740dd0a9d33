/**
 * SLA rules of the service desk — pure functions over a ticket's history. Documented defaults:
 *
 * 1. Clock start. The clock starts at the first business instant at or after the opening, on the
 *    calendar of the ticket's priority (a ticket opened Friday 16:00 starts Monday 08:00; a critical
 *    ticket on the 24/7 calendar starts at once).
 * 2. Targets. `minutes` targets are business minutes. A target of N working days is the business
 *    time from the clock start to close of business on the Nth working day after the start day
 *    (opened Monday 10:00, 3 working days → due Thursday 15:30; opened Friday 16:00 → start Monday
 *    08:00 → due Thursday 15:30; opened the Wednesday before Easter → Maundy Thursday, Good Friday and
 *    Easter Monday are skipped). That amount is then the budget: the due instant is where that much
 *    unpaused business time has elapsed, so pauses move it later.
 * 3. Pauses. While the ticket's status is one of the policy's `pauseStatuses` the clock stops. A pause
 *    counts only its business part: a pause over a night, weekend or holiday shifts the due by the
 *    business time it covers (none, if it lies wholly outside business hours). A status with
 *    coreState 'waiting' pauses only when its key is listed.
 * 4. Priority changes re-target from the original clock start: the new target applies as if it had
 *    been chosen at the opening (same start, pauses still apply), so raising the priority can make a
 *    ticket breached at once. Business time already used stays used: each stretch of running time
 *    counts on the calendar of the priority in effect at that time. If the new priority uses another
 *    calendar, the clock start is recomputed on that calendar (`clockStart` is the start on the
 *    calendar of the current priority).
 * 5. Resolution is a transition to coreState 'resolved' or 'closed' (resolved → closed is not a new
 *    one). A reopen (back to a non-resolved state) resumes the clock at the reopen instant with the
 *    time already used; the time in between counts as neither used nor paused. The resolution that
 *    counts is the last one; a ticket that is not resolved now has `resolvedAt` null.
 * 6. Response is the first 'response' event (the caller decides what counts: first public agent
 *    reply, or assignment). A resolution answers the user too: when the first resolution comes before
 *    any response event (or there is none), the ticket counts as responded at that resolution — so a
 *    ticket closed without a reply is not 'response breached' forever. The response target uses the
 *    same clock, pauses and re-targeting.
 * 7. Breach: met when resolved (responded) at or before the due instant; breached when resolved after
 *    it, or when not resolved and now is after it. State: 'met' or 'breached' when resolved;
 *    otherwise 'breached' once overdue, else 'paused' or 'running'.
 * 8. As of `now`: events after `now` are ignored; events before the opening count as at the opening;
 *    events are sorted stably by time (same-instant events apply in the given order). While paused,
 *    due instants are computed as if the clock resumed now (they move later as the pause goes on).
 *    For a resolved ticket the due is computed as if the clock had run on from the resolution.
 * 9. `businessMinutesUsed` is the running business time up to the (last) resolution or now;
 *    `pausedMinutes` is the business time covered by pauses (how far they pushed the due). Both are
 *    minutes as floats. The outcome of a closed ticket is frozen by the caller, which stores it, so
 *    later calendar edits do not rewrite past reports; computeSla itself is pure.
 */
import {
  ALWAYS_OPEN,
  type BusinessCalendar,
  type CalendarSpec,
  calendarFor,
  DEFAULT_BUSINESS_CALENDAR,
  validateCalendarSpec,
} from './calendar.ts';
import { MINUTE_MS } from './zone.ts';

export type Priority = 'critical' | 'high' | 'medium' | 'low';
export const PRIORITIES: readonly Priority[] = ['critical', 'high', 'medium', 'low'];
export type CoreState = 'new' | 'open' | 'waiting' | 'resolved' | 'closed';
export const CORE_STATES: readonly CoreState[] = ['new', 'open', 'waiting', 'resolved', 'closed'];

export type Resolution = { unit: 'minutes'; value: number } | { unit: 'working_days'; value: number };

export interface SlaTarget {
  priority: Priority;
  /** business minutes to the first response; null = no response target */
  responseMinutes: number | null;
  resolution: Resolution;
  calendar: CalendarSpec;
}

export interface SlaPolicy {
  targets: SlaTarget[];
  /** status keys that pause the clock */
  pauseStatuses: string[];
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

/**
 * ROR-IKT's published table: critical 15 min / 2 h on the 24/7 calendar; high 60 min / 4 h, medium
 * no response target / 3 working days, low none / 5 working days on the 08:00–15:30 calendar; the
 * clock pauses while waiting for the user or a supplier.
 */
export const DEFAULT_POLICY: SlaPolicy = deepFreeze({
  targets: [
    { priority: 'critical', responseMinutes: 15, resolution: { unit: 'minutes', value: 120 }, calendar: ALWAYS_OPEN },
    {
      priority: 'high',
      responseMinutes: 60,
      resolution: { unit: 'minutes', value: 240 },
      calendar: DEFAULT_BUSINESS_CALENDAR,
    },
    {
      priority: 'medium',
      responseMinutes: null,
      resolution: { unit: 'working_days', value: 3 },
      calendar: DEFAULT_BUSINESS_CALENDAR,
    },
    {
      priority: 'low',
      responseMinutes: null,
      resolution: { unit: 'working_days', value: 5 },
      calendar: DEFAULT_BUSINESS_CALENDAR,
    },
  ],
  pauseStatuses: ['waiting_user', 'waiting_supplier'],
});

export type TicketEvent =
  | { at: number; kind: 'status'; status: string; coreState: CoreState }
  | { at: number; kind: 'priority'; priority: Priority }
  /** first public reply by an agent, or assignment — the caller decides */
  | { at: number; kind: 'response' };

export interface SlaInput {
  openedAt: number;
  /** the priority at opening */
  priority: Priority;
  /** append-only history, any order (sorted stably by `at`) */
  events: TicketEvent[];
}

export interface SlaOutcome {
  /** the priority in effect now */
  priority: Priority;
  clockStart: number;
  /** null when the priority has no response target */
  responseDue: number | null;
  respondedAt: number | null;
  responseBreached: boolean | null;
  resolutionDue: number;
  resolvedAt: number | null;
  /** resolved after due, or still open and now > due */
  resolutionBreached: boolean;
  /** business time on the clock (excluding pauses) until resolution or now */
  businessMinutesUsed: number;
  /** business time covered by pauses */
  pausedMinutes: number;
  state: 'running' | 'paused' | 'met' | 'breached';
}

export interface Pause {
  from: number;
  to: number;
}

/** The target of a priority; throws when the policy has none. */
export function targetFor(policy: SlaPolicy, priority: Priority): SlaTarget {
  const targets = policy.targets;
  for (let i = 0; i < targets.length; i++) if (targets[i]!.priority === priority) return targets[i]!;
  throw new Error(`The SLA policy has no target for the priority "${priority}".`);
}

/** The resolution budget in business ms for a clock starting at `start` (see semantics 2). */
function resolutionBudget(cal: BusinessCalendar, target: SlaTarget, start: number): number {
  const r = target.resolution;
  return r.unit === 'minutes' ? r.value * MINUTE_MS : cal.businessMs(start, cal.closeOfNthWorkingDay(start, r.value));
}

/** Sorted, non-overlapping pauses from `start` on (copied only when needed). */
function normalisePauses(pauses: readonly Pause[]): readonly Pause[] {
  let sorted = true;
  for (let i = 0; i < pauses.length; i++) {
    const p = pauses[i]!;
    if (!(p.to >= p.from)) throw new RangeError(`A pause must not end before it starts (${p.from} → ${p.to}).`);
    if (i > 0 && p.from < pauses[i - 1]!.to) sorted = false;
  }
  if (sorted) return pauses;
  const s = [...pauses].sort((a, b) => a.from - b.from);
  const out: Pause[] = [];
  for (const p of s) {
    const last = out[out.length - 1];
    if (last && p.from <= last.to) {
      if (p.to > last.to) last.to = p.to;
    } else out.push({ from: p.from, to: p.to });
  }
  return out;
}

/** Where `budget` business ms of unpaused time have elapsed after `start` (pauses sorted, disjoint). */
function dueAfter(cal: BusinessCalendar, start: number, budget: number, pauses: readonly Pause[]): number {
  let cursor = start;
  let remaining = budget;
  for (let i = 0; i < pauses.length; i++) {
    const p = pauses[i]!;
    if (p.to <= cursor) continue;
    const from = Math.max(p.from, cursor);
    const available = cal.businessMs(cursor, from);
    if (available >= remaining) return cal.addBusinessTime(cursor, remaining);
    remaining -= available;
    cursor = p.to;
  }
  return cal.addBusinessTime(cursor, remaining);
}

/**
 * What-if due instants for a ticket of `priority` opened at `openedAt` with the given pauses (wall-
 * clock intervals, any order, may overlap; parts outside business hours shift nothing). The hot path:
 * no history, one priority.
 */
export function dueTimes(
  policy: SlaPolicy,
  priority: Priority,
  openedAt: number,
  pauses: readonly Pause[] = [],
): { responseDue: number | null; resolutionDue: number } {
  const target = targetFor(policy, priority);
  const cal = calendarFor(target.calendar);
  const start = cal.nextOpenAtOrAfter(openedAt);
  const ps = pauses.length > 0 ? normalisePauses(pauses) : pauses;
  return {
    responseDue: target.responseMinutes === null ? null : dueAfter(cal, start, target.responseMinutes * MINUTE_MS, ps),
    resolutionDue: dueAfter(cal, start, resolutionBudget(cal, target, start), ps),
  };
}

const isResolvedState = (s: CoreState) => s === 'resolved' || s === 'closed';

/** A stretch of running clock, on the calendar of the priority in effect, with its business ms. */
interface Stretch {
  from: number;
  ms: number;
  cal: BusinessCalendar;
}

function isPriority(p: unknown): p is Priority {
  return p === 'critical' || p === 'high' || p === 'medium' || p === 'low';
}

function byTime(events: readonly TicketEvent[]): readonly TicketEvent[] {
  for (let i = 1; i < events.length; i++)
    if (events[i]!.at < events[i - 1]!.at) return [...events].sort((a, b) => a.at - b.at); // stable
  return events;
}

/** The SLA outcome of a ticket as of `now` (semantics in the header of this file). */
export function computeSla(policy: SlaPolicy, input: SlaInput, now: number): SlaOutcome {
  const { openedAt } = input;
  if (!Number.isFinite(openedAt) || !Number.isFinite(now))
    throw new RangeError('openedAt and now must be finite epoch milliseconds.');
  if (!isPriority(input.priority)) throw new Error(`Unknown priority "${String(input.priority)}".`);
  const pauseStatuses = policy.pauseStatuses;

  let priority = input.priority;
  let cal = calendarFor(targetFor(policy, priority).calendar);
  let paused = false;
  let resolved = false;
  let resolvedAt: number | null = null;
  let firstResolvedAt: number | null = null;
  let respondedAt: number | null = null;
  const running: Stretch[] = [];
  let pausedMs = 0;
  let usedMs = 0;
  let cursor = openedAt;

  const advance = (t: number) => {
    if (t <= cursor) return;
    if (!resolved) {
      if (paused) pausedMs += cal.businessMs(cursor, t);
      else {
        const ms = cal.businessMs(cursor, t);
        usedMs += ms;
        running.push({ from: cursor, ms, cal });
      }
    }
    cursor = t;
  };

  for (const ev of byTime(input.events)) {
    if (!Number.isFinite(ev.at)) throw new RangeError('Every event needs a finite `at` (epoch milliseconds).');
    if (ev.at > now) break;
    advance(ev.at);
    const at = Math.max(ev.at, openedAt);
    switch (ev.kind) {
      case 'status': {
        const wasResolved = resolved;
        resolved = isResolvedState(ev.coreState);
        paused = !resolved && pauseStatuses.includes(ev.status);
        if (resolved && !wasResolved) {
          resolvedAt = at;
          firstResolvedAt ??= at;
        } else if (!resolved) resolvedAt = null;
        break;
      }
      case 'priority':
        if (!isPriority(ev.priority)) throw new Error(`Unknown priority "${String(ev.priority)}" in a priority event.`);
        priority = ev.priority;
        cal = calendarFor(targetFor(policy, priority).calendar);
        break;
      case 'response':
        respondedAt ??= at;
        break;
      default:
        throw new Error(`Unknown event kind "${String((ev as { kind: unknown }).kind)}".`);
    }
  }
  advance(now);

  const target = targetFor(policy, priority);
  const clockStart = cal.nextOpenAtOrAfter(openedAt);
  // The clock resumes (for the extrapolation beyond the history) at the resolution, or now.
  const resume = Math.max(resolvedAt ?? now, openedAt);

  /** The instant at which `budget` ms of running time is reached (past stretches, then `cal`). */
  const dueFor = (budget: number): number => {
    let acc = 0;
    for (const s of running) {
      if (acc + s.ms >= budget && s.ms > 0) return s.cal.addBusinessTime(s.from, budget - acc);
      acc += s.ms;
    }
    if (acc >= budget) return clockStart; // only for a zero budget
    return cal.addBusinessTime(resume, budget - acc);
  };

  const resolutionDue = dueFor(resolutionBudget(cal, target, clockStart));
  const resolutionBreached = resolvedAt !== null ? resolvedAt > resolutionDue : now > resolutionDue;

  const responded =
    respondedAt !== null && firstResolvedAt !== null
      ? Math.min(respondedAt, firstResolvedAt)
      : (respondedAt ?? firstResolvedAt);
  let responseDue: number | null = null;
  let responseBreached: boolean | null = null;
  if (target.responseMinutes !== null) {
    responseDue = dueFor(target.responseMinutes * MINUTE_MS);
    responseBreached = responded !== null ? responded > responseDue : now > responseDue;
  }

  return {
    priority,
    clockStart,
    responseDue,
    respondedAt: responded,
    responseBreached,
    resolutionDue,
    resolvedAt,
    resolutionBreached,
    businessMinutesUsed: usedMs / MINUTE_MS,
    pausedMinutes: pausedMs / MINUTE_MS,
    state:
      resolvedAt !== null
        ? resolutionBreached
          ? 'breached'
          : 'met'
        : resolutionBreached
          ? 'breached'
          : paused
            ? 'paused'
            : 'running',
  };
}

// ---- policy validation ------------------------------------------------------------------------

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a policy from JSON: one target per priority (all four), positive targets (working days a
 * whole number), valid calendars, pause statuses as non-empty strings.
 */
export function validateSlaPolicy(
  policy: unknown,
): { ok: true; policy: SlaPolicy } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(policy)) return { ok: false, problems: ['The policy must be an object { targets, pauseStatuses }.'] };
  const targets: SlaTarget[] = [];
  if (!Array.isArray(policy.targets)) problems.push('targets must be a list with one target per priority.');
  else {
    const seen = new Set<string>();
    policy.targets.forEach((t, i) => {
      const where = `targets[${i}]`;
      if (!isRecord(t)) {
        problems.push(`${where} must be an object { priority, responseMinutes, resolution, calendar }.`);
        return;
      }
      if (!isPriority(t.priority)) problems.push(`${where}.priority must be one of ${PRIORITIES.join(', ')}.`);
      else if (seen.has(t.priority)) problems.push(`${where}.priority ${t.priority} has a target already.`);
      else seen.add(t.priority);
      const rm = t.responseMinutes;
      if (rm !== null && !(typeof rm === 'number' && Number.isFinite(rm) && rm > 0))
        problems.push(`${where}.responseMinutes must be a positive number of minutes or null.`);
      const r = t.resolution;
      if (!isRecord(r) || (r.unit !== 'minutes' && r.unit !== 'working_days'))
        problems.push(`${where}.resolution must be { unit: "minutes" | "working_days", value }.`);
      else if (r.unit === 'minutes' && !(typeof r.value === 'number' && Number.isFinite(r.value) && r.value > 0))
        problems.push(`${where}.resolution.value must be a positive number of minutes.`);
      else if (r.unit === 'working_days' && !(Number.isInteger(r.value) && (r.value as number) > 0))
        problems.push(`${where}.resolution.value must be a whole number of working days, at least 1.`);
      const c = validateCalendarSpec(t.calendar, `${where}.calendar`);
      if (!c.ok) problems.push(...c.problems);
      else if (problems.length === 0)
        targets.push({
          priority: t.priority as Priority,
          responseMinutes: rm as number | null,
          resolution: { unit: (r as Resolution).unit, value: (r as Resolution).value } as Resolution,
          calendar: c.spec,
        });
    });
    for (const p of PRIORITIES) if (!seen.has(p)) problems.push(`targets has no target for the priority ${p}.`);
  }
  const ps = policy.pauseStatuses;
  if (!Array.isArray(ps) || !ps.every((s) => typeof s === 'string' && s.length > 0))
    problems.push('pauseStatuses must be a list of status keys (possibly empty).');
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, policy: { targets, pauseStatuses: [...(ps as string[])] } };
}
