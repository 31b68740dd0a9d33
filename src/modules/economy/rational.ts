// Exact fractions over BigInt, for shares: a share computed from drivers (30 % equal + 70 % by
// population) is a fraction like 27 119/140 000, and splitting money by it must not pick up
// floating-point error. Always normalised: den > 0, gcd(num, den) = 1.

export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const abs = (a: bigint) => (a < 0n ? -a : a);
export function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

export function rat(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d) || 1n;
  return { num: n / g, den: d / g };
}

export const ZERO = rat(0);
export const ONE = rat(1);
export const add = (a: Rational, b: Rational) => rat(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational) => rat(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational) => rat(a.num * b.num, a.den * b.den);
export const div = (a: Rational, b: Rational) => rat(a.num * b.den, a.den * b.num);
export const cmp = (a: Rational, b: Rational) => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};
export const sum = (xs: Iterable<Rational>) => {
  let s = ZERO;
  for (const x of xs) s = add(s, x);
  return s;
};

/**
 * A decimal or fraction as written by people: "55", "55.0", "48,10", "12.345", "1/3", "2/3",
 * "33 1/3". Throws RangeError with the text for anything else.
 */
export function parseRational(text: string): Rational {
  const s = text.trim().replace(/\s+/g, ' ').replace(',', '.');
  let m = /^(-?)(\d+) (\d+)\/(\d+)$/.exec(s);
  if (m) {
    const r = add(rat(BigInt(m[2]!)), rat(BigInt(m[3]!), BigInt(m[4]!)));
    return m[1] ? rat(-r.num, r.den) : r;
  }
  m = /^(-?\d+)\/(\d+)$/.exec(s);
  if (m) {
    if (BigInt(m[2]!) === 0n) throw new RangeError(`"${text}" divides by zero.`);
    return rat(BigInt(m[1]!), BigInt(m[2]!));
  }
  m = /^(-?)(\d*)(?:\.(\d+))?$/.exec(s);
  if (m && (m[2] || m[3])) {
    const frac = m[3] ?? '';
    const r = rat(BigInt((m[2] || '0') + frac), 10n ** BigInt(frac.length));
    return m[1] ? rat(-r.num, r.den) : r;
  }
  throw new RangeError(`"${text}" is not a number (write 30, 48,10 or 1/3).`);
}

/** The fraction as a decimal string with `decimals` places, rounded half away from zero. */
export function toDecimal(r: Rational, decimals: number): string {
  const scale = 10n ** BigInt(decimals);
  const neg = r.num < 0n;
  const n = abs(r.num) * scale;
  let q = n / r.den;
  if ((n % r.den) * 2n >= r.den) q += 1n;
  const digits = q.toString().padStart(decimals + 1, '0');
  const int = digits.slice(0, digits.length - decimals);
  const frac = decimals ? `.${digits.slice(-decimals)}` : '';
  return `${neg && q !== 0n ? '-' : ''}${int}${frac}`;
}

/** "num/den" — the exact form stored with a key, so any past split can be reproduced. */
export const toExact = (r: Rational) => (r.den === 1n ? r.num.toString() : `${r.num}/${r.den}`);
