// Devices at scale: a 100,000-row Intune export imported into the demo cooperation (new devices, the
// same file again, then every device checked in again), and the rotation table, forecast, a table
// cell's device list and the Rover compliance list over the resulting ~112,000 devices (median ms).
// Run alone with `npx tsx bench/devices.ts`; BENCH_DATABASE_URL adds PostgreSQL.
import type { Actor } from '../src/app/auth/roles.ts';
import { openContext } from '../src/app/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { listDevices } from '../src/modules/devices/fleet.service.ts';
import { importFleet } from '../src/modules/devices/import.service.ts';
import { listRules, nonCompliant } from '../src/modules/devices/rules.service.ts';
import { replacementForecast, rotation } from '../src/modules/devices/tables.service.ts';
import { testDatabaseUrl } from '../test/context.ts';

const ROWS = Number(process.env.BENCH_DEVICES ?? 100_000);

async function median(fn: () => Promise<unknown>, runs = 15) {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return Math.round((ms[Math.floor(ms.length / 2)] as number) * 10) / 10;
}

/** An Intune export of `n` devices: PCs and phones of the five members, checked in on `day`. */
export function intuneExport(n: number, day: string): Buffer {
  const domains = ['molde', 'hustadvika', 'rauma', 'vestnes', 'aukra'];
  const lines = [
    'Device ID,Device name,Enrollment date,Last check-in,Azure AD Device ID,OS version,Serial number,Manufacturer,Model,Total storage,Free storage,Primary user UPN,Primary user display name,Category,OS,Compliance,Ownership',
  ];
  for (let i = 0; i < n; i++) {
    const phone = i % 3 === 0;
    const d = domains[i % 5];
    const year = 2019 + (i % 6);
    const month = String(1 + (i % 12)).padStart(2, '0');
    lines.push(
      [
        `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        `${d!.slice(0, 3).toUpperCase()}-${phone ? 'MOB' : 'PC'}-${i}`,
        `${year}-${month}-15 09:30:00.0000000`,
        `${day} ${String(6 + (i % 12)).padStart(2, '0')}:15:00.0000000`,
        `aad-${i}`,
        phone ? '17.6.1' : '10.0.22631.4391',
        `BENCH${String(i).padStart(8, '0')}`,
        phone ? 'Apple' : 'LENOVO',
        phone ? 'iPhone 13' : 'ThinkPad L14 Gen 4',
        phone ? '122070' : '243712',
        phone ? '40000' : '120000',
        `bruker${i}@${d}.kommune.no`,
        `Bruker ${i}`,
        i % 2 === 0 ? 'Ansatt' : 'Elev',
        phone ? 'iOS' : 'Windows',
        'Compliant',
        'Corporate',
      ].join(','),
    );
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

async function one(engine: 'PGlite' | 'PostgreSQL') {
  const prev = process.env.TEST_DATABASE_URL;
  if (engine === 'PostgreSQL') process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
  const { url, drop } = await testDatabaseUrl();
  process.env.TEST_DATABASE_URL = prev;
  const ctx = await openContext(
    loadConfig({ LOG_LEVEL: 'silent', SAMDRIFT_DEMO: 'false', ...(url ? { DATABASE_URL: url } : {}) }),
    { dataDir: 'memory' },
  );
  try {
    const now = new Date();
    await seedDemo(ctx.db, { ticketsPerYear: 0, now });
    const coop = await ctx.db.selectFrom('cooperation').select('id').executeTakeFirstOrThrow();
    const admin: Actor = {
      userId: null,
      cooperationId: coop.id,
      name: 'bench',
      memberId: null,
      roles: [{ role: 'admin', memberId: null }],
    };
    const today = now.toISOString().slice(0, 10);
    const file = intuneExport(ROWS, today);
    const rate = async (bytes: Buffer) => {
      const t = performance.now();
      const r = await importFleet(ctx.db, admin, { fileName: 'intune.csv', bytes, format: 'intune' }, now);
      if (r.rejected) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
      return { perSecond: Math.round(ROWS / ((performance.now() - t) / 1000)), r };
    };
    const first = await rate(file);
    const same = await rate(file);
    // every device checked in again an hour later: all rows change
    const later = Buffer.from(file.toString('utf8').replace(/:15:00\.0000000/g, ':45:00.0000000'));
    const changed = await rate(later);
    const devices = Number(
      (
        await ctx.db
          .selectFrom('device')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const month = today.slice(0, 7);
    const table = await rotation(ctx.db, admin, { month }, now);
    const busiest = table.rows.reduce((a, b) => (b.expiring > a.expiring ? b : a));
    const rule = (await listRules(ctx.db, admin, now)).items[0]!;
    return {
      engine,
      devices,
      'import new rows/s': first.perSecond,
      'same file rows/s': same.perSecond,
      'all changed rows/s': changed.perSecond,
      created: first.r.created,
      unchanged: same.r.unchanged,
      updated: changed.r.updated,
      'rotation ms': await median(() => rotation(ctx.db, admin, { month }, now)),
      'forecast 36 m ms': await median(() =>
        replacementForecast(ctx.db, admin, { months: 36, granularity: 'month' }, now),
      ),
      'cell list ms': await median(() =>
        listDevices(
          ctx.db,
          admin,
          { memberId: busiest.memberId, categoryId: busiest.categoryId, kind: 'pc', cell: 'expiring', month },
          now,
        ),
      ),
      'Rover list ms': await median(() => nonCompliant(ctx.db, admin, rule.id, {}, now), 5),
      'peak RSS MB': Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await ctx.database.close();
    await drop();
  }
}

export async function benchDevices() {
  const rows = [await one('PGlite')];
  if (process.env.BENCH_DATABASE_URL) rows.push(await one('PostgreSQL'));
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchDevices());
