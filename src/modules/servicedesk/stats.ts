import { zoneFor } from './sla/zone.ts';

/** Pure helpers of the monthly statistics: Oslo month boundaries, month keys and age buckets. */
const oslo = zoneFor('Europe/Oslo');

export interface Month {
  year: number;
  month: number; // 1–12
}

export function parseMonth(s: string): Month | null {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return { year: Number(m[1]), month };
}

export const monthKey = (m: Month) => `${m.year}-${String(m.month).padStart(2, '0')}`;

export function addMonths(m: Month, n: number): Month {
  const i = m.year * 12 + (m.month - 1) + n;
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

/** The instant a month starts in Norway (local midnight of the 1st). */
export function monthStart(m: Month): Date {
  return new Date(oslo.localToInstant(m.year, m.month, 1));
}

/** The month an instant falls in, in Norway. */
export function monthOf(t: Date): Month {
  const p = oslo.parts(t.getTime());
  return { year: p.year, month: p.month };
}

/** `count` months ending with `last`, oldest first. */
export function monthsEnding(last: Month, count: number): Month[] {
  return Array.from({ length: count }, (_, i) => addMonths(last, i - count + 1));
}

export const AGE_BUCKETS = ['0-7', '8-30', '31-90', '91-365', '365+'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export function ageBucket(ageDays: number): AgeBucket {
  if (ageDays <= 7) return '0-7';
  if (ageDays <= 30) return '8-30';
  if (ageDays <= 90) return '31-90';
  if (ageDays <= 365) return '91-365';
  return '365+';
}

/**
 * Open at the end of each month, from the tickets open now (by creation month) and the tickets
 * resolved since the first month end (by creation and resolution month): a ticket is open at a
 * month end when it was created before it and is either still open or was resolved after it.
 */
export function openAtMonthEnds(
  months: string[],
  openNow: { created: string; n: number }[],
  resolvedSince: { created: string; resolved: string; n: number }[],
): number[] {
  return months.map((m) => {
    let n = 0;
    for (const o of openNow) if (o.created <= m) n += o.n;
    for (const r of resolvedSince) if (r.created <= m && r.resolved > m) n += r.n;
    return n;
  });
}

/** Approximate business minutes of a target, for comparing means: a working day is 7.5 hours. */
export function targetMinutes(t: { unit: 'minutes' | 'working_days'; value: number }, workingDayMinutes = 450): number {
  return t.unit === 'minutes' ? t.value : t.value * workingDayMinutes;
}
