// The rules of PC rotation and replacement forecasting, as pure functions over counts. The database
// groups the fleet (see devices.repository.ts); these functions turn the groups into the council's
// rotation table (seed 002 §2.1.1) and the budget forecast. Dates are civil dates 'YYYY-MM-DD';
// months are 'YYYY-MM'; instants are epoch milliseconds; the business zone is Europe/Oslo.

import { osloDate } from '../../shared/dates.ts';
import { daysInMonth, zoneFor } from '../servicedesk/sla/zone.ts';
import type { DeviceStatus } from './tables.ts';

const OSLO = zoneFor('Europe/Oslo');
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 'YYYY-MM' → year and month, or null when it is not a month between 1970 and 2199. */
export function parseMonth(month: string): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12 || y < 1970 || y > 2199) return null;
  return { year: y, month: mo };
}

export const formatMonth = (year: number, month: number) => `${pad(year, 4)}-${pad(month)}`;

/** The month `n` months after `month` (n may be negative). */
export function shiftMonth(month: string, n: number): string {
  const p = parseMonth(month);
  if (!p) throw new RangeError(`${month} is not a month`);
  const index = p.year * 12 + (p.month - 1) + n;
  return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

/**
 * `date` plus `months` calendar months; a day that does not exist in the target month becomes its
 * last day (2020-02-29 + 12 months = 2021-02-28; 2023-08-31 + 6 = 2024-02-29). This is PostgreSQL's
 * `date + interval 'n months'`, so the stored expiry and the one SQL recomputes agree.
 */
export function addMonths(date: string, months: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`${date} is not a date`);
  const index = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(Number(m[3]), daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** When a device bought (or under warranty from) `purchasedOn` is due for replacement; null when unknown. */
export function expiryDate(purchasedOn: string | null, lifetimeMonths: number): string | null {
  return purchasedOn === null ? null : addMonths(purchasedOn, lifetimeMonths);
}

/** The window a monthly rotation table is about: its year, and the instant its month began in Oslo. */
export interface RotationWindow {
  month: string;
  year: number;
  /** first and last day of the table's year */
  yearStart: string;
  yearEnd: string;
  /** first and last day of the month */
  monthStart: string;
  monthEnd: string;
  /** the instant the month began in Oslo: devices seen from then on count */
  seenSince: number;
  /** the instant the month ended in Oslo */
  monthEndsAt: number;
}

export function rotationWindow(month: string): RotationWindow {
  const p = parseMonth(month);
  if (!p) throw new RangeError(`${month} is not a month (YYYY-MM)`);
  const next = parseMonth(shiftMonth(month, 1))!;
  return {
    month,
    year: p.year,
    yearStart: `${pad(p.year, 4)}-01-01`,
    yearEnd: `${pad(p.year, 4)}-12-31`,
    monthStart: `${month}-01`,
    monthEnd: `${month}-${pad(daysInMonth(p.year, p.month))}`,
    seenSince: OSLO.localToInstant(p.year, p.month, 1),
    monthEndsAt: OSLO.localToInstant(next.year, next.month, 1),
  };
}

/** Where an expiry date falls relative to the table's year. */
export type ExpiryBucket = 'expired' | 'expiring' | 'later' | 'unknown';

export function expiryBucket(expiresOn: string | null, w: Pick<RotationWindow, 'yearStart' | 'yearEnd'>): ExpiryBucket {
  if (expiresOn === null) return 'unknown';
  if (expiresOn < w.yearStart) return 'expired';
  if (expiresOn <= w.yearEnd) return 'expiring';
  return 'later';
}

/** Statuses of a device someone has: it counts towards replacement. */
export const IN_SERVICE: readonly DeviceStatus[] = ['in_use', 'in_repair'];

/**
 * Whether a device counts as seen for the table: signed in (checked in) since the month began. We
 * keep each device's latest sign-in only, so for a past month a device seen later counts too.
 */
export const seenFor = (lastSeenAt: number | null, w: Pick<RotationWindow, 'seenSince'>) =>
  lastSeenAt !== null && lastSeenAt >= w.seenSince;

/** One group of devices from the database: how many devices share these facts. */
export interface FleetGroup {
  memberId: string;
  categoryId: string;
  status: DeviceStatus;
  bucket: ExpiryBucket;
  seen: boolean;
  count: number;
}

/** What is on order and not yet received, per member and category. */
export interface OrderedCount {
  memberId: string;
  categoryId: string;
  count: number;
}

export interface RotationCells {
  /** in service, seen in the month, expired before the table's year */
  expired: number;
  /** in service, seen in the month, expiring in the table's year */
  expiring: number;
  inStock: number;
  /** on order, not delivered */
  ordered: number;
  /** what must still be ordered: expired + expiring − in stock − ordered, at least 0 */
  toOrder: number;
  /** in service, expired or expiring, but not seen in the month: left out of the counts above */
  stale: number;
  /** in service and seen, but without a purchase date: no expiry can be given */
  unknownExpiry: number;
}

export interface RotationRow extends RotationCells {
  memberId: string;
  categoryId: string;
}

export interface RotationTable {
  rows: RotationRow[];
  /** Σ toOrder per member (the seed's "sum" column) */
  memberSums: { memberId: string; toOrder: number }[];
  totals: RotationCells;
}

const emptyCells = (): RotationCells => ({
  expired: 0,
  expiring: 0,
  inStock: 0,
  ordered: 0,
  toOrder: 0,
  stale: 0,
  unknownExpiry: 0,
});

/** What a device contributes to the cells of its row (at most one cell, or none). */
export function cellOf(g: Pick<FleetGroup, 'status' | 'bucket' | 'seen'>): keyof RotationCells | null {
  if (g.status === 'in_stock') return 'inStock';
  if (!IN_SERVICE.includes(g.status)) return null;
  if (g.bucket === 'later') return null;
  if (!g.seen) return g.bucket === 'unknown' ? null : 'stale';
  return g.bucket === 'unknown' ? 'unknownExpiry' : g.bucket;
}

export const toOrder = (c: Pick<RotationCells, 'expired' | 'expiring' | 'inStock' | 'ordered'>) =>
  Math.max(0, c.expired + c.expiring - c.inStock - c.ordered);

/**
 * The rotation table: one row per member and category in the order given (members × categories),
 * keeping only rows with anything in them; each member's sum of what must be ordered; and totals.
 */
export function rotationTable(
  groups: FleetGroup[],
  ordered: OrderedCount[],
  memberIds: string[],
  categoryIds: string[],
): RotationTable {
  const key = (m: string, c: string) => `${m}\u0000${c}`;
  const cells = new Map<string, RotationCells>();
  const at = (m: string, c: string) => {
    const k = key(m, c);
    const row = cells.get(k) ?? emptyCells();
    cells.set(k, row);
    return row;
  };
  for (const g of groups) {
    const cell = cellOf(g);
    if (cell) at(g.memberId, g.categoryId)[cell] += g.count;
  }
  for (const o of ordered) at(o.memberId, o.categoryId).ordered += o.count;

  const rows: RotationRow[] = [];
  const memberSums: RotationTable['memberSums'] = [];
  const totals = emptyCells();
  for (const memberId of memberIds) {
    let sum = 0;
    let any = false;
    for (const categoryId of categoryIds) {
      const c = cells.get(key(memberId, categoryId));
      if (!c) continue;
      c.toOrder = toOrder(c);
      rows.push({ memberId, categoryId, ...c });
      for (const k of Object.keys(totals) as (keyof RotationCells)[]) totals[k] += c[k];
      sum += c.toOrder;
      any = true;
    }
    if (any) memberSums.push({ memberId, toOrder: sum });
  }
  return { rows, memberSums, totals };
}

// ---------------------------------------------------------------------------------------------
// Forecast

/** Devices in service that expire in a month ('YYYY-MM'), or have no expiry (month null). */
export interface ExpiryGroup {
  memberId: string;
  categoryId: string;
  month: string | null;
  count: number;
}

export interface ForecastOptions {
  /** the first month of the forecast */
  start: string;
  /** 12–36 */
  months: number;
  granularity: 'month' | 'quarter';
  /** the price of one new device per category, in øre */
  unitPriceOre: (categoryId: string) => number;
}

export interface ForecastPeriod {
  /** 'YYYY-MM' or 'YYYY-Qn' */
  label: string;
  from: string;
  to: string;
}

export interface ForecastCells {
  expiring: number;
  /** bought in this period: what expires (and was overdue) beyond stock and orders */
  toBuy: number;
  costOre: number;
}

export interface ForecastRow {
  memberId: string;
  categoryId: string;
  unitPriceOre: number;
  /** expired before the forecast starts, still in service */
  overdue: number;
  inStock: number;
  ordered: number;
  /** what overdue devices need beyond stock and orders: bought at once (counted in the first period) */
  overdueToBuy: number;
  periods: ForecastCells[];
  totalToBuy: number;
  totalCostOre: number;
}

export interface Forecast {
  periods: ForecastPeriod[];
  rows: ForecastRow[];
  /** per period, over all rows */
  totals: ForecastCells[];
  overdue: number;
  inStock: number;
  ordered: number;
  totalToBuy: number;
  totalCostOre: number;
}

/** The periods of a forecast: months, or calendar quarters (a partial first/last quarter is kept partial). */
export function forecastPeriods(start: string, months: number, granularity: 'month' | 'quarter'): ForecastPeriod[] {
  const periods: ForecastPeriod[] = [];
  for (let i = 0; i < months; i++) {
    const m = shiftMonth(start, i);
    const p = parseMonth(m)!;
    if (granularity === 'month') {
      periods.push({ label: m, from: m, to: m });
      continue;
    }
    const label = `${p.year}-Q${Math.ceil(p.month / 3)}`;
    const last = periods.at(-1);
    if (last?.label === label) last.to = m;
    else periods.push({ label, from: m, to: m });
  }
  return periods;
}

/**
 * The replacement forecast. Stock and open orders cover the overdue devices first, then each
 * period's expiries in order; what they do not cover is bought in the period it expires (overdue
 * devices in the first). Cost = devices to buy × the category's unit price, in øre: exact, so the
 * periods add up to the total.
 */
export function forecast(
  expiries: ExpiryGroup[],
  stock: OrderedCount[],
  ordered: OrderedCount[],
  memberIds: string[],
  categoryIds: string[],
  opts: ForecastOptions,
): Forecast {
  if (!parseMonth(opts.start)) throw new RangeError(`${opts.start} is not a month`);
  if (!Number.isInteger(opts.months) || opts.months < 1 || opts.months > 120)
    throw new RangeError('months must be 1–120');
  const periods = forecastPeriods(opts.start, opts.months, opts.granularity);
  const end = shiftMonth(opts.start, opts.months - 1);
  const periodOf = (month: string) => periods.findIndex((p) => month >= p.from && month <= p.to);

  interface Acc {
    overdue: number;
    inStock: number;
    ordered: number;
    expiring: number[];
  }
  const key = (m: string, c: string) => `${m}\u0000${c}`;
  const acc = new Map<string, Acc>();
  const at = (m: string, c: string) => {
    const k = key(m, c);
    const a = acc.get(k) ?? { overdue: 0, inStock: 0, ordered: 0, expiring: periods.map(() => 0) };
    acc.set(k, a);
    return a;
  };
  for (const e of expiries) {
    if (e.month === null || e.month > end) continue;
    const a = at(e.memberId, e.categoryId);
    if (e.month < opts.start) a.overdue += e.count;
    else a.expiring[periodOf(e.month)]! += e.count;
  }
  for (const s of stock) at(s.memberId, s.categoryId).inStock += s.count;
  for (const o of ordered) at(o.memberId, o.categoryId).ordered += o.count;

  const totals: ForecastCells[] = periods.map(() => ({ expiring: 0, toBuy: 0, costOre: 0 }));
  const rows: ForecastRow[] = [];
  for (const memberId of memberIds) {
    for (const categoryId of categoryIds) {
      const a = acc.get(key(memberId, categoryId));
      if (!a) continue;
      const price = opts.unitPriceOre(categoryId);
      let available = a.inStock + a.ordered;
      const overdueCovered = Math.min(available, a.overdue);
      available -= overdueCovered;
      const overdueToBuy = a.overdue - overdueCovered;
      const cells = a.expiring.map((expiring, i): ForecastCells => {
        const covered = Math.min(available, expiring);
        available -= covered;
        const toBuy = expiring - covered + (i === 0 ? overdueToBuy : 0);
        return { expiring, toBuy, costOre: toBuy * price };
      });
      cells.forEach((c, i) => {
        totals[i]!.expiring += c.expiring;
        totals[i]!.toBuy += c.toBuy;
        totals[i]!.costOre += c.costOre;
      });
      const totalToBuy = cells.reduce((s, c) => s + c.toBuy, 0);
      rows.push({
        memberId,
        categoryId,
        unitPriceOre: price,
        overdue: a.overdue,
        inStock: a.inStock,
        ordered: a.ordered,
        overdueToBuy,
        periods: cells,
        totalToBuy,
        totalCostOre: totalToBuy * price,
      });
    }
  }
  return {
    periods,
    rows,
    totals,
    overdue: rows.reduce((s, r) => s + r.overdue, 0),
    inStock: rows.reduce((s, r) => s + r.inStock, 0),
    ordered: rows.reduce((s, r) => s + r.ordered, 0),
    totalToBuy: rows.reduce((s, r) => s + r.totalToBuy, 0),
    totalCostOre: rows.reduce((s, r) => s + r.totalCostOre, 0),
  };
}

/** The month an instant falls in, in Oslo. */
export const osloMonth = (instant: number) => osloDate(new Date(instant)).slice(0, 7);
