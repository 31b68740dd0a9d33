// Money is integer øre everywhere (a JS number: exact up to 2^53 øre ≈ 90 billion kroner; amounts
// beyond are refused). Parsing accepts what Norwegian spreadsheets and accounting exports write;
// formatting rounds only for display, and tables that show rounded parts use largest remainder
// (see economy/allocation.ts) so parts add up to the shown total.

/** The largest amount we accept, in øre (about 90 billion kroner). */
export const MAX_ORE = Number.MAX_SAFE_INTEGER;

export class MoneyError extends Error {
  override name = 'MoneyError';
}

/**
 * Parse an amount in kroner as written in Norwegian or English: "1 234,50", "1.234,50", "-7 103",
 * "kr 92,12", "1234.5", "(1 500)" (negative), with non-breaking or thin spaces as thousands
 * separators. Returns øre. At most two decimals; anything else is refused with a clear message.
 */
export function parseKroner(input: string): number {
  let s = input.trim().replace(/[\u00a0\u202f\u2009 ]/g, '');
  if (s === '') throw new MoneyError('The amount is empty.');
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  s = s.replace(/^(kr\.?|NOK)/i, '').replace(/(kr\.?|NOK|,-)$/i, '');
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  s = s.replace(/^(kr\.?|NOK)/i, '');
  let intPart: string;
  let frac = '';
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    // the later one is the decimal mark, the other groups thousands
    const dec = comma > dot ? ',' : '.';
    const grp = dec === ',' ? '.' : ',';
    const [i, f = ''] = s.split(dec);
    if (s.split(dec).length > 2) throw new MoneyError(`"${input}" is not an amount.`);
    intPart = i!.split(grp).join('');
    frac = f;
  } else if (comma >= 0 || dot >= 0) {
    const mark = comma >= 0 ? ',' : '.';
    const parts = s.split(mark);
    if (parts.length === 2 && parts[1]!.length !== 3) {
      intPart = parts[0]!;
      frac = parts[1]!;
    } else if (parts.length === 2 && mark === ',') {
      // "1,234" is ambiguous; in Norwegian the comma is the decimal mark
      intPart = parts[0]!;
      frac = parts[1]!;
    } else {
      // "1.234" or "1.234.567": dots grouping thousands
      if (!parts.slice(1).every((p) => p.length === 3)) throw new MoneyError(`"${input}" is not an amount.`);
      intPart = parts.join('');
    }
  } else intPart = s;
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(frac))
    throw new MoneyError(`"${input}" is not an amount (use digits, with a decimal comma).`);
  if (frac.length > 2) {
    if (/^0*$/.test(frac.slice(2))) frac = frac.slice(0, 2);
    else throw new MoneyError(`"${input}" has more than two decimals; amounts are in kroner and øre.`);
  }
  const ore = BigInt(intPart) * 100n + BigInt(`${frac}00`.slice(0, 2));
  if (ore > BigInt(MAX_ORE)) throw new MoneyError(`"${input}" is too large.`);
  const n = Number(ore);
  return negative && n !== 0 ? -n : n;
}

const nb = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const nb2 = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Display units: whole kroner, or thousands ("tall i hele 1000"). */
export type DisplayUnit = 1 | 1000;

/**
 * Format an amount already rounded to `unit` (an integer number of units) the Norwegian way:
 * "88 439". Use {@link formatOre} for an amount in øre with decimals.
 */
export function formatUnits(units: number): string {
  return nb.format(units);
}

/** "1 234,50" from øre. */
export function formatOre(ore: number): string {
  return nb2.format(ore / 100);
}
