// Reports: the economy and activity report of a month built from the data and rendered as HTML and
// as PDF, (a) for the demo cooperation with 20,000 tickets a year (economy, devices, governance as in
// the demo) and (b) for a cooperation of 1,000,000 tickets over five years. Runs on PGlite, and on
// PostgreSQL with BENCH_DATABASE_URL. Alone: `npx tsx bench/reports.ts`.
import type { Actor } from '../src/app/auth/roles.ts';
import type { AppContext } from '../src/app/context.ts';
import { DEMO_SLUG, seedDemo } from '../src/demo/seed.ts';
import { findCooperationBySlug } from '../src/modules/members/members.repository.ts';
import { renderPeriod } from '../src/modules/reports/reports.service.ts';
import { eachEngine, time } from './engines.ts';
import { fill } from './servicedesk.ts';

async function timeReport(ctx: AppContext, actor: Actor, month: string, now: Date, label: string, engine: string) {
  const html = await time(3, () => renderPeriod(ctx.db, actor, 'activity', month, 'html', now));
  const pdf = await time(3, () => renderPeriod(ctx.db, actor, 'activity', month, 'pdf', now));
  return [
    { engine, case: `${label}: HTML`, medianMs: html },
    { engine, case: `${label}: PDF`, medianMs: pdf },
  ];
}

export async function benchReports(tickets = Number(process.env.BENCH_TICKETS ?? 1_000_000)) {
  const rows: { engine: string; case: string; medianMs: number }[] = [];
  await eachEngine('reports', async (engine, ctx) => {
    const now = new Date('2026-11-15T10:00:00Z');
    await seedDemo(ctx.db, { now, ticketsPerYear: 20_000 });
    const coop = await findCooperationBySlug(ctx.db, DEMO_SLUG);
    if (!coop) throw new Error('the demo cooperation was not seeded');
    const leader: Actor = {
      userId: null,
      cooperationId: coop.id,
      name: 'Benchmark',
      memberId: null,
      roles: [{ role: 'leader', memberId: null }],
    };
    rows.push(...(await timeReport(ctx, leader, '2026-10', now, 'demo, 20,000 tickets/year, October', engine)));
    const big = await fill(ctx, tickets);
    rows.push(
      ...(await timeReport(ctx, big.actor, '2026-10', now, `${tickets.toLocaleString('en')} tickets, October`, engine)),
    );
  });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchReports());
