import type { Actor } from '../../app/auth/roles.ts';
import type { Db } from '../../db/database.ts';
import { type AuditEntry, recordAudit } from '../audit/audit.service.ts';

/** One audit entry of a governance change, in the actor's cooperation. */
export function audit(
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
