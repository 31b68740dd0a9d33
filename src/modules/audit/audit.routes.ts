import { createRoute, z } from '@hono/zod-openapi';
import { actorOf } from '../../app/auth/middleware.ts';
import type { AppContext } from '../../app/context.ts';
import { commonErrors, cookieAuth, jsonResponse } from '../../app/openapi.ts';
import { newRouter } from '../../app/router.ts';
import { readAuditLog } from './audit.service.ts';

const EntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorUserId: z.uuid().nullable(),
    actorName: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    summary: z.string(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
  })
  .openapi('AuditEntry');

const Query = z.object({
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  actorUserId: z.uuid().optional(),
  action: z.string().max(50).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  cursor: z.coerce.number().int().min(1).optional().openapi({ description: 'nextCursor of the previous page' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export function auditRoutes(ctx: AppContext) {
  const app = newRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/audit',
      tags: ['Audit'],
      summary: 'The audit log, newest first (administrators and the leader)',
      security: cookieAuth,
      request: { query: Query },
      responses: {
        200: jsonResponse(
          z.object({ items: z.array(EntrySchema), nextCursor: z.number().int().nullable() }),
          'A page of entries',
        ),
        ...commonErrors,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const rows = await readAuditLog(ctx.db, actorOf(c), {
        entityType: q.entityType,
        entityId: q.entityId,
        actorUserId: q.actorUserId,
        action: q.action,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        beforeId: q.cursor,
        limit: q.limit,
      });
      const last = rows.length === q.limit ? rows.at(-1) : undefined;
      return c.json(
        {
          items: rows.map((r) => ({
            id: r.id,
            at: r.at.toISOString(),
            actorUserId: r.actor_user_id,
            actorName: r.actor_name,
            action: r.action,
            entityType: r.entity_type,
            entityId: r.entity_id,
            summary: r.summary,
            before: r.before,
            after: r.after,
          })),
          nextCursor: last ? last.id : null,
        },
        200,
      );
    },
  );
  return app;
}
