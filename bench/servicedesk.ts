// Service-desk benchmarks over a database of N tickets (default 1,000,000): the monthly statistics
// and a page of 50 tickets with filters. Runs on PGlite, and on PostgreSQL with BENCH_DATABASE_URL.
// Alone: `npx tsx bench/servicedesk.ts [tickets]`.
import { sql } from 'kysely';
import type { Actor } from '../src/app/auth/roles.ts';
import type { AppContext } from '../src/app/context.ts';
import { ensureServiceDeskDefaults } from '../src/modules/servicedesk/defaults.ts';
import { monthlyStats } from '../src/modules/servicedesk/stats.service.ts';
import { listTickets } from '../src/modules/servicedesk/tickets.service.ts';
import { eachEngine, time } from './engines.ts';

/**
 * Fill one cooperation with `n` synthetic tickets over five years, generated inside the database
 * (generate_series), with the SLA columns the statistics read.
 */
export async function fill(ctx: AppContext, n: number) {
  const coop = crypto.randomUUID();
  await sql`insert into cooperation (id, slug, name, short_name, organisation_form) values (${coop}, ${`bench-${coop.slice(0, 8)}`}, 'Bench', 'Bench', 'x')`.execute(
    ctx.db,
  );
  await ensureServiceDeskDefaults(ctx.db, coop);
  const members: string[] = [];
  for (let i = 0; i < 8; i++) {
    const id = crypto.randomUUID();
    members.push(id);
    await sql`insert into member (id, cooperation_id, code, name, kind, joined_on) values (${id}, ${coop}, ${`m${i}`}, ${`Kommune ${i}`}, 'partner', '2014-01-01')`.execute(
      ctx.db,
    );
  }
  const cats: string[] = [];
  for (let i = 0; i < 12; i++) {
    const id = crypto.randomUUID();
    cats.push(id);
    await sql`insert into sd_category (id, cooperation_id, name, sort) values (${id}, ${coop}, ${`Kategori ${i}`}, ${i})`.execute(
      ctx.db,
    );
  }
  const end = Date.parse('2026-11-01T00:00:00Z');
  const span = 5 * 365 * 86_400_000;
  const chunk = 100_000;
  for (let from = 0; from < n; from += chunk) {
    const to = Math.min(n, from + chunk) - 1;
    // Independent random columns (correlated ones would make filters match nothing); ~1 % open.
    await sql`
      insert into ticket (id, cooperation_id, number, kind, channel, priority, category_id, member_id, requester_name,
        status_key, core_state, subject, created_at, updated_at, resolved_at, closed_at,
        sla_resolution_due, sla_response_breached, sla_resolution_breached, sla_business_minutes, sla_frozen)
      select gen_random_uuid(), ${coop}, g,
        (array['incident','service_request','security_alert'])[1 + floor(random() * 3)::int],
        (array['portal','portal','portal','email','phone','phone','walk_in'])[1 + floor(random() * 7)::int],
        (array['critical','high','medium','medium','medium','low','low','low','low','low','low','low','low','low','low','low','low','low','low','low'])[1 + floor(random() * 20)::int],
        (${sql.val(cats)}::uuid[])[1 + floor(random() * 12)::int],
        (${sql.val(members)}::uuid[])[1 + floor(random() * 8)::int],
        'Bruker ' || g,
        case when g % 97 = 0 then 'in_progress' else 'closed' end,
        case when g % 97 = 0 then 'open' else 'closed' end,
        'Sak ' || g,
        c.created, c.created,
        case when g % 97 = 0 then null else c.created + ((g % 300) || ' hours')::interval end,
        case when g % 97 = 0 then null else c.created + ((g % 300) + 120 || ' hours')::interval end,
        c.created + interval '3 days',
        false, (g % 33 = 0), (g * 37) % 2000, (g % 97 <> 0)
      from generate_series(${from + 1}::int, ${to + 1}::int) g
      cross join lateral (select to_timestamp((${end - span}::float8 + (g::float8 / ${n}) * ${span}) / 1000) as created) c`.execute(
      ctx.db,
    );
  }
  await sql`analyze ticket`.execute(ctx.db);
  const actor: Actor = {
    userId: null,
    cooperationId: coop,
    name: 'bench',
    memberId: null,
    roles: [{ role: 'admin', memberId: null }],
  };
  return { actor, members, cats };
}

export async function benchServiceDesk(n = 1_000_000) {
  const rows: { engine: string; case: string; medianMs: number }[] = [];
  await eachEngine('sd', async (engine, ctx) => {
    const t0 = performance.now();
    const { actor, members, cats } = await fill(ctx, n);
    rows.push({
      engine,
      case: `load ${n.toLocaleString('en')} tickets (generate_series)`,
      medianMs: Math.round(performance.now() - t0),
    });
    const now = new Date('2026-11-15T10:00:00Z');
    rows.push({
      engine,
      case: 'monthly statistics, all members',
      medianMs: await time(5, () => monthlyStats(ctx.db, actor, { month: '2026-10' }, now)),
    });
    rows.push({
      engine,
      case: 'monthly statistics, one member',
      medianMs: await time(5, () => monthlyStats(ctx.db, actor, { month: '2026-10', memberId: members[3] }, now)),
    });
    const page = (input: Parameters<typeof listTickets>[2]) => time(10, () => listTickets(ctx.db, actor, input, now));
    rows.push({
      engine,
      case: 'page of 50, newest first',
      medianMs: await page({ scope: 'queue', limit: 50 }),
    });
    rows.push({
      engine,
      case: 'page of 50, member + priority high,critical',
      medianMs: await page({ scope: 'queue', memberId: members[2], priority: ['high', 'critical'], limit: 50 }),
    });
    rows.push({
      engine,
      case: 'page of 50, member + category + open',
      medianMs: await page({
        scope: 'queue',
        memberId: members[1],
        categoryId: cats[4],
        coreStates: ['new', 'open', 'waiting'],
        limit: 50,
      }),
    });
    rows.push({
      engine,
      case: 'page of 50, SLA breached (open)',
      medianMs: await page({ scope: 'queue', risk: 'breached', limit: 50 }),
    });
    rows.push({
      engine,
      case: 'search by #number',
      medianMs: await page({ scope: 'queue', search: `#${Math.floor(n / 2)}`, limit: 50 }),
    });
    rows.push({
      engine,
      case: 'page 2 by cursor, member filter',
      medianMs: await (async () => {
        const first = await listTickets(ctx.db, actor, { scope: 'queue', memberId: members[0], limit: 50 }, now);
        const [at, id] = (first.nextCursor ?? '').split('_');
        return page({
          scope: 'queue',
          memberId: members[0],
          before: { createdAt: new Date(at as string), id: id as string },
          limit: 50,
        });
      })(),
    });
  });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await benchServiceDesk(Number(process.argv[2] ?? 1_000_000)));
}
