import { type Migration, Migrator, sql } from 'kysely';
import { ConfigError } from '../config.ts';
import type { Db } from './database.ts';
import { migrations } from './migrations/index.ts';

const migrator = (db: Db) =>
  new Migrator({ db, provider: { getMigrations: async () => migrations as Record<string, Migration> } });

/** Names of migrations applied to the database, oldest first (empty for a new database). */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const exists = await sql<{ t: string | null }>`select to_regclass('public.kysely_migration')::text as t`.execute(db);
  if (!exists.rows[0]?.t) return [];
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

export interface SchemaStatus {
  current: boolean;
  pending: string[];
  unknown: string[];
}

/** Compare the database with the migrations this build knows. */
export async function schemaStatus(db: Db): Promise<SchemaStatus> {
  const applied = new Set(await appliedMigrations(db));
  const known = Object.keys(migrations);
  const pending = known.filter((m) => !applied.has(m));
  const unknown = [...applied].filter((m) => !(m in migrations));
  return { current: pending.length === 0 && unknown.length === 0, pending, unknown };
}

/**
 * Bring the schema up to date. A database that has migrations this build does not know was
 * written by a newer Samdrift: refuse to touch it rather than risk its data.
 */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const status = await schemaStatus(db);
  if (status.unknown.length > 0) {
    throw new ConfigError(
      `The database was written by a newer version of Samdrift (unknown migration ${status.unknown.at(-1)}). Upgrade Samdrift; the data has not been touched.`,
    );
  }
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
