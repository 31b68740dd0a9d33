import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type ApiClient, signedIn } from './client.ts';
import { createTestContext, type TestClock, type TestContext } from './context.ts';
import { createTenant, type TestTenant } from './factories.ts';

const b64 = (s: string) => Buffer.from(s).toString('base64');

/** Start an import over HTTP and poll it to its end, as the page does. */
async function runImport(api: ApiClient, body: Record<string, unknown>) {
  const start = await api.post('/api/devices/imports', { format: 'csv', fileName: 'fleet.csv', ...body });
  assert.equal(start.status, 202, start.text);
  for (;;) {
    const job = await api.get(`/api/devices/imports/${start.json.id}`);
    assert.equal(job.status, 200, job.text);
    if (job.json.status !== 'running') return job.json;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const deviceCount = async (ctx: TestContext, coop: string) =>
  Number(
    (
      await ctx.db
        .selectFrom('device')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('cooperation_id', '=', coop)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('devices: import, rotation table, orders, forecast, rules, access', () => {
  let ctx: TestContext;
  const clock: TestClock = { now: new Date('2024-11-14T10:00:00+01:00') };
  let t: TestTenant;
  let admin: ApiClient;
  let memberA: { id: string; name: string };
  let ansatt: string;
  let elev: string;

  before(async () => {
    ctx = await createTestContext({}, clock);
    t = await createTenant(ctx.db);
    admin = await signedIn(ctx, t.users.admin.email);
    const settings = await admin.get('/api/devices/settings');
    memberA = settings.json.members.find((m: { id: string }) => m.id === t.memberA);
    const cat = async (key: string, name: string, price: number) => {
      const r = await admin.post('/api/devices/categories', {
        key,
        name,
        policies: [
          { kind: 'pc', lifetimeMonths: 48, unitPriceOre: price },
          { kind: 'phone', lifetimeMonths: 36, unitPriceOre: 600_000 },
        ],
      });
      assert.equal(r.status, 201, r.text);
      return r.json.id as string;
    };
    ansatt = await cat('ansatt', 'Ansatt', 1_250_000);
    elev = await cat('elev', 'Elev', 550_000);
  });
  after(() => ctx.close());

  it('imports a mapped CSV, reports bad rows without writing anything, and is idempotent by serial number', async () => {
    const header = 'Serienummer;Kommune;Kategori;Type;Modell;Kjøpsdato;Sist sett;Minne;Avdeling;Grupper;Status;Bruker';
    const rows = [
      // member A, employees: 2 expired (bought 2019), 1 expiring 2024 (bought 2020, leap day), 1 later, 1 stale, 1 in stock
      `E1;${memberA.name};Ansatt;PC;L14;15.03.2019;12.11.2024 08:00;16 GB;Rådhuset;;i bruk;`,
      `E2;${memberA.name};Ansatt;PC;L14;01.12.2019;01.11.2024 00:30;16 GB;Rådhuset;;i bruk;`,
      `E3;${memberA.name};Ansatt;PC;L14;29.02.2020;13.11.2024 09:00;16 GB;Rådhuset;;til reparasjon;${t.users.employee.email}`,
      `E4;${memberA.name};Ansatt;PC;L14;01.01.2022;13.11.2024 09:00;16 GB;Rådhuset;;i bruk;`,
      `E5;${memberA.name};Ansatt;PC;L14;01.06.2020;31.10.2024 23:30;16 GB;Rådhuset;;i bruk;`,
      `E6;${memberA.name};Ansatt;PC;L14;01.10.2024;;16 GB;;;på lager;`,
      // member A, students: 1 expiring without a sign-in ever, 1 without purchase date
      `S1;${memberA.name};Elev;PC;Fortis;01.05.2020;;8 GB;Skole;;i bruk;`,
      `S2;${memberA.name};Elev;PC;Fortis;;10.11.2024 12:00;8 GB;Skole;;i bruk;`,
      // phones in the Rover group
      `P1;${memberA.name};Ansatt;mobil;iPhone 13;01.02.2023;13.11.2024 09:00;4 GB;Hjemmetjenesten;Rover;i bruk;`,
      `P2;${memberA.name};Ansatt;mobil;iPhone 15;01.02.2024;13.11.2024 09:00;6 GB;Hjemmetjenesten;Rover;i bruk;`,
      `P3;Bø kommune;Ansatt;mobil;Galaxy A40;01.02.2023;13.11.2024 09:00;4 GB;Sykehjem;Rover;i bruk;`,
    ];
    const bad = [
      ...rows,
      `E1;${memberA.name};Ansatt;PC;L14;15.03.2019;;;;;;`, // duplicate serial
      'X1;Nowhere kommune;Ansatt;PC;L14;15.03.2019;;;;;;', // unknown member
      `X2;${memberA.name};Ansatt;PC;L14;30.02.2021;;;;;;`, // impossible date
    ];
    const rejected = await runImport(admin, { contentBase64: b64([header, ...bad].join('\n')) });
    assert.equal(rejected.status, 'rejected');
    assert.deepEqual(
      rejected.report.errors.map((e: { line: number; code: string }) => [e.line, e.code]),
      [
        [13, 'duplicate_serial'],
        [14, 'unknown_member'],
        [15, 'invalid_date'],
      ],
    );
    assert.equal(await deviceCount(ctx, t.cooperationId), 0, 'a rejected file changes nothing');

    const wrongDelimiter = await runImport(admin, { contentBase64: b64('Serienummer|Kommune\nA|B\n') });
    assert.equal(wrongDelimiter.report.errors[0].code, 'missing_column');

    const done = await runImport(admin, { contentBase64: b64([header, ...rows].join('\n')) });
    assert.equal(done.status, 'done', JSON.stringify(done.report));
    assert.deepEqual([done.report.created, done.report.updated, done.report.unchanged], [11, 0, 0]);
    const again = await runImport(admin, { contentBase64: b64([header, ...rows].join('\n')) });
    assert.deepEqual([again.report.created, again.report.updated, again.report.unchanged], [0, 0, 11]);
    assert.equal(await deviceCount(ctx, t.cooperationId), 11);

    const list = await admin.get('/api/devices/imports');
    assert.equal(list.json.items.length, 4);
    assert.equal(list.json.items[0].status, 'done');
  });

  it('the rotation table counts devices seen in the month, lists stale ones apart, and every count links to its devices', async () => {
    const r = await admin.get('/api/devices/rotation?month=2024-11');
    assert.equal(r.status, 200, r.text);
    const row = (cat: string) =>
      r.json.rows.find(
        (x: { memberId: string; categoryId: string }) => x.memberId === t.memberA && x.categoryId === cat,
      );
    const a = row(ansatt);
    // E1, E2 expired (E2 seen 00:30 on 1 November in Oslo); E3 expires 2024-02-29; E5 last seen 31 October: stale
    assert.deepEqual(
      [a.expired, a.expiring, a.inStock, a.ordered, a.toOrder, a.stale, a.unknownExpiry],
      [2, 1, 1, 0, 2, 1, 0],
    );
    const s = row(elev);
    assert.deepEqual([s.expired, s.expiring, s.stale, s.unknownExpiry, s.toOrder], [0, 0, 1, 1, 0]);
    assert.deepEqual(r.json.memberSums, [{ memberId: t.memberA, memberName: memberA.name, toOrder: 2 }]);

    for (const x of r.json.rows)
      for (const cell of ['expired', 'expiring', 'inStock', 'stale', 'unknownExpiry'] as const) {
        const l = await admin.get(
          `/api/devices?memberId=${x.memberId}&categoryId=${x.categoryId}&kind=pc&cell=${cell}&month=2024-11`,
        );
        assert.equal(l.json.total, x[cell], `${cell} of ${x.categoryName}`);
      }
    const expiredList = await admin.get(
      `/api/devices?memberId=${t.memberA}&categoryId=${ansatt}&kind=pc&cell=expired&month=2024-11`,
    );
    assert.deepEqual(expiredList.json.items.map((d: { serial: string }) => d.serial).sort(), ['E1', 'E2']);

    // in October E5 was seen, E2 not yet (its sign-in is later, which counts: we keep the latest only)
    const oct = await admin.get('/api/devices/rotation?month=2024-10');
    const o = oct.json.rows.find((x: { categoryId: string }) => x.categoryId === ansatt);
    assert.deepEqual([o.expired, o.expiring, o.stale], [2, 2, 0]);

    const cli = await admin.get('/api/devices/rotation?month=2024-13');
    assert.equal(cli.status, 400);
  });

  it('orders: registered, partly received into stock with serial numbers, handed out as a replacement', async () => {
    const order = await admin.post('/api/devices/orders', {
      memberId: t.memberA,
      categoryId: ansatt,
      kind: 'pc',
      model: 'ThinkPad L14 Gen 5',
      quantity: 3,
      orderedOn: '2024-11-01',
      expectedOn: '2024-12-01',
    });
    assert.equal(order.status, 201, order.text);
    const id = order.json.id;
    let rot = await admin.get('/api/devices/rotation?month=2024-11');
    let a = rot.json.rows.find((x: { categoryId: string }) => x.categoryId === ansatt);
    assert.deepEqual([a.inStock, a.ordered, a.toOrder], [1, 3, 0]);

    const taken = await admin.post(`/api/devices/orders/${id}/receive`, {
      receivedOn: '2024-11-12',
      serials: ['N1', 'E1'],
    });
    assert.equal(taken.status, 400);
    assert.match(taken.text, /E1 is registered already/);
    const tooMany = await admin.post(`/api/devices/orders/${id}/receive`, {
      receivedOn: '2024-11-12',
      serials: ['N1', 'N2', 'N3', 'N4'],
    });
    assert.equal(tooMany.status, 400);
    const received = await admin.post(`/api/devices/orders/${id}/receive`, {
      receivedOn: '2024-11-12',
      serials: ['n1', 'N2'],
    });
    assert.equal(received.status, 200, received.text);
    assert.deepEqual(
      [received.json.received, received.json.outstanding, received.json.state],
      [2, 1, 'partly_delivered'],
    );
    rot = await admin.get('/api/devices/rotation?month=2024-11');
    a = rot.json.rows.find((x: { categoryId: string }) => x.categoryId === ansatt);
    assert.deepEqual([a.inStock, a.ordered], [3, 1]);

    const n1 = (await admin.get('/api/devices?q=N1')).json.items[0];
    assert.equal(n1.expiresOn, '2028-11-12');
    const e1 = (await admin.get('/api/devices?q=E1')).json.items[0];
    const out = await admin.post(`/api/devices/${n1.id}/hand-out`, {
      assignedTo: 'kari@example.no',
      replacesId: e1.id,
    });
    assert.equal(out.status, 200, out.text);
    assert.equal(out.json.status, 'in_use');
    assert.equal(out.json.department, 'Rådhuset');
    const old = await admin.get(`/api/devices/${e1.id}`);
    assert.deepEqual([old.json.status, old.json.replacedById], ['retired', n1.id]);
    const twice = await admin.post(`/api/devices/${n1.id}/hand-out`, { assignedTo: 'x' });
    assert.equal(twice.status, 409);

    rot = await admin.get('/api/devices/rotation?month=2024-11');
    a = rot.json.rows.find((x: { categoryId: string }) => x.categoryId === ansatt);
    assert.deepEqual([a.expired, a.inStock], [1, 2]);

    const cancel = await admin.patch(`/api/devices/orders/${id}`, { cancel: true });
    assert.equal(cancel.json.state, 'cancelled');
    const afterCancel = await admin.post(`/api/devices/orders/${id}/receive`, {
      receivedOn: '2024-11-13',
      serials: ['N3'],
    });
    assert.equal(afterCancel.status, 409);
    const closed = await admin.get('/api/devices/orders?open=false');
    assert.deepEqual(
      closed.json.items.map((o: { id: string }) => o.id),
      [id],
    );
    assert.equal((await admin.get('/api/devices/orders?open=true')).json.items.length, 0);
  });

  it('an order cut down to what has arrived is delivered that day', async () => {
    const order = await admin.post('/api/devices/orders', {
      memberId: t.memberA,
      categoryId: elev,
      kind: 'pc',
      model: 'Fortis 14',
      quantity: 2,
      orderedOn: '2024-10-01',
    });
    await admin.post(`/api/devices/orders/${order.json.id}/receive`, { receivedOn: '2024-10-20', serials: ['C1'] });
    const cut = await admin.patch(`/api/devices/orders/${order.json.id}`, { quantity: 1 });
    assert.deepEqual([cut.json.state, cut.json.deliveredOn, cut.json.outstanding], ['delivered', '2024-11-14', 0]);
  });

  it('the forecast prices what stock and orders do not cover; a new lifetime moves the expiry', async () => {
    const f = await admin.get('/api/devices/forecast?start=2025-01&months=12&granularity=quarter');
    assert.equal(f.status, 200, f.text);
    assert.deepEqual(
      f.json.periods.map((p: { label: string }) => p.label),
      ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'],
    );
    const a = f.json.rows.find(
      (r: { memberId: string; categoryId: string }) => r.memberId === t.memberA && r.categoryId === ansatt,
    );
    // overdue: E2, E3, E5 (E1 retired); 2 in stock cover two of them
    assert.equal(a.overdue, 3);
    assert.equal(a.overdueToBuy, 1);
    assert.equal(a.totalCostOre, a.totalToBuy * 1_250_000);
    assert.equal(
      f.json.totalCostOre,
      f.json.totals.reduce((s: number, x: { costOre: number }) => s + x.costOre, 0),
    );
    const bad = await admin.get('/api/devices/forecast?months=6');
    assert.equal(bad.status, 400);

    const put = await admin.put(`/api/devices/categories/${ansatt}`, {
      key: 'ansatt',
      name: 'Ansatt',
      policies: [{ kind: 'pc', lifetimeMonths: 60, unitPriceOre: 1_250_000 }],
    });
    assert.equal(put.status, 200, put.text);
    assert.ok(put.json.devicesRecomputed >= 5);
    const e3 = (await admin.get('/api/devices?q=E3')).json.items[0];
    assert.equal(e3.expiresOn, '2025-02-28'); // 29 Feb 2020 + 5 years
    await admin.put(`/api/devices/categories/${ansatt}`, {
      key: 'ansatt',
      name: 'Ansatt',
      policies: [{ kind: 'pc', lifetimeMonths: 48, unitPriceOre: 1_250_000 }],
    });
    assert.equal((await admin.get('/api/devices?q=E3')).json.items[0].expiresOn, '2024-02-29');
  });

  it('compliance: the Rover rule lists phones under 6 GB per member and department', async () => {
    const rule = await admin.post('/api/devices/rules', {
      name: 'Rover-telefoner: minst 6 GB',
      kind: 'phone',
      groupName: 'rover',
      minMemoryMb: 6144,
      effectiveFrom: '2024-11-01',
    });
    assert.equal(rule.status, 201, rule.text);
    assert.equal(rule.json.inEffect, true);
    const nc = await admin.get(`/api/devices/rules/${rule.json.id}/non-compliant`);
    assert.equal(nc.json.covered, 3);
    assert.deepEqual(nc.json.items.map((i: { device: { serial: string } }) => i.device.serial).sort(), ['P1', 'P3']);
    assert.deepEqual(nc.json.items[0].violations[0].code, 'memory_below');
    const owner = await signedIn(ctx, t.users.system_owner.email);
    const own = await owner.get(`/api/devices/rules/${rule.json.id}/non-compliant`);
    assert.deepEqual(
      own.json.items.map((i: { device: { serial: string } }) => i.device.serial),
      ['P1'],
    );
    assert.deepEqual(own.json.departments, [
      { memberId: t.memberA, memberName: memberA.name, department: 'Hjemmetjenesten', count: 1, covered: 2 },
    ]);
    const none = await admin.post('/api/devices/rules', { name: 'Tom', effectiveFrom: '2024-11-01' });
    assert.equal(none.status, 400);
  });

  it('access: employees see their own devices only; council members the tables; other cooperations nothing', async () => {
    const employee = await signedIn(ctx, t.users.employee.email);
    assert.equal((await employee.get('/api/devices')).status, 403);
    assert.equal((await employee.get('/api/devices/rotation')).status, 403);
    const mine = await employee.get('/api/devices/mine');
    assert.deepEqual(
      mine.json.items.map((d: { serial: string; expiresOn: string; expired: boolean }) => [
        d.serial,
        d.expiresOn,
        d.expired,
      ]),
      [['E3', '2024-02-29', true]],
    );
    const council = await signedIn(ctx, t.users.council_member.email);
    assert.equal((await council.get('/api/devices/rotation?month=2024-11')).status, 200);
    assert.equal((await council.get('/api/devices')).status, 403);
    assert.equal((await council.post('/api/devices/orders', {})).status, 400);
    const leader = await signedIn(ctx, t.users.leader.email);
    const someDevice = (await admin.get('/api/devices?q=P3')).json.items[0];
    assert.equal(
      (await leader.patch(`/api/devices/${someDevice.id}`, { name: 'x' })).status,
      403,
      'the leader reads the fleet but does not keep it',
    );
    const owner = await signedIn(ctx, t.users.system_owner.email);
    assert.equal(
      (await owner.get(`/api/devices/${someDevice.id}`)).status,
      404,
      'member B’s phone is not member A’s owner’s',
    );
    assert.ok(
      (await owner.get('/api/devices')).json.items.every((d: { memberId: string }) => d.memberId === t.memberA),
    );

    const other = await createTenant(ctx.db);
    const stranger = await signedIn(ctx, other.users.admin.email);
    assert.equal((await stranger.get(`/api/devices/${someDevice.id}`)).status, 404);
    assert.equal((await stranger.get('/api/devices')).json.total, 0);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('entity_type')
      .where('cooperation_id', '=', t.cooperationId)
      .where('entity_type', 'in', ['device', 'device_order', 'device_import', 'device_category', 'device_rule'])
      .execute();
    assert.ok(new Set(audit.map((a) => a.entity_type)).size === 5);
  });
});
