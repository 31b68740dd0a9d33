import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'kysely';
import type { Engine } from './connect.ts';
import { type Db, inTransaction } from './database.ts';
import {
  appliedMigrations,
  applyMigrations,
  ensureMigrationTable,
  MIGRATION_NAMES,
  newerSchemaError,
} from './migrate.ts';
import { checkedReferences } from './migrations/2026_11_21_0003_ticket_integrity.ts';
import { checkedReferences as deviceReferences } from './migrations/2026_11_21_0006_devices.ts';

/**
 * Logical backups that work on both engines: gzip'd JSON lines, one header, then per table a
 * `{ table }` line followed by its rows exactly as PostgreSQL renders them with to_jsonb (so
 * timestamps, numerics, arrays and jsonb survive), and an `{ end }` line with row counts.
 * A backup from PGlite restores into PostgreSQL and the other way round.
 */
export const BACKUP_FORMAT = 'samdrift-backup';
const BATCH = 1000;

interface Header {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  engine: Engine;
  migrations: string[];
}

export type Progress = (event: { table: string; rows: number }) => void;

/** Tables in an order where every table comes after the tables it references. */
async function tablesInDependencyOrder(db: Db): Promise<string[]> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'schema_migration'
    order by table_name`.execute(db);
  const refs = await sql<{ child: string; parent: string }>`
    select tc.table_name as child, ccu.table_name as parent
    from information_schema.table_constraints tc
    join information_schema.constraint_column_usage ccu
      on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
    where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public'`.execute(db);
  const names = tables.rows.map((t) => t.name);
  const deps = new Map(names.map((n) => [n, new Set<string>()]));
  for (const r of [
    ...refs.rows,
    ...[...checkedReferences, ...deviceReferences].map(([child, parent]) => ({ child, parent })),
  ])
    if (r.child !== r.parent) deps.get(r.child)?.add(r.parent);
  const ordered: string[] = [];
  const visit = (n: string, path: Set<string>) => {
    if (ordered.includes(n)) return;
    if (path.has(n)) throw new Error(`Foreign keys form a cycle through ${n}`);
    path.add(n);
    for (const d of deps.get(n) ?? []) visit(d, path);
    path.delete(n);
    ordered.push(n);
  };
  for (const n of names) visit(n, new Set());
  return ordered;
}

async function insertableColumns(db: Db, table: string): Promise<string[]> {
  const r = await sql<{ column: string }>`
    select column_name as column from information_schema.columns
    where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER'
    order by ordinal_position`.execute(db);
  return r.rows.map((x) => x.column);
}

async function primaryKey(db: Db, table: string): Promise<string[]> {
  const r = await sql<{ column: string }>`
    select kcu.column_name as column
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu
      on kcu.constraint_name = tc.constraint_name and kcu.constraint_schema = tc.constraint_schema
    where tc.table_schema = 'public' and tc.table_name = ${table} and tc.constraint_type = 'PRIMARY KEY'
    order by kcu.ordinal_position`.execute(db);
  if (r.rows.length === 0) throw new Error(`Table ${table} has no primary key; backups page by it.`);
  return r.rows.map((x) => x.column);
}

const ident = (name: string) => sql.id(name);

/** Write a backup of the whole database to `file` (gzip'd JSON lines). Returns rows per table. */
export async function backupDatabase(db: Db, engine: Engine, file: string, progress?: Progress) {
  const counts: Record<string, number> = {};
  const tmp = `${file}.partial`;
  const gzip = createGzip();
  const done = pipeline(gzip, fs.createWriteStream(tmp));
  const write = (obj: unknown) =>
    new Promise<void>((resolve, reject) => {
      if (gzip.write(`${JSON.stringify(obj)}\n`)) resolve();
      else gzip.once('drain', resolve).once('error', reject);
    });
  try {
    // One snapshot for the whole backup: rows written meanwhile are either all in or all out.
    await inTransaction(db, async (tx) => {
      await sql`set transaction isolation level repeatable read`.execute(tx).catch(() => {});
      const header: Header = {
        format: BACKUP_FORMAT,
        version: 1,
        createdAt: new Date().toISOString(),
        engine,
        migrations: await appliedMigrations(tx),
      };
      await write(header);
      for (const table of await tablesInDependencyOrder(tx)) {
        const pk = await primaryKey(tx, table);
        await write({ table });
        counts[table] = 0;
        let last: unknown[] | undefined;
        for (;;) {
          const keyTuple = sql.join(pk.map(ident));
          const after = last ? sql`where (${keyTuple}) > (${sql.join(last.map((v) => sql`${v}`))})` : sql``;
          const rows = await sql<{ r: Record<string, unknown>; k: unknown[] }>`
            select to_jsonb(t) as r, jsonb_build_array(${sql.join(pk.map((c) => sql`t.${ident(c)}`))}) as k
            from ${ident(table)} t ${after} order by ${keyTuple} limit ${BATCH}`.execute(tx);
          for (const row of rows.rows) await write({ r: row.r });
          counts[table] += rows.rows.length;
          progress?.({ table, rows: counts[table] });
          if (rows.rows.length < BATCH) break;
          last = rows.rows.at(-1)?.k;
        }
      }
      await write({ end: true, counts });
    });
    gzip.end();
    await done;
    fs.renameSync(tmp, file);
    return counts;
  } catch (err) {
    gzip.destroy();
    await done.catch(() => {});
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

async function* lines(file: string): AsyncGenerator<Record<string, unknown>> {
  const input = fs.createReadStream(file).pipe(createGunzip());
  const rl = readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line) continue;
    try {
      yield JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`The backup is damaged: line ${n} is not valid JSON.`);
    }
  }
}

export class BackupError extends Error {
  override name = 'BackupError';
}

/**
 * Replace the whole database with a backup, in one transaction: if anything fails (a damaged or
 * truncated file, a newer schema), the database is left exactly as it was. An older backup is
 * restored at its own schema version and then migrated forward.
 */
export async function restoreDatabase(db: Db, file: string, progress?: Progress) {
  if (!fs.existsSync(file)) throw new BackupError(`No backup file at ${file}.`);
  const counts: Record<string, number> = {};
  await ensureMigrationTable(db);
  await inTransaction(db, async (tx) => {
    const it = lines(file)[Symbol.asyncIterator]();
    const first = await it.next().catch((err: Error) => {
      throw new BackupError(`${file} is not a Samdrift backup (${err.message}).`);
    });
    const header = first.value as Header | undefined;
    if (!header || header.format !== BACKUP_FORMAT || header.version !== 1) {
      throw new BackupError(`${file} is not a Samdrift backup.`);
    }
    const unknown = header.migrations.filter((m) => !MIGRATION_NAMES.includes(m));
    if (unknown.length > 0) throw newerSchemaError(unknown);
    if (header.migrations.some((m, i) => MIGRATION_NAMES[i] !== m)) {
      throw new BackupError('The backup has migrations in another order than this build; it cannot be restored here.');
    }
    // Drop everything we own and rebuild the schema at the backup's version.
    for (const table of (await tablesInDependencyOrder(tx)).reverse()) {
      await sql`drop table if exists ${ident(table)} cascade`.execute(tx);
    }
    // and the functions our migrations created (triggers went with their tables)
    const fns = await sql<{ sig: string }>`
      select p.oid::regprocedure::text as sig from pg_proc p
      where p.pronamespace = 'public'::regnamespace
        and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')`.execute(tx);
    for (const f of fns.rows) await sql.raw(`drop function if exists ${f.sig} cascade`).execute(tx);
    await sql`delete from schema_migration`.execute(tx);
    await applyMigrations(tx, header.migrations);
    await sql`set constraints all deferred`.execute(tx);

    let table: string | undefined;
    let batch: Record<string, unknown>[] = [];
    let ended = false;
    const flush = async () => {
      if (!table || batch.length === 0) return;
      // generated columns (full-text vectors) are computed again, never inserted
      const cols = sql.join((await insertableColumns(tx, table)).map(ident));
      await sql`insert into ${ident(table)} (${cols}) overriding system value
        select ${cols} from jsonb_populate_recordset(null::${ident(table)}, ${JSON.stringify(batch)}::jsonb)`.execute(
        tx,
      );
      const total = (counts[table] ?? 0) + batch.length;
      counts[table] = total;
      progress?.({ table, rows: total });
      batch = [];
    };
    for (let next = await it.next(); !next.done; next = await it.next()) {
      const line = next.value;
      if (ended) throw new BackupError('The backup has data after its end marker.');
      if (typeof line.table === 'string') {
        await flush();
        table = line.table;
        counts[table] = 0;
      } else if (line.r && typeof line.r === 'object') {
        if (!table) throw new BackupError('The backup has rows before any table.');
        batch.push(line.r as Record<string, unknown>);
        if (batch.length >= BATCH) await flush();
      } else if (line.end) {
        await flush();
        const expected = line.counts as Record<string, number>;
        for (const [t, n] of Object.entries(expected)) {
          if ((counts[t] ?? 0) !== n)
            throw new BackupError(`The backup is damaged: ${t} has ${counts[t] ?? 0} rows, expected ${n}.`);
        }
        ended = true;
      } else {
        throw new BackupError('The backup is damaged: a line is neither a table, a row nor the end.');
      }
    }
    if (!ended) throw new BackupError('The backup is truncated: its end marker is missing. Nothing was restored.');
    // Identity columns continue after the restored ids.
    const identities = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' and is_identity = 'YES'`.execute(tx);
    for (const c of identities.rows) {
      await sql`select setval(pg_get_serial_sequence(${c.table_name}, ${c.column_name}),
        coalesce((select max(${ident(c.column_name)}) from ${ident(c.table_name)}), 0) + 1, false)`.execute(tx);
    }
    await applyMigrations(tx, MIGRATION_NAMES.slice(header.migrations.length));
  });
  return counts;
}
