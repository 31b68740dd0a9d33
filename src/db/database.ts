import { Kysely, PostgresDialect } from 'kysely';
import type { Connection, Engine } from './connect.ts';
import type { DB } from './schema.ts';

/** The query builder every repository takes: the root database or a transaction bound to it. */
export type Db = Kysely<DB>;

export interface Database {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

export function createDatabase(conn: Connection): Database {
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: conn.pool }) });
  return {
    db,
    engine: conn.engine,
    async close() {
      // Kysely's destroy ends the pool; the connection then closes PGlite and the lock.
      await db.destroy().catch(() => {});
      await conn.close().catch(() => {});
    },
  };
}

/**
 * Run `fn` in a transaction. A use case called from inside another one joins the outer
 * transaction instead of opening a second one, so a failure anywhere rolls back everything.
 */
export function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
