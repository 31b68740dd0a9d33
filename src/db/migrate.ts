import { type Kysely, sql } from 'kysely';
import { ConfigError } from '../config.ts';
import { type Db, inTransaction } from './database.ts';
import { migrations } from './migrations/index.ts';

/**
 * Our own small migration runner instead of Kysely's Migrator: it runs inside a caller's
 * transaction (restore replays migrations and data in one), takes a table lock rather than an
 * advisory lock (PGlite), and refuses a database written by a newer build.
 */
export const MIGRATION_NAMES = Object.keys(migrations).sort();

type MigrationModule = { up(db: Kysely<unknown>): Promise<void> };

export async function ensureMigrationTable(db: Db) {
  await sql`create table if not exists schema_migration (name text primary key, applied_at timestamptz not null default now())`.execute(
    db,
  );
}

/** Names of migrations applied to the database, oldest first (empty for a new database). */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const exists = await sql<{ t: string | null }>`select to_regclass('public.schema_migration')::text as t`.execute(db);
  if (!exists.rows[0]?.t) return [];
  const rows = await sql<{ name: string }>`select name from schema_migration order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

export interface SchemaStatus {
  current: boolean;
  pending: string[];
  unknown: string[];
}

function compare(applied: string[]): SchemaStatus {
  const set = new Set(applied);
  const pending = MIGRATION_NAMES.filter((m) => !set.has(m));
  const unknown = applied.filter((m) => !(m in migrations));
  return { current: pending.length === 0 && unknown.length === 0, pending, unknown };
}

/** Compare the database with the migrations this build knows. */
export async function schemaStatus(db: Db): Promise<SchemaStatus> {
  return compare(await appliedMigrations(db));
}

export function newerSchemaError(unknown: string[]) {
  return new ConfigError(
    `The database was written by a newer version of Samdrift (unknown migration ${unknown.at(-1)}). Upgrade Samdrift; the data has not been touched.`,
  );
}

/** Apply the named migrations, in order, on `tx` (which must be a transaction). */
export async function applyMigrations(tx: Db, names: string[]) {
  for (const name of names) {
    const m = (migrations as Record<string, MigrationModule>)[name];
    if (!m) throw new Error(`Unknown migration ${name}`);
    try {
      await m.up(tx as unknown as Kysely<unknown>);
    } catch (err) {
      throw new Error(`Migration ${name} failed: ${(err as Error).message}`);
    }
    await sql`insert into schema_migration (name) values (${name})`.execute(tx);
  }
}

/**
 * Bring the schema up to date in one transaction, so a failed migration leaves the database as
 * it was. Returns the names applied.
 */
export async function migrateToLatest(db: Db): Promise<string[]> {
  await ensureMigrationTable(db);
  return inTransaction(db, async (tx) => {
    // Serialises concurrent starts of several processes on one PostgreSQL database.
    await sql`lock table schema_migration in exclusive mode`.execute(tx);
    const status = compare(await appliedMigrations(tx));
    if (status.unknown.length > 0) throw newerSchemaError(status.unknown);
    await applyMigrations(tx, status.pending);
    return status.pending;
  });
}
