import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createGzip } from 'node:zlib';
import { sql } from 'kysely';
import { backupDatabase, restoreDatabase } from '../src/db/backup.ts';
import type { Db } from '../src/db/database.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { signedIn } from './client.ts';
import { createTestContext, type TestContext } from './context.ts';
import { createTenant } from './factories.ts';

/** Every row of every table, as text, in a stable order: what "identical data" means. */
async function snapshot(db: Db) {
  const tables = await sql<{ name: string }>`select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const out: Record<string, string[]> = {};
  for (const { name } of tables.rows) {
    // When a migration was applied is the restore's own fact, not data; its name must match.
    const rows =
      name === 'schema_migration'
        ? await sql<{ r: string }>`select name as r from schema_migration`.execute(db)
        : await sql<{ r: string }>`select to_jsonb(t)::text as r from ${sql.id(name)} t`.execute(db);
    out[name] = rows.rows.map((r) => r.r).sort();
  }
  return out;
}

describe('backup and restore', () => {
  let ctx: TestContext;
  let dir: string;
  before(async () => {
    ctx = await createTestContext();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samdrift-backup-'));
    await seedDemo(ctx.db, { ticketsPerYear: 200 });
    const t = await createTenant(ctx.db);
    const admin = await signedIn(ctx, t.users.admin.email);
    await admin.post('/api/users', {
      email: 'æøå@backup.test',
      name: 'Åse Ørnes',
      roles: [{ role: 'agent', memberId: null }],
    });
  });
  after(async () => {
    await ctx.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips to identical data, and ids continue after the restored ones', async () => {
    const file = path.join(dir, 'full.jsonl.gz');
    const before = await snapshot(ctx.db);
    const counts = await backupDatabase(ctx.db, ctx.database.engine, file);
    assert.equal(counts.cooperation, 2);
    assert.ok((counts.audit_log ?? 0) > 0);
    // Change everything, then restore.
    await sql`delete from session`.execute(ctx.db);
    await sql`update app_user set name = 'changed'`.execute(ctx.db);
    await sql`delete from member_contact`.execute(ctx.db);
    const events: string[] = [];
    await restoreDatabase(ctx.db, file, (p) => events.push(p.table));
    assert.ok(events.includes('member'));
    assert.deepEqual(await snapshot(ctx.db), before);
    const maxId = await sql<{ m: number }>`select max(id) as m from audit_log`.execute(ctx.db);
    await sql`insert into audit_log (cooperation_id, actor_name, action, entity_type, entity_id, summary)
      select id, 'test', 'update', 'x', 'x', 'after restore' from cooperation limit 1`.execute(ctx.db);
    const next = await sql<{ m: number }>`select max(id) as m from audit_log`.execute(ctx.db);
    assert.equal(next.rows[0]?.m, (maxId.rows[0]?.m ?? 0) + 1);
  });

  it('a truncated or damaged file is refused and changes nothing', async () => {
    const file = path.join(dir, 'good.jsonl.gz');
    await backupDatabase(ctx.db, ctx.database.engine, file);
    const before = await snapshot(ctx.db);

    const lines = (await import('node:zlib')).gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    const truncated = path.join(dir, 'truncated.jsonl.gz');
    await writeGz(truncated, lines.slice(0, Math.floor(lines.length / 2)).join('\n'));
    await assert.rejects(restoreDatabase(ctx.db, truncated), /truncated/);
    assert.deepEqual(await snapshot(ctx.db), before);

    const damaged = path.join(dir, 'damaged.jsonl.gz');
    await writeGz(damaged, [...lines.slice(0, 5), '{"r": {"id": "not-a-uuid"}}', ...lines.slice(5)].join('\n'));
    await assert.rejects(restoreDatabase(ctx.db, damaged));
    assert.deepEqual(await snapshot(ctx.db), before);

    const notBackup = path.join(dir, 'plain.txt');
    fs.writeFileSync(notBackup, 'hello');
    await assert.rejects(restoreDatabase(ctx.db, notBackup), /not a Samdrift backup/);
    await assert.rejects(restoreDatabase(ctx.db, path.join(dir, 'missing.gz')), /No backup file/);

    const newer = path.join(dir, 'newer.jsonl.gz');
    const header = JSON.parse(lines[0] as string);
    header.migrations.push('2999_01_01_0001_future');
    await writeGz(newer, [JSON.stringify(header), ...lines.slice(1)].join('\n'));
    await assert.rejects(restoreDatabase(ctx.db, newer), /newer version/);
    assert.deepEqual(await snapshot(ctx.db), before);
  });
});

function writeGz(file: string, text: string) {
  return new Promise<void>((resolve, reject) => {
    const gz = createGzip();
    gz.pipe(fs.createWriteStream(file)).on('finish', resolve).on('error', reject);
    gz.end(text);
  });
}
