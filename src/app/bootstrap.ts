import type { Config } from '../config.ts';
import { connect } from '../db/connect.ts';
import { createDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { OidcClients } from './auth/oidc.ts';
import type { AppContext } from './context.ts';
import { createLogger } from './logger.ts';

/**
 * Composition root shared by the server, the CLI and the tests: connect, migrate, build the
 * context. The caller owns `ctx.database.close()`.
 */
export async function openContext(
  config: Config,
  opts: { migrate?: boolean; dataDir?: string | 'memory'; now?: () => Date } = {},
): Promise<AppContext> {
  const conn = await connect({ databaseUrl: config.databaseUrl, dataDir: opts.dataDir ?? config.dataDir });
  const database = createDatabase(conn);
  try {
    if (opts.migrate !== false) await migrateToLatest(database.db);
  } catch (err) {
    await database.close();
    throw err;
  }
  return {
    config,
    database,
    db: database.db,
    logger: createLogger(config.logLevel),
    now: opts.now ?? (() => new Date()),
    oidc: new OidcClients(config),
  };
}
