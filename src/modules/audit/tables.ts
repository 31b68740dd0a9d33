import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export interface AuditLogTable {
  id: Generated<number>;
  cooperation_id: string;
  at: ColumnType<Date, Date | string | undefined, never>;
  actor_user_id: string | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  summary: string;
  before: JSONColumnType<Record<string, unknown> | null, string | null, never>;
  after: JSONColumnType<Record<string, unknown> | null, string | null, never>;
  request_id: string | null;
}
