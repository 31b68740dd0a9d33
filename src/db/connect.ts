import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';
import { ConfigError } from '../config.ts';

/** Which engine a connection runs on; tests and the backup format record it. */
export type Engine = 'pglite' | 'postgres';

export interface Connection {
  engine: Engine;
  pool: pg.Pool;
  /** Close the pool, then the embedded engine and its data-dir lock. */
  close(): Promise<void>;
}

const INT8 = 20;
const DATE = 1082;
const TIMESTAMP = 1114;

/**
 * Make both engines hand back the same JS types: int8 → number (refusing values that would lose
 * precision), numeric → string (pg's default), date → 'YYYY-MM-DD' and timestamp without zone → its
 * text, so that a calendar day never shifts with the process time zone.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === INT8) {
      return (value: string) => {
        const n = Number(value);
        if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${value} is beyond the safe integer range`);
        return n;
      };
    }
    if (oid === DATE || oid === TIMESTAMP) return (value: string) => value;
    return pg.types.getTypeParser(oid, format as 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/** Connect to PostgreSQL when a URL is given, otherwise to PGlite in `dataDir` (or memory). */
export async function connect(opts: { databaseUrl?: string; dataDir?: string | 'memory' }): Promise<Connection> {
  if (opts.databaseUrl) return connectPostgres(opts.databaseUrl);
  return connectPglite(opts.dataDir ?? 'memory');
}

async function connectPostgres(url: string): Promise<Connection> {
  const pool = new pg.Pool({ connectionString: url, types, max: 10, connectionTimeoutMillis: 5000 });
  // The pool emits errors of idle clients (server restarts); without a listener they kill the process.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.query("set time zone 'UTC'").catch(() => {});
  });
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => {});
    const safeUrl = url.replace(/\/\/[^@/]*@/, '//***@');
    throw new ConfigError(
      `Cannot reach the PostgreSQL server at ${safeUrl} (${(err as Error).message}). Start the server or correct DATABASE_URL.`,
    );
  }
  return { engine: 'postgres', pool, close: async () => (pool.ended ? undefined : pool.end()) };
}

async function connectPglite(dataDir: string): Promise<Connection> {
  let releaseLock = () => {};
  let pgdata: string | undefined;
  if (dataDir !== 'memory') {
    fs.mkdirSync(dataDir, { recursive: true });
    releaseLock = lockDataDir(dataDir);
    pgdata = path.join(dataDir, 'pgdata');
  }
  let pglite: PGlite;
  try {
    pglite = new PGlite({
      dataDir: pgdata,
      // NOTE: this replaces PGlite's postgresql.conf; it only caps the write-ahead log, which
      // otherwise grows to hundreds of MB after bulk loads.
      postgresqlconf: 'max_wal_size = 64MB\nmin_wal_size = 32MB\n',
    });
    await pglite.waitReady;
  } catch (err) {
    releaseLock();
    throw new ConfigError(
      `Cannot open the embedded database in ${pgdata} (${(err as Error).message}). Restore a backup into an empty SAMDRIFT_DATA directory or remove the damaged one.`,
    );
  }
  // PGlite has one connection: a pool of one makes every transaction exclusive, so a statement of
  // another request waits instead of running inside (and being lost with) someone else's transaction.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1, types });
  pool.on('error', () => {});
  return {
    engine: 'pglite',
    pool,
    async close() {
      try {
        if (!pool.ended) await pool.end();
      } finally {
        try {
          await pglite.close();
        } finally {
          releaseLock();
        }
      }
    },
  };
}

/**
 * PGlite does not lock its data directory, and two processes on one directory silently lose
 * committed writes. Take a lock file holding our pid; a stale lock of a dead process is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = path.join(dataDir, 'samdrift.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        fs.rmSync(lockPath, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new ConfigError(
          `The data directory ${dataDir} is in use by another Samdrift process (pid ${pid}). Stop that process, or set SAMDRIFT_DATA to another directory.`,
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new ConfigError(`Could not lock the data directory ${dataDir}. Check its permissions.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
