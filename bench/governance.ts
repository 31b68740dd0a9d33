// Governance at a national scale: 50 cooperations' council archives (40,000 cases) in one database;
// median ms of search, a meeting page, a body's year, and rendering notice and minutes PDFs.
// Run alone with `npx tsx bench/governance.ts`; BENCH_DATABASE_URL adds PostgreSQL.
import { sql } from 'kysely';
import type { Actor } from '../src/app/auth/roles.ts';
import { openContext } from '../src/app/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { renderMinutesPdf, renderNoticePdf } from '../src/modules/governance/documents/pdf.ts';
import { documentModel } from '../src/modules/governance/documents.service.ts';
import { findMeeting } from '../src/modules/governance/governance.repository.ts';
import { getMeeting, listMeetings } from '../src/modules/governance/meetings.service.ts';
import { searchGovernance } from '../src/modules/governance/search.service.ts';
import { testDatabaseUrl } from '../test/context.ts';

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

const WORDS = [
  'budsjett',
  'budsjettet',
  'lisenser',
  'sikkerhet',
  'nettverk',
  'skole',
  'helse',
  'økonomi',
  'portal',
  'brannmur',
];

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
    await seedDemo(ctx.db, { ticketsPerYear: 0 });
    const coop = await ctx.db.selectFrom('cooperation').select('id').executeTakeFirstOrThrow();
    const council = await ctx.db
      .selectFrom('body')
      .select('id')
      .where('kind', '=', 'council')
      .executeTakeFirstOrThrow();
    // 50 cooperations × 10 years × 8 meetings × 10 cases, in the demo's council (the worst case for one
    // tenant's queries) — the same rows a national deployment holds in total
    const t0 = performance.now();
    await sql`
      insert into meeting (id, cooperation_id, body_id, year, number, number_locked, meeting_date, start_time, end_time,
        notice_sent_at, held_at, minutes_sent_at, minutes_approved_at)
      select gen_random_uuid(), ${coop.id}, ${council.id}, 2000 + g % 20, 100 + g / 20, true,
        make_date(2000 + g % 20, 1 + (g / 20) % 12, 1 + (g / 240) % 28), '08:15', '12:00', now(), now(), now(), now()
      from generate_series(0, 4999) g`.execute(ctx.db);
    await sql`
      insert into gov_case (id, cooperation_id, meeting_id, position, item_number, number_locked, case_number, title, kind,
        background, proposed_decision, decision, discussion, status)
      select gen_random_uuid(), m.cooperation_id, m.id, i, i + 1, true,
        m.year || '/M' || m.number || '-' || lpad((i + 1)::text, 3, '0'),
        'Sak om ' || (array[${sql.join(WORDS)}])[1 + (i + m.number) % 10] || ' ' || i,
        'information', 'Bakgrunn: ' || repeat('tekst om drift og ' || (array[${sql.join(WORDS)}])[1 + i % 10] || ' ', 40),
        'Saken tas til orientering.', 'Saken tas til orientering.', 'Drøfting av saken.', 'decided'
      from meeting m cross join generate_series(0, 7) i
      where m.year < 2020`.execute(ctx.db);
    const loadMs = Math.round(performance.now() - t0);
    const cases = Number((await sql<{ n: string }>`select count(*) as n from gov_case`.execute(ctx.db)).rows[0]?.n);
    const admin: Actor = {
      userId: null,
      cooperationId: coop.id,
      name: 'bench',
      memberId: null,
      roles: [{ role: 'admin', memberId: null }],
    };
    const employee = await ctx.db
      .selectFrom('app_user')
      .select(['id', 'member_id'])
      .where('email', '=', 'ansatt@rauma.kommune.no')
      .executeTakeFirstOrThrow();
    const reader: Actor = {
      userId: employee.id,
      cooperationId: coop.id,
      name: 'bench',
      memberId: employee.member_id,
      roles: [{ role: 'employee', memberId: employee.member_id }],
    };
    const m7 = await ctx.db
      .selectFrom('meeting')
      .select('id')
      .where('year', '=', 2024)
      .where('number', '=', 7)
      .executeTakeFirstOrThrow();
    const m7row = await findMeeting(ctx.db, coop.id, m7.id);
    const now = new Date();
    let i = 0;
    return {
      engine,
      cases,
      'load ms': loadMs,
      'search (admin) ms': await median(() => searchGovernance(ctx.db, admin, WORDS[i++ % 10] as string, now)),
      'search (employee) ms': await median(() => searchGovernance(ctx.db, reader, WORDS[i++ % 10] as string, now)),
      'meeting page ms': await median(() => getMeeting(ctx.db, admin, m7.id, now)),
      'body year ms': await median(() => listMeetings(ctx.db, admin, { bodyId: council.id, year: 2015 }, now)),
      'notice PDF ms': await median(async () =>
        renderNoticePdf(await documentModel(ctx.db, admin, m7row as never, false)),
      ),
      'minutes PDF ms': await median(async () =>
        renderMinutesPdf(await documentModel(ctx.db, admin, m7row as never, true)),
      ),
    };
  } finally {
    await ctx.database.close();
    await drop();
  }
}

export async function benchGovernance() {
  const rows = [await one('PGlite')];
  if (process.env.BENCH_DATABASE_URL) rows.push(await one('PostgreSQL'));
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchGovernance());
