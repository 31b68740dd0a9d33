// Timestamps of Pureservice exports: Norwegian display dates (14.11.2024 08:15), ISO 8601 with or
// without an offset, and .NET's /Date(ms)/. A time without an offset is local wall time in the
// mapping's zone (Europe/Oslo by default), converted DST-correctly: a time repeated when clocks fall
// back is the earlier instant; a time skipped when they spring forward lands after the gap (the same
// rule as the SLA calendar).
import { daysInMonth, zoneFor } from '../sla/zone.ts';

export type ParsedTime = { ok: true; ms: number } | { ok: false; reason: string };

const NORWEGIAN =
  /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T]+(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d{1,9}))?)?)?$/i;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DOTNET = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;

/** Earliest and latest years accepted (the SLA calendar supports 1970–2199). */
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2199;

const fail = (reason: string): ParsedTime => ({ ok: false, reason });

/**
 * Parse one timestamp. `value` must be trimmed and non-empty. Returns epoch milliseconds or the
 * reason it is not a date a person can fix ("31.02.2024 is not a calendar date").
 */
export function parseTimestamp(value: string, timeZone: string): ParsedTime {
  let m = NORWEGIAN.exec(value);
  if (m) return fromParts(value, +m[3]!, +m[2]!, +m[1]!, m[4], m[5], m[6], m[7], undefined, timeZone);
  m = ISO.exec(value);
  if (m) return fromParts(value, +m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6], m[7], m[8], timeZone);
  m = DOTNET.exec(value);
  if (m) {
    const ms = Number(m[1]);
    const year = new Date(ms).getUTCFullYear();
    if (!Number.isSafeInteger(ms) || year < MIN_YEAR || year > MAX_YEAR) return fail(`${value} is out of range`);
    return { ok: true, ms };
  }
  return fail(`"${value}" is not a date (expected e.g. 14.11.2024 08:15 or 2024-11-14T08:15:00+01:00)`);
}

function fromParts(
  value: string,
  year: number,
  month: number,
  day: number,
  hh: string | undefined,
  mm: string | undefined,
  ss: string | undefined,
  frac: string | undefined,
  offset: string | undefined,
  timeZone: string,
): ParsedTime {
  if (year < MIN_YEAR || year > MAX_YEAR) return fail(`${value}: the year ${year} is out of range`);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return fail(`${value} is not a calendar date`);
  const hour = hh === undefined ? 0 : Number(hh);
  const minute = mm === undefined ? 0 : Number(mm);
  const second = ss === undefined ? 0 : Number(ss);
  if (hour > 23 || minute > 59 || second > 59) return fail(`${value} is not a valid time of day`);
  const millis = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const extra = second * 1000 + millis;
  if (offset !== undefined) {
    let offMin = 0;
    if (offset.toUpperCase() !== 'Z') {
      const sign = offset[0] === '-' ? -1 : 1;
      const digits = offset.slice(1).replace(':', '');
      const oh = Number(digits.slice(0, 2));
      const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
      if (oh > 18 || om > 59) return fail(`${value} has an invalid UTC offset`);
      offMin = sign * (oh * 60 + om);
    }
    return { ok: true, ms: Date.UTC(year, month - 1, day, hour, minute) - offMin * 60_000 + extra };
  }
  return { ok: true, ms: localInstant(timeZone, year, month, day, hour * 60 + minute) + extra };
}

/**
 * Local midnight per zone and civil day, and whether the day is 24 hours long (no DST change): then a
 * time of day is midnight plus its minutes, without asking Intl (an export has a few thousand days
 * and a million timestamps).
 */
const days = new Map<string, Map<number, { midnight: number; plain: boolean }>>();

function localInstant(timeZone: string, year: number, month: number, day: number, minutes: number): number {
  let zoneDays = days.get(timeZone);
  if (!zoneDays) {
    zoneDays = new Map();
    days.set(timeZone, zoneDays);
  }
  const key = year * 512 + month * 32 + day;
  let d = zoneDays.get(key);
  if (!d) {
    const zone = zoneFor(timeZone);
    const midnight = zone.localToInstant(year, month, day, 0);
    const next = zone.localToInstant(year, month, day, 1440);
    d = { midnight, plain: next - midnight === 86_400_000 && zone.offsetAt(midnight) === zone.offsetAt(next - 1) };
    if (zoneDays.size > 100_000) zoneDays.clear();
    zoneDays.set(key, d);
  }
  return d.plain ? d.midnight + minutes * 60_000 : zoneFor(timeZone).localToInstant(year, month, day, minutes);
}
