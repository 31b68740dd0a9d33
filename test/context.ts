import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openContext } from '../src/app/bootstrap.ts';
import type { AppContext } from '../src/app/context.ts';
import { createApp } from '../src/app/http.ts';
import { loadConfig } from '../src/config.ts';

/**
 * A real database for one test file: PGlite in memory by default, or a fresh database on the
 * PostgreSQL server named by TEST_DATABASE_URL (dropped again by `close`).
 */
export async function testDatabaseUrl(): Promise<{ url: string | undefined; drop: () => Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) return { url: undefined, drop: async () => {} };
  const name = `samdrift_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export interface TestContext extends AppContext {
  app: ReturnType<typeof createApp>;
  close(): Promise<void>;
}

/** A clock tests can set; the app reads it on every request. */
export interface TestClock {
  now: Date;
}

/** A migrated, empty database with the app on top, for one test file. */
export async function createTestContext(env: Record<string, string> = {}, clock?: TestClock): Promise<TestContext> {
  const { url, drop } = await testDatabaseUrl();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    SAMDRIFT_DEMO: 'false',
    ...(url ? { DATABASE_URL: url } : {}),
    ...env,
  });
  const ctx = await openContext(config, { dataDir: 'memory', now: clock ? () => clock.now : undefined });
  const app = createApp(ctx);
  return {
    ...ctx,
    app,
    async close() {
      await ctx.database.close();
      await drop();
    },
  };
}
