// Norwegian formats for reports: 1 234 567 (no-break space between groups), decimal comma, a plain
// hyphen-minus for negatives (the same character in HTML and in the PDF's standard fonts), and dates
// as dd.mm.yyyy as in the cooperation's reports.

const whole = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0, useGrouping: true });
const decimals = (n: number) =>
  new Intl.NumberFormat('nb-NO', { minimumFractionDigits: n, maximumFractionDigits: n, useGrouping: true });
const oneDecimal = decimals(1);
const twoDecimals = decimals(2);

const clean = (s: string) => s.replace(/[\u202f\u00a0]/g, '\u00a0').replace(/\u2212/g, '-');

/** 1234567 → "1 234 567"; -2183 → "-2 183" */
export const nbInt = (n: number): string => clean(whole.format(n));

/** 4.5 → "4,5" (one decimal); 1.22 → "1,22" with digits = 2 */
export const nbDecimal = (n: number, digits: 1 | 2 = 1): string =>
  clean((digits === 1 ? oneDecimal : twoDecimals).format(n));

/** 0.95 of a whole → "95,0 %" */
export const nbPercent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${nbDecimal((100 * part) / whole)}\u00a0%`;

/** '2024-11-05' → '05.11.2024' */
export function nbDate(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`"${day}" is not a calendar day (YYYY-MM-DD).`);
  return `${m[3]}.${m[2]}.${m[1]}`;
}

export const MONTH_NAMES = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
] as const;

/** '2024-10' → 'oktober' (with year: 'oktober 2024') */
export function monthName(month: string, withYear = false): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const name = MONTH_NAMES[m - 1] ?? month;
  return withYear ? `${name} ${y}` : name;
}

/** The day after a month: '2024-10' → '1.11.2024', the "pr." date of the report on October. */
export function dayAfterMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `1.1.${y + 1}` : `1.${m + 1}.${y}`;
}

/** The last day of a month as dd.mm.yyyy: '2024-10' → '31.10.2024' */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
}
