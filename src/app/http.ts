import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { schemaStatus } from '../db/migrate.ts';
import { auditRoutes } from '../modules/audit/audit.routes.ts';
import { channelsRoutes, isChannelsUpload } from '../modules/channels/channels.routes.ts';
import { devicesRoutes, isDevicesUpload } from '../modules/devices/devices.routes.ts';
import { economyRoutes } from '../modules/economy/economy.routes.ts';
import { governanceRoutes, isGovernanceUpload } from '../modules/governance/governance.routes.ts';
import { isKnowledgeUpload, knowledgeRoutes } from '../modules/knowledge/knowledge.routes.ts';
import { membersRoutes } from '../modules/members/members.routes.ts';
import { isReportsUpload, reportsRoutes } from '../modules/reports/reports.routes.ts';
import { serviceDeskRoutes } from '../modules/servicedesk/servicedesk.routes.ts';
import { usersRoutes } from '../modules/users/users.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { sessionMiddleware } from './auth/middleware.ts';
import type { AppContext } from './context.ts';
import { AppError, type ErrorCode, HTTP_STATUS } from './errors.ts';
import { newRouter } from './router.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(root, 'web/dist');
const SWAGGER_DIST = path.join(root, 'node_modules/swagger-ui-dist');

function errorBody(code: ErrorCode | string, message: string, issues?: unknown) {
  return { error: { code, message, ...(issues ? { issues } : {}) } };
}

/** The root app: request ids, logging, security headers, sessions, every module's routes. */
export function createApp(ctx: AppContext) {
  const app = newRouter();

  app.use(requestId());
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    // Path only: query strings may carry personal data.
    ctx.logger.info(
      {
        reqId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
        userId: c.get('session')?.actor.userId,
      },
      'request',
    );
  });
  app.use(
    secureHeaders({
      // a route may set its own (the report page allows being framed by the app's preview)
      overwrite: false,
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    }),
  );

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      const status = await schemaStatus(ctx.db);
      if (!status.current)
        return c.json({ status: 'migrations_pending', pending: status.pending, unknown: status.unknown }, 503);
      return c.json({ status: 'ready', engine: ctx.database.engine }, 200);
    } catch {
      return c.json({ status: 'database_unreachable' }, 503);
    }
  });

  // accounting exports and attachments are uploaded whole (base64 in JSON); everything else is small
  const isUpload = (path: string) =>
    /^\/api\/economy\/\d+\/(actuals|drivers\/import)$/.test(path) ||
    isGovernanceUpload(path) ||
    isDevicesUpload(path) ||
    isReportsUpload(path) ||
    isChannelsUpload(path) ||
    isKnowledgeUpload(path);
  const uploadLimit = bodyLimit({
    maxSize: 70 * 1024 * 1024,
    onError: () => {
      throw new AppError('payload_too_large', 'The file is larger than 50 MB.');
    },
  });
  const smallLimit = bodyLimit({
    maxSize: 1024 * 1024,
    onError: () => {
      throw new AppError('payload_too_large', 'The request body is larger than 1 MB.');
    },
  });
  app.use('/api/*', (c, next) => (isUpload(c.req.path) ? uploadLimit(c, next) : smallLimit(c, next)));
  app.use('/api/*', sessionMiddleware(ctx));
  app.use('/auth/*', sessionMiddleware(ctx));

  app.route('/', authRoutes(ctx));
  app.route('/', membersRoutes(ctx));
  app.route('/', usersRoutes(ctx));
  app.route('/', auditRoutes(ctx));
  app.route('/', serviceDeskRoutes(ctx));
  app.route('/', economyRoutes(ctx));
  app.route('/', governanceRoutes(ctx));
  app.route('/', devicesRoutes(ctx));
  app.route('/', reportsRoutes(ctx));
  app.route('/', channelsRoutes(ctx));
  app.route('/', knowledgeRoutes(ctx));

  app.openAPIRegistry.registerComponent('securitySchemes', 'cookieAuth', {
    type: 'apiKey',
    in: 'cookie',
    name: 'samdrift_session',
    description: 'Session cookie from POST /api/auth/login; state-changing calls also send X-CSRF-Token.',
  });
  app.get('/api/openapi.json', (c) => c.json(openApiDocument(app)));
  app.get('/api/docs', (c) => c.html(SWAGGER_HTML));
  app.get('/api/docs/init.js', (c) => c.body(SWAGGER_INIT, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.use(
    '/api/docs/assets/*',
    serveStatic({ root: SWAGGER_DIST, rewriteRequestPath: (p) => p.replace('/api/docs/assets', '') }),
  );

  app.all('/api/*', (c) => c.json(errorBody('not_found', `No API route ${c.req.method} ${c.req.path}.`), 404));

  // The web UI: built files, and index.html for every client-side route.
  app.use('/*', serveStatic({ root: WEB_DIST }));
  app.get('*', (c) => {
    const index = path.join(WEB_DIST, 'index.html');
    if (!fs.existsSync(index)) {
      return c.text('The web UI is not built. Run `npm run build` (npm start does this for you).', 503);
    }
    return c.html(fs.readFileSync(index, 'utf8'));
  });

  app.onError((err, c: Context) => {
    if (err instanceof AppError) {
      if (err.retryAfterSeconds) c.header('Retry-After', String(err.retryAfterSeconds));
      return c.json(errorBody(err.code, err.message, err.issues), HTTP_STATUS[err.code]);
    }
    if (err instanceof HTTPException) {
      const status = err.status;
      const code = status === 400 ? 'bad_request' : status === 413 ? 'payload_too_large' : 'http_error';
      const message = status === 400 ? `The request could not be read: ${err.message}.` : err.message;
      return c.json(errorBody(code, message), status);
    }
    ctx.logger.error({ reqId: c.get('requestId'), err: { message: err.message, stack: err.stack } }, 'unhandled error');
    return c.json(errorBody('internal', 'Something went wrong on our side. The error is logged; try again.'), 500);
  });

  return app;
}

/** The OpenAPI document of every JSON route; `openapi.json` in the repository is this, committed. */
export function openApiDocument(app: ReturnType<typeof newRouter>) {
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Samdrift API',
      version: '0.1.0',
      description:
        'The API of Samdrift, the platform of an intermunicipal IT cooperation. Every route except sign-in and health needs a session.',
    },
  });
}

const SWAGGER_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Samdrift API</title>
  <link rel="icon" href="/favicon.svg">
  <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
  <main id="swagger-ui"></main>
  <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/api/docs/init.js"></script>
</body>
</html>`;

const SWAGGER_INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });`;
