// The council's tables: the monthly rotation table and the replacement forecast, computed from the
// records every time (counts are never stored, so they cannot drift from the devices behind them).

import type { Actor } from '../../app/auth/roles.ts';
import { AppError } from '../../app/errors.ts';
import type { Db } from '../../db/database.ts';
import { canListDevices, tableScope } from './access.ts';
import * as repo from './devices.repository.ts';
import { fleetLookups } from './fleet.service.ts';
import { forecast, osloMonth, parseMonth, rotationTable, rotationWindow, shiftMonth } from './rotation.ts';
import type { DeviceKind } from './tables.ts';

const checkMonth = (month: string, field: string) => {
  if (!parseMonth(month))
    throw new AppError('validation_failed', `${field}: ${month} is not a month (YYYY-MM).`, [
      { path: field, message: 'Not a month (YYYY-MM).', code: 'invalid_month' },
    ]);
};

/** The rotation table of a month: per member and category, as in the council's activity report. */
export async function rotation(db: Db, actor: Actor, q: { month?: string; kind?: DeviceKind }, now: Date) {
  const scope = tableScope(actor);
  const month = q.month ?? osloMonth(now.getTime());
  checkMonth(month, 'month');
  const kind = q.kind ?? 'pc';
  const w = rotationWindow(month);
  const coop = actor.cooperationId;
  const [l, groups, ordered] = await Promise.all([
    fleetLookups(db, coop),
    repo.rotationGroups(db, coop, kind, w, scope),
    repo.orderedCounts(db, coop, kind, scope),
  ]);
  const table = rotationTable(
    groups,
    ordered,
    l.members.map((m) => m.id),
    l.categories.map((c) => c.id),
  );
  return {
    month,
    kind,
    year: w.year,
    seenSince: new Date(w.seenSince).toISOString(),
    canList: canListDevices(actor),
    rows: table.rows.map((r) => ({
      ...r,
      memberName: l.memberName.get(r.memberId) ?? '',
      categoryName: l.categoryName.get(r.categoryId) ?? '',
    })),
    memberSums: table.memberSums.map((s) => ({ ...s, memberName: l.memberName.get(s.memberId) ?? '' })),
    totals: table.totals,
  };
}

export interface ForecastQuery {
  start?: string;
  months?: number;
  granularity?: 'month' | 'quarter';
  kind?: DeviceKind;
  /** one unit price (øre) for every category instead of the categories' own */
  unitPriceOre?: number;
}

/** What expires in the coming months, what stock and orders cover, and what the rest costs. */
export async function replacementForecast(db: Db, actor: Actor, q: ForecastQuery, now: Date) {
  const scope = tableScope(actor);
  const start = q.start ?? shiftMonth(osloMonth(now.getTime()), 1);
  checkMonth(start, 'start');
  const months = q.months ?? 24;
  if (!Number.isInteger(months) || months < 12 || months > 36)
    throw new AppError('validation_failed', 'months: a forecast covers 12 to 36 months.', [
      { path: 'months', message: 'Between 12 and 36.', code: 'too_small' },
    ]);
  const kind = q.kind ?? 'pc';
  const coop = actor.cooperationId;
  const [l, expiries, stock, ordered] = await Promise.all([
    fleetLookups(db, coop),
    repo.expiryGroups(db, coop, kind, scope),
    repo.stockCounts(db, coop, kind, scope),
    repo.orderedCounts(db, coop, kind, scope),
  ]);
  const f = forecast(
    expiries,
    stock,
    ordered,
    l.members.map((m) => m.id),
    l.categories.map((c) => c.id),
    {
      start,
      months,
      granularity: q.granularity ?? 'quarter',
      unitPriceOre: (categoryId) => q.unitPriceOre ?? l.policy(categoryId, kind)?.unit_price_ore ?? 0,
    },
  );
  return {
    start,
    months,
    kind,
    granularity: q.granularity ?? 'quarter',
    canList: canListDevices(actor),
    ...f,
    rows: f.rows.map((r) => ({
      ...r,
      memberName: l.memberName.get(r.memberId) ?? '',
      categoryName: l.categoryName.get(r.categoryId) ?? '',
    })),
  };
}
