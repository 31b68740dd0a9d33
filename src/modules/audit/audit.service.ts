import type { Actor } from '../../app/auth/roles.ts';
import { hasRole } from '../../app/auth/roles.ts';
import { forbidden } from '../../app/errors.ts';
import type { Db } from '../../db/database.ts';
import { type AuditQuery, insertAudit, listAudit } from './audit.repository.ts';

/** Who made a change: a signed-in user, or the system itself (CLI, seeding, sign-in). */
export type AuditActor = Pick<Actor, 'userId' | 'name'> | { userId: null; name: string };

export interface AuditEntry {
  cooperationId: string;
  action: 'create' | 'update' | 'delete' | 'login' | 'logout' | 'login_failed' | 'restore' | 'seed';
  entityType: string;
  entityId: string;
  summary: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

const SECRET_KEYS = new Set(['password', 'password_hash', 'passwordHash', 'csrf_token', 'client_secret']);

/** Copy a record for the log with secrets replaced, so the log never holds a hash or token. */
export function redact(record: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!record) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    out[k] = SECRET_KEYS.has(k) ? (v == null ? null : '[redacted]') : v instanceof Date ? v.toISOString() : v;
  }
  return out;
}

/**
 * Record a change. Call it inside the use case's transaction so the entry and the change commit
 * or roll back together.
 */
export async function recordAudit(db: Db, actor: AuditActor, entry: AuditEntry, requestId?: string): Promise<void> {
  await insertAudit(db, {
    cooperation_id: entry.cooperationId,
    actor_user_id: actor.userId,
    actor_name: actor.name,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    summary: entry.summary,
    before: entry.before ? JSON.stringify(redact(entry.before)) : null,
    after: entry.after ? JSON.stringify(redact(entry.after)) : null,
    request_id: requestId ?? null,
  });
}

/** The audit log of the actor's cooperation, for administrators and the leader. */
export async function readAuditLog(db: Db, actor: Actor, query: Omit<AuditQuery, 'cooperationId'>) {
  if (!hasRole(actor, 'admin', 'leader')) throw forbidden('Only administrators and the leader can read the audit log.');
  return listAudit(db, { ...query, cooperationId: actor.cooperationId });
}

/** One audit entry of a change in the actor's own cooperation (the common case of the use cases). */
export function auditChange(
  tx: Db,
  actor: Actor,
  action: AuditEntry['action'],
  entityType: string,
  entityId: string,
  summary: string,
  requestId?: string,
  after?: object,
) {
  return recordAudit(
    tx,
    actor,
    {
      cooperationId: actor.cooperationId,
      action,
      entityType,
      entityId,
      summary,
      ...(after !== undefined && { after: after as Record<string, unknown> }),
    },
    requestId,
  );
}
