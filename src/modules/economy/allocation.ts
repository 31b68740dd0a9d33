// Cost sharing between members: allocation keys, exact splits in øre, and rounding for display by
// largest remainder so that shown parts always add up to the shown total. Pure: no I/O.
//
// A key gives each member an exact share (a fraction; shares sum to exactly 1):
// - fixed: percentages decided by the council ("55,0 %"); they must add up to exactly 100 % unless
//   normalised on purpose (each divided by their sum);
// - formula: an equal part plus weighted driver parts, e.g. 30 % equal + 70 % by population, ⅓ + ⅔,
//   or the service-consumption mix (users, PCs, FTEs, locations…). A member's share is
//   equal/n + Σ weight_d · value_{m,d} / Σ_m value_{m,d}.
// Splitting an amount gives each member floor(amount · share) øre plus one øre to the members with the
// largest remainders (ties to the member listed first), so the parts are exact and sum to the amount.

import { add, cmp, div, gcd, mul, ONE, parseRational, type Rational, rat, sub, sum, toDecimal } from './rational.ts';

export class AllocationError extends Error {
  override name = 'AllocationError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface MemberShare {
  member: string;
  share: Rational;
}

// ---- keys -------------------------------------------------------------------------------------------

export interface FixedKeySpec {
  kind: 'fixed';
  /** member → percentage as written ("55,0", "12.4", "33 1/3") */
  percentages: Record<string, string>;
  /** scale the percentages to 100 % on purpose when they do not add up */
  normalize?: boolean;
}

export interface FormulaKeySpec {
  kind: 'formula';
  /** the part split equally between the members, as a percentage ("30") or fraction ("1/3") */
  equal: string;
  /** driver parts: weight as a percentage or fraction of the whole */
  drivers: { driver: string; weight: string }[];
  /** member → driver → value (population, users, PCs …), as entered for the key's year */
  values: Record<string, Record<string, number>>;
}

export type KeySpec = FixedKeySpec | FormulaKeySpec;

/** A weight: "30" is 30 % (0.3); "1/3" is a third (a fraction is a part of the whole, not of 100). */
export function parseWeight(text: string): Rational {
  const r = parseRational(text);
  return text.includes('/') ? r : div(r, rat(100));
}

function percentOf(text: string, member: string): Rational {
  let r: Rational;
  try {
    r = parseRational(text);
  } catch {
    throw new AllocationError('invalid_share', `The share of ${member} ("${text}") is not a number.`);
  }
  if (r.num < 0n) throw new AllocationError('invalid_share', `The share of ${member} is negative (${text} %).`);
  return r;
}

/** Each member's exact share under a key, in the order the key lists them. */
export function computeShares(spec: KeySpec): MemberShare[] {
  if (spec.kind === 'fixed') {
    const entries = Object.entries(spec.percentages);
    if (entries.length === 0) throw new AllocationError('no_members', 'The key names no members.');
    const pct = entries.map(([member, text]) => ({ member, p: percentOf(text, member) }));
    const total = sum(pct.map((x) => x.p));
    if (cmp(total, rat(100)) !== 0) {
      if (!spec.normalize)
        throw new AllocationError(
          'shares_not_100',
          `The shares add up to ${trimDecimal(toDecimal(total, 6))} %, not 100 %. Correct them, or normalise them on purpose (normalize, --normalize) to scale them to 100 %.`,
        );
      if (total.num === 0n) throw new AllocationError('shares_zero', 'The shares are all zero; nothing can be split.');
      return pct.map(({ member, p }) => ({ member, share: div(p, total) }));
    }
    return pct.map(({ member, p }) => ({ member, share: div(p, rat(100)) }));
  }
  const members = Object.keys(spec.values);
  if (members.length === 0) throw new AllocationError('no_members', 'The key names no members.');
  let equal: Rational;
  try {
    equal = parseWeight(spec.equal);
  } catch {
    throw new AllocationError('invalid_weight', `The equal part ("${spec.equal}") is not a number.`);
  }
  const parts = spec.drivers.map((d) => {
    try {
      return { driver: d.driver, weight: parseWeight(d.weight) };
    } catch {
      throw new AllocationError('invalid_weight', `The weight of ${d.driver} ("${d.weight}") is not a number.`);
    }
  });
  const weights = sum([equal, ...parts.map((p) => p.weight)]);
  if (cmp(weights, ONE) !== 0)
    throw new AllocationError(
      'weights_not_100',
      `The equal part and the driver weights add up to ${trimDecimal(toDecimal(mul(weights, rat(100)), 6))} %, not 100 %.`,
    );
  if ([equal, ...parts.map((p) => p.weight)].some((w) => w.num < 0n))
    throw new AllocationError('invalid_weight', 'A weight is negative.');
  const shares = new Map(members.map((m) => [m, div(equal, rat(members.length))]));
  for (const { driver, weight } of parts) {
    if (weight.num === 0n) continue;
    const values = members.map((m) => {
      const v = spec.values[m]?.[driver];
      if (v === undefined || v === null)
        throw new AllocationError('missing_driver', `${m} has no value for ${driver}; enter it for the year first.`);
      if (!Number.isFinite(v) || v < 0)
        throw new AllocationError('invalid_driver', `${m}'s value for ${driver} (${v}) must be zero or more.`);
      return parseRational(String(v));
    });
    const total = sum(values);
    if (total.num === 0n)
      throw new AllocationError('driver_zero', `${driver} is zero for every member, so its part cannot be split.`);
    members.forEach((m, i) => {
      shares.set(m, add(shares.get(m)!, mul(weight, div(values[i]!, total))));
    });
  }
  return members.map((member) => ({ member, share: shares.get(member)! }));
}

const trimDecimal = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);

// ---- exact splits -----------------------------------------------------------------------------------

/**
 * Split the integer `total` in proportion to non-negative `weights` (exact fractions), by largest
 * remainder: the parts are integers and sum exactly to `total`; ties go to the one listed first.
 * A negative total is split as its absolute value, negated.
 */
export function largestRemainder(total: number, weights: readonly Rational[]): number[] {
  if (!Number.isSafeInteger(total)) throw new AllocationError('invalid_amount', `${total} is not a whole amount.`);
  if (weights.length === 0) {
    if (total === 0) return [];
    throw new AllocationError('no_members', 'There is no one to split the amount between.');
  }
  if (weights.some((w) => w.num < 0n)) throw new AllocationError('invalid_share', 'A weight is negative.');
  const wsum = sum(weights);
  if (wsum.num === 0n) {
    if (total === 0) return weights.map(() => 0);
    throw new AllocationError('shares_zero', 'All shares are zero; the amount cannot be split.');
  }
  const sign = total < 0 ? -1n : 1n;
  const t = BigInt(Math.abs(total));
  // integer weights over a common denominator: part_i = t · w_i / W = q_i + r_i / W
  let lcm = 1n;
  for (const w of weights) lcm = (lcm / gcd(lcm, w.den)) * w.den;
  const ints = weights.map((w) => w.num * (lcm / w.den));
  const W = ints.reduce((a, b) => a + b, 0n);
  const floors = ints.map((w) => (t * w) / W);
  const rems = ints.map((w, i) => t * w - floors[i]! * W);
  let left = t - floors.reduce((a, b) => a + b, 0n);
  const order = rems.map((r, i) => ({ r, i })).sort((a, b) => (a.r > b.r ? -1 : a.r < b.r ? 1 : a.i - b.i));
  for (const { i } of order) {
    if (left === 0n) break;
    floors[i]! += 1n;
    left -= 1n;
  }
  return floors.map((f) => Number(sign * f));
}

/** Split an amount in øre between members by their shares: exact, summing to the amount. */
export function allocate(totalOre: number, shares: readonly MemberShare[]): { member: string; ore: number }[] {
  const parts = largestRemainder(
    totalOre,
    shares.map((s) => s.share),
  );
  return shares.map((s, i) => ({ member: s.member, ore: parts[i]! }));
}

// ---- display ----------------------------------------------------------------------------------------

/** Round half away from zero to an integer number of `unitOre` (100 for kroner, 100 000 for thousands). */
export function roundToUnit(ore: number, unitOre: number): number {
  const q = Math.trunc(ore / unitOre);
  const r = ore - q * unitOre;
  if (Math.abs(r) * 2 >= unitOre) return q + Math.sign(ore);
  return q;
}

/**
 * Parts (exact øre, summing to `totalOre`) shown in units of `unitOre`: each is its value rounded down
 * or up so that the shown parts add up to the shown (rounded) total — the ones with the largest
 * remainders go up, ties to the one listed first.
 */
export function displayParts(partsOre: readonly number[], totalOre: number, unitOre: number): number[] {
  const s = partsOre.reduce((a, b) => a + b, 0);
  if (s !== totalOre)
    throw new AllocationError('parts_not_total', `The parts add up to ${s} øre, not to the total of ${totalOre} øre.`);
  const shown = roundToUnit(totalOre, unitOre);
  const out = partsOre.map((p) => Math.floor(p / unitOre));
  // Σ floors is within n units below the exact total, and the shown total within half a unit of it
  let left = shown - out.reduce((a, b) => a + b, 0);
  const order = partsOre.map((p, i) => ({ r: p - out[i]! * unitOre, i })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i]! += 1;
    left--;
  }
  return out;
}

/** Shares as percentages with `decimals` places that add up to exactly 100 (largest remainder). */
export function displayPercentages(shares: readonly Rational[], decimals = 3): string[] {
  const scale = 100 * 10 ** decimals;
  const parts = largestRemainder(scale, shares);
  return parts.map((p) => {
    const s = p.toString().padStart(decimals + 1, '0');
    return decimals ? `${s.slice(0, s.length - decimals)}.${s.slice(-decimals)}` : s;
  });
}

/** A table's parts against its stated total: where a hand-made table does not add up. */
export function checkTable(
  parts: readonly number[],
  total: number,
): { sum: number; total: number; difference: number } {
  const s = parts.reduce((a, b) => a + b, 0);
  return { sum: s, total, difference: s - total };
}

// ---- budget arithmetic ------------------------------------------------------------------------------

/**
 * Top-down budget: the host's frame is its share of the whole, so the whole is frame / share,
 * rounded (half away from zero) to `roundToOre` (100 000 for whole thousands).
 * Molde 42 539 thousand at 48.10 % → 88 439 thousand.
 */
export function topDownTotal(hostFrameOre: number, hostShare: Rational, roundToOre = 100): number {
  if (hostShare.num <= 0n || cmp(hostShare, ONE) > 0)
    throw new AllocationError('invalid_share', "The host's share must be above 0 and at most 100 %.");
  const whole = div(rat(hostFrameOre), hostShare);
  const units = div(whole, rat(roundToOre));
  const q = units.num / units.den;
  const rem = sub(units, rat(q));
  const up = cmp(mul(rem, rat(2)), ONE) >= 0;
  return Number((q + (up ? 1n : 0n)) * BigInt(roundToOre));
}

/**
 * VAT compensation (momskompensasjon) on a VAT-inclusive amount: 25 % VAT on the net is 20 % of the
 * gross. Returns the compensation and the net the members fund; they add up to the gross exactly.
 */
export function vatCompensation(grossOre: number): { compensationOre: number; netOre: number } {
  const compensationOre = roundToUnit(grossOre, 5);
  return { compensationOre, netOre: grossOre - compensationOre };
}

/**
 * A carried-over underspend deducted from each member's payment in proportion to what each pays
 * (its contribution): exact øre, summing to the carry-over.
 */
export function carryOverDeductions(carryOre: number, contributionsOre: readonly number[]): number[] {
  if (carryOre < 0) throw new AllocationError('invalid_amount', 'A carried-over underspend cannot be negative.');
  if (contributionsOre.some((c) => c < 0))
    throw new AllocationError('invalid_amount', 'Contributions to split a carry-over by must not be negative.');
  return largestRemainder(
    carryOre,
    contributionsOre.map((c) => rat(c)),
  );
}

/**
 * Yearly cost of a chargeable service: unit price × quantity × 12 for a monthly price, or × quantity
 * for a price per unit. Office 365 E1 at kr 92,12 a month for 100 accounts = kr 110 544 a year.
 */
export function serviceYearOre(priceOre: number, quantity: number, per: 'month' | 'unit'): number {
  if (!Number.isSafeInteger(quantity) || quantity < 0)
    throw new AllocationError('invalid_quantity', `The quantity (${quantity}) must be a whole number, zero or more.`);
  const v = priceOre * quantity * (per === 'month' ? 12 : 1);
  if (!Number.isSafeInteger(v)) throw new AllocationError('invalid_amount', 'The amount is out of range.');
  return v;
}
