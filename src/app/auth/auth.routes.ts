import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { findCooperationBySlug } from '../../modules/members/members.repository.ts';
import type { AppContext, AppEnv } from '../context.ts';
import { AppError } from '../errors.ts';
import { ErrorSchema, jsonBody, jsonResponse } from '../openapi.ts';
import { newRouter } from '../router.ts';
import { LoginBody, ProvidersView, SessionView } from './auth.schemas.ts';
import {
  LOGIN_FAILED_MESSAGE,
  loginWithOidc,
  loginWithPassword,
  logout,
  type NewSession,
  resolveSession,
  SESSION_COOKIE,
} from './auth.service.ts';
import type { PendingLogin } from './oidc.ts';
import { RateLimiter } from './throttle.ts';

const OIDC_COOKIE = 'samdrift_oidc';

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function authRoutes(ctx: AppContext) {
  const app = newRouter();
  // 30 attempts a minute from one address, across all accounts.
  const perAddress = new RateLimiter(30, 60_000);

  const setSessionCookie = (c: Context, s: NewSession) =>
    setCookie(c, SESSION_COOKIE, s.cookieToken, {
      httpOnly: true,
      secure: ctx.config.secureCookies,
      sameSite: 'Lax',
      path: '/',
      expires: s.expiresAt,
    });

  const sessionView = (c: Context<AppEnv>) => {
    const s = c.get('session');
    if (!s) return { authenticated: false };
    return {
      authenticated: true,
      csrfToken: s.csrfToken,
      user: {
        id: s.actor.userId as string,
        name: s.actor.name,
        email: s.email,
        locale: s.locale,
        memberId: s.actor.memberId,
        cooperationId: s.actor.cooperationId,
        roles: s.actor.roles,
      },
    };
  };

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/login',
      tags: ['Auth'],
      summary: 'Sign in with e-mail and password',
      request: { body: jsonBody(LoginBody) },
      responses: {
        200: jsonResponse(SessionView, 'Signed in; the session cookie is set'),
        400: jsonResponse(ErrorSchema, 'Invalid input'),
        401: jsonResponse(ErrorSchema, 'Wrong e-mail address or password'),
        429: jsonResponse(ErrorSchema, 'Too many attempts'),
      },
    }),
    async (c) => {
      const wait = perAddress.hit(clientAddress(c), ctx.now().getTime());
      if (wait > 0) throw new AppError('too_many_requests', LOGIN_FAILED_MESSAGE, undefined, wait);
      const body = c.req.valid('json');
      const created = await loginWithPassword(ctx.db, body, {
        now: ctx.now(),
        idleMinutes: ctx.config.sessionIdleMinutes,
        requestId: c.get('requestId'),
      });
      setSessionCookie(c, created);
      c.set(
        'session',
        await resolveSession(ctx.db, created.cookieToken, {
          now: ctx.now(),
          idleMinutes: ctx.config.sessionIdleMinutes,
        }),
      );
      return c.json(sessionView(c), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/logout',
      tags: ['Auth'],
      summary: 'Sign out',
      security: [{ cookieAuth: [] }],
      responses: { 204: { description: 'Signed out' }, 401: jsonResponse(ErrorSchema, 'Not signed in') },
    }),
    async (c) => {
      const s = c.get('session');
      if (s) await logout(ctx.db, s, c.get('requestId'));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/auth/session',
      tags: ['Auth'],
      summary: 'The current session, its user and CSRF token',
      responses: { 200: jsonResponse(SessionView, 'The session (authenticated false when signed out)') },
    }),
    (c) => c.json(sessionView(c), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/auth/providers',
      tags: ['Auth'],
      summary: 'OpenID Connect providers users can sign in with',
      responses: { 200: jsonResponse(ProvidersView, 'The configured providers') },
    }),
    (c) => c.json({ providers: ctx.oidc.list().map((p) => ({ ...p, startUrl: `/auth/oidc/${p.id}/start` })) }, 200),
  );

  // Browser redirects of the OIDC code flow; not JSON API routes, so not in the OpenAPI document.
  app.get('/auth/oidc/:provider/start', async (c) => {
    const id = z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .safeParse(c.req.param('provider'));
    if (!id.success) throw new AppError('bad_request', 'Unknown sign-in provider.');
    const { url, pending } = await ctx.oidc.start(id.data);
    setCookie(c, OIDC_COOKIE, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
      httpOnly: true,
      secure: ctx.config.secureCookies,
      sameSite: 'Lax',
      path: '/auth/oidc',
      maxAge: 600,
    });
    return c.redirect(url, 302);
  });

  app.get('/auth/oidc/:provider/callback', async (c) => {
    const id = c.req.param('provider');
    const raw = getCookie(c, OIDC_COOKIE);
    deleteCookie(c, OIDC_COOKIE, { path: '/auth/oidc' });
    try {
      if (!raw) throw new AppError('bad_request', 'The sign-in took too long or was started in another browser.');
      const pending = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as PendingLogin;
      const callbackUrl = new URL(`${ctx.config.publicUrl}${c.req.path}${new URL(c.req.url).search}`);
      const claims = await ctx.oidc.finish(id, callbackUrl, pending);
      const coop = await findCooperationBySlug(ctx.db, claims.provider.cooperation);
      if (!coop) throw new AppError('forbidden', 'The cooperation of this sign-in provider does not exist.');
      const created = await ctx.db.transaction().execute((tx) =>
        loginWithOidc(
          tx,
          {
            provider: claims.provider.id,
            cooperationId: coop.id,
            subject: claims.subject,
            email: claims.email,
            emailVerified: claims.emailVerified,
            name: claims.name,
            memberCode: claims.provider.member,
            autoProvision: claims.provider.autoProvision,
          },
          { now: ctx.now(), idleMinutes: ctx.config.sessionIdleMinutes, requestId: c.get('requestId') },
        ),
      );
      setSessionCookie(c, created);
      return c.redirect('/', 302);
    } catch (err) {
      const code = err instanceof AppError ? err.code : 'oidc_failed';
      ctx.logger.warn(
        { reqId: c.get('requestId'), provider: id, code, err: (err as Error).message },
        'OIDC sign-in failed',
      );
      return c.redirect(`/login?error=${encodeURIComponent(code)}`, 302);
    }
  });

  return app;
}
