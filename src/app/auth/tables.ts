import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface SessionTable {
  /** sha256 of the cookie token: a leaked table does not yield live sessions */
  id: string;
  cooperation_id: string;
  user_id: string;
  csrf_token: string;
  auth_method: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface LoginFailureTable {
  id: Generated<number>;
  identifier_hash: string;
  at: Timestamp;
}
