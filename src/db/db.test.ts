import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { testDatabaseUrl } from '../../test/context.ts';
import { ConfigError } from '../config.ts';
import { connect, lockDataDir } from './connect.ts';
import { createDatabase, type Database } from './database.ts';
import { appliedMigrations, MIGRATION_NAMES, migrateToLatest, schemaStatus } from './migrate.ts';

describe('database (engine under test: PGlite, or PostgreSQL with TEST_DATABASE_URL)', () => {
  let database: Database;
  let drop: () => Promise<void>;

  before(async () => {
    const t = await testDatabaseUrl();
    drop = t.drop;
    database = createDatabase(await connect({ databaseUrl: t.url, dataDir: 'memory' }));
  });
  after(async () => {
    await database.close();
    await drop();
  });

  it('migrates from empty, then has nothing to do', async () => {
    assert.deepEqual(await appliedMigrations(database.db), []);
    assert.deepEqual(await migrateToLatest(database.db), MIGRATION_NAMES);
    assert.deepEqual(await migrateToLatest(database.db), []);
    assert.deepEqual(await schemaStatus(database.db), { current: true, pending: [], unknown: [] });
  });

  it('both engines return the same JS types', async () => {
    const r = await sql<{ i: number; d: string; ts: Date; n: string; b: boolean; j: unknown; a: string[] }>`
      select 9007199254740991::int8 as i, '2024-11-14'::date as d, '2024-11-14T08:15:00+01:00'::timestamptz as ts,
             123.45::numeric as n, true as b, '{"x":1}'::jsonb as j, array['a','b']::text[] as a`.execute(database.db);
    const row = r.rows[0];
    assert.ok(row);
    assert.equal(row.i, Number.MAX_SAFE_INTEGER);
    assert.equal(row.d, '2024-11-14');
    assert.equal(row.ts.toISOString(), '2024-11-14T07:15:00.000Z');
    assert.equal(row.n, '123.45');
    assert.equal(row.b, true);
    assert.deepEqual(row.j, { x: 1 });
    assert.deepEqual(row.a, ['a', 'b']);
    await assert.rejects(sql`select 9007199254740993::int8 as i`.execute(database.db), /safe integer/);
  });

  it('two overlapping requests, one in a transaction that rolls back, lose nothing', async () => {
    await sql`create table overlap (id int primary key)`.execute(database.db);
    let inside!: () => void;
    const entered = new Promise<void>((r) => {
      inside = r;
    });
    const rolledBack = database.db
      .transaction()
      .execute(async (tx) => {
        await sql`insert into overlap values (1)`.execute(tx);
        inside();
        // Let the other request's statement arrive while this transaction is open.
        await new Promise((r) => setTimeout(r, 50));
        await sql`insert into overlap values (2)`.execute(tx);
        throw new Error('roll back');
      })
      .catch((e: Error) => e.message);
    await entered;
    const other = sql`insert into overlap values (3)`.execute(database.db);
    const [msg] = await Promise.all([rolledBack, other]);
    assert.equal(msg, 'roll back');
    const rows = await sql<{ id: number }>`select id from overlap order by id`.execute(database.db);
    assert.deepEqual(
      rows.rows.map((r) => r.id),
      [3],
    );
  });

  it('many concurrent transactions all commit their own rows', async () => {
    await sql`create table many (id int primary key, t int not null)`.execute(database.db);
    await Promise.all(
      Array.from({ length: 20 }, (_, t) =>
        database.db.transaction().execute(async (tx) => {
          for (let i = 0; i < 5; i++) await sql`insert into many values (${t * 10 + i}, ${t})`.execute(tx);
        }),
      ),
    );
    const r = await sql<{ n: number }>`select count(*)::int as n from many`.execute(database.db);
    assert.equal(r.rows[0]?.n, 100);
  });

  it('refuses a database written by a newer Samdrift and leaves it alone', async () => {
    await sql`insert into schema_migration (name) values ('2999_01_01_0001_future')`.execute(database.db);
    await assert.rejects(migrateToLatest(database.db), (err: Error) => {
      assert.ok(err instanceof ConfigError);
      assert.match(err.message, /newer version of Samdrift.*not been touched/);
      return true;
    });
    await sql`delete from schema_migration where name = '2999_01_01_0001_future'`.execute(database.db);
  });
});

describe('PGlite data directory', () => {
  it('is locked against a second process, and a stale lock is taken over', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samdrift-lock-'));
    // pid 1 is always alive: a lock held by it is refused with a sentence saying what to do.
    fs.writeFileSync(path.join(dir, 'samdrift.lock'), '1');
    assert.throws(() => lockDataDir(dir), /in use by another Samdrift process \(pid 1\)/);
    // A lock of a process that no longer exists is stale.
    fs.writeFileSync(path.join(dir, 'samdrift.lock'), '2147483646');
    const release = lockDataDir(dir);
    assert.equal(fs.readFileSync(path.join(dir, 'samdrift.lock'), 'utf8'), String(process.pid));
    release();
    assert.equal(fs.existsSync(path.join(dir, 'samdrift.lock')), false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
