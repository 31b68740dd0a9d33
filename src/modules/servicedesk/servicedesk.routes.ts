import { createRoute, z } from '@hono/zod-openapi';
import { actorOf } from '../../app/auth/middleware.ts';
import type { AppContext } from '../../app/context.ts';
import { commonErrors, cookieAuth, IdParam, jsonBody, jsonResponse } from '../../app/openapi.ts';
import { newRouter } from '../../app/router.ts';
import { serviceDeskConfig } from './config.service.ts';
import { attachFault, closeMessage, currentMessages, publishMessage, updateMessage } from './messages.service.ts';
import {
  AttachFaultSchema,
  CommentSchema,
  ConfigSchema,
  CreateTicketSchema,
  DuplicateSchema,
  MessageInputSchema,
  MessagePatchSchema,
  MessageSchema,
  ReopenSchema,
  ResolveSchema,
  StatsQuerySchema,
  StatsSchema,
  TicketDetailSchema,
  TicketListQuerySchema,
  TicketListSchema,
  UpdateTicketSchema,
} from './servicedesk.schemas.ts';
import { currentMonth, monthlyStats, yearlyStats } from './stats.service.ts';
import type { CoreState, Priority, TicketKind } from './tables.ts';
import {
  addComment,
  type CreateTicketInput,
  createTicket,
  getTicket,
  linkDuplicate,
  listTickets,
  reopenTicket,
  resolveTicket,
  type UpdateTicketInput,
  updateTicket,
} from './tickets.service.ts';

export function serviceDeskRoutes(ctx: AppContext) {
  const app = newRouter();
  const tags = ['Service desk'];
  const errors = { ...commonErrors, 409: commonErrors[400] };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/servicedesk/config',
      tags,
      summary: 'Statuses, categories, teams, the service catalogue and (for agents) the agents',
      security: cookieAuth,
      responses: { 200: jsonResponse(ConfigSchema, 'The configuration'), ...commonErrors },
    }),
    async (c) => c.json((await serviceDeskConfig(ctx.db, actorOf(c))) as never, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/tickets',
      tags,
      summary: "Tickets: the actor's own (scope=mine) or the queue their role may see, newest first",
      security: cookieAuth,
      request: { query: TicketListQuerySchema },
      responses: { 200: jsonResponse(TicketListSchema, 'A page of tickets'), ...commonErrors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const actor = actorOf(c);
      const [at, id] = q.cursor ? q.cursor.split('_') : [];
      const result = await listTickets(
        ctx.db,
        actor,
        {
          scope: q.scope,
          memberId: q.memberId,
          kind: q.kind as TicketKind | undefined,
          priority: q.priority as Priority[] | undefined,
          categoryId: q.categoryId,
          teamId: q.teamId,
          assigneeId: q.assignee === 'me' ? (actor.userId ?? undefined) : q.assignee,
          statusKey: q.status,
          coreStates: q.coreState as CoreState[] | undefined,
          risk: q.risk,
          search: q.search,
          before: at && id ? { createdAt: new Date(at), id } : undefined,
          limit: q.limit,
        },
        ctx.now(),
      );
      return c.json(result as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/tickets',
      tags,
      summary: 'Report a fault or order from the catalogue (portal), or register a ticket for someone (agents)',
      security: cookieAuth,
      request: { body: jsonBody(CreateTicketSchema) },
      responses: { 201: jsonResponse(TicketDetailSchema, 'The new ticket'), ...errors },
    }),
    async (c) =>
      c.json(
        (await createTicket(
          ctx.db,
          actorOf(c),
          c.req.valid('json') as CreateTicketInput,
          ctx.now(),
          c.get('requestId'),
        )) as never,
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/tickets/{id}',
      tags,
      summary: 'One ticket with its history',
      security: cookieAuth,
      request: { params: IdParam },
      responses: { 200: jsonResponse(TicketDetailSchema, 'The ticket'), ...commonErrors },
    }),
    async (c) => c.json((await getTicket(ctx.db, actorOf(c), c.req.valid('param').id)) as never, 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/tickets/{id}',
      tags,
      summary: 'Assign, set team, category, priority, member or status (agents)',
      security: cookieAuth,
      request: { params: IdParam, body: jsonBody(UpdateTicketSchema) },
      responses: { 200: jsonResponse(TicketDetailSchema, 'The changed ticket'), ...errors },
    }),
    async (c) =>
      c.json(
        (await updateTicket(
          ctx.db,
          actorOf(c),
          c.req.valid('param').id,
          c.req.valid('json') as UpdateTicketInput,
          ctx.now(),
          c.get('requestId'),
        )) as never,
        200,
      ),
  );

  const action = <T extends z.ZodType>(
    path: string,
    summary: string,
    schema: T,
    run: (actor: ReturnType<typeof actorOf>, id: string, body: z.infer<T>, requestId: string) => Promise<unknown>,
  ) =>
    app.openapi(
      createRoute({
        method: 'post',
        path,
        tags,
        summary,
        security: cookieAuth,
        request: { params: IdParam, body: jsonBody(schema) },
        responses: { 200: jsonResponse(TicketDetailSchema, 'The ticket'), ...errors },
      }),
      async (c) => {
        // The generic route loses Hono's inference of the validated parts; they are validated all the same.
        const valid = c.req.valid.bind(c.req) as unknown as (target: 'param' | 'json') => Record<string, unknown>;
        const id = valid('param').id as string;
        return c.json((await run(actorOf(c), id, valid('json') as z.infer<T>, c.get('requestId'))) as never, 200);
      },
    );

  action(
    '/api/tickets/{id}/comments',
    'Comment: public (the requester sees it) or internal',
    CommentSchema,
    (a, id, b, r) => addComment(ctx.db, a, id, b, ctx.now(), r),
  );
  action('/api/tickets/{id}/resolve', 'Resolve with a solution text (agents)', ResolveSchema, (a, id, b, r) =>
    resolveTicket(ctx.db, a, id, b.solution, ctx.now(), r),
  );
  action(
    '/api/tickets/{id}/reopen',
    'Reopen a resolved ticket (the requester or an agent)',
    ReopenSchema,
    (a, id, b, r) => reopenTicket(ctx.db, a, id, b.reason, ctx.now(), r),
  );
  action(
    '/api/tickets/{id}/duplicate',
    'Close as a duplicate of another ticket (agents)',
    DuplicateSchema,
    (a, id, b, r) => linkDuplicate(ctx.db, a, id, b.duplicateOfId, ctx.now(), r),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/operational-messages',
      tags,
      summary: 'Current operational messages; with categoryId or text, those matching what is being reported',
      security: cookieAuth,
      request: {
        query: z.object({ categoryId: z.uuid().optional(), text: z.string().max(2000).optional() }),
      },
      responses: { 200: jsonResponse(z.object({ items: z.array(MessageSchema) }), 'The messages'), ...commonErrors },
    }),
    async (c) =>
      c.json({ items: await currentMessages(ctx.db, actorOf(c), c.req.valid('query'), ctx.now()) } as never, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/operational-messages',
      tags,
      summary: 'Publish an operational message (agents)',
      security: cookieAuth,
      request: { body: jsonBody(MessageInputSchema) },
      responses: { 201: jsonResponse(MessageSchema, 'The message'), ...errors },
    }),
    async (c) =>
      c.json(
        (await publishMessage(
          ctx.db,
          actorOf(c),
          c.req.valid('json') as never,
          ctx.now(),
          c.get('requestId'),
        )) as never,
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/operational-messages/{id}',
      tags,
      summary: 'Update an operational message (agents)',
      security: cookieAuth,
      request: { params: IdParam, body: jsonBody(MessagePatchSchema) },
      responses: { 200: jsonResponse(MessageSchema, 'The message'), ...errors },
    }),
    async (c) =>
      c.json(
        (await updateMessage(
          ctx.db,
          actorOf(c),
          c.req.valid('param').id,
          c.req.valid('json') as never,
          ctx.now(),
          c.get('requestId'),
        )) as never,
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/operational-messages/{id}/attach',
      tags,
      summary: 'Report that I have this fault too: my incident, attached to the message’s incident',
      security: cookieAuth,
      request: { params: IdParam, body: jsonBody(AttachFaultSchema) },
      responses: { 201: jsonResponse(TicketDetailSchema, 'The user’s ticket'), ...errors },
    }),
    async (c) =>
      c.json(
        (await attachFault(
          ctx.db,
          actorOf(c),
          c.req.valid('param').id,
          c.req.valid('json'),
          ctx.now(),
          c.get('requestId'),
        )) as never,
        201,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/operational-messages/{id}/close',
      tags,
      summary: 'Close an operational message (agents)',
      security: cookieAuth,
      request: { params: IdParam },
      responses: { 200: jsonResponse(MessageSchema, 'The closed message'), ...errors },
    }),
    async (c) =>
      c.json(
        (await closeMessage(ctx.db, actorOf(c), c.req.valid('param').id, ctx.now(), c.get('requestId'))) as never,
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/servicedesk/stats',
      tags,
      summary: 'Monthly statistics for the council report, for all members or one',
      security: cookieAuth,
      request: { query: StatsQuerySchema },
      responses: { 200: jsonResponse(StatsSchema, 'The statistics'), ...commonErrors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const now = ctx.now();
      return c.json(
        (await monthlyStats(
          ctx.db,
          actorOf(c),
          { month: q.month ?? currentMonth(now), memberId: q.memberId },
          now,
        )) as never,
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/servicedesk/stats/yearly',
      tags,
      summary: 'New tickets per channel and kind, and critical and high incidents, year over year (annual report)',
      security: cookieAuth,
      request: {
        query: z.object({
          year: z.coerce.number().int().min(2000).max(2100).openapi({ example: 2021 }),
          years: z.coerce.number().int().min(1).max(10).optional().openapi({ description: 'default 5' }),
        }),
      },
      responses: {
        200: jsonResponse(z.record(z.string(), z.unknown()).openapi('YearlyStats'), 'The figures'),
        ...commonErrors,
      },
    }),
    async (c) => c.json((await yearlyStats(ctx.db, actorOf(c), c.req.valid('query'))) as never, 200),
  );

  return app;
}
