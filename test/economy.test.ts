import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { insertMember } from '../src/modules/members/members.repository.ts';
import { signedIn } from './client.ts';
import { createTestContext, type TestContext } from './context.ts';
import { createTenant, type TestTenant } from './factories.ts';

const THOUSAND = 100_000; // øre
const SEED = ['Aukra', 'Hustadvika', 'Molde', 'Rauma', 'Vestnes'] as const;

describe('economy: keys, frames, budget and actuals, investments, what each member pays', () => {
  let ctx: TestContext;
  let t: TestTenant;
  let other: TestTenant;
  const id: Record<string, string> = {};

  before(async () => {
    ctx = await createTestContext({}, { now: new Date('2024-11-14T10:00:00+01:00') });
    t = await createTenant(ctx.db);
    other = await createTenant(ctx.db);
    for (const name of SEED) {
      id[name] = crypto.randomUUID();
      await insertMember(ctx.db, {
        id: id[name],
        cooperation_id: t.cooperationId,
        code: name.toLowerCase(),
        name: `${name} kommune`,
        kind: name === 'Molde' ? 'host' : 'partner',
        joined_on: '2014-01-01',
      });
    }
  });
  after(() => ctx.close());

  it('reproduces the 2025 budget: top-down total, investment with VAT compensation and carry-over', async () => {
    const leader = await signedIn(ctx, t.users.leader.email);
    const opKey = await leader.put('/api/economy/2025/keys/operating', {
      kind: 'fixed',
      percentages: SEED.map((n, i) => ({ memberId: id[n], percent: ['7,83', '19,39', '48,10', '11,78', '12,91'][i] })),
      decision: 'Sak 2024/M7-004',
    });
    // the seed's shares add up to 100,01 %: refused with the sum in the message
    assert.equal(opKey.status, 400);
    assert.match(opKey.json.error.message, /100\.01 %, not 100 %/);
    const fixed = await leader.put('/api/economy/2025/keys/operating', {
      kind: 'fixed',
      percentages: SEED.map((n, i) => ({ memberId: id[n], percent: ['7,82', '19,39', '48,10', '11,78', '12,91'][i] })),
    });
    assert.equal(fixed.status, 200, fixed.text);
    assert.deepEqual(
      fixed.json.shares.map((s: { percent: string }) => s.percent),
      ['7.820', '19.390', '48.100', '11.780', '12.910'],
    );
    const invKey = await leader.put('/api/economy/2025/keys/investment', {
      kind: 'fixed',
      percentages: SEED.map((n, i) => ({ memberId: id[n], percent: ['897', '2235', '5536', '1347', '1485'][i] })),
      normalize: true,
    });
    assert.equal(invKey.status, 200, invKey.text);

    const frames = await leader.put('/api/economy/2025/frames', {
      topDown: { hostMemberId: id.Molde, hostFrameOre: 42_539 * THOUSAND, hostShare: '48,10' },
      investmentFrameOre: 11_500 * THOUSAND,
      carryOverOre: 2_720 * THOUSAND,
      carryOverDecision: 'Mindreforbruk 2024 overføres (sak 2024/M7-004)',
    });
    assert.equal(frames.status, 200, frames.text);
    assert.equal(frames.json.operatingTotalOre, 88_439 * THOUSAND);
    assert.equal(frames.json.vatCompensationOre, 2_300 * THOUSAND);
    assert.equal(frames.json.investmentNetOre, 9_200 * THOUSAND);

    const pay = await leader.get('/api/economy/2025/payments?unit=1000');
    assert.equal(pay.status, 200, pay.text);
    const rows = pay.json.rows as { investmentNet: number; carryOver: number; operating: number; total: number }[];
    assert.deepEqual(
      rows.map((r) => r.investmentNet),
      [718, 1788, 4429, 1077, 1188],
    );
    assert.deepEqual(
      rows.map((r) => r.carryOver),
      [212, 529, 1309, 319, 351],
    );
    assert.equal(pay.json.sum.operating, 88_439);
    assert.equal(pay.json.sum.investmentNet, 9_200);
    assert.equal(pay.json.sum.carryOver, 2_720);
    // every row and every column adds up
    for (const r of rows) assert.equal(r.total, r.operating + r.investmentNet - r.carryOver);
    assert.equal(
      rows.reduce((a, r) => a + r.total, 0),
      pay.json.sum.total,
    );
    assert.equal(pay.json.sum.total, 88_439 + 9_200 - 2_720);

    const csv = await leader.get('/api/economy/2025/payments?unit=1000&format=csv');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(csv.text, /Molde kommune;48,100 %;42[\s\u00a0]?5\d\d\d{3},00|Molde kommune;48,100 %/);
    const xlsx = await ctx.app.request('/api/economy/2025/payments?unit=1000&format=xlsx', {
      headers: { cookie: (leader as unknown as { cookie: string }).cookie },
    });
    assert.equal(xlsx.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = wb.worksheets[0]!;
    assert.equal(sheet.getRow(1).getCell(1).value, 'Medlem');
    assert.equal(sheet.getRow(2).getCell(1).value, 'Aukra kommune');
  });

  it('imports actuals all-or-nothing and builds the operating table from the data', async () => {
    const leader = await signedIn(ctx, t.users.leader.email);
    const accounts = await leader.put('/api/economy/accounts', {
      accounts: [
        { account: '10100', name: 'Fast lønn', expenseType: 'salaries' },
        { account: '11950', name: 'Lisenser', expenseType: 'licences_support' },
        { account: '16200', name: 'Refusjoner', expenseType: 'income' },
      ],
    });
    assert.equal(accounts.status, 200, accounts.text);
    await leader.put('/api/economy/2024/budget', {
      lines: [
        {
          expenseType: 'salaries',
          budgetOre: 32_527 * THOUSAND,
          forecastOre: 29_725 * THOUSAND,
          forecastComment: 'Vakanser',
        },
        { expenseType: 'licences_support', budgetOre: 53_174 * THOUSAND, forecastOre: 54_648 * THOUSAND },
        { expenseType: 'income', budgetOre: -4_932 * THOUSAND, forecastOre: -7_356 * THOUSAND },
      ],
    });
    const upload = (text: string, fileName = 'regnskap.csv') =>
      leader.post('/api/economy/2024/actuals', {
        fileName,
        contentBase64: Buffer.from(text, 'utf8').toString('base64'),
      });
    const bad = await upload(
      'Konto;Periode;Beløp\n10100;2024-10;2 000 000,00\n99999;2024-10;5,00\n10100;2024-10;1,00\n11950;2023-10;7\n11950;10;abc\n',
    );
    assert.equal(bad.status, 200, bad.text);
    assert.equal(bad.json.rejected, true);
    assert.deepEqual(
      bad.json.errors.map((e: { line: number; code: string }) => [e.line, e.code]),
      [
        [3, 'unknown_account'],
        [4, 'duplicate'],
        [5, 'wrong_period'],
        [6, 'invalid_amount'],
      ],
    );
    let table = await leader.get('/api/economy/2024/operating?unit=1000');
    assert.equal(table.json.exact.actualOre, 0, 'nothing was written');

    const good = await upload(
      'Konto;Periode;Beløp\n10100;2024-10;23 957 000\n11950;2024-10;53 918 000\n16200;2024-10;-7 103 000\n',
    );
    assert.equal(good.json.rejected, false, good.text);
    assert.deepEqual(good.json.periods, [10]);
    table = await leader.get('/api/economy/2024/operating?unit=1000');
    const byType = Object.fromEntries(
      table.json.rows.map((r: { expenseType: string }) => [r.expenseType, r]),
    ) as Record<string, { actual: number; budget: number; deviation: number; forecast: number }>;
    assert.deepEqual(byType.salaries, {
      ...byType.salaries,
      actual: 23_957,
      budget: 32_527,
      deviation: 2_802,
      forecast: 29_725,
    });
    assert.deepEqual(byType.income, {
      ...byType.income,
      actual: -7_103,
      budget: -4_932,
      deviation: 2_424,
      forecast: -7_356,
    });
    assert.equal(table.json.throughPeriod, 10);
    assert.equal(table.json.sum.deviation, 2_802 - 1_474 + 2_424);
    // re-importing the period replaces it
    const again = await upload('Konto;Periode;Beløp\n10100;10;1 000\n');
    assert.equal(again.json.rejected, false);
    table = await leader.get('/api/economy/2024/operating?unit=1');
    assert.equal(table.json.exact.actualOre, 100_000);
  });

  it('prices chargeable services and keeps savings measures', async () => {
    const leader = await signedIn(ctx, t.users.leader.email);
    const e1 = await leader.post('/api/economy/services', { name: 'Office 365 E1', per: 'month', priceOre: 9212 });
    assert.equal(e1.status, 201, e1.text);
    const basis = await leader.put('/api/economy/2024/services/quantities', {
      quantities: [
        { serviceId: e1.json.id, memberId: id.Aukra, quantity: 100 },
        { serviceId: e1.json.id, memberId: id.Rauma, quantity: 86 },
      ],
    });
    assert.equal(basis.status, 200, basis.text);
    assert.deepEqual(
      basis.json.services[0].lines.map((l: { yearOre: number }) => l.yearOre),
      [11_054_400, 9_506_784],
    );
    const m = await leader.post('/api/economy/2025/measures', {
      title: 'Redusere årsverk',
      amountOre: 4_079 * THOUSAND,
      consequence: 'Lengre ventetid på henvendelser til brukerstøtte.',
    });
    assert.equal(m.status, 201);
    const list = await leader.get('/api/economy/2025/measures');
    assert.equal(list.json.totalOre, 4_079 * THOUSAND);
  });

  it('drivers feed a formula key, stored with its inputs so the split can be reproduced', async () => {
    const leader = await signedIn(ctx, t.users.leader.email);
    const values = SEED.map((n, i) => ({
      memberId: id[n],
      driver: 'population',
      value: [3600, 13400, 32200, 7400, 6700][i],
    }));
    const put = await leader.put('/api/economy/2017/drivers', { values });
    assert.equal(put.status, 200, put.text);
    const key = await leader.put('/api/economy/2017/keys/operating', {
      kind: 'formula',
      equal: '30',
      drivers: [{ driver: 'population', weight: '70' }],
    });
    assert.equal(key.status, 200, key.text);
    // Molde: 30 %/5 + 70 % · 32 200/63 300
    const molde = key.json.shares.find((s: { memberId: string }) => s.memberId === id.Molde);
    assert.equal(molde.percent, '41.608');
    assert.equal(molde.exact, '13169/31650');
    assert.equal(key.json.spec.values[id.Molde!].population, 32_200);
    // later driver edits do not change the decided split
    await leader.put('/api/economy/2017/drivers', { values: [{ memberId: id.Molde, driver: 'population', value: 1 }] });
    const again = await leader.get('/api/economy/2017/keys');
    assert.equal(
      again.json.operating.shares.find((s: { memberId: string }) => s.memberId === id.Molde).exact,
      '13169/31650',
    );
    const missing = await leader.put('/api/economy/2018/drivers', {
      values: [{ memberId: id.Molde, driver: 'population', value: 32_000 }],
    });
    assert.equal(missing.status, 200);
    const refused = await leader.put('/api/economy/2018/keys/operating', {
      kind: 'formula',
      equal: '30',
      drivers: [{ driver: 'population', weight: '70' }],
    });
    assert.equal(refused.status, 400);
    assert.match(refused.json.error.message, /has no value for population; enter it for the year first/);
  });

  it('imports drivers from CSV all-or-nothing', async () => {
    const leader = await signedIn(ctx, t.users.leader.email);
    const upload = (text: string) =>
      leader.post('/api/economy/2026/drivers/import', {
        fileName: 'drivere.csv',
        contentBase64: Buffer.from(text, 'latin1').toString('base64'),
      });
    const bad = await upload('Kommune;Innbyggere;Årsverk\nAukra;3 600;310\nFræna;1 000;20\nMolde;32 200;-5\n');
    assert.equal(bad.json.rejected, true, bad.text);
    assert.deepEqual(
      bad.json.errors.map((e: { line: number; code: string }) => [e.line, e.code]),
      [
        [3, 'unknown_member'],
        [4, 'invalid_value'],
      ],
    );
    assert.deepEqual((await leader.get('/api/economy/2026/drivers')).json.members[0].values, {}, 'nothing written');
    const good = await upload('Kommune;Innbyggere;Årsverk;PC-er\nAukra kommune;3 600;310;\nmolde;32 200;1 910;3 210\n');
    assert.equal(good.json.rejected, false, good.text);
    assert.equal(good.json.rows, 5);
    const drivers = await leader.get('/api/economy/2026/drivers');
    const molde = drivers.json.members.find((m: { memberId: string }) => m.memberId === id.Molde);
    assert.deepEqual(molde.values, { population: 32_200, ftes: 1_910, pcs: 3_210 });
  });

  it('refuses employees and other cooperations, and bad input with a clear message', async () => {
    const employee = await signedIn(ctx, t.users.employee.email);
    assert.equal((await employee.get('/api/economy/2025/payments')).status, 403);
    const council = await signedIn(ctx, t.users.council_member.email);
    assert.equal((await council.get('/api/economy/2025/payments')).status, 200);
    assert.equal((await council.put('/api/economy/2025/frames', { investmentFrameOre: 1 })).status, 403);
    const outsider = await signedIn(ctx, other.users.leader.email);
    const theirs = await outsider.get('/api/economy/2025/keys');
    assert.equal(theirs.json.operating, null, 'another cooperation sees none of our keys');
    const foreign = await outsider.put('/api/economy/2025/keys/operating', {
      kind: 'fixed',
      percentages: [{ memberId: id.Molde, percent: '100' }],
    });
    assert.equal(foreign.status, 400);
    const leader = await signedIn(ctx, t.users.leader.email);
    const badYear = await leader.get('/api/economy/1899/keys');
    assert.equal(badYear.status, 400);
    const badMoney = await leader.put('/api/economy/2025/frames', { investmentFrameOre: 12.5 });
    assert.equal(badMoney.status, 400);
  });
});
