import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  type AllocationError,
  allocate,
  carryOverDeductions,
  checkTable,
  computeShares,
  displayParts,
  displayPercentages,
  largestRemainder,
  serviceYearOre,
  topDownTotal,
  vatCompensation,
} from './allocation.ts';
import { parseRational, rat, toDecimal, toExact } from './rational.ts';

const KR = 100;
const THOUSAND = 100_000; // øre in a thousand kroner
const MEMBERS = ['Aukra', 'Hustadvika', 'Molde', 'Rauma', 'Vestnes'];

describe('allocation: the seeds’ tables', () => {
  it('reproduces the 2021 split of 60 506 000 kr (seed 001 §4.1) to the krone', () => {
    const shares = computeShares({
      kind: 'fixed',
      percentages: { Molde: '55,0', Vestnes: '15,3', Rauma: '17,3', Aukra: '12,4' },
    });
    const parts = allocate(60_506_000 * KR, shares);
    assert.deepEqual(
      parts.map((p) => [p.member, p.ore / KR]),
      [
        ['Molde', 33_278_300],
        ['Vestnes', 9_257_418],
        ['Rauma', 10_467_538],
        ['Aukra', 7_502_744],
      ],
    );
  });

  it('catches the 2025 operating table: shares of 100,01 % and parts that sum to 88 440 against 88 439', () => {
    const percentages = { Aukra: '7,83', Hustadvika: '19,39', Molde: '48,10', Rauma: '11,78', Vestnes: '12,91' };
    assert.throws(
      () => computeShares({ kind: 'fixed', percentages }),
      (e: AllocationError) => e.code === 'shares_not_100' && /100\.01 %, not 100 %/.test(e.message),
    );
    assert.deepEqual(checkTable([6925, 17148, 42539, 10414, 11414], 88_439), {
      sum: 88_440,
      total: 88_439,
      difference: 1,
    });
    // normalised on purpose (each share divided by 100,01 %), the same key gives a table that adds up
    const shares = computeShares({ kind: 'fixed', percentages, normalize: true });
    const parts = allocate(88_439 * THOUSAND, shares);
    const shown = displayParts(
      parts.map((p) => p.ore),
      88_439 * THOUSAND,
      THOUSAND,
    );
    assert.equal(
      shown.reduce((a, b) => a + b, 0),
      88_439,
    );
    assert.deepEqual(shown, [6924, 17147, 42535, 10417, 11416]);
  });

  it('builds the 2025 budget top-down: Molde’s 42 539 thousand at 48,10 % → 88 439 thousand', () => {
    assert.equal(topDownTotal(42_539 * THOUSAND, parseRational('0.4810'), THOUSAND), 88_439 * THOUSAND);
  });

  // The 2025 investment key is the council's split of the 11,5 M frame (seed 002 §1.5.1).
  const investmentKey = computeShares({
    kind: 'fixed',
    percentages: { Aukra: '897', Hustadvika: '2235', Molde: '5536', Rauma: '1347', Vestnes: '1485' },
    normalize: true,
  });

  it('reproduces the 2025 investment financing: 2 300 thousand VAT compensation, 2 720 carried over', () => {
    const gross = 11_500_000 * KR;
    assert.deepEqual(
      allocate(gross, investmentKey).map((p) => p.ore / KR),
      [897_000, 2_235_000, 5_536_000, 1_347_000, 1_485_000],
    );
    const { compensationOre, netOre } = vatCompensation(gross);
    assert.equal(compensationOre, 2_300_000 * KR);
    assert.equal(netOre, 9_200_000 * KR);
    const contributions = allocate(netOre, investmentKey).map((p) => p.ore);
    // carried over: 3,4 M incl. VAT ≈ 2,72 M ex VAT, deducted in proportion to the contributions
    const carry = 3_400_000 * KR - vatCompensation(3_400_000 * KR).compensationOre;
    assert.equal(carry, 2_720_000 * KR);
    const deductions = carryOverDeductions(carry, contributions);
    assert.equal(
      deductions.reduce((a, b) => a + b, 0),
      carry,
    );
    // shown in thousands as the council's table: each column by largest remainder, the total column
    // derived from the shown parts, so rows and columns both add up
    const shownContrib = displayParts(contributions, netOre, THOUSAND);
    const shownCarry = displayParts(deductions, carry, THOUSAND);
    const shownPay = shownContrib.map((c, i) => c - shownCarry[i]!);
    assert.deepEqual(shownContrib, [718, 1788, 4429, 1077, 1188]);
    assert.deepEqual(shownCarry, [212, 529, 1309, 319, 351]);
    assert.deepEqual(shownPay, [506, 1259, 3120, 758, 837]);
    assert.equal(
      shownPay.reduce((a, b) => a + b, 0),
      6480,
    );
  });

  it('reproduces the 2026–2028 plan: 9 000 incl. VAT, 1 800 compensation, 7 200 split as in 2025', () => {
    const { compensationOre, netOre } = vatCompensation(9_000 * THOUSAND);
    assert.equal(compensationOre, 1_800 * THOUSAND);
    const parts = allocate(netOre, investmentKey).map((p) => p.ore);
    assert.deepEqual(displayParts(parts, netOre, THOUSAND), [562, 1399, 3466, 843, 930]);
  });

  it('prices chargeable services: Office 365 E1 at kr 92,12 a month (seed 004)', () => {
    const e1 = 9212;
    assert.equal(serviceYearOre(e1, 100, 'month'), 110_544 * KR);
    assert.equal(serviceYearOre(e1, 86, 'month'), 9_506_784); // kr 95 067,84, shown as 95 068
    assert.equal(serviceYearOre(2500, 40, 'month'), 12_000 * KR); // device management, kr 25/device/month
    assert.throws(() => serviceYearOre(e1, 1.5, 'month'), /whole number/);
  });
});

describe('allocation: formula keys', () => {
  it('30 % equal + 70 % by population', () => {
    const shares = computeShares({
      kind: 'formula',
      equal: '30',
      drivers: [{ driver: 'population', weight: '70' }],
      values: { A: { population: 3000 }, B: { population: 7000 } },
    });
    assert.deepEqual(
      shares.map((s) => toExact(s.share)),
      ['9/25', '16/25'], // 0.15 + 0.7·0.3 = 0.36; 0.15 + 0.7·0.7 = 0.64
    );
  });

  it('⅓ + ⅔ is exact, and the service-consumption mix sums to one', () => {
    const thirds = computeShares({
      kind: 'formula',
      equal: '1/3',
      drivers: [{ driver: 'population', weight: '2/3' }],
      values: { A: { population: 1 }, B: { population: 2 }, C: { population: 3 } },
    });
    assert.equal(toExact(thirds[0]!.share), '2/9'); // 1/9 + 2/3 · 1/6
    const mix = computeShares({
      kind: 'formula',
      equal: '0',
      drivers: [
        { driver: 'users', weight: '40' },
        { driver: 'pcs', weight: '30' },
        { driver: 'ftes', weight: '20' },
        { driver: 'locations', weight: '10' },
      ],
      values: Object.fromEntries(
        MEMBERS.map((m, i) => [m, { users: 100 * (i + 1), pcs: 50 + i, ftes: 300 - i * 7, locations: 3 + i }]),
      ),
    });
    const total = mix.reduce((a, s) => a + Number(s.share.num) / Number(s.share.den), 0);
    assert.ok(Math.abs(total - 1) < 1e-12);
    assert.equal(
      displayPercentages(mix.map((s) => s.share))
        .reduce((a, p) => a + Number(p), 0)
        .toFixed(3),
      '100.000',
    );
  });

  it('refuses weights that do not make 100 %, missing or all-zero drivers', () => {
    const base = { kind: 'formula' as const, values: { A: { population: 1 }, B: { population: 1 } } };
    assert.throws(
      () => computeShares({ ...base, equal: '30', drivers: [{ driver: 'population', weight: '60' }] }),
      (e: AllocationError) => e.code === 'weights_not_100' && /90 %/.test(e.message),
    );
    assert.throws(
      () => computeShares({ ...base, equal: '30', drivers: [{ driver: 'pcs', weight: '70' }] }),
      (e: AllocationError) => e.code === 'missing_driver' && /A has no value for pcs/.test(e.message),
    );
    assert.throws(
      () =>
        computeShares({
          kind: 'formula',
          equal: '30',
          drivers: [{ driver: 'pcs', weight: '70' }],
          values: { A: { pcs: 0 }, B: { pcs: 0 } },
        }),
      (e: AllocationError) => e.code === 'driver_zero',
    );
  });

  it('shares are reproducible from the stored exact form', () => {
    const shares = computeShares({
      kind: 'formula',
      equal: '30',
      drivers: [{ driver: 'population', weight: '70' }],
      values: { A: { population: 2_321 }, B: { population: 13_456 }, C: { population: 32_102 } },
    });
    for (const s of shares) assert.deepEqual(parseRational(toExact(s.share)), s.share);
    assert.equal(toDecimal(shares[0]!.share, 3), '0.134');
  });
});

describe('allocation: properties', () => {
  const amount = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });
  const weights = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 });

  it('parts sum exactly to the total, each within one øre of its exact value', () => {
    fc.assert(
      fc.property(amount, weights, (total, ws) => {
        fc.pre(ws.some((w) => w > 0));
        const parts = largestRemainder(
          total,
          ws.map((w) => rat(w)),
        );
        assert.equal(
          parts.reduce((a, b) => a + b, 0),
          total,
        );
        const wsum = ws.reduce((a, b) => a + b, 0);
        parts.forEach((p, i) => {
          const exact = (total * ws[i]!) / wsum;
          assert.ok(Math.abs(p - exact) < 1 + 1e-6 * Math.abs(exact), `${p} vs ${exact}`);
        });
      }),
    );
  });

  it('shown parts add up to the shown total at every display unit', () => {
    fc.assert(
      fc.property(amount, weights, fc.constantFrom(1, 100, 100_000, 100_000_000), (total, ws, unit) => {
        fc.pre(ws.some((w) => w > 0));
        const parts = largestRemainder(
          total,
          ws.map((w) => rat(w)),
        );
        const shown = displayParts(parts, total, unit);
        const shownTotal = Math.sign(total) * Math.round(Math.abs(total) / unit) + 0; // (no -0)
        assert.equal(
          shown.reduce((a, b) => a + b, 0),
          shownTotal,
        );
        for (const [i, s] of shown.entries()) assert.ok(Math.abs(s - parts[i]! / unit) < 1);
      }),
    );
  });

  it('percentages shown add up to 100 with any number of decimals', () => {
    fc.assert(
      fc.property(weights, fc.integer({ min: 0, max: 4 }), (ws, d) => {
        fc.pre(ws.some((w) => w > 0));
        const shown = displayPercentages(
          ws.map((w) => rat(w)),
          d,
        );
        const tenths = shown.reduce((a, p) => a + Math.round(Number(p) * 10 ** d), 0);
        assert.equal(tenths, 100 * 10 ** d);
      }),
    );
  });

  it('VAT compensation and net add up to the gross, compensation is a fifth to the øre', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), (gross) => {
        const { compensationOre, netOre } = vatCompensation(gross);
        assert.equal(compensationOre + netOre, gross);
        assert.ok(Math.abs(compensationOre - gross / 5) <= 0.5);
      }),
    );
  });

  it('carry-over deductions sum to the carry-over and follow the contributions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), weights, (carry, cs) => {
        fc.pre(cs.some((c) => c > 0));
        const d = carryOverDeductions(carry, cs);
        assert.equal(
          d.reduce((a, b) => a + b, 0),
          carry,
        );
        for (let i = 0; i < cs.length; i++)
          for (let j = 0; j < cs.length; j++) if (cs[i]! > cs[j]!) assert.ok(d[i]! >= d[j]!);
      }),
    );
  });

  it('fixed shares that sum to 100 % split like their decimal values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9999 }), { minLength: 2, maxLength: 8 }), (raw) => {
        // make percentages with two decimals that add up to exactly 100
        const total = raw.reduce((a, b) => a + b, 0);
        const cents = largestRemainder(
          10_000,
          raw.map((r) => rat(r, total)),
        );
        const percentages = Object.fromEntries(cents.map((c, i) => [`M${i}`, (c / 100).toFixed(2)]));
        const shares = computeShares({ kind: 'fixed', percentages });
        const parts = allocate(1_000_000 * KR, shares);
        for (const [i, p] of parts.entries()) assert.equal(p.ore, cents[i]! * 10_000);
      }),
    );
  });
});
