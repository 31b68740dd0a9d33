/** Dates and numbers the Norwegian way (nb-NO), or British English for the English UI. */

const intlLocale = (lng: string) => (lng === 'en' ? 'en-GB' : 'nb-NO');
const ZONE = 'Europe/Oslo';

/** 'YYYY-MM-DD' → '14.11.2024' (nb) / '14/11/2024' (en). */
export function formatDay(day: string | null | undefined, lng: string): string {
  if (!day) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(intlLocale(lng), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** An ISO instant → '21.11.2026 08:12' in Norwegian time. */
export function formatDateTime(iso: string | null | undefined, lng: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat(intlLocale(lng), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: ZONE,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const sep = lng === 'en' ? '/' : '.';
  return `${part('day')}${sep}${part('month')}${sep}${part('year')} ${part('hour')}:${part('minute')}`;
}

export function formatNumber(n: number, lng: string): string {
  return new Intl.NumberFormat(intlLocale(lng)).format(n);
}

/** Bytes → '12 kB', '3,4 MB'. */
export function formatBytes(n: number, lng: string): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024)
    return `${new Intl.NumberFormat(intlLocale(lng), { maximumFractionDigits: 0 }).format(n / 1024)} kB`;
  return `${new Intl.NumberFormat(intlLocale(lng), { maximumFractionDigits: 1 }).format(n / 1024 / 1024)} MB`;
}

/** Today's calendar day in Norway as 'YYYY-MM-DD'. */
export function todayInOslo(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  );
}

/** A local calendar day 'YYYY-MM-DD' → the ISO instant its Norwegian midnight starts at (`addDays` later). */
export function dayStartIso(day: string, addDays = 0): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const utcMidnight = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + addDays);
  // Oslo is UTC+1 or UTC+2: find the offset at that day and shift.
  const offsetMinutes = osloOffsetMinutes(new Date(utcMidnight));
  return new Date(utcMidnight - offsetMinutes * 60_000).toISOString();
}

/** An instant's date and time in Norway, a field at a time: 'year' → '2025', 'month' → '03', 'hour' → '00'–'23'. */
function osloParts(at: Date): (type: Intl.DateTimeFormatPartTypes) => string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at);
  return (type) => parts.find((p) => p.type === type)?.value ?? '';
}

function osloOffsetMinutes(at: Date): number {
  const part = osloParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(part(type));
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - at.getTime()) / 60_000);
}

/** 'YYYY-MM-DD' of an ISO-8601 calendar day, or false. */
export function isDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** An amount in øre → 'kr 12 500' / 'kr 950,50' (nb) or 'NOK 12,500' (en); øre only when there are any. */
export function formatKroner(ore: number, lng: string): string {
  const whole = ore % 100 === 0;
  return new Intl.NumberFormat(intlLocale(lng), {
    style: 'currency',
    currency: 'NOK',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(ore / 100);
}

/** 'YYYY-MM' → 'november 2026' (nb) / 'November 2026' (en). */
export function formatMonth(month: string, lng: string, style: 'long' | 'short' = 'long'): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 15));
  return new Intl.DateTimeFormat(intlLocale(lng), { month: style, year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The current month in Norway as 'YYYY-MM'. */
export function monthInOslo(now = new Date()): string {
  return todayInOslo(now).slice(0, 7);
}

/** 'YYYY-MM' moved by `delta` months. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return d.toISOString().slice(0, 7);
}

/** A local date and time in Norway ('YYYY-MM-DDTHH:mm', as a datetime-local field gives it) → an ISO instant. */
export function osloLocalToIso(local: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return undefined;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // The offset at the instant itself, checked once more across a daylight-saving change.
  let instant = asUtc - osloOffsetMinutes(new Date(asUtc)) * 60_000;
  instant = asUtc - osloOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant).toISOString();
}

/** An ISO instant → 'YYYY-MM-DDTHH:mm' in Norwegian time, as a datetime-local field takes it. */
export function isoToOsloLocal(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const get = osloParts(date);
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** A number of minutes as hours and minutes: '45 min', '3 t 20 min' (nb) / '3 h 20 min' (en). */
export function formatMinutes(minutes: number, lng: string): string {
  const total = Math.round(minutes);
  const h = Math.floor(total / 60);
  const min = total % 60;
  const hourUnit = lng === 'en' ? 'h' : 't';
  if (h === 0) return `${min} min`;
  const hours = `${formatNumber(h, lng)} ${hourUnit}`;
  return min === 0 ? hours : `${hours} ${min} min`;
}
