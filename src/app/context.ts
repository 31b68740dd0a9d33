import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Database, Db } from '../db/database.ts';
import type { SessionInfo } from './auth/auth.service.ts';
import type { OidcClients } from './auth/oidc.ts';

/** Everything a request or CLI command needs, built once by the composition root. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  logger: Logger;
  /** The clock; tests may pin it. */
  now: () => Date;
  oidc: OidcClients;
}

/** Hono's typed environment for our routes. */
export interface AppEnv {
  Variables: {
    requestId: string;
    session: SessionInfo | undefined;
  };
}
