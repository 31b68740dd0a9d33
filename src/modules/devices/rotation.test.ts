import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addMonths,
  cellOf,
  expiryBucket,
  expiryDate,
  type FleetGroup,
  forecast,
  forecastPeriods,
  rotationTable,
  rotationWindow,
  seenFor,
  shiftMonth,
} from './rotation.ts';

describe('addMonths / expiryDate', () => {
  it('keeps the day, or takes the last day of a shorter month', () => {
    assert.equal(addMonths('2020-01-15', 48), '2024-01-15');
    assert.equal(addMonths('2020-02-29', 48), '2024-02-29'); // leap day to leap day
    assert.equal(addMonths('2020-02-29', 36), '2023-02-28'); // leap day to a common year
    assert.equal(addMonths('2023-08-31', 6), '2024-02-29'); // into a leap February
    assert.equal(addMonths('2022-08-31', 6), '2023-02-28');
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2024-12-31', 1), '2025-01-31'); // over the year boundary
    assert.equal(addMonths('2025-01-31', -2), '2024-11-30'); // backwards over it
  });
  it('a device without a purchase date has no expiry', () => {
    assert.equal(expiryDate(null, 48), null);
    assert.equal(expiryDate('2021-10-31', 48), '2025-10-31');
  });
  it('is the same as adding the months one at a time from the month start, then clamping', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: -240, max: 240 }),
        (y, m, d, n) => {
          const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
          const day = Math.min(d, days);
          const date = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const out = addMonths(date, n);
          const target = new Date(Date.UTC(y, m - 1 + n, 1));
          const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
          const expected = `${target.getUTCFullYear()}-${String(target.getUTCMonth() + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
          assert.equal(out, expected);
        },
      ),
    );
  });
});

describe('rotationWindow', () => {
  it('begins at midnight in Oslo, in winter and summer time', () => {
    const oct = rotationWindow('2024-10');
    assert.equal(new Date(oct.seenSince).toISOString(), '2024-09-30T22:00:00.000Z'); // CEST
    assert.equal(new Date(oct.monthEndsAt).toISOString(), '2024-10-31T23:00:00.000Z'); // CET
    assert.equal(oct.monthEnd, '2024-10-31');
    assert.equal(oct.yearStart, '2024-01-01');
    assert.equal(rotationWindow('2024-02').monthEnd, '2024-02-29');
    assert.equal(rotationWindow('2023-02').monthEnd, '2023-02-28');
    assert.equal(rotationWindow('2024-12').yearEnd, '2024-12-31');
  });
  it('counts a device seen at 00:30 on the 1st in Oslo but not at 23:30 the day before', () => {
    const w = rotationWindow('2024-11');
    assert.equal(seenFor(Date.parse('2024-10-31T23:30:00Z'), w), true); // 00:30 on 1 November in Oslo
    assert.equal(seenFor(Date.parse('2024-10-31T22:30:00Z'), w), false); // 23:30 on 31 October
    assert.equal(seenFor(null, w), false);
  });
  it('shifts months over year boundaries', () => {
    assert.equal(shiftMonth('2024-12', 1), '2025-01');
    assert.equal(shiftMonth('2025-01', -1), '2024-12');
    assert.equal(shiftMonth('2024-11', 26), '2027-01');
  });
});

describe('the rotation table', () => {
  const w = rotationWindow('2024-10');
  it('buckets expiries by the table year: 31 Dec is expired next year, 1 Jan expiring', () => {
    assert.equal(expiryBucket('2023-12-31', w), 'expired');
    assert.equal(expiryBucket('2024-01-01', w), 'expiring');
    assert.equal(expiryBucket('2024-12-31', w), 'expiring');
    assert.equal(expiryBucket('2025-01-01', w), 'later');
    assert.equal(expiryBucket(null, w), 'unknown');
  });
  it('puts each device in one cell at most', () => {
    assert.equal(cellOf({ status: 'in_stock', bucket: 'expired', seen: false }), 'inStock');
    assert.equal(cellOf({ status: 'in_use', bucket: 'expired', seen: true }), 'expired');
    assert.equal(cellOf({ status: 'in_repair', bucket: 'expiring', seen: true }), 'expiring');
    assert.equal(cellOf({ status: 'in_use', bucket: 'expiring', seen: false }), 'stale');
    assert.equal(cellOf({ status: 'in_use', bucket: 'later', seen: true }), null);
    assert.equal(cellOf({ status: 'in_use', bucket: 'unknown', seen: true }), 'unknownExpiry');
    assert.equal(cellOf({ status: 'retired', bucket: 'expired', seen: true }), null);
    assert.equal(cellOf({ status: 'lost', bucket: 'expiring', seen: true }), null);
  });
  it('reproduces seed 002’s Vestnes rows: 17 + 36 = 53 to order', () => {
    const g = (
      categoryId: string,
      bucket: FleetGroup['bucket'],
      count: number,
      status: FleetGroup['status'] = 'in_use',
    ) => ({
      memberId: 'vestnes',
      categoryId,
      status,
      bucket,
      seen: true,
      count,
    });
    const t = rotationTable(
      [
        g('ansatt', 'expired', 9),
        g('ansatt', 'expiring', 12),
        g('ansatt', 'later', 500),
        g('ansatt', 'later', 3, 'in_stock'),
        g('elev', 'expired', 6),
        g('elev', 'expiring', 30),
      ],
      [{ memberId: 'vestnes', categoryId: 'ansatt', count: 1 }],
      ['vestnes'],
      ['ansatt', 'elev'],
    );
    assert.deepEqual(
      t.rows.map((r) => [r.categoryId, r.expired, r.expiring, r.inStock, r.ordered, r.toOrder]),
      [
        ['ansatt', 9, 12, 3, 1, 17],
        ['elev', 6, 30, 0, 0, 36],
      ],
    );
    assert.deepEqual(t.memberSums, [{ memberId: 'vestnes', toOrder: 53 }]);
  });
  it('never orders less than nothing: Aukra’s 30 in stock cover its 8', () => {
    const t = rotationTable(
      [
        { memberId: 'a', categoryId: 'c', status: 'in_use', bucket: 'expired', seen: true, count: 2 },
        { memberId: 'a', categoryId: 'c', status: 'in_use', bucket: 'expiring', seen: true, count: 6 },
        { memberId: 'a', categoryId: 'c', status: 'in_stock', bucket: 'later', seen: false, count: 30 },
      ],
      [],
      ['a'],
      ['c'],
    );
    assert.equal(t.rows[0]!.toOrder, 0);
  });
  it('totals are the sums of the rows, and each member’s sum is the sum of its rows (property)', () => {
    const members = ['m1', 'm2', 'm3'];
    const categories = ['c1', 'c2'];
    const group = fc.record({
      memberId: fc.constantFrom(...members),
      categoryId: fc.constantFrom(...categories),
      status: fc.constantFrom('in_use', 'in_stock', 'ordered', 'in_repair', 'retired', 'lost' as const),
      bucket: fc.constantFrom('expired', 'expiring', 'later', 'unknown' as const),
      seen: fc.boolean(),
      count: fc.integer({ min: 0, max: 500 }),
    });
    const ordered = fc.record({
      memberId: fc.constantFrom(...members),
      categoryId: fc.constantFrom(...categories),
      count: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(group, { maxLength: 40 }), fc.array(ordered, { maxLength: 6 }), (groups, orders) => {
        const t = rotationTable(groups as FleetGroup[], orders, members, categories);
        for (const k of ['expired', 'expiring', 'inStock', 'ordered', 'toOrder', 'stale', 'unknownExpiry'] as const)
          assert.equal(
            t.totals[k],
            t.rows.reduce((s, r) => s + r[k], 0),
          );
        for (const s of t.memberSums)
          assert.equal(
            s.toOrder,
            t.rows.filter((r) => r.memberId === s.memberId).reduce((a, r) => a + r.toOrder, 0),
          );
        for (const r of t.rows) {
          assert.ok(r.toOrder >= 0);
          assert.ok(r.toOrder >= r.expired + r.expiring - r.inStock - r.ordered);
        }
        // every device in service that is seen and due is counted exactly once
        const due = groups
          .filter(
            (g) =>
              (g.status === 'in_use' || g.status === 'in_repair') &&
              g.seen &&
              (g.bucket === 'expired' || g.bucket === 'expiring'),
          )
          .reduce((s, g) => s + g.count, 0);
        assert.equal(t.totals.expired + t.totals.expiring, due);
      }),
    );
  });
});

describe('the replacement forecast', () => {
  it('makes calendar quarters, partial at the ends', () => {
    const p = forecastPeriods('2024-11', 12, 'quarter');
    assert.deepEqual(
      p.map((x) => `${x.label}:${x.from}..${x.to}`),
      [
        '2024-Q4:2024-11..2024-12',
        '2025-Q1:2025-01..2025-03',
        '2025-Q2:2025-04..2025-06',
        '2025-Q3:2025-07..2025-09',
        '2025-Q4:2025-10..2025-10',
      ],
    );
    assert.equal(forecastPeriods('2024-02', 36, 'month').length, 36);
  });
  it('covers overdue devices first, then each period in order, and prices the rest', () => {
    const f = forecast(
      [
        { memberId: 'm', categoryId: 'c', month: '2024-06', count: 3 }, // overdue
        { memberId: 'm', categoryId: 'c', month: '2025-01', count: 4 },
        { memberId: 'm', categoryId: 'c', month: '2025-05', count: 10 },
        { memberId: 'm', categoryId: 'c', month: '2031-01', count: 99 }, // beyond the horizon
        { memberId: 'm', categoryId: 'c', month: null, count: 7 }, // no purchase date
      ],
      [{ memberId: 'm', categoryId: 'c', count: 5 }],
      [{ memberId: 'm', categoryId: 'c', count: 1 }],
      ['m'],
      ['c'],
      { start: '2025-01', months: 12, granularity: 'quarter', unitPriceOre: () => 1_250_000 },
    );
    const r = f.rows[0]!;
    assert.equal(r.overdue, 3);
    assert.equal(r.overdueToBuy, 0); // 6 available cover the 3 overdue
    assert.deepEqual(
      r.periods.map((p) => [p.expiring, p.toBuy]),
      [
        [4, 1], // 3 left cover 3 of 4
        [10, 10],
        [0, 0],
        [0, 0],
      ],
    );
    assert.equal(r.totalToBuy, 11);
    assert.equal(r.totalCostOre, 11 * 1_250_000);
    assert.equal(
      f.totalCostOre,
      f.totals.reduce((s, t) => s + t.costOre, 0),
    );
  });
  it('buys what overdue devices lack in the first period', () => {
    const f = forecast([{ memberId: 'm', categoryId: 'c', month: '2020-01', count: 5 }], [], [], ['m'], ['c'], {
      start: '2024-02',
      months: 12,
      granularity: 'month',
      unitPriceOre: () => 100,
    });
    assert.equal(f.rows[0]!.periods[0]!.toBuy, 5);
    assert.equal(f.periods[0]!.label, '2024-02');
    assert.equal(f.periods[11]!.label, '2025-01');
  });
  it('conserves devices: bought + covered = overdue + expiring, and costs add up (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            month: fc.option(
              fc.integer({ min: 0, max: 60 }).map((n) => shiftMonth('2022-01', n)),
              { nil: null },
            ),
            count: fc.integer({ min: 0, max: 100 }),
          }),
          { maxLength: 30 },
        ),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 12, max: 36 }),
        fc.constantFrom('month', 'quarter' as const),
        fc.integer({ min: 0, max: 5_000_000 }),
        (expiries, stock, ordered, months, granularity, price) => {
          const start = '2024-01';
          const f = forecast(
            expiries.map((e) => ({ memberId: 'm', categoryId: 'c', ...e })),
            [{ memberId: 'm', categoryId: 'c', count: stock }],
            [{ memberId: 'm', categoryId: 'c', count: ordered }],
            ['m'],
            ['c'],
            { start, months, granularity, unitPriceOre: () => price },
          );
          const end = shiftMonth(start, months - 1);
          const need = expiries.filter((e) => e.month !== null && e.month <= end).reduce((s, e) => s + e.count, 0);
          const r = f.rows[0]!;
          const covered = Math.min(stock + ordered, need);
          assert.equal(r.totalToBuy + covered, need);
          assert.equal(r.totalCostOre, r.totalToBuy * price);
          assert.equal(
            f.totals.reduce((s, t) => s + t.costOre, 0),
            f.totalCostOre,
          );
          assert.equal(r.periods.reduce((s, p) => s + p.expiring, 0) + r.overdue, need);
          for (const p of r.periods) assert.ok(p.toBuy >= 0);
        },
      ),
    );
  });
});
