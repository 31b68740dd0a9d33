/**
 * Business calendar of the service desk: when the clock of an SLA runs.
 *
 * A calendar is built from a serialisable {@link CalendarSpec} (stored as JSON per cooperation). All
 * instants are epoch milliseconds. Opening hours are local wall time in the spec's time zone, so a
 * 08:00–15:30 day is 7.5 hours of business time also on the Sundays when clocks change (the change
 * happens at night). The 24/7 kind counts real elapsed time.
 *
 * Precedence for one date (kind 'business'): `closedDays` closes it; otherwise `specialHours` gives
 * its hours (also on a weekend or public holiday — an explicit date beats a rule); otherwise public
 * holidays and weekdays outside `weekdays` are closed; every other day has `opens`–`closes`.
 * Kind 'always' ignores weekdays, hours, holidays, closed days and special hours: every calendar day
 * is a working day from local midnight to midnight.
 *
 * Units: {@link BusinessCalendar.businessMs} returns integer milliseconds (exactly additive);
 * {@link BusinessCalendar.businessMinutes} is the same divided by 60,000 (a float).
 *
 * Speed: per calendar, the open intervals of whole local years are built lazily (when an instant of a
 * year is first asked about; a contiguous range of years) into sorted typed arrays with cumulative
 * business time, and every question is answered by binary search — no loops over minutes or days.
 * Supported instants: 1970-01-02 to 2199-12-31 (UTC); others throw a RangeError.
 */
import { norwegianPublicHolidays } from './holidays.ts';
import {
  type CivilDate,
  civilToDayNumber,
  dayNumberToCivil,
  formatCivil,
  isoWeekday,
  isValidTimeZone,
  MINUTE_MS,
  parseCivil,
  type Zone,
  zoneFor,
} from './zone.ts';

export interface SpecialHours {
  date: string; // 'YYYY-MM-DD'
  opens: string; // 'HH:MM'
  closes: string; // 'HH:MM' (24:00 allowed)
}

export interface CalendarSpec {
  /** 'always' = 24/7 (critical priority) */
  kind: 'business' | 'always';
  /** IANA time zone, e.g. 'Europe/Oslo' */
  timeZone: string;
  /** ISO weekdays 1 = Monday … 7 = Sunday; default [1, 2, 3, 4, 5] */
  weekdays: number[];
  /** 'HH:MM' local wall time, e.g. '08:00' */
  opens: string;
  /** 'HH:MM' local wall time, e.g. '15:30'; '24:00' = midnight */
  closes: string;
  /** Norwegian public holidays via date-holidays, or none */
  publicHolidays: 'NO' | 'none';
  /** extra closed days 'YYYY-MM-DD' (e.g. Christmas Eve) */
  closedDays: string[];
  /** other hours on given dates (e.g. reduced summer hours) */
  specialHours: SpecialHours[];
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

/** ROR-IKT's service desk: Europe/Oslo, Monday–Friday 08:00–15:30, Norwegian public holidays. */
export const DEFAULT_BUSINESS_CALENDAR: CalendarSpec = deepFreeze({
  kind: 'business',
  timeZone: 'Europe/Oslo',
  weekdays: [1, 2, 3, 4, 5],
  opens: '08:00',
  closes: '15:30',
  publicHolidays: 'NO',
  closedDays: [],
  specialHours: [],
});

/** 24/7 in Europe/Oslo (the time zone only matters for working days and display). */
export const ALWAYS_OPEN: CalendarSpec = deepFreeze({
  kind: 'always',
  timeZone: 'Europe/Oslo',
  weekdays: [1, 2, 3, 4, 5, 6, 7],
  opens: '00:00',
  closes: '24:00',
  publicHolidays: 'none',
  closedDays: [],
  specialHours: [],
});

/** First and last supported instants (epoch ms). */
export const SUPPORTED_FROM = Date.UTC(1970, 0, 2);
export const SUPPORTED_TO = Date.UTC(2199, 11, 31);
const MIN_BUILD_YEAR = 1969;
const MAX_BUILD_YEAR = 2200;

const SPEC_KEYS = ['kind', 'timeZone', 'weekdays', 'opens', 'closes', 'publicHolidays', 'closedDays', 'specialHours'];

/** 'HH:MM' (00:00–23:59, or 24:00) → minutes after midnight, or null. */
export function parseClock(s: unknown): number | null {
  if (typeof s !== 'string') return null;
  if (s === '24:00') return 1440;
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(s);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a calendar spec from JSON. On success returns a normalised copy (defaults filled in:
 * weekdays [1–5], closedDays [], specialHours []; weekdays sorted and de-duplicated; for kind 'always'
 * also the ignored fields). `path` prefixes the messages (e.g. 'targets[0].calendar').
 */
export function validateCalendarSpec(
  spec: unknown,
  path = 'calendar',
): { ok: true; spec: CalendarSpec } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(spec)) return { ok: false, problems: [`${path} must be an object.`] };
  for (const k of Object.keys(spec))
    if (!SPEC_KEYS.includes(k))
      problems.push(`${path} has an unknown field "${k}" (known fields: ${SPEC_KEYS.join(', ')}).`);

  const kind = spec.kind;
  if (kind !== 'business' && kind !== 'always') problems.push(`${path}.kind must be "business" or "always".`);
  const always = kind === 'always';

  const timeZone = spec.timeZone;
  if (typeof timeZone !== 'string' || !isValidTimeZone(timeZone))
    problems.push(`${path}.timeZone must be an IANA time zone such as "Europe/Oslo".`);

  let weekdays: number[] = always ? [1, 2, 3, 4, 5, 6, 7] : [1, 2, 3, 4, 5];
  if (spec.weekdays !== undefined) {
    const w = spec.weekdays;
    if (!Array.isArray(w) || w.length === 0 || !w.every((d) => Number.isInteger(d) && d >= 1 && d <= 7))
      problems.push(`${path}.weekdays must be a non-empty list of ISO weekdays 1–7 (1 = Monday, 7 = Sunday).`);
    else weekdays = [...new Set(w as number[])].sort((a, b) => a - b);
  }

  const hours = (opens: unknown, closes: unknown, where: string) => {
    const o = parseClock(opens);
    const c = parseClock(closes);
    if (o === null || o === 1440) problems.push(`${where}.opens must be a time "HH:MM" such as "08:00".`);
    if (c === null) problems.push(`${where}.closes must be a time "HH:MM" such as "15:30" ("24:00" for midnight).`);
    if (o !== null && c !== null && o !== 1440 && c <= o) problems.push(`${where}.closes must be after opens.`);
  };
  const opens = spec.opens ?? (always ? '00:00' : undefined);
  const closes = spec.closes ?? (always ? '24:00' : undefined);
  hours(opens, closes, path);

  const publicHolidays = spec.publicHolidays ?? (always ? 'none' : undefined);
  if (publicHolidays !== 'NO' && publicHolidays !== 'none')
    problems.push(`${path}.publicHolidays must be "NO" (Norwegian public holidays) or "none".`);

  const closedDays = spec.closedDays ?? [];
  if (!Array.isArray(closedDays)) problems.push(`${path}.closedDays must be a list of dates "YYYY-MM-DD".`);
  else
    closedDays.forEach((d, i) => {
      if (typeof d !== 'string' || !parseCivil(d))
        problems.push(`${path}.closedDays[${i}] must be a real date "YYYY-MM-DD" (got ${JSON.stringify(d)}).`);
    });

  const specialHours = spec.specialHours ?? [];
  if (!Array.isArray(specialHours))
    problems.push(`${path}.specialHours must be a list of { date, opens, closes } entries.`);
  else {
    const seen = new Set<string>();
    specialHours.forEach((s, i) => {
      const where = `${path}.specialHours[${i}]`;
      if (!isRecord(s)) {
        problems.push(`${where} must be an object { date, opens, closes }.`);
        return;
      }
      for (const k of Object.keys(s))
        if (!['date', 'opens', 'closes'].includes(k)) problems.push(`${where} has an unknown field "${k}".`);
      if (typeof s.date !== 'string' || !parseCivil(s.date))
        problems.push(`${where}.date must be a real date "YYYY-MM-DD".`);
      else if (seen.has(s.date)) problems.push(`${where}.date ${s.date} appears twice in specialHours.`);
      else {
        seen.add(s.date);
        if (Array.isArray(closedDays) && closedDays.includes(s.date))
          problems.push(`${where}.date ${s.date} is also in closedDays; keep it in one of them.`);
      }
      hours(s.opens, s.closes, where);
    });
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    spec: {
      kind: kind as CalendarSpec['kind'],
      timeZone: timeZone as string,
      weekdays,
      opens: opens as string,
      closes: closes as string,
      publicHolidays: publicHolidays as CalendarSpec['publicHolidays'],
      closedDays: [...(closedDays as string[])],
      specialHours: (specialHours as SpecialHours[]).map((s) => ({ date: s.date, opens: s.opens, closes: s.closes })),
    },
  };
}

/** Open hours of one local day, in minutes after local midnight. */
type DayHours = readonly [opens: number, closes: number];

/** One built year: per day its local midnight and its open interval (NaN when closed). */
interface YearDays {
  dayStart: Float64Array;
  open: Float64Array;
  close: Float64Array;
}

const EMPTY_F64 = new Float64Array(0);
const EMPTY_I32 = new Int32Array(0);

/** Largest i < n with a[i] <= t, or -1. */
function lastAtOrBefore(a: Float64Array, n: number, t: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Smallest i < n with a[i] >= t, or n. */
function firstAtOrAfter(a: Float64Array, n: number, t: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function checkInstant(t: number): void {
  if (!(t >= SUPPORTED_FROM && t < SUPPORTED_TO))
    throw new RangeError(
      Number.isFinite(t)
        ? `The instant ${t} is outside the supported range 1970-01-02 to 2199-12-31.`
        : `An instant must be a finite number of epoch milliseconds (got ${t}).`,
    );
}

export class BusinessCalendar {
  /** The normalised, frozen spec. */
  readonly spec: CalendarSpec;
  readonly timeZone: string;
  /** kind 'always': 24/7 */
  readonly always: boolean;
  private readonly zone: Zone;
  private readonly weekdayMask: number;
  private readonly regular: DayHours;
  private readonly closed: ReadonlySet<string>;
  private readonly special: ReadonlyMap<string, DayHours>;

  private readonly years = new Map<number, YearDays>();
  private fromYear = 0;
  private toYear = -1;
  private rangeStart = Number.POSITIVE_INFINITY;
  private rangeEnd = Number.NEGATIVE_INFINITY;
  // Open intervals [starts[i], ends[i]): sorted, disjoint, adjacent ones merged. cumEnd[i] = business
  // ms from the start of the built range to ends[i].
  private starts = EMPTY_F64;
  private ends = EMPTY_F64;
  private cumEnd = EMPTY_F64;
  private count = 0;
  // Days of the built range: local midnights, working days before each day (prefix counts, length
  // days + 1) and the closing instant of every working day in order.
  private dayStarts = EMPTY_F64;
  private days = 0;
  private workPrefix = EMPTY_I32;
  private workClose = EMPTY_F64;

  constructor(spec: CalendarSpec) {
    const v = validateCalendarSpec(spec);
    if (!v.ok) throw new Error(`Invalid calendar: ${v.problems.join(' ')}`);
    this.spec = deepFreeze(v.spec);
    this.timeZone = this.spec.timeZone;
    this.always = this.spec.kind === 'always';
    this.zone = zoneFor(this.timeZone);
    this.weekdayMask = this.spec.weekdays.reduce((m, d) => m | (1 << d), 0);
    this.regular = [parseClock(this.spec.opens)!, parseClock(this.spec.closes)!];
    this.closed = new Set(this.spec.closedDays);
    this.special = new Map(
      this.spec.specialHours.map((s) => [s.date, [parseClock(s.opens)!, parseClock(s.closes)!] as const]),
    );
  }

  // ---- instants -------------------------------------------------------------------------------

  /** Whether business time runs at instant t. */
  isOpen(t: number): boolean {
    if (this.always) {
      checkInstant(t);
      return true;
    }
    this.cover(t);
    const i = lastAtOrBefore(this.starts, this.count, t);
    return i >= 0 && t < this.ends[i]!;
  }

  /** The first business instant at or after t (t itself when open). */
  nextOpenAtOrAfter(t: number): number {
    if (this.always) {
      checkInstant(t);
      return t;
    }
    for (;;) {
      this.cover(t);
      const i = lastAtOrBefore(this.starts, this.count, t);
      if (i >= 0 && t < this.ends[i]!) return t;
      if (i + 1 < this.count) return this.starts[i + 1]!;
      this.extendForward();
    }
  }

  /**
   * Business time between two instants in milliseconds (0 when to <= from). Additive:
   * businessMs(a, c) = businessMs(a, b) + businessMs(b, c) for a <= b <= c.
   */
  businessMs(from: number, to: number): number {
    if (this.always) {
      checkInstant(from);
      checkInstant(to);
      return to > from ? to - from : 0;
    }
    this.cover(from);
    this.cover(to); // the built range only grows, so `from` stays covered
    return to > from ? this.cumulative(to) - this.cumulative(from) : 0;
  }

  /** {@link businessMs} in minutes (a float). */
  businessMinutes(from: number, to: number): number {
    return this.businessMs(from, to) / MINUTE_MS;
  }

  /**
   * The earliest instant at which `ms` of business time has elapsed after `start` (start itself for
   * 0). Inverse of {@link businessMs}: businessMs(s, addBusinessTime(s, x)) = x. When the time runs
   * out exactly at closing, the answer is the closing instant (15:30), not the next opening.
   */
  addBusinessTime(start: number, ms: number): number {
    if (!(ms >= 0)) throw new RangeError(`Business time to add must be a non-negative number of ms (got ${ms}).`);
    if (this.always) {
      checkInstant(start);
      const end = start + ms;
      checkInstant(end);
      return end;
    }
    if (ms === 0) {
      checkInstant(start);
      return start;
    }
    for (;;) {
      this.cover(start);
      const target = this.cumulative(start) + ms;
      const i = firstAtOrAfter(this.cumEnd, this.count, target);
      if (i < this.count) return this.ends[i]! - (this.cumEnd[i]! - target);
      this.extendForward();
    }
  }

  /** {@link addBusinessTime} with minutes. */
  addBusinessMinutes(start: number, minutes: number): number {
    return this.addBusinessTime(start, minutes * MINUTE_MS);
  }

  /**
   * Close of business on the nth working day after the local day of `start` (days after that day;
   * n = 0: the close of that day when it is a working day, else of the next working day). With
   * 08:00–15:30 on weekdays: start Monday 10:00, n = 3 → Thursday 15:30.
   */
  closeOfNthWorkingDay(start: number, n: number): number {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number >= 0 (got ${n}).`);
    for (;;) {
      this.cover(start);
      const d = lastAtOrBefore(this.dayStarts, this.days, start);
      const upTo = this.workPrefix[d + 1]!; // working days up to and including the start day
      const idx = n === 0 ? (upTo > this.workPrefix[d]! ? upTo - 1 : upTo) : upTo + n - 1;
      if (idx < this.workClose.length) return this.workClose[idx]!;
      this.extendForward();
    }
  }

  // ---- dates ----------------------------------------------------------------------------------

  /** The local date 'YYYY-MM-DD' of an instant in the calendar's time zone. */
  localDate(t: number): string {
    checkInstant(t);
    return formatCivil(this.zone.parts(t));
  }

  /** The instant of a local wall time ('YYYY-MM-DD', 'HH:MM') in the calendar's time zone. */
  localTime(date: string, time: string): number {
    const d = parseCivil(date);
    const m = parseClock(time);
    if (!d || m === null)
      throw new RangeError(`Expected a date "YYYY-MM-DD" and a time "HH:MM" (got ${date} ${time}).`);
    return this.zone.localToInstant(d.year, d.month, d.day, m);
  }

  /** Whether a local date 'YYYY-MM-DD' has business hours. */
  isWorkingDay(date: string): boolean {
    return this.hoursOfDay(this.civil(date)) !== null;
  }

  /** The business hours of a local date as instants, or null when closed. */
  hoursOn(date: string): { opens: number; closes: number } | null {
    const c = this.civil(date);
    const h = this.hoursOfDay(c);
    if (!h) return null;
    return {
      opens: this.zone.localToInstant(c.year, c.month, c.day, h[0]),
      closes: this.zone.localToInstant(c.year, c.month, c.day, h[1]),
    };
  }

  /** The nth working day after a local date (n = 0: the date itself if working, else the next one). */
  nthWorkingDayAfter(date: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number >= 0 (got ${n}).`);
    let day = civilToDayNumber(this.civil(date));
    let left = n;
    if (n === 0) {
      while (!this.hoursOfDay(dayNumberToCivil(day))) day++;
      return formatCivil(dayNumberToCivil(day));
    }
    while (left > 0) {
      day++;
      if (this.hoursOfDay(dayNumberToCivil(day))) left--;
    }
    return formatCivil(dayNumberToCivil(day));
  }

  /** Years whose intervals are built (for tests and diagnostics). */
  get builtYears(): [from: number, to: number] | null {
    return this.toYear >= this.fromYear ? [this.fromYear, this.toYear] : null;
  }

  // ---- internals ------------------------------------------------------------------------------

  private civil(date: string): CivilDate {
    const c = parseCivil(date);
    if (!c) throw new RangeError(`Expected a date "YYYY-MM-DD" (got ${date}).`);
    return c;
  }

  /** The open hours of a local date, or null when closed (see the precedence in the file header). */
  private hoursOfDay(c: CivilDate, iso = formatCivil(c)): DayHours | null {
    if (this.always) return [0, 1440];
    if (this.closed.has(iso)) return null;
    const special = this.special.get(iso);
    if (special) return special;
    if (this.spec.publicHolidays === 'NO' && norwegianPublicHolidays(c.year).has(iso)) return null;
    if (!(this.weekdayMask & (1 << isoWeekday(civilToDayNumber(c))))) return null;
    return this.regular;
  }

  /** Business ms from the start of the built range to t (t inside the range). */
  private cumulative(t: number): number {
    const i = lastAtOrBefore(this.starts, this.count, t);
    if (i < 0) return 0;
    const end = this.ends[i]!;
    return t < end ? this.cumEnd[i]! - (end - t) : this.cumEnd[i]!;
  }

  /** Makes sure t lies inside the built range (whole local years, extended one year at a time). */
  private cover(t: number): void {
    if (t >= this.rangeStart && t < this.rangeEnd) return;
    checkInstant(t);
    if (this.toYear < this.fromYear) {
      const y = new Date(t).getUTCFullYear();
      this.build(y, y);
    }
    while (t < this.rangeStart) this.build(this.fromYear - 1, this.toYear);
    while (t >= this.rangeEnd) this.build(this.fromYear, this.toYear + 1);
  }

  private extendForward(): void {
    if (this.toYear >= MAX_BUILD_YEAR)
      throw new RangeError('The calendar has no business time left before the year 2200.');
    this.build(this.fromYear, this.toYear + 1);
  }

  private buildYear(year: number): YearDays {
    const first = civilToDayNumber({ year, month: 1, day: 1 });
    const n = civilToDayNumber({ year: year + 1, month: 1, day: 1 }) - first;
    const dayStart = new Float64Array(n);
    const open = new Float64Array(n).fill(Number.NaN);
    const close = new Float64Array(n).fill(Number.NaN);
    const z = this.zone;
    for (let i = 0; i < n; i++) {
      const c = dayNumberToCivil(first + i);
      dayStart[i] = z.localToInstant(c.year, c.month, c.day, 0);
      const h = this.hoursOfDay(c);
      if (!h) continue;
      const o = z.localToInstant(c.year, c.month, c.day, h[0]);
      const e = z.localToInstant(c.year, c.month, c.day, h[1]);
      if (e > o) {
        open[i] = o;
        close[i] = e;
      }
    }
    return { dayStart, open, close };
  }

  /** (Re)builds the arrays for years from..to (clamped to the supported years). */
  private build(from: number, to: number): void {
    from = Math.max(from, MIN_BUILD_YEAR);
    to = Math.min(to, MAX_BUILD_YEAR);
    const parts: YearDays[] = [];
    let days = 0;
    for (let y = from; y <= to; y++) {
      let yd = this.years.get(y);
      if (!yd) {
        yd = this.buildYear(y);
        this.years.set(y, yd);
      }
      parts.push(yd);
      days += yd.dayStart.length;
    }
    const dayStarts = new Float64Array(days);
    const workPrefix = new Int32Array(days + 1);
    const workClose = new Float64Array(days);
    const starts = new Float64Array(days);
    const ends = new Float64Array(days);
    let k = 0;
    let w = 0;
    let m = 0;
    for (const p of parts) {
      for (let i = 0; i < p.dayStart.length; i++, k++) {
        dayStarts[k] = p.dayStart[i]!;
        const o = p.open[i]!;
        if (!Number.isNaN(o)) {
          const e = p.close[i]!;
          workClose[w++] = e;
          if (m > 0 && ends[m - 1] === o) ends[m - 1] = e;
          else {
            starts[m] = o;
            ends[m] = e;
            m++;
          }
        }
        workPrefix[k + 1] = w;
      }
    }
    const cumEnd = new Float64Array(m);
    let acc = 0;
    for (let i = 0; i < m; i++) {
      acc += ends[i]! - starts[i]!;
      cumEnd[i] = acc;
    }
    this.dayStarts = dayStarts;
    this.days = days;
    this.workPrefix = workPrefix;
    this.workClose = workClose.subarray(0, w);
    this.starts = starts.subarray(0, m);
    this.ends = ends.subarray(0, m);
    this.cumEnd = cumEnd;
    this.count = m;
    this.fromYear = from;
    this.toYear = to;
    this.rangeStart = Math.max(dayStarts[0]!, SUPPORTED_FROM);
    this.rangeEnd = Math.min(this.zone.localToInstant(to + 1, 1, 1, 0), SUPPORTED_TO);
  }
}

const byObject = new WeakMap<CalendarSpec, BusinessCalendar>();
const byJson = new Map<string, BusinessCalendar>();

/**
 * The shared calendar of a spec (built once; equal specs share one). Specs are treated as immutable:
 * don't change a spec object after passing it here.
 */
export function calendarFor(spec: CalendarSpec): BusinessCalendar {
  let cal = byObject.get(spec);
  if (cal) return cal;
  const key = JSON.stringify(spec);
  cal = byJson.get(key);
  if (!cal) {
    cal = new BusinessCalendar(spec);
    if (byJson.size > 1000) byJson.clear();
    byJson.set(key, cal);
  }
  byObject.set(spec, cal);
  return cal;
}
