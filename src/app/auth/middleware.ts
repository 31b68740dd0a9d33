import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { isPublicChannelPath } from '../../modules/channels/channels.routes.ts';
import { isPublicKnowledgePath } from '../../modules/knowledge/knowledge.routes.ts';
import type { AppContext, AppEnv } from '../context.ts';
import { AppError } from '../errors.ts';
import { resolveSession, SESSION_COOKIE, type SessionInfo } from './auth.service.ts';
import type { Actor } from './roles.ts';

/** Paths under /api that answer without a session. */
const PUBLIC_API = new Set(['/api/auth/login', '/api/auth/providers', '/api/auth/session']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolve the session cookie, refuse unauthenticated API calls, and check CSRF: a state-changing
 * request must come from our own origin and, when made with a session, carry the session's
 * CSRF token in the X-CSRF-Token header.
 */
export function sessionMiddleware(ctx: AppContext) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    const session = cookie
      ? await resolveSession(ctx.db, cookie, { now: ctx.now(), idleMinutes: ctx.config.sessionIdleMinutes })
      : undefined;
    c.set('session', session);
    const path = c.req.path;
    const isApi = path === '/api' || path.startsWith('/api/');
    const unsafe = !SAFE_METHODS.has(c.req.method);

    if (unsafe) {
      const origin = c.req.header('origin');
      if (origin && origin !== new URL(c.req.url).origin && origin !== ctx.config.publicUrl) {
        throw new AppError('csrf_failed', 'The request came from another site and was refused.');
      }
      if (session && isApi && c.req.header('x-csrf-token') !== session.csrfToken) {
        throw new AppError('csrf_failed', 'Missing or wrong X-CSRF-Token header. Reload the page and try again.');
      }
    }
    if (isApi && !session && !PUBLIC_API.has(path) && !isPublicChannelPath(path) && !isPublicKnowledgePath(path)) {
      throw new AppError('unauthenticated', 'Sign in to use this.');
    }
    await next();
  });
}

/** The signed-in actor; routes behind the session middleware always have one. */
export function actorOf(c: { get(key: 'session'): SessionInfo | undefined }): Actor {
  const session = c.get('session');
  if (!session) throw new AppError('unauthenticated', 'Sign in to use this.');
  return session.actor;
}
