import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openContext } from '../src/app/bootstrap.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { MIGRATION_NAMES } from '../src/db/migrate.ts';
import { startServer } from '../src/server.ts';
import { testDatabaseUrl } from './context.ts';

const base = { LOG_LEVEL: 'silent', HOST: '127.0.0.1', SAMDRIFT_DEMO_TICKETS: '200' };
const root = path.resolve(import.meta.dirname, '..');

describe('start-up and configuration', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samdrift-start-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('validates the environment with one sentence per mistake', () => {
    assert.throws(
      () => loadConfig({ PORT: 'abc' }),
      (e: Error) => e instanceof ConfigError && /PORT/.test(e.message),
    );
    assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), /DATABASE_URL must start with postgres/);
    assert.throws(() => loadConfig({ OIDC_PROVIDERS: '[{' }), /OIDC_PROVIDERS is not valid JSON/);
    assert.throws(() => loadConfig({ OIDC_PROVIDERS: '[{"id":"x"}]' }), /OIDC_PROVIDERS\[0\.label\]/);
    const c = loadConfig({ PUBLIC_URL: 'https://samdrift.example.no/' });
    assert.equal(c.secureCookies, true);
    assert.equal(c.publicUrl, 'https://samdrift.example.no');
    assert.equal(loadConfig({}).port, 3000);
  });

  it('starts with demo data on first run, serves health and readiness, and restarts without reseeding', async () => {
    const dataDir = path.join(dir, 'demo');
    const t = await testDatabaseUrl();
    const env = { ...base, PORT: '0', SAMDRIFT_DATA: dataDir, ...(t.url ? { DATABASE_URL: t.url } : {}) };
    const lines: string[] = [];
    const first = await startServer(loadConfig(env), (l) => lines.push(l));
    try {
      assert.match(lines[0] ?? '', /^Samdrift is running at http:\/\/localhost:\d+ \(ready in \d+ ms\)$/);
      assert.ok(lines.some((l) => l.includes('seeded the cooperation ROR-IKT')));
      assert.ok(lines.some((l) => l.includes('admin@ror-ikt.no') && l.includes('samdrift-demo')));
      const health = await fetch(`http://127.0.0.1:${first.port}/healthz`);
      assert.equal(health.status, 200);
      const ready = await fetch(`http://127.0.0.1:${first.port}/readyz`);
      assert.deepEqual(await ready.json(), { status: 'ready', engine: t.url ? 'postgres' : 'pglite' });
      const login = await fetch(`http://127.0.0.1:${first.port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@ror-ikt.no', password: 'samdrift-demo' }),
      });
      assert.equal(login.status, 200);
    } finally {
      await first.stop();
    }
    const again: string[] = [];
    const second = await startServer(loadConfig(env), (l) => again.push(l));
    await second.stop();
    assert.ok(!again.some((l) => l.includes('seeded')));
    await t.drop();
  });

  it('a port in use stops start-up before the database is touched', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as net.AddressInfo).port;
    const dataDir = path.join(dir, 'port');
    try {
      await assert.rejects(
        startServer(loadConfig({ ...base, PORT: String(port), SAMDRIFT_DATA: dataDir }), () => {}),
        (e: Error) => e instanceof ConfigError && e.message.includes(`Port ${port}`) && e.message.includes('set PORT'),
      );
      assert.equal(fs.existsSync(dataDir), false);
    } finally {
      blocker.close();
    }
  });

  it('an unreachable DATABASE_URL stops start-up with one sentence', async () => {
    await assert.rejects(
      startServer(
        loadConfig({ ...base, PORT: '0', DATABASE_URL: 'postgres://samdrift:secret@127.0.0.1:1/samdrift' }),
        () => {},
      ),
      (e: Error) =>
        e instanceof ConfigError &&
        /Cannot reach the PostgreSQL server/.test(e.message) &&
        !e.message.includes('secret'),
    );
  });

  it('a data directory written by a newer schema is refused and left as it was', async () => {
    const dataDir = path.join(dir, 'newer');
    const config = loadConfig({ ...base, SAMDRIFT_DATA: dataDir, SAMDRIFT_DEMO: 'false' });
    const ctx = await openContext(config);
    await sql`insert into schema_migration (name) values ('2999_01_01_0001_future')`.execute(ctx.db);
    await ctx.database.close();
    await assert.rejects(
      startServer({ ...config, port: 0 }, () => {}),
      /newer version of Samdrift/,
    );
    const check = await openContext(config, { migrate: false });
    const rows = await sql<{ n: number }>`select count(*)::int as n from schema_migration`.execute(check.db);
    await check.database.close();
    assert.equal(rows.rows[0]?.n, MIGRATION_NAMES.length + 1);
    // The lock was released: the directory can be opened again.
    assert.equal(fs.existsSync(path.join(dataDir, 'samdrift.lock')), false);
  });

  it('the samdrift command prints one clear sentence and exits 1 on bad configuration', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'bin/samdrift.js'), 'db', 'status'], {
      env: { ...process.env, PORT: 'not-a-port' },
      encoding: 'utf8',
    });
    assert.equal(r.status, 1);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /^samdrift: Invalid configuration: PORT/);
  });
});
