import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { AuditLogTable } from './tables.ts';

export function insertAudit(db: Db, row: Insertable<AuditLogTable>) {
  return db.insertInto('audit_log').values(row).execute();
}

export interface AuditQuery {
  cooperationId: string;
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  /** keyset cursor: entries with a smaller id (older) than this */
  beforeId?: number;
  limit: number;
}

export function listAudit(db: Db, q: AuditQuery) {
  let query = db
    .selectFrom('audit_log')
    .select([
      'id',
      'at',
      'actor_user_id',
      'actor_name',
      'action',
      'entity_type',
      'entity_id',
      'summary',
      'before',
      'after',
      'request_id',
    ])
    .where('cooperation_id', '=', q.cooperationId);
  if (q.entityType) query = query.where('entity_type', '=', q.entityType);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  if (q.actorUserId) query = query.where('actor_user_id', '=', q.actorUserId);
  if (q.action) query = query.where('action', '=', q.action);
  if (q.from) query = query.where('at', '>=', q.from);
  if (q.to) query = query.where('at', '<', q.to);
  if (q.beforeId !== undefined) query = query.where('id', '<', q.beforeId);
  return query.orderBy('id', 'desc').limit(q.limit).execute();
}
