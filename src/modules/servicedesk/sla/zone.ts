// Time-zone arithmetic for the business calendar: UTC offsets from Intl (cached), local wall time to
// instants and back, and civil-date helpers. All instants are epoch milliseconds.

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** Offsets are cached per 15-minute bucket: every modern zone changes its offset on a quarter hour. */
const BUCKET_MS = 900_000;
const MAX_CACHE = 200_000;

/** A civil date in the proleptic Gregorian calendar. */
export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

/** Wall-clock fields of an instant in a time zone. */
export interface LocalParts extends CivilDate {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** UTC offset in milliseconds (local = UTC + offset) */
  offsetMs: number;
}

const zones = new Map<string, Zone>();

/** Whether Intl knows the IANA time-zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** One shared Zone per IANA name (their offset caches are shared too). */
export function zoneFor(timeZone: string): Zone {
  let z = zones.get(timeZone);
  if (!z) {
    z = new Zone(timeZone);
    zones.set(timeZone, z);
  }
  return z;
}

export class Zone {
  private readonly dtf: Intl.DateTimeFormat;
  private readonly offsets = new Map<number, number>();

  constructor(readonly timeZone: string) {
    this.dtf = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** The UTC offset in milliseconds at instant `t` (local wall time = t + offset). */
  offsetAt(t: number): number {
    const key = Math.floor(t / BUCKET_MS);
    const cached = this.offsets.get(key);
    if (cached !== undefined) return cached;
    const at = key * BUCKET_MS;
    const f: Record<string, number> = {};
    for (const p of this.dtf.formatToParts(at)) if (p.type !== 'literal') f[p.type] = Number(p.value);
    const offset = Date.UTC(f.year!, f.month! - 1, f.day!, f.hour!, f.minute!, f.second!) - at;
    if (this.offsets.size >= MAX_CACHE) this.offsets.clear();
    this.offsets.set(key, offset);
    return offset;
  }

  /**
   * The instant of a local wall time: `minutes` after local midnight of the civil date (1440 = the next
   * midnight). Like Temporal's `disambiguation: 'compatible'`: a time repeated when clocks fall back
   * maps to the earlier instant; a time skipped when clocks spring forward maps to the instant after
   * the gap (02:30 on the last Sunday of March in Oslo is 03:30 CEST).
   */
  localToInstant(year: number, month: number, day: number, minutes = 0): number {
    const local = Date.UTC(year, month - 1, day) + minutes * MINUTE_MS;
    const before = this.offsetAt(local - DAY_MS);
    const after = this.offsetAt(local + DAY_MS);
    const a = local - before;
    if (before === after) return a;
    const b = local - after;
    const aValid = this.offsetAt(a) === before;
    const bValid = this.offsetAt(b) === after;
    if (aValid && bValid) return Math.min(a, b);
    if (bValid) return b;
    return a; // valid, or in a gap: the pre-transition offset lands after the gap
  }

  /** Wall-clock fields of instant `t` in this zone. */
  parts(t: number): LocalParts {
    const offsetMs = this.offsetAt(t);
    const d = new Date(t + offsetMs);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      millisecond: d.getUTCMilliseconds(),
      offsetMs,
    };
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 'YYYY-MM-DD' */
export function formatCivil(d: CivilDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** Parses a real calendar date 'YYYY-MM-DD' (no 30 February), or null. */
export function parseCivil(s: string): CivilDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 of a civil date. */
export function civilToDayNumber(d: CivilDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
}

export function dayNumberToCivil(n: number): CivilDate {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function isoWeekday(dayNumber: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 with the zone's offset, e.g. 2024-11-14T09:15:00+01:00 (milliseconds only when not zero). */
export function formatInZone(t: number, zone: Zone): string {
  const p = zone.parts(t);
  const off = Math.round(p.offsetMs / MINUTE_MS);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  const ms = p.millisecond ? `.${pad(p.millisecond, 3)}` : '';
  return `${formatCivil(p)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${ms}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
