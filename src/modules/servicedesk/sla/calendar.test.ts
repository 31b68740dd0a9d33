import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ALWAYS_OPEN,
  BusinessCalendar,
  type CalendarSpec,
  calendarFor,
  DEFAULT_BUSINESS_CALENDAR,
  validateCalendarSpec,
} from './calendar.ts';
import { norwegianPublicHolidays } from './holidays.ts';
import { formatInZone, zoneFor } from './zone.ts';

/** An instant from ISO 8601 with an explicit offset (parsed by Date, independent of our zone code). */
const T = (iso: string) => {
  const t = Date.parse(iso);
  assert.ok(Number.isFinite(t), iso);
  return t;
};
const MIN = 60_000;
const HOUR = 3_600_000;
const oslo = zoneFor('Europe/Oslo');
const fmt = (t: number) => formatInZone(t, oslo);

const cal = calendarFor(DEFAULT_BUSINESS_CALENDAR);
const always = calendarFor(ALWAYS_OPEN);
const custom = new BusinessCalendar({
  ...DEFAULT_BUSINESS_CALENDAR,
  closedDays: ['2024-12-24', '2024-12-31', '2025-12-24'],
  specialHours: [
    { date: '2024-07-15', opens: '09:00', closes: '14:00' }, // reduced summer hours (Monday)
    { date: '2024-09-07', opens: '10:00', closes: '13:00' }, // a Saturday opening
    { date: '2025-05-01', opens: '08:00', closes: '12:00' }, // open on a public holiday
  ],
});

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), as 'YYYY-MM-DD'. */
function easterSunday(y: number): string {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('Norwegian public holidays', () => {
  it('has the twelve statutory days of 2024, 2025 and 2026, and nothing else', () => {
    const expected: Record<number, string[]> = {
      2024: [
        '01-01',
        '03-28',
        '03-29',
        '03-31',
        '04-01',
        '05-01',
        '05-09',
        '05-17',
        '05-19',
        '05-20',
        '12-25',
        '12-26',
      ],
      2025: [
        '01-01',
        '04-17',
        '04-18',
        '04-20',
        '04-21',
        '05-01',
        '05-17',
        '05-29',
        '06-08',
        '06-09',
        '12-25',
        '12-26',
      ],
      2026: [
        '01-01',
        '04-02',
        '04-03',
        '04-05',
        '04-06',
        '05-01',
        '05-14',
        '05-17',
        '05-24',
        '05-25',
        '12-25',
        '12-26',
      ],
    };
    for (const [year, days] of Object.entries(expected))
      assert.deepEqual([...norwegianPublicHolidays(Number(year))].sort(), days.map((d) => `${year}-${d}`).sort());
  });

  it('2027: Whit Monday falls on 17 May (eleven distinct dates) and 1 May on a Saturday', () => {
    const h = norwegianPublicHolidays(2027);
    assert.equal(h.size, 11);
    for (const d of ['2027-03-25', '2027-03-26', '2027-03-28', '2027-03-29', '2027-05-06', '2027-05-16', '2027-05-17'])
      assert.ok(h.has(d), d);
    // 1 May 2027 is a Saturday: no weekday is lost, Friday 30 April and Monday 3 May are open.
    assert.equal(cal.isWorkingDay('2027-05-01'), false);
    assert.equal(cal.isWorkingDay('2027-04-30'), true);
    assert.equal(cal.isWorkingDay('2027-05-03'), true);
    assert.equal(cal.businessMinutes(T('2027-04-30T00:00:00+02:00'), T('2027-05-04T00:00:00+02:00')), 2 * 450);
  });

  it('Easter-based days match the computus for 2000–2060 (Easter 2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28, 2038-04-25)', () => {
    assert.equal(easterSunday(2024), '2024-03-31');
    assert.equal(easterSunday(2025), '2025-04-20');
    assert.equal(easterSunday(2026), '2026-04-05');
    assert.equal(easterSunday(2027), '2027-03-28');
    assert.equal(easterSunday(2038), '2038-04-25');
    for (let y = 2000; y <= 2060; y++) {
      const e = easterSunday(y);
      const h = norwegianPublicHolidays(y);
      for (const offset of [-3, -2, 0, 1, 39, 49, 50]) assert.ok(h.has(shift(e, offset)), `${y}: Easter ${offset}`);
      for (const fixed of ['01-01', '05-01', '05-17', '12-25', '12-26'])
        assert.ok(h.has(`${y}-${fixed}`), `${y}-${fixed}`);
    }
  });

  it('leaves observances and bank days (Christmas Eve, New Year’s Eve) open by default', () => {
    for (const d of ['2024-12-24', '2024-12-31', '2024-02-06', '2024-05-08'])
      assert.equal(cal.isWorkingDay(d), true, d);
    assert.equal(custom.isWorkingDay('2024-12-24'), false);
  });

  it('closes every holiday of 2024–2027 that falls on a weekday', () => {
    for (const y of [2024, 2025, 2026, 2027])
      for (const d of norwegianPublicHolidays(y)) {
        assert.equal(cal.isWorkingDay(d), false, d);
        const hours = cal.hoursOn(d);
        assert.equal(hours, null);
      }
  });
});

describe('BusinessCalendar: opening hours and working days', () => {
  it('is open 08:00–15:30 Oslo time on weekdays only', () => {
    assert.equal(cal.isOpen(T('2024-11-14T08:00:00+01:00')), true);
    assert.equal(cal.isOpen(T('2024-11-14T07:59:59.999+01:00')), false);
    assert.equal(cal.isOpen(T('2024-11-14T15:29:59.999+01:00')), true);
    assert.equal(cal.isOpen(T('2024-11-14T15:30:00+01:00')), false);
    assert.equal(cal.isOpen(T('2024-11-16T10:00:00+01:00')), false); // Saturday
    assert.equal(cal.isOpen(T('2024-11-17T10:00:00+01:00')), false); // Sunday
    assert.equal(cal.isOpen(T('2024-05-17T10:00:00+02:00')), false); // Constitution Day
    assert.equal(cal.isWorkingDay('2024-11-15'), true);
    assert.equal(cal.isWorkingDay('2024-11-16'), false);
  });

  it('gives the hours of a date in local wall time on both sides of DST', () => {
    assert.deepEqual(cal.hoursOn('2024-10-25'), {
      opens: T('2024-10-25T06:00:00Z'),
      closes: T('2024-10-25T13:30:00Z'),
    });
    assert.deepEqual(cal.hoursOn('2024-10-28'), {
      opens: T('2024-10-28T07:00:00Z'),
      closes: T('2024-10-28T14:30:00Z'),
    });
    assert.deepEqual(cal.hoursOn('2024-04-02'), {
      opens: T('2024-04-02T06:00:00Z'),
      closes: T('2024-04-02T13:30:00Z'),
    });
    assert.equal(cal.hoursOn('2024-03-31'), null);
  });

  it('finds the next business instant', () => {
    const friday16 = T('2024-11-15T16:00:00+01:00');
    assert.equal(cal.nextOpenAtOrAfter(friday16), T('2024-11-18T08:00:00+01:00'));
    const open = T('2024-11-14T10:17:00+01:00');
    assert.equal(cal.nextOpenAtOrAfter(open), open);
    assert.equal(cal.nextOpenAtOrAfter(T('2024-11-14T15:30:00+01:00')), T('2024-11-15T08:00:00+01:00'));
    assert.equal(cal.nextOpenAtOrAfter(T('2024-11-14T08:00:00+01:00')), T('2024-11-14T08:00:00+01:00'));
    // Wednesday before Easter after hours → Tuesday after Easter, now in summer time
    assert.equal(cal.nextOpenAtOrAfter(T('2024-03-27T16:00:00+01:00')), T('2024-04-02T08:00:00+02:00'));
    // New Year's Eve evening → 2 January
    assert.equal(cal.nextOpenAtOrAfter(T('2024-12-31T20:00:00+01:00')), T('2025-01-02T08:00:00+01:00'));
  });

  it('closes the nth working day after the start day', () => {
    const mon10 = T('2024-11-11T10:00:00+01:00');
    assert.equal(cal.closeOfNthWorkingDay(mon10, 3), T('2024-11-14T15:30:00+01:00'));
    assert.equal(cal.closeOfNthWorkingDay(mon10, 0), T('2024-11-11T15:30:00+01:00'));
    assert.equal(cal.closeOfNthWorkingDay(mon10, 5), T('2024-11-18T15:30:00+01:00'));
    // Wednesday before Easter: Maundy Thursday, Good Friday, Easter Monday skipped
    assert.equal(cal.closeOfNthWorkingDay(T('2024-03-27T10:00:00+01:00'), 3), T('2024-04-04T15:30:00+02:00'));
    // Ascension Day 2025 (Thursday 29 May) and Whit Monday (9 June)
    assert.equal(cal.closeOfNthWorkingDay(T('2025-05-28T09:00:00+02:00'), 1), T('2025-05-30T15:30:00+02:00'));
    assert.equal(cal.closeOfNthWorkingDay(T('2025-06-06T09:00:00+02:00'), 1), T('2025-06-10T15:30:00+02:00'));
    // Saturday start day: n = 0 → Monday, n = 1 → Monday too (first working day after Saturday)
    const sat = T('2024-11-16T12:00:00+01:00');
    assert.equal(cal.closeOfNthWorkingDay(sat, 0), T('2024-11-18T15:30:00+01:00'));
    assert.equal(cal.closeOfNthWorkingDay(sat, 1), T('2024-11-18T15:30:00+01:00'));
    // across the year end: 23, 24 (Christmas Eve is open by default), 27, 30, 31 Dec, 2 Jan
    assert.equal(cal.closeOfNthWorkingDay(T('2024-12-20T10:00:00+01:00'), 4), T('2024-12-30T15:30:00+01:00'));
    assert.equal(cal.closeOfNthWorkingDay(T('2024-12-20T10:00:00+01:00'), 6), T('2025-01-02T15:30:00+01:00'));
    assert.equal(custom.closeOfNthWorkingDay(T('2024-12-20T10:00:00+01:00'), 4), T('2025-01-02T15:30:00+01:00'));
    assert.throws(() => cal.closeOfNthWorkingDay(mon10, -1), RangeError);
    assert.throws(() => cal.closeOfNthWorkingDay(mon10, 1.5), RangeError);
  });

  it('counts working days on dates', () => {
    assert.equal(cal.nthWorkingDayAfter('2024-03-27', 1), '2024-04-02');
    assert.equal(cal.nthWorkingDayAfter('2024-03-27', 3), '2024-04-04');
    assert.equal(cal.nthWorkingDayAfter('2024-03-30', 0), '2024-04-02');
    assert.equal(cal.nthWorkingDayAfter('2024-11-11', 0), '2024-11-11');
    assert.equal(cal.localDate(T('2024-11-14T23:30:00Z')), '2024-11-15');
    assert.equal(cal.localTime('2024-11-14', '09:15'), T('2024-11-14T09:15:00+01:00'));
  });
});

describe('BusinessCalendar: business time', () => {
  it('counts 7.5 h per working day', () => {
    assert.equal(cal.businessMinutes(T('2024-11-11T00:00:00+01:00'), T('2024-11-18T00:00:00+01:00')), 5 * 450);
    assert.equal(cal.businessMinutes(T('2024-11-11T10:00:00+01:00'), T('2024-11-11T10:45:00+01:00')), 45);
    assert.equal(cal.businessMinutes(T('2024-11-11T16:00:00+01:00'), T('2024-11-12T07:00:00+01:00')), 0);
    assert.equal(cal.businessMinutes(T('2024-11-12T10:00:00+01:00'), T('2024-11-11T10:00:00+01:00')), 0); // reversed
    assert.equal(cal.businessMs(T('2024-11-11T10:00:00+01:00'), T('2024-11-11T10:00:00.250+01:00')), 250);
  });

  it('handles Easter and the March DST change: Fri 29 Mar … Tue 2 Apr 2024', () => {
    // Good Friday, Saturday, Easter Sunday (clocks spring forward), Easter Monday: nothing until Tuesday 08:00.
    assert.equal(cal.businessMinutes(T('2024-03-29T08:00:00+01:00'), T('2024-04-02T12:00:00+02:00')), 240);
    assert.equal(cal.businessMinutes(T('2024-03-27T12:00:00+01:00'), T('2024-04-02T12:00:00+02:00')), 210 + 240);
    // the week of the change (no holidays in 2025's March): 5 full days
    assert.equal(cal.businessMinutes(T('2025-03-24T00:00:00+01:00'), T('2025-04-07T00:00:00+02:00')), 10 * 450);
  });

  it('handles the October DST change: across Sunday 27 Oct 2024', () => {
    assert.equal(cal.businessMinutes(T('2024-10-25T12:00:00+02:00'), T('2024-10-28T12:00:00+01:00')), 210 + 240);
    assert.equal(cal.businessMinutes(T('2024-10-21T00:00:00+02:00'), T('2024-11-04T00:00:00+01:00')), 10 * 450);
    // adding across the change lands on Monday's local wall time
    assert.equal(cal.addBusinessTime(T('2024-10-25T15:00:00+02:00'), HOUR), T('2024-10-28T08:30:00+01:00'));
  });

  it('counts real elapsed time on the 24/7 calendar (23 h and 25 h days)', () => {
    assert.equal(always.businessMinutes(T('2024-03-30T12:00:00+01:00'), T('2024-03-31T12:00:00+02:00')), 23 * 60);
    assert.equal(always.businessMinutes(T('2024-10-26T12:00:00+02:00'), T('2024-10-27T12:00:00+01:00')), 25 * 60);
    assert.equal(always.isOpen(T('2024-12-25T03:00:00+01:00')), true);
    assert.equal(always.nextOpenAtOrAfter(T('2024-12-25T03:00:00+01:00')), T('2024-12-25T03:00:00+01:00'));
    assert.equal(always.addBusinessTime(T('2024-03-31T01:30:00+01:00'), 2 * HOUR), T('2024-03-31T04:30:00+02:00'));
    // working days on 24/7 are calendar days ending at local midnight
    assert.equal(always.closeOfNthWorkingDay(T('2024-03-30T10:00:00+01:00'), 1), T('2024-04-01T00:00:00+02:00'));
    assert.equal(always.isWorkingDay('2024-12-25'), true);
  });

  it('adds business time, ending at close rather than the next opening', () => {
    const mon10 = T('2024-11-11T10:00:00+01:00');
    assert.equal(cal.addBusinessTime(mon10, 0), mon10);
    assert.equal(cal.addBusinessTime(mon10, 330 * MIN), T('2024-11-11T15:30:00+01:00'));
    assert.equal(cal.addBusinessTime(mon10, 330 * MIN + 1), T('2024-11-12T08:00:00.001+01:00'));
    assert.equal(cal.addBusinessMinutes(T('2024-11-15T15:00:00+01:00'), 60), T('2024-11-18T08:30:00+01:00'));
    // from a closed instant, counting starts at the next opening
    assert.equal(cal.addBusinessMinutes(T('2024-11-16T12:00:00+01:00'), 30), T('2024-11-18T08:30:00+01:00'));
    // far ahead: a year of working days, built lazily year by year
    const far = cal.addBusinessMinutes(T('2024-01-02T08:00:00+01:00'), 450 * 2000);
    assert.equal(cal.businessMinutes(T('2024-01-02T08:00:00+01:00'), far), 450 * 2000);
    assert.ok(new Date(far).getUTCFullYear() >= 2031);
    assert.throws(() => cal.addBusinessTime(mon10, -1), RangeError);
  });

  it('builds whole local years lazily, extending the range as needed', () => {
    const c = new BusinessCalendar(DEFAULT_BUSINESS_CALENDAR);
    assert.equal(c.builtYears, null);
    c.isOpen(T('2030-06-01T12:00:00Z'));
    assert.deepEqual(c.builtYears, [2030, 2030]);
    c.businessMs(T('2027-06-01T12:00:00Z'), T('2030-06-01T12:00:00Z'));
    assert.deepEqual(c.builtYears, [2027, 2030]);
    // 23:30 UTC on New Year's Eve is already the next year in Oslo
    c.isOpen(T('2030-12-31T23:30:00Z'));
    assert.deepEqual(c.builtYears, [2027, 2031]);
    // a due crossing the year end extends forward
    assert.equal(c.addBusinessTime(T('2026-12-31T14:30:00+01:00'), 2 * HOUR), T('2027-01-04T09:00:00+01:00'));
    assert.deepEqual(c.builtYears, [2026, 2031]);
    const d = new BusinessCalendar(DEFAULT_BUSINESS_CALENDAR);
    assert.equal(d.addBusinessTime(T('2033-12-30T14:30:00+01:00'), 2 * HOUR), T('2034-01-02T09:00:00+01:00'));
    assert.equal(d.nextOpenAtOrAfter(T('2035-12-31T16:00:00+01:00')), T('2036-01-02T08:00:00+01:00'));
    assert.equal(d.closeOfNthWorkingDay(T('2036-12-31T09:00:00+01:00'), 1), T('2037-01-02T15:30:00+01:00'));
  });

  it('rejects instants outside 1970–2199 and non-numbers', () => {
    assert.throws(() => cal.isOpen(Number.NaN), /finite/);
    assert.throws(() => cal.businessMs(0, T('2024-01-01T00:00:00Z')), /supported range/);
    assert.throws(() => always.addBusinessTime(T('2199-12-30T00:00:00Z'), 10 * 86_400_000), /supported range/);
  });
});

describe('BusinessCalendar: closed days and special hours', () => {
  it('closes extra closed days', () => {
    assert.equal(custom.isOpen(T('2024-12-24T10:00:00+01:00')), false);
    assert.equal(custom.nextOpenAtOrAfter(T('2024-12-23T16:00:00+01:00')), T('2024-12-27T08:00:00+01:00'));
    assert.equal(custom.businessMinutes(T('2024-12-23T00:00:00+01:00'), T('2025-01-03T00:00:00+01:00')), 4 * 450);
  });

  it('uses special hours, also on a Saturday and on a public holiday', () => {
    assert.equal(custom.businessMinutes(T('2024-07-15T00:00:00+02:00'), T('2024-07-16T00:00:00+02:00')), 300);
    assert.equal(custom.isOpen(T('2024-07-15T08:30:00+02:00')), false);
    assert.equal(custom.isOpen(T('2024-07-15T13:59:00+02:00')), true);
    assert.equal(custom.isOpen(T('2024-07-15T14:00:00+02:00')), false);
    assert.equal(custom.isWorkingDay('2024-09-07'), true);
    assert.equal(custom.businessMinutes(T('2024-09-06T00:00:00+02:00'), T('2024-09-09T00:00:00+02:00')), 450 + 180);
    assert.equal(custom.isWorkingDay('2025-05-01'), true);
    assert.equal(custom.closeOfNthWorkingDay(T('2025-04-30T09:00:00+02:00'), 1), T('2025-05-01T12:00:00+02:00'));
    // the default calendar is unaffected
    assert.equal(cal.isWorkingDay('2024-09-07'), false);
  });

  it('handles opening hours inside a DST gap or overlap (compatible disambiguation)', () => {
    const night = new BusinessCalendar({
      ...DEFAULT_BUSINESS_CALENDAR,
      weekdays: [7],
      publicHolidays: 'none',
      opens: '02:30',
      closes: '04:00',
    });
    // 31 Mar 2024: 02:30 does not exist, it becomes 03:30 CEST → 30 minutes
    assert.deepEqual(night.hoursOn('2024-03-31'), {
      opens: T('2024-03-31T03:30:00+02:00'),
      closes: T('2024-03-31T04:00:00+02:00'),
    });
    // 27 Oct 2024: 02:30 happens twice; the first one counts → 2.5 real hours
    assert.equal(night.businessMinutes(T('2024-10-27T00:00:00+02:00'), T('2024-10-28T00:00:00+01:00')), 150);
  });
});

describe('validateCalendarSpec', () => {
  it('accepts the defaults and fills in optional fields', () => {
    assert.deepEqual(validateCalendarSpec(DEFAULT_BUSINESS_CALENDAR), { ok: true, spec: DEFAULT_BUSINESS_CALENDAR });
    assert.deepEqual(validateCalendarSpec(ALWAYS_OPEN), { ok: true, spec: ALWAYS_OPEN });
    const r = validateCalendarSpec({
      kind: 'business',
      timeZone: 'Europe/Oslo',
      opens: '08:00',
      closes: '15:30',
      publicHolidays: 'NO',
    });
    assert.deepEqual(r, { ok: true, spec: DEFAULT_BUSINESS_CALENDAR });
    const a = validateCalendarSpec({ kind: 'always', timeZone: 'Europe/Oslo' });
    assert.deepEqual(a, { ok: true, spec: ALWAYS_OPEN });
    const w = validateCalendarSpec({ ...DEFAULT_BUSINESS_CALENDAR, weekdays: [5, 1, 1, 3] });
    assert.ok(w.ok && w.spec.weekdays.join() === '1,3,5');
  });

  it('explains every problem', () => {
    const r = validateCalendarSpec({
      kind: 'weekly',
      timeZone: 'Europe/Molde',
      weekdays: [0, 8],
      opens: '8:00',
      closes: '07:00',
      publicHolidays: 'SE',
      closedDays: ['2024-02-30'],
      specialHours: [
        { date: '2024-07-15', opens: '10:00', closes: '09:00' },
        { date: '2024-07-15', opens: '10:00', closes: '12:00' },
        { date: '2024-02-30', opens: '10:00', closes: '12:00', note: 'x' },
      ],
      colour: 'blue',
    });
    assert.equal(r.ok, false);
    const problems = r.ok ? [] : r.problems;
    const expect = [
      'unknown field "colour"',
      'calendar.kind must be "business" or "always"',
      'calendar.timeZone must be an IANA time zone',
      'calendar.weekdays must be a non-empty list',
      'calendar.opens must be a time "HH:MM"',
      'calendar.publicHolidays must be "NO"',
      'calendar.closedDays[0] must be a real date',
      'calendar.specialHours[0].closes must be after opens',
      'calendar.specialHours[1].date 2024-07-15 appears twice',
      'calendar.specialHours[2] has an unknown field "note"',
      'calendar.specialHours[2].date must be a real date',
    ];
    for (const e of expect)
      assert.ok(
        problems.some((p) => p.includes(e)),
        `missing "${e}" in ${JSON.stringify(problems, null, 1)}`,
      );
    assert.deepEqual(validateCalendarSpec(null), { ok: false, problems: ['calendar must be an object.'] });
    const both = validateCalendarSpec({
      ...DEFAULT_BUSINESS_CALENDAR,
      closedDays: ['2024-12-24'],
      specialHours: [{ date: '2024-12-24', opens: '08:00', closes: '12:00' }],
    });
    assert.ok(!both.ok && both.problems[0]!.includes('also in closedDays'));
    assert.throws(
      () => new BusinessCalendar({ ...DEFAULT_BUSINESS_CALENDAR, closes: '07:00' }),
      /closes must be after opens/,
    );
  });

  it('shares one calendar per spec (by object and by value)', () => {
    assert.equal(calendarFor(DEFAULT_BUSINESS_CALENDAR), cal);
    assert.equal(calendarFor(JSON.parse(JSON.stringify(DEFAULT_BUSINESS_CALENDAR)) as CalendarSpec), cal);
  });
});

// ---- properties ---------------------------------------------------------------------------------

const FROM = T('2023-06-01T00:00:00Z');
const TO = T('2027-06-01T00:00:00Z');
/** instants on whole minutes, and some on exact business-hour boundaries */
const instant = fc.oneof(
  fc.integer({ min: FROM / MIN, max: TO / MIN }).map((m) => m * MIN),
  fc.integer({ min: FROM, max: TO }),
  fc
    .tuple(fc.integer({ min: 0, max: (TO - FROM) / 86_400_000 }), fc.constantFrom('08:00', '15:30', '00:00', '12:00'))
    .map(([d, hm]) => {
      const date = new Date(FROM + d * 86_400_000).toISOString().slice(0, 10);
      return cal.localTime(date, hm);
    }),
);
const calendars = [
  ['default', cal],
  ['custom', custom],
  ['24/7', always],
] as const;

/** A per-day reference implementation of businessMs on top of hoursOn (no interval arrays). */
function referenceMs(c: BusinessCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  let total = 0;
  let date = c.localDate(from);
  const last = c.localDate(to);
  for (;;) {
    const h = c.hoursOn(date);
    if (h) total += Math.max(0, Math.min(h.closes, to) - Math.max(h.opens, from));
    if (date === last) return total;
    date = new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  }
}

describe('BusinessCalendar properties', () => {
  for (const [name, c] of calendars) {
    it(`${name}: businessMs is additive, monotone, non-negative and at most wall time`, () => {
      fc.assert(
        fc.property(fc.array(instant, { minLength: 3, maxLength: 3 }), (xs) => {
          const [a, b, d] = xs.sort((p, q) => p - q) as [number, number, number];
          const ab = c.businessMs(a, b);
          const bd = c.businessMs(b, d);
          const ad = c.businessMs(a, d);
          assert.equal(ad, ab + bd);
          assert.ok(ab >= 0 && bd >= 0);
          assert.ok(ab <= ad && bd <= ad);
          assert.ok(ad <= d - a);
          assert.equal(c.businessMinutes(a, d), ad / MIN);
        }),
      );
    });

    it(`${name}: addBusinessTime inverts businessMs, is monotone and earliest`, () => {
      fc.assert(
        fc.property(
          instant,
          fc.integer({ min: 0, max: 400 * HOUR }),
          fc.integer({ min: 0, max: 400 * HOUR }),
          (s, x, y) => {
            const sx = c.addBusinessTime(s, x);
            assert.equal(c.businessMs(s, sx), x);
            assert.ok(sx >= s);
            if (x > 0) assert.ok(c.businessMs(s, sx - 1) < x, 'earliest instant');
            const [lo, hi] = x <= y ? [x, y] : [y, x];
            assert.ok(c.addBusinessTime(s, lo) <= c.addBusinessTime(s, hi));
          },
        ),
      );
    });

    it(`${name}: nextOpenAtOrAfter is the first open instant`, () => {
      fc.assert(
        fc.property(instant, (t) => {
          const n = c.nextOpenAtOrAfter(t);
          assert.ok(n >= t);
          assert.equal(c.isOpen(n), true);
          assert.equal(c.businessMs(t, n), 0);
          assert.equal(c.isOpen(t), n === t);
        }),
      );
    });
  }

  it('businessMs agrees with a per-day reference on hoursOn (default and custom calendars)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 40 * 86_400_000 }), (a, span) => {
        for (const c of [cal, custom]) assert.equal(c.businessMs(a, a + span), referenceMs(c, a, a + span));
      }),
      { numRuns: 60 },
    );
  });

  it('business days are never longer or shorter than 7.5 h, whatever the DST state', () => {
    for (let y = 2024; y <= 2027; y++)
      for (let d = 0; d < 365; d++) {
        const date = new Date(Date.UTC(y, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
        const h = cal.hoursOn(date);
        if (h) assert.equal(h.closes - h.opens, 450 * MIN, date);
        if (h) assert.equal(fmt(h.opens).slice(11, 16), '08:00');
      }
  });
});
