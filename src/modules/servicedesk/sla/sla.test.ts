import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ALWAYS_OPEN, calendarFor, DEFAULT_BUSINESS_CALENDAR } from './calendar.ts';
import {
  computeSla,
  DEFAULT_POLICY,
  dueTimes,
  type Pause,
  type Priority,
  type SlaInput,
  type SlaPolicy,
  type TicketEvent,
  validateSlaPolicy,
} from './sla.ts';

const T = (iso: string) => {
  const t = Date.parse(iso);
  assert.ok(Number.isFinite(t), iso);
  return t;
};
const MIN = 60_000;
const HOUR = 3_600_000;
const cal = calendarFor(DEFAULT_BUSINESS_CALENDAR);
const P = DEFAULT_POLICY;

const status = (
  iso: string,
  s: string,
  coreState: 'new' | 'open' | 'waiting' | 'resolved' | 'closed',
): TicketEvent => ({
  at: T(iso),
  kind: 'status',
  status: s,
  coreState,
});
const waitUser = (iso: string) => status(iso, 'waiting_user', 'waiting');
const reopen = (iso: string) => status(iso, 'open', 'open');
const resolve = (iso: string) => status(iso, 'resolved', 'resolved');
const close = (iso: string) => status(iso, 'closed', 'closed');
const prio = (iso: string, priority: Priority): TicketEvent => ({ at: T(iso), kind: 'priority', priority });
const respond = (iso: string): TicketEvent => ({ at: T(iso), kind: 'response' });

describe('DEFAULT_POLICY', () => {
  it('is ROR-IKT’s table on the right calendars, and valid', () => {
    const byP = Object.fromEntries(P.targets.map((t) => [t.priority, t]));
    assert.deepEqual(byP.critical, {
      priority: 'critical',
      responseMinutes: 15,
      resolution: { unit: 'minutes', value: 120 },
      calendar: ALWAYS_OPEN,
    });
    assert.equal(byP.high!.responseMinutes, 60);
    assert.deepEqual(byP.high!.resolution, { unit: 'minutes', value: 240 });
    assert.equal(byP.high!.calendar, DEFAULT_BUSINESS_CALENDAR);
    assert.equal(byP.medium!.responseMinutes, null);
    assert.deepEqual(byP.medium!.resolution, { unit: 'working_days', value: 3 });
    assert.equal(byP.low!.responseMinutes, null);
    assert.deepEqual(byP.low!.resolution, { unit: 'working_days', value: 5 });
    assert.deepEqual(P.pauseStatuses, ['waiting_user', 'waiting_supplier']);
    assert.ok(Object.isFrozen(P) && Object.isFrozen(P.targets[0]));
    const v = validateSlaPolicy(JSON.parse(JSON.stringify(P)));
    assert.ok(v.ok);
    assert.deepEqual(v.policy, P);
  });
});

describe('dueTimes: clock start and targets', () => {
  it('medium, 3 working days: Monday 10:00 → Thursday 15:30', () => {
    assert.deepEqual(dueTimes(P, 'medium', T('2024-11-11T10:00:00+01:00')), {
      responseDue: null,
      resolutionDue: T('2024-11-14T15:30:00+01:00'),
    });
  });

  it('medium opened Friday 16:00: clock starts Monday 08:00 → Thursday 15:30', () => {
    assert.equal(dueTimes(P, 'medium', T('2024-11-15T16:00:00+01:00')).resolutionDue, T('2024-11-21T15:30:00+01:00'));
  });

  it('medium opened the Wednesday before Easter: skips Maundy Thursday, Good Friday, Easter Monday', () => {
    assert.equal(dueTimes(P, 'medium', T('2024-03-27T10:00:00+01:00')).resolutionDue, T('2024-04-04T15:30:00+02:00'));
    assert.equal(dueTimes(P, 'medium', T('2025-04-16T10:00:00+02:00')).resolutionDue, T('2025-04-24T15:30:00+02:00'));
  });

  it('low, 5 working days: Monday 10:00 → next Monday 15:30; around Ascension and Whitsun', () => {
    assert.equal(dueTimes(P, 'low', T('2024-11-11T10:00:00+01:00')).resolutionDue, T('2024-11-18T15:30:00+01:00'));
    // opened Tue 7 May 2024: Wed 8, (Thu 9 Ascension), Fri 10, Mon 13, Tue 14, Wed 15
    assert.equal(dueTimes(P, 'low', T('2024-05-07T09:00:00+02:00')).resolutionDue, T('2024-05-15T15:30:00+02:00'));
    // opened Thu 16 May 2024: Fri 17 May and Whit Monday 20 May closed → Tue 21 … Fri 24 → Mon 27
    assert.equal(dueTimes(P, 'low', T('2024-05-16T09:00:00+02:00')).resolutionDue, T('2024-05-27T15:30:00+02:00'));
  });

  it('high, 1 h / 4 h business time, carried over to the next morning', () => {
    assert.deepEqual(dueTimes(P, 'high', T('2024-11-14T09:00:00+01:00')), {
      responseDue: T('2024-11-14T10:00:00+01:00'),
      resolutionDue: T('2024-11-14T13:00:00+01:00'),
    });
    assert.deepEqual(dueTimes(P, 'high', T('2024-11-14T14:00:00+01:00')), {
      responseDue: T('2024-11-14T15:00:00+01:00'),
      resolutionDue: T('2024-11-15T10:30:00+01:00'),
    });
    // ends exactly at close: 11:30 + 4 h = 15:30 the same day, not 08:00 the next
    assert.equal(dueTimes(P, 'high', T('2024-11-14T11:30:00+01:00')).resolutionDue, T('2024-11-14T15:30:00+01:00'));
  });

  it('tickets opened outside hours, at the weekend and on holidays start at the next opening', () => {
    assert.deepEqual(dueTimes(P, 'high', T('2024-11-16T11:00:00+01:00')), {
      responseDue: T('2024-11-18T09:00:00+01:00'),
      resolutionDue: T('2024-11-18T12:00:00+01:00'),
    });
    // 17 May 2024 is a Friday, Whit Monday follows: start Tuesday 21 May 08:00
    assert.deepEqual(dueTimes(P, 'high', T('2024-05-17T10:00:00+02:00')), {
      responseDue: T('2024-05-21T09:00:00+02:00'),
      resolutionDue: T('2024-05-21T12:00:00+02:00'),
    });
    assert.deepEqual(dueTimes(P, 'high', T('2024-11-14T06:30:00+01:00')), {
      responseDue: T('2024-11-14T09:00:00+01:00'),
      resolutionDue: T('2024-11-14T12:00:00+01:00'),
    });
  });

  it('critical runs 24/7: Saturday night, Christmas Day, and across the spring DST gap', () => {
    assert.deepEqual(dueTimes(P, 'critical', T('2024-11-16T02:00:00+01:00')), {
      responseDue: T('2024-11-16T02:15:00+01:00'),
      resolutionDue: T('2024-11-16T04:00:00+01:00'),
    });
    assert.equal(dueTimes(P, 'critical', T('2024-12-25T22:30:00+01:00')).resolutionDue, T('2024-12-26T00:30:00+01:00'));
    // 01:30 CET + 2 real hours = 04:30 CEST (the clock skipped 02:00–03:00)
    assert.equal(dueTimes(P, 'critical', T('2024-03-31T01:30:00+01:00')).resolutionDue, T('2024-03-31T04:30:00+02:00'));
    // 01:30 CEST + 2 real hours = 02:30 CET (02:00–03:00 happens twice)
    assert.equal(dueTimes(P, 'critical', T('2024-10-27T01:30:00+02:00')).resolutionDue, T('2024-10-27T02:30:00+01:00'));
  });

  it('high across the October DST change keeps local wall-clock hours', () => {
    assert.equal(dueTimes(P, 'high', T('2024-10-25T14:00:00+02:00')).resolutionDue, T('2024-10-28T10:30:00+01:00'));
  });

  it('throws for a priority without a target', () => {
    const partial: SlaPolicy = { targets: P.targets.slice(0, 2), pauseStatuses: [] };
    assert.throws(() => dueTimes(partial, 'low', T('2024-11-11T10:00:00+01:00')), /no target for the priority "low"/);
  });
});

describe('dueTimes: pauses', () => {
  const thu14 = T('2024-11-14T14:00:00+01:00');

  it('a pause over a night shifts the due by its business part only', () => {
    // runs Thu 14:00–15:00 (1 h), paused until Fri 09:00 (covers 0.5 h Thu + 1 h Fri), then 3 h → Fri 12:00
    const p = [{ from: T('2024-11-14T15:00:00+01:00'), to: T('2024-11-15T09:00:00+01:00') }];
    assert.deepEqual(dueTimes(P, 'high', thu14, p), {
      responseDue: T('2024-11-14T15:00:00+01:00'), // reached exactly when the pause starts
      resolutionDue: T('2024-11-15T12:00:00+01:00'),
    });
  });

  it('a pause wholly outside business hours shifts nothing', () => {
    const night = [{ from: T('2024-11-14T16:00:00+01:00'), to: T('2024-11-15T07:00:00+01:00') }];
    assert.deepEqual(dueTimes(P, 'high', thu14, night), dueTimes(P, 'high', thu14));
    const weekend = [{ from: T('2024-11-15T15:30:00+01:00'), to: T('2024-11-18T08:00:00+01:00') }];
    assert.deepEqual(dueTimes(P, 'medium', thu14, weekend), dueTimes(P, 'medium', thu14));
  });

  it('a pause over Easter counts only the business days it covers', () => {
    // medium opened Tue 26 Mar 2024 10:00 → due Wed 3 Apr 15:30. A pause Wed 27 Mar 12:00 → Tue 2 Apr
    // 10:00 covers 3.5 h + 2 h of business time → due Thu 4 Apr 13:30.
    const opened = T('2024-03-26T10:00:00+01:00');
    assert.equal(dueTimes(P, 'medium', opened).resolutionDue, T('2024-04-03T15:30:00+02:00'));
    const p = [{ from: T('2024-03-27T12:00:00+01:00'), to: T('2024-04-02T10:00:00+02:00') }];
    assert.equal(dueTimes(P, 'medium', opened, p).resolutionDue, T('2024-04-04T13:30:00+02:00'));
  });

  it('pauses before the clock start, unsorted and overlapping pauses', () => {
    const before = [{ from: T('2024-11-14T10:00:00+01:00'), to: T('2024-11-14T13:00:00+01:00') }];
    assert.deepEqual(dueTimes(P, 'high', thu14, before), dueTimes(P, 'high', thu14));
    const a = { from: T('2024-11-15T09:00:00+01:00'), to: T('2024-11-15T10:00:00+01:00') };
    const b = { from: T('2024-11-15T08:30:00+01:00'), to: T('2024-11-15T09:30:00+01:00') };
    const merged = { from: b.from, to: a.to };
    assert.deepEqual(dueTimes(P, 'high', thu14, [a, b]), dueTimes(P, 'high', thu14, [merged]));
    assert.equal(dueTimes(P, 'high', thu14, [a, b]).resolutionDue, T('2024-11-15T12:00:00+01:00'));
    assert.deepEqual(a, { from: T('2024-11-15T09:00:00+01:00'), to: T('2024-11-15T10:00:00+01:00') }); // not mutated
  });

  it('a pause on the 24/7 calendar shifts by its full length', () => {
    const opened = T('2024-11-16T02:00:00+01:00');
    const p = [{ from: T('2024-11-16T03:00:00+01:00'), to: T('2024-11-16T05:00:00+01:00') }];
    assert.equal(dueTimes(P, 'critical', opened, p).resolutionDue, T('2024-11-16T06:00:00+01:00'));
  });

  it('rejects a pause that ends before it starts', () => {
    assert.throws(() => dueTimes(P, 'high', thu14, [{ from: thu14 + HOUR, to: thu14 }]), /must not end before/);
  });
});

describe('computeSla', () => {
  const mon10 = T('2024-11-11T10:00:00+01:00');

  it('a running ticket without events', () => {
    const o = computeSla(P, { openedAt: mon10, priority: 'high', events: [] }, T('2024-11-11T11:30:00+01:00'));
    assert.deepEqual(o, {
      priority: 'high',
      clockStart: mon10,
      responseDue: T('2024-11-11T11:00:00+01:00'),
      respondedAt: null,
      responseBreached: true,
      resolutionDue: T('2024-11-11T14:00:00+01:00'),
      resolvedAt: null,
      resolutionBreached: false,
      businessMinutesUsed: 90,
      pausedMinutes: 0,
      state: 'running',
    });
  });

  it('met, breached when resolved late, breached when still open after due', () => {
    const input = (events: TicketEvent[]): SlaInput => ({ openedAt: mon10, priority: 'high', events });
    const met = computeSla(
      P,
      input([respond('2024-11-11T10:20:00+01:00'), resolve('2024-11-11T14:00:00+01:00')]),
      T('2024-11-20T12:00:00+01:00'),
    );
    assert.equal(met.state, 'met'); // exactly at due is met
    assert.equal(met.respondedAt, T('2024-11-11T10:20:00+01:00'));
    assert.equal(met.responseBreached, false);
    assert.equal(met.resolvedAt, T('2024-11-11T14:00:00+01:00'));
    assert.equal(met.resolutionBreached, false);
    assert.equal(met.businessMinutesUsed, 240);
    const late = computeSla(P, input([resolve('2024-11-11T14:00:01+01:00')]), T('2024-11-20T12:00:00+01:00'));
    assert.equal(late.state, 'breached');
    assert.equal(late.resolutionBreached, true);
    const open = computeSla(P, input([]), T('2024-11-11T14:00:01+01:00'));
    assert.equal(open.state, 'breached');
    const openAtDue = computeSla(P, input([]), T('2024-11-11T14:00:00+01:00'));
    assert.equal(openAtDue.state, 'running');
  });

  it('pausing statuses stop the clock; other waiting statuses do not', () => {
    const events = [waitUser('2024-11-11T11:00:00+01:00'), reopen('2024-11-12T09:00:00+01:00')];
    const o = computeSla(P, { openedAt: mon10, priority: 'high', events }, T('2024-11-12T10:00:00+01:00'));
    // used: Mon 10–11 and Tue 9–10 = 2 h; paused business time: Mon 11–15:30 + Tue 8–9 = 5.5 h
    assert.equal(o.businessMinutesUsed, 120);
    assert.equal(o.pausedMinutes, 330);
    assert.equal(o.resolutionDue, T('2024-11-12T12:00:00+01:00')); // 1 h Monday, then 3 h from Tuesday 09:00
    assert.deepEqual(
      o.resolutionDue,
      dueTimes(P, 'high', mon10, [{ from: T('2024-11-11T11:00:00+01:00'), to: T('2024-11-12T09:00:00+01:00') }])
        .resolutionDue,
    );
    assert.equal(o.state, 'running');
    const paused = computeSla(
      P,
      { openedAt: mon10, priority: 'high', events: [waitUser('2024-11-11T11:00:00+01:00')] },
      T('2024-11-12T10:00:00+01:00'),
    );
    assert.equal(paused.state, 'paused');
    // while paused the due is computed as if the clock resumed now: 3 h left from Tue 10:00
    assert.equal(paused.resolutionDue, T('2024-11-12T13:00:00+01:00'));
    const unlisted = computeSla(
      P,
      {
        openedAt: mon10,
        priority: 'high',
        events: [status('2024-11-11T11:00:00+01:00', 'waiting_approval', 'waiting')],
      },
      T('2024-11-11T13:00:00+01:00'),
    );
    assert.equal(unlisted.state, 'running');
    assert.equal(unlisted.businessMinutesUsed, 180);
    const supplier = computeSla(
      P,
      {
        openedAt: mon10,
        priority: 'high',
        events: [status('2024-11-11T11:00:00+01:00', 'waiting_supplier', 'waiting')],
      },
      T('2024-11-11T13:00:00+01:00'),
    );
    assert.equal(supplier.state, 'paused');
  });

  it('a pause over a weekend and a holiday counts only business time', () => {
    // medium opened Thu 16 May 2024 10:00; paused Thu 14:00 → Tue 21 May 09:00 (Fri 17 May and Whit Monday closed)
    const opened = T('2024-05-16T10:00:00+02:00');
    const events = [waitUser('2024-05-16T14:00:00+02:00'), reopen('2024-05-21T09:00:00+02:00')];
    const o = computeSla(P, { openedAt: opened, priority: 'medium', events }, T('2024-05-21T10:00:00+02:00'));
    assert.equal(o.pausedMinutes, 90 + 60);
    assert.equal(o.businessMinutesUsed, 240 + 60);
    // unpaused due: Tue 21, Wed 22, Thu 23 May 15:30; pushed by 2.5 h → Fri 24 May 10:30
    assert.equal(dueTimes(P, 'medium', opened).resolutionDue, T('2024-05-23T15:30:00+02:00'));
    assert.equal(o.resolutionDue, T('2024-05-24T10:30:00+02:00'));
  });

  it('reopen resumes the clock with the time already used; the last resolution counts', () => {
    const events = [
      resolve('2024-11-11T11:00:00+01:00'),
      reopen('2024-11-12T10:00:00+01:00'),
      resolve('2024-11-12T12:00:00+01:00'),
      close('2024-11-13T12:00:00+01:00'),
    ];
    const o = computeSla(P, { openedAt: mon10, priority: 'high', events }, T('2024-11-20T12:00:00+01:00'));
    assert.equal(o.businessMinutesUsed, 60 + 120);
    assert.equal(o.pausedMinutes, 0); // the resolved stretch is neither used nor paused
    assert.equal(o.resolvedAt, T('2024-11-12T12:00:00+01:00')); // resolved → closed is not a new resolution
    assert.equal(o.resolutionDue, T('2024-11-12T13:00:00+01:00')); // 1 h Mon, then from Tue 10:00 3 h more
    assert.equal(o.state, 'met');
    assert.equal(o.respondedAt, T('2024-11-11T11:00:00+01:00')); // no response event: first resolution
    assert.equal(o.responseBreached, false);
    const reopened = computeSla(
      P,
      { openedAt: mon10, priority: 'high', events: events.slice(0, 2) },
      T('2024-11-12T11:00:00+01:00'),
    );
    assert.equal(reopened.resolvedAt, null);
    assert.equal(reopened.state, 'running');
    assert.equal(reopened.businessMinutesUsed, 120);
  });

  it('a priority raise re-targets from the original clock start (same calendar)', () => {
    const events = [prio('2024-11-11T11:00:00+01:00', 'high'), respond('2024-11-11T11:30:00+01:00')];
    const o = computeSla(P, { openedAt: mon10, priority: 'medium', events }, T('2024-11-11T12:00:00+01:00'));
    assert.equal(o.priority, 'high');
    assert.equal(o.clockStart, mon10);
    assert.equal(o.responseDue, T('2024-11-11T11:00:00+01:00'));
    assert.equal(o.responseBreached, true);
    assert.equal(o.resolutionDue, T('2024-11-11T14:00:00+01:00'));
    assert.equal(o.state, 'running');
    // raised two days later: the 4 h from Monday 10:00 are long gone → breached at once
    const late = computeSla(
      P,
      { openedAt: mon10, priority: 'low', events: [prio('2024-11-13T10:00:00+01:00', 'high')] },
      T('2024-11-13T10:00:00+01:00'),
    );
    assert.equal(late.resolutionDue, T('2024-11-11T14:00:00+01:00'));
    assert.equal(late.state, 'breached');
  });

  it('a priority drop re-targets to the longer target, pauses still apply', () => {
    const events = [
      waitUser('2024-11-11T11:00:00+01:00'),
      reopen('2024-11-11T12:00:00+01:00'),
      prio('2024-11-11T13:00:00+01:00', 'low'),
    ];
    const o = computeSla(P, { openedAt: mon10, priority: 'high', events }, T('2024-11-11T15:00:00+01:00'));
    assert.equal(o.priority, 'low');
    assert.equal(o.responseDue, null);
    assert.equal(o.responseBreached, null);
    // 5 working days from Monday 10:00 → next Monday 15:30; the 1 h pause pushes it to Tuesday 09:00
    assert.equal(o.resolutionDue, T('2024-11-19T09:00:00+01:00'));
    assert.equal(o.businessMinutesUsed, 240);
    assert.equal(o.pausedMinutes, 60);
  });

  it('a priority change to another calendar: used time stays used, the rest runs on the new calendar', () => {
    // high opened Mon 15:00; raised to critical (24/7) Tue 08:30. Used on business time: 30 + 30 min.
    const opened = T('2024-11-11T15:00:00+01:00');
    const o = computeSla(
      P,
      { openedAt: opened, priority: 'high', events: [prio('2024-11-12T08:30:00+01:00', 'critical')] },
      T('2024-11-12T09:00:00+01:00'),
    );
    assert.equal(o.priority, 'critical');
    assert.equal(o.clockStart, opened); // start recomputed on the 24/7 calendar
    assert.equal(o.businessMinutesUsed, 90); // 30 (Mon) + 30 (Tue 08–08:30, business) + 30 (24/7)
    assert.equal(o.resolutionDue, T('2024-11-12T09:30:00+01:00')); // 60 min left at 08:30 on 24/7
    assert.equal(o.responseDue, T('2024-11-11T15:15:00+01:00')); // 15 min reached on Monday
    assert.equal(o.state, 'running');

    // critical opened Saturday 02:00, lowered to high at 03:00: 60 min used; 3 h left from Monday 08:00
    const sat = T('2024-11-16T02:00:00+01:00');
    const d = computeSla(
      P,
      { openedAt: sat, priority: 'critical', events: [prio('2024-11-16T03:00:00+01:00', 'high')] },
      T('2024-11-16T12:00:00+01:00'),
    );
    assert.equal(d.clockStart, T('2024-11-18T08:00:00+01:00'));
    assert.equal(d.businessMinutesUsed, 60);
    assert.equal(d.resolutionDue, T('2024-11-18T11:00:00+01:00'));
    // the response target is now high's 60 min, all used by Saturday 03:00
    assert.equal(d.responseDue, T('2024-11-16T03:00:00+01:00'));
    assert.equal(d.responseBreached, true);
    assert.equal(d.state, 'running');
  });

  it('response: the first response event counts; none needed when there is no target', () => {
    const events = [respond('2024-11-11T10:30:00+01:00'), respond('2024-11-11T11:30:00+01:00')];
    const o = computeSla(P, { openedAt: mon10, priority: 'high', events }, T('2024-11-11T12:00:00+01:00'));
    assert.equal(o.respondedAt, T('2024-11-11T10:30:00+01:00'));
    assert.equal(o.responseBreached, false);
    // a resolution before any reply counts as the response
    const late = [resolve('2024-11-11T10:40:00+01:00'), respond('2024-11-11T11:30:00+01:00')];
    const r = computeSla(P, { openedAt: mon10, priority: 'high', events: late }, T('2024-11-11T12:00:00+01:00'));
    assert.equal(r.respondedAt, T('2024-11-11T10:40:00+01:00'));
    assert.equal(r.responseBreached, false);
    const m = computeSla(P, { openedAt: mon10, priority: 'medium', events }, T('2024-11-11T12:00:00+01:00'));
    assert.equal(m.respondedAt, T('2024-11-11T10:30:00+01:00'));
    assert.equal(m.responseDue, null);
    assert.equal(m.responseBreached, null);
  });

  it('sorts events stably, ignores events after now, clamps events before the opening', () => {
    const events = [
      resolve('2024-11-11T12:00:00+01:00'),
      respond('2024-11-11T09:00:00+01:00'), // before opening → counts at the opening
      waitUser('2024-11-11T11:00:00+01:00'),
      reopen('2024-11-11T11:00:00+01:00'), // same instant, applied after waiting_user
      resolve('2024-11-12T12:00:00+01:00'), // after now
    ];
    const now = T('2024-11-12T10:00:00+01:00');
    const frozen = Object.freeze(events.map((e) => Object.freeze({ ...e })));
    const o = computeSla(P, { openedAt: mon10, priority: 'high', events: frozen as TicketEvent[] }, now);
    assert.equal(o.respondedAt, mon10);
    assert.equal(o.pausedMinutes, 0);
    assert.equal(o.businessMinutesUsed, 120);
    assert.equal(o.resolvedAt, T('2024-11-11T12:00:00+01:00'));
    assert.equal(o.state, 'met');
    // now earlier than the last events: as of then the ticket was open
    const asOf = computeSla(P, { openedAt: mon10, priority: 'high', events }, T('2024-11-11T11:30:00+01:00'));
    assert.equal(asOf.state, 'running');
    assert.equal(asOf.resolvedAt, null);
  });

  it('a ticket opened on a holiday evening, before now', () => {
    const opened = T('2024-12-25T20:00:00+01:00');
    const o = computeSla(P, { openedAt: opened, priority: 'medium', events: [] }, T('2024-12-26T12:00:00+01:00'));
    assert.equal(o.clockStart, T('2024-12-27T08:00:00+01:00'));
    assert.equal(o.businessMinutesUsed, 0);
    // 27 Dec is the start day; 30, 31 Dec, 2 Jan
    assert.equal(o.resolutionDue, T('2025-01-02T15:30:00+01:00'));
    const before = computeSla(P, { openedAt: opened, priority: 'high', events: [] }, opened - HOUR);
    assert.equal(before.state, 'running');
    assert.equal(before.resolutionDue, T('2024-12-27T12:00:00+01:00'));
  });

  it('rejects unknown priorities and non-finite instants', () => {
    assert.throws(
      () => computeSla(P, { openedAt: mon10, priority: 'urgent' as Priority, events: [] }, mon10),
      /priority/,
    );
    assert.throws(
      () =>
        computeSla(
          P,
          { openedAt: mon10, priority: 'high', events: [{ at: mon10, kind: 'priority', priority: 'x' as Priority }] },
          mon10,
        ),
      /priority/,
    );
    assert.throws(() => computeSla(P, { openedAt: Number.NaN, priority: 'high', events: [] }, mon10), RangeError);
  });
});

describe('validateSlaPolicy', () => {
  it('explains problems', () => {
    const r = validateSlaPolicy({
      targets: [
        { priority: 'critical', responseMinutes: 0, resolution: { unit: 'hours', value: 2 }, calendar: ALWAYS_OPEN },
        { priority: 'critical', responseMinutes: null, resolution: { unit: 'working_days', value: 1.5 }, calendar: {} },
      ],
      pauseStatuses: [''],
    });
    assert.equal(r.ok, false);
    const problems = r.ok ? [] : r.problems;
    for (const e of [
      'targets[0].responseMinutes must be a positive number',
      'targets[0].resolution must be',
      'targets[1].priority critical has a target already',
      'targets[1].resolution.value must be a whole number',
      'targets[1].calendar.kind must be',
      'no target for the priority high',
      'pauseStatuses must be a list',
    ])
      assert.ok(
        problems.some((p) => p.includes(e)),
        `missing "${e}" in ${JSON.stringify(problems, null, 1)}`,
      );
  });
});

// ---- properties ---------------------------------------------------------------------------------

const FROM = T('2024-01-01T00:00:00Z');
const TO = T('2026-12-31T00:00:00Z');
const priority = fc.constantFrom<Priority>('critical', 'high', 'medium', 'low');
const instant = fc.integer({ min: FROM / MIN, max: TO / MIN }).map((m) => m * MIN);
/** pauses after `opened`: [offset, length] in minutes, up to ~3 weeks out and up to 4 days long */
const pauseSpecs = fc.array(fc.tuple(fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 0, max: 6_000 })), {
  maxLength: 3,
});
const toPauses = (opened: number, specs: [number, number][]): Pause[] =>
  specs.map(([o, l]) => ({ from: opened + o * MIN, to: opened + (o + l) * MIN }));

describe('SLA properties', () => {
  it('due times are never earlier when pauses are added, and never before the clock start', () => {
    fc.assert(
      fc.property(priority, instant, pauseSpecs, pauseSpecs, (p, opened, a, b) => {
        const base = dueTimes(P, p, opened, toPauses(opened, a));
        const more = dueTimes(P, p, opened, [...toPauses(opened, a), ...toPauses(opened, b)]);
        assert.ok(more.resolutionDue >= base.resolutionDue);
        if (base.responseDue !== null) assert.ok(more.responseDue! >= base.responseDue);
        const start = calendarFor(P.targets.find((t) => t.priority === p)!.calendar).nextOpenAtOrAfter(opened);
        assert.ok(base.resolutionDue > start && start >= opened);
      }),
    );
  });

  it('pauses shift the due by exactly the business time they cover before it (one pause)', () => {
    fc.assert(
      fc.property(fc.constantFrom<Priority>('high', 'medium', 'low'), instant, pauseSpecs, (p, opened, specs) => {
        const pauses = toPauses(opened, specs.slice(0, 1));
        const plain = dueTimes(P, p, opened).resolutionDue;
        const shifted = dueTimes(P, p, opened, pauses).resolutionDue;
        const start = cal.nextOpenAtOrAfter(opened);
        const pausedBefore = pauses.reduce(
          (s, q) => s + cal.businessMs(Math.max(q.from, start), Math.min(q.to, shifted)),
          0,
        );
        assert.equal(cal.businessMs(plain, shifted), pausedBefore);
      }),
    );
  });

  it('computeSla with only pause/unpause events agrees with dueTimes', () => {
    fc.assert(
      fc.property(priority, instant, pauseSpecs, fc.integer({ min: 0, max: 60_000 }), (p, opened, specs, nowOff) => {
        const pauses = toPauses(opened, specs).sort((x, y) => x.from - y.from);
        // make them disjoint so the event history is meaningful
        const disjoint: Pause[] = [];
        for (const q of pauses) {
          const last = disjoint[disjoint.length - 1];
          if (q.to === q.from) continue; // zero-length pauses would make same-instant events
          if (!last || q.from > last.to) disjoint.push({ ...q });
          else last.to = Math.max(last.to, q.to);
        }
        const events: TicketEvent[] = disjoint.flatMap((q) => [
          { at: q.from, kind: 'status', status: 'waiting_user', coreState: 'waiting' } as const,
          { at: q.to, kind: 'status', status: 'open', coreState: 'open' } as const,
        ]);
        const now = Math.max(opened + nowOff * MIN, disjoint.at(-1)?.to ?? opened);
        const o = computeSla(P, { openedAt: opened, priority: p, events: events.reverse() }, now);
        const d = dueTimes(P, p, opened, disjoint);
        assert.equal(o.resolutionDue, d.resolutionDue);
        assert.equal(o.responseDue, d.responseDue);
        assert.equal(o.resolutionBreached, now > d.resolutionDue);
        const c = calendarFor(P.targets.find((t) => t.priority === p)!.calendar);
        const paused = disjoint.reduce((s, q) => s + c.businessMs(q.from, q.to), 0);
        assert.equal(o.businessMinutesUsed * MIN + paused, c.businessMs(opened, now));
      }),
    );
  });

  it('a resolved ticket is met exactly when resolved by the due instant', () => {
    fc.assert(
      fc.property(priority, instant, fc.integer({ min: 1, max: 20_000 }), (p, opened, after) => {
        const resolvedAt = opened + after * MIN;
        const o = computeSla(
          P,
          {
            openedAt: opened,
            priority: p,
            events: [{ at: resolvedAt, kind: 'status', status: 'resolved', coreState: 'resolved' }],
          },
          resolvedAt + 10 * 86_400_000,
        );
        assert.equal(o.resolvedAt, resolvedAt);
        assert.equal(o.state, resolvedAt <= o.resolutionDue ? 'met' : 'breached');
        assert.equal(o.resolutionDue, dueTimes(P, p, opened).resolutionDue);
      }),
    );
  });
});
