// What the database benchmarks share: a median timer, and running one benchmark on PGlite (in memory)
// and, with BENCH_DATABASE_URL, on PostgreSQL in a database of its own that is dropped afterwards.
import pg from 'pg';
import { openContext } from '../src/app/bootstrap.ts';
import type { AppContext } from '../src/app/context.ts';
import { loadConfig } from '../src/config.ts';

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** The median of `runs` runs after one warm-up (plans and caches), in ms with one decimal. */
export async function time(runs: number, fn: () => Promise<unknown>) {
  await fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return Math.round(median(xs) * 10) / 10;
}

async function admin(server: string, statement: string) {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

/** Run `fn` on a fresh PGlite and, when BENCH_DATABASE_URL is set, on a fresh PostgreSQL database. */
export async function eachEngine(prefix: string, fn: (engine: string, ctx: AppContext) => Promise<void>) {
  const engines: { name: string; url?: string }[] = [{ name: 'PGlite' }];
  const server = process.env.BENCH_DATABASE_URL;
  const dbName = `samdrift_bench_${prefix}_${Date.now()}`;
  if (server) {
    await admin(server, `create database ${dbName}`);
    const u = new URL(server);
    u.pathname = `/${dbName}`;
    engines.push({ name: 'PostgreSQL', url: u.href });
  }
  try {
    for (const engine of engines) {
      const ctx = await openContext(
        loadConfig({
          LOG_LEVEL: 'silent',
          SAMDRIFT_DEMO: 'false',
          ...(engine.url ? { DATABASE_URL: engine.url } : {}),
        }),
        { dataDir: 'memory' },
      );
      try {
        await fn(engine.name, ctx);
      } finally {
        await ctx.database.close();
      }
    }
  } finally {
    if (server) await admin(server, `drop database if exists ${dbName} with (force)`);
  }
}
