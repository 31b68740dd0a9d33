import { createRoute, z } from '@hono/zod-openapi';
import { actorOf } from '../../app/auth/middleware.ts';
import type { AppContext } from '../../app/context.ts';
import { commonErrors, cookieAuth, jsonBody, jsonResponse } from '../../app/openapi.ts';
import { newRouter } from '../../app/router.ts';
import { jsonRoutes } from '../../app/routes.ts';
import {
  AlertPostSchema,
  AlertSourceInputSchema,
  AlertSourcePatchSchema,
  ChannelsViewSchema,
  DeliveriesQuery,
  FeedQuery,
  MailboxInputSchema,
  MailboxLogQuery,
  PhoneImportSchema,
  PhoneQuery,
  RuleInputSchema,
} from './channels.schemas.ts';
import * as admin from './channels.service.ts';
import { feedMessages, renderFeed } from './feeds.service.ts';
import { importPhone, phoneStats } from './phone.service.ts';
import * as alerts from './security-alerts.service.ts';

/** Phone logs may be large CSV files; the HTTP layer lets this path be large. */
export const isChannelsUpload = (path: string) => path === '/api/channels/phone/import';

/** Paths that answer without a session: the alert webhook (it has its own token) and the public feeds. */
export const isPublicChannelPath = (path: string) =>
  path === '/api/inbound/security-alerts' ||
  /^\/api\/public\/[a-z0-9-]+\/operational-messages(\/(rss|atom))?$/.test(path);

export function channelsRoutes(ctx: AppContext) {
  const app = newRouter();
  const { route, file } = jsonRoutes(app, ['Channels'], ChannelsViewSchema);
  const db = ctx.db;
  const now = () => ctx.now();
  const as = <T>(v: unknown) => v as any as T;

  // ---- the security-alert webhook (token, optional HMAC) ----
  // Documented here, handled by a plain route: the body must reach the use case as sent (its
  // signature is over the raw bytes, and a malformed one is logged against its source).
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/inbound/security-alerts',
    tags: ['Channels'],
    summary: 'Post a security alert (SOC service, HelseCert-style senders)',
    description:
      'Authenticate with `Authorization: Bearer <source token>`. A source registered as signed also sends `X-Samdrift-Signature: sha256=<hex HMAC-SHA256 of the raw body with its key>`. The same alertId again answers 200 with the ticket made the first time.',
    security: [{ sourceToken: [] }],
    request: { body: jsonBody(AlertPostSchema) },
    responses: {
      201: jsonResponse(ChannelsViewSchema, 'The alert became a ticket'),
      200: jsonResponse(ChannelsViewSchema, 'Already received: the ticket it became'),
      ...commonErrors,
    },
  });
  app.post('/api/inbound/security-alerts', async (c) => {
    const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const result = await alerts.receiveAlert(ctx, {
      token,
      body: await c.req.text(),
      signature: c.req.header('x-samdrift-signature') ?? c.req.header('x-hub-signature-256'),
    });
    return c.json(result.body, result.status);
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'sourceToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'The token an administrator got when registering the alert source.',
  });

  // ---- public feeds of operational messages ----
  const CoopParam = z.object({
    cooperation: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .openapi({ param: { name: 'cooperation', in: 'path' }, example: 'ror-ikt' }),
  });
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/public/{cooperation}/operational-messages',
      tags: ['Channels'],
      summary: 'Current operational messages as JSON, for the members’ intranets (public)',
      security: [],
      request: { params: CoopParam, query: FeedQuery },
      responses: { 200: jsonResponse(ChannelsViewSchema, 'The messages'), 404: commonErrors[404] },
    }),
    (async (c: any) => {
      const data = await feedMessages(db, c.req.valid('param').cooperation, c.req.valid('query').member, now());
      c.header('Cache-Control', 'public, max-age=60');
      c.header('Access-Control-Allow-Origin', '*');
      return c.json(data, 200);
    }) as never,
  );
  for (const format of ['rss', 'atom'] as const) {
    const mediaType = format === 'rss' ? 'application/rss+xml' : 'application/atom+xml';
    app.openapi(
      createRoute({
        method: 'get',
        path: `/api/public/{cooperation}/operational-messages/${format}`,
        tags: ['Channels'],
        summary: `Current operational messages as ${format === 'rss' ? 'RSS 2.0' : 'Atom 1.0'} (public)`,
        security: [],
        request: { params: CoopParam, query: FeedQuery },
        responses: {
          200: { description: 'The feed', content: { [mediaType]: { schema: z.string() } } },
          404: commonErrors[404],
        },
      }),
      (async (c: any) => {
        const { cooperation } = c.req.valid('param');
        const data = await feedMessages(db, cooperation, c.req.valid('query').member, now());
        const self = `${ctx.config.publicUrl}${c.req.path}${c.req.query('member') ? `?member=${encodeURIComponent(c.req.query('member'))}` : ''}`;
        c.header('Content-Type', `${mediaType}; charset=utf-8`);
        c.header('Cache-Control', 'public, max-age=60');
        c.header('Access-Control-Allow-Origin', '*');
        return c.body(renderFeed(data, format, ctx.config.publicUrl, self), 200);
      }) as never,
    );
  }

  // ---- alert sources ----
  route('get', '/api/channels/alert-sources', 'Security-alert sources (administrators)', (a) =>
    alerts.listAlertSources(db, a),
  );
  route(
    'post',
    '/api/channels/alert-sources',
    'Register a security-alert source; its token (and HMAC key) is shown this once',
    (a, v, r) => alerts.createAlertSource(db, a, as(v.json), now(), r),
    { body: AlertSourceInputSchema, status: 201 },
  );
  route(
    'patch',
    '/api/channels/alert-sources/{id}',
    'Turn a source on or off, or change its category or member',
    (a, v, r) => alerts.updateAlertSource(db, a, v.param.id, as(v.json), r),
    { id: true, body: AlertSourcePatchSchema },
  );
  route(
    'get',
    '/api/channels/alert-sources/{id}/receipts',
    'What each post of a source became (created, duplicate, rejected and why)',
    (a, v) => alerts.listReceipts(db, a, v.param.id),
    { id: true },
  );

  // ---- mailboxes ----
  route('get', '/api/channels/mailboxes', 'Mailboxes read into tickets, with counts of what their mails became', (a) =>
    admin.listMailboxes(db, a),
  );
  route(
    'post',
    '/api/channels/mailboxes',
    'Add a mailbox (IMAP)',
    (a, v, r) => admin.saveMailbox(db, a, null, as(v.json), now(), r),
    { body: MailboxInputSchema, status: 201 },
  );
  route(
    'put',
    '/api/channels/mailboxes/{id}',
    'Change a mailbox (leave the password out to keep it)',
    (a, v, r) => admin.saveMailbox(db, a, v.param.id, as(v.json), now(), r),
    { id: true, body: MailboxInputSchema },
  );
  route(
    'post',
    '/api/channels/mailboxes/{id}/poll',
    'Read the mailbox on the next round instead of waiting',
    (a, v, r) => admin.pollSoon(db, a, v.param.id, now(), r),
    { id: true },
  );
  route(
    'get',
    '/api/channels/mailboxes/{id}/log',
    'What each mail of a mailbox became: ticket, comment, ignored (why) or failed',
    (a, v) => admin.mailboxLog(db, a, v.param.id, as(v.query)),
    { id: true, query: MailboxLogQuery },
  );
  file(
    '/api/channels/inbound/{id}/raw',
    'The raw mail of a log entry that could not be read',
    'message/rfc822',
    (a, v) => admin.rawMail(db, a, v.param.id),
  );

  // ---- alert rules and the delivery log ----
  route('get', '/api/channels/rules', 'Alert rules for system owners', (a) => admin.listRules(db, a));
  route(
    'post',
    '/api/channels/rules',
    'Add an alert rule (e-mail to system owners and/or a Teams channel)',
    (a, v, r) => admin.saveRule(db, a, null, as(v.json), now(), r),
    { body: RuleInputSchema, status: 201 },
  );
  route(
    'put',
    '/api/channels/rules/{id}',
    'Change an alert rule (leave teamsWebhookUrl out to keep it, null to remove it)',
    (a, v, r) => admin.saveRule(db, a, v.param.id, as(v.json), now(), r),
    { id: true, body: RuleInputSchema },
  );
  route(
    'get',
    '/api/channels/deliveries',
    'The delivery log: every mail and webhook post with each attempt',
    (a, v) => admin.deliveryLog(db, a, as(v.query)),
    { query: DeliveriesQuery },
  );
  route(
    'post',
    '/api/channels/deliveries/{id}/retry',
    'Try a failed delivery again',
    (a, v, r) => admin.retryDelivery(db, a, v.param.id, now(), r),
    { id: true },
  );

  // ---- phone statistics ----
  route(
    'post',
    '/api/channels/phone/import',
    'Import the telephony system’s call log or daily summary (CSV); the days it covers are replaced',
    (a, v, r) => importPhone(db, a, as(v.json), now(), r),
    { body: PhoneImportSchema },
  );
  route(
    'get',
    '/api/channels/phone',
    'Calls received, answer rate, mean wait and mean talk time per month of a year',
    (a, v) => phoneStats(db, a, Number(v.query.year)),
    { query: PhoneQuery },
  );

  // ---- files kept on tickets ----
  const FileParams = z.object({
    id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
    fileId: z.uuid().openapi({ param: { name: 'fileId', in: 'path' } }),
  });
  route(
    'get',
    '/api/tickets/{id}/files',
    'The files kept on a ticket (from e-mail)',
    (a, v) => admin.ticketFiles(db, a, v.param.id),
    {
      id: true,
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/tickets/{id}/files/{fileId}',
      tags: ['Channels'],
      summary: 'Download a file kept on a ticket',
      security: cookieAuth,
      request: { params: FileParams },
      responses: {
        200: {
          description: 'The file',
          content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...commonErrors,
      },
    }),
    (async (c: any) => {
      const { id, fileId } = c.req.valid('param');
      const f = await admin.ticketFile(db, actorOf(c), id, fileId);
      // never rendered inline: a mailed HTML file must not run in our origin
      c.header('Content-Type', 'application/octet-stream');
      c.header('X-Content-Type-Options', 'nosniff');
      c.header(
        'Content-Disposition',
        `attachment; filename="${f.fileName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(f.fileName)}`,
      );
      c.header('Cache-Control', 'private, no-store');
      return c.body(new Uint8Array(f.body), 200);
    }) as never,
  );

  return app;
}
