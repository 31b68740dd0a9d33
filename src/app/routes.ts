// Declaring many JSON routes of one module the same way: validated path id, query and body go to a
// use case, and its view is the answer (or a file, for downloads). The generic route loses Hono's
// inference of the validated parts and responses; zod still validates every part.

import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { actorOf } from './auth/middleware.ts';
import type { AppEnv } from './context.ts';
import { commonErrors, cookieAuth, IdParam, jsonBody, jsonResponse } from './openapi.ts';

export type RouteActor = ReturnType<typeof actorOf>;
export type RouteParts = {
  param: { id: string } & Record<string, string>;
  query: Record<string, unknown>;
  json: Record<string, unknown>;
};

export interface RouteOptions {
  id?: boolean;
  /** path parameters other than a uuid `id` */
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  status?: 200 | 201 | 202;
  description?: string;
}

export function jsonRoutes(app: OpenAPIHono<AppEnv>, tags: string[], viewSchema: z.ZodType) {
  const partsOf = (
    c: any,
    opts: { id?: boolean; params?: z.ZodObject; query?: z.ZodObject; body?: z.ZodType },
  ): RouteParts => {
    const valid = (c.req.valid as (t: string) => unknown).bind(c.req);
    return {
      param: (opts.id || opts.params ? valid('param') : {}) as RouteParts['param'],
      query: (opts.query ? valid('query') : {}) as RouteParts['query'],
      json: (opts.body ? valid('json') : {}) as RouteParts['json'],
    };
  };

  /** One JSON route: validated path id, query and body go to the use case; its view is the answer. */
  const route = (
    method: 'get' | 'post' | 'patch' | 'put' | 'delete',
    path: string,
    summary: string,
    run: (actor: RouteActor, v: RouteParts, requestId: string) => Promise<unknown>,
    opts: RouteOptions = {},
  ) =>
    app.openapi(
      createRoute({
        method,
        path,
        tags,
        summary,
        ...(opts.description && { description: opts.description }),
        security: cookieAuth,
        request: {
          ...(opts.id && { params: IdParam }),
          ...(opts.params && { params: opts.params }),
          ...(opts.query && { query: opts.query }),
          ...(opts.body && { body: jsonBody(opts.body) }),
        },
        responses: {
          [opts.status ?? 200]: jsonResponse(viewSchema, summary),
          ...commonErrors,
          409: commonErrors[400],
        },
      }),
      (async (c: any) => {
        const result = await run(actorOf(c), partsOf(c, opts), c.get('requestId'));
        return c.json((result ?? { ok: true }) as never, opts.status ?? 200);
      }) as never,
    );

  /** A file answer (PDF, zip, iCalendar, CSV) of a GET. */
  const file = (
    path: string,
    summary: string,
    mediaType: string,
    run: (
      actor: RouteActor,
      v: RouteParts,
    ) => Promise<{ fileName: string; body: Uint8Array | string; inline?: boolean }>,
    opts: { id?: boolean; query?: z.ZodObject } = { id: true },
  ) =>
    app.openapi(
      createRoute({
        method: 'get',
        path,
        tags,
        summary,
        security: cookieAuth,
        request: { ...(opts.id !== false && { params: IdParam }), ...(opts.query && { query: opts.query }) },
        responses: {
          200: { description: summary, content: { [mediaType]: { schema: z.string().openapi({ format: 'binary' }) } } },
          ...commonErrors,
          409: commonErrors[400],
        },
      }),
      (async (c: any) => {
        const out = await run(
          actorOf(c),
          partsOf(c, { id: opts.id !== false, ...(opts.query && { query: opts.query }) }),
        );
        c.header('Content-Type', mediaType.startsWith('text/') ? `${mediaType}; charset=utf-8` : mediaType);
        c.header(
          'Content-Disposition',
          `${out.inline ? 'inline' : 'attachment'}; filename="${out.fileName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(out.fileName)}`,
        );
        c.header('Cache-Control', 'private, no-store');
        return c.body(typeof out.body === 'string' ? out.body : new Uint8Array(out.body), 200);
      }) as never,
    );

  return { route, file };
}
