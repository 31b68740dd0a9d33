import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkTable } from './allocation.ts';
import { EXPENSE_TYPES } from './expense-types.ts';
import { operatingTable } from './reports.ts';

const T = 100_000; // øre in a thousand kroner

// seed 002 §1.1, driftskostnader pr. 1.11.2024 (tall i hele 1000)
const SEED = {
  actual: [23_957, 3_093, 101, 2_683, 53_918, 3_793, -7_103],
  budget: [32_527, 3_440, 326, 500, 53_174, 4_442, -4_932],
  forecast: [29_725, 3_422, 127, 2_683, 54_648, 4_292, -7_356],
  deviation: [2_802, 18, 199, -2_183, -1_474, 150, 2_424],
  sum: { actual: 80_441, budget: 89_477, deviation: 1_936, forecast: 87_541 },
};

describe('operating table (seed 002 §1.1)', () => {
  it('comes out of the data: budget, forecast and deviation as the council saw them', () => {
    const t = operatingTable(
      EXPENSE_TYPES.map((expenseType, i) => ({
        expenseType,
        budgetOre: SEED.budget[i]! * T,
        forecastOre: SEED.forecast[i]! * T,
        forecastComment: '',
        actualOre: SEED.actual[i]! * T,
      })),
      1000,
    );
    assert.deepEqual(
      t.rows.map((r) => r.deviation),
      SEED.deviation,
    );
    assert.deepEqual(
      { budget: t.sum.budget, deviation: t.sum.deviation, forecast: t.sum.forecast },
      { budget: 89_477, deviation: 1_936, forecast: 87_541 },
    );
    assert.equal(t.outcome, 'underspend');
    assert.deepEqual(
      t.rows.map((r) => r.label),
      [
        'Lønn',
        'Drift av stab og lokaler',
        'Kjøp/leasing',
        'Konsulenter',
        'Lisens, vedlikehold og support',
        'Samband og tele',
        'Inntekter',
      ],
    );
  });

  it('catches the seed’s actuals column (parts 80 442, total 80 441) and shows one that adds up', () => {
    assert.equal(checkTable(SEED.actual, SEED.sum.actual).difference, 1);
    // actuals to the krone that round to the seed's figures one by one but sum to 80 440,6 thousand
    const actualOre = SEED.actual.map((a) => a * T - 20_000);
    const t = operatingTable(
      EXPENSE_TYPES.map((expenseType, i) => ({
        expenseType,
        budgetOre: SEED.budget[i]! * T,
        forecastOre: SEED.forecast[i]! * T,
        forecastComment: '',
        actualOre: actualOre[i]!,
      })),
      1000,
    );
    assert.equal(t.sum.actual, 80_441);
    assert.equal(
      t.rows.reduce((a, r) => a + r.actual, 0),
      80_441,
    );
  });

  it('every column adds up and every deviation is budget − forecast, for any data and unit', () => {
    const line = fc.record({
      budgetOre: fc.integer({ min: -1e12, max: 1e12 }),
      forecastOre: fc.option(fc.integer({ min: -1e12, max: 1e12 })),
      actualOre: fc.integer({ min: -1e12, max: 1e12 }),
    });
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 7, maxLength: 7 }),
        fc.constantFrom(1 as const, 1000 as const),
        (ls, unit) => {
          const t = operatingTable(
            EXPENSE_TYPES.map((expenseType, i) => ({ expenseType, forecastComment: '', ...ls[i]! })),
            unit,
          );
          for (const k of ['actual', 'budget', 'forecast', 'deviation'] as const)
            assert.equal(
              t.rows.reduce((a, r) => a + r[k], 0),
              t.sum[k],
            );
          for (const r of t.rows) assert.equal(r.deviation, r.budget - r.forecast);
        },
      ),
    );
  });
});
