import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestContext, type TestContext } from './context.ts';
import { createTenant, type TestTenant } from './factories.ts';
import { startIssuer, type TestIssuer } from './oidc-issuer.ts';

// OpenID Connect sign-in end to end against a real OpenID Provider (oidc-provider on 127.0.0.1):
// Samdrift's start route → the provider's authorization endpoint → login and consent at the
// provider → Samdrift's callback → code exchange (PKCE, state, nonce, ID token) → session.

const PUBLIC_URL = 'http://localhost:3000';
// The tenant factory picks random slugs and member codes; the provider configuration must be known
// before the app starts, so the tenant is renamed to these afterwards (the database is per file).
const COOP = 'oidc-coop';
const MEMBER = 'oidc-member-b';

const clients = {
  manual: { clientId: 'samdrift-manual', clientSecret: 'manual-secret-0123456789abcdef' },
  auto: { clientId: 'samdrift-auto', clientSecret: 'auto-secret-0123456789abcdef' },
  idToken: { clientId: 'samdrift-idtoken', clientSecret: 'idtoken-secret-0123456789abcdef' },
};
const callbackOf = (id: string) => `${PUBLIC_URL}/auth/oidc/${id}/callback`;

/** Returns the email and profile claims only from UserInfo (oidc-provider's default). */
let issuer: TestIssuer;
/** Puts them in the ID token as well, as many providers do. */
let idTokenIssuer: TestIssuer;
let ctx: TestContext;
let tenant: TestTenant;
let other: TestTenant;

before(async () => {
  issuer = await startIssuer({
    clients: [
      { ...clients.manual, redirectUris: [callbackOf('test-idp')] },
      { ...clients.auto, redirectUris: [callbackOf('test-idp-auto')] },
    ],
  });
  idTokenIssuer = await startIssuer({
    clients: [{ ...clients.idToken, redirectUris: [callbackOf('test-idp-idtoken')] }],
    conformIdTokenClaims: false,
  });
  ctx = await createTestContext({
    PUBLIC_URL,
    OIDC_PROVIDERS: JSON.stringify([
      { id: 'test-idp', label: 'Test IdP', issuer: issuer.issuer, ...clients.manual, cooperation: COOP },
      {
        id: 'test-idp-auto',
        label: 'Test IdP (auto)',
        issuer: issuer.issuer,
        ...clients.auto,
        cooperation: COOP,
        member: MEMBER,
        autoProvision: true,
      },
      {
        id: 'test-idp-idtoken',
        label: 'Test IdP (ID token)',
        issuer: idTokenIssuer.issuer,
        ...clients.idToken,
        cooperation: COOP,
      },
    ]),
  });
  tenant = await createTenant(ctx.db);
  other = await createTenant(ctx.db);
  await ctx.db.updateTable('cooperation').set({ slug: COOP }).where('id', '=', tenant.cooperationId).execute();
  await ctx.db.updateTable('member').set({ code: MEMBER }).where('id', '=', tenant.memberB).execute();
  tenant.slug = COOP;

  // Upper case: e-mail addresses are matched without regard to case.
  issuer.accounts.set('sub-admin', { email: tenant.users.admin.email.toUpperCase(), name: 'Admin Person' });
  issuer.accounts.set('sub-newcomer', { email: `newcomer@${COOP}.test`, name: 'Nina Newcomer' });
  issuer.accounts.set('sub-stranger', { email: `stranger@${COOP}.test`, name: 'Stian Stranger' });
  issuer.accounts.set('sub-other-coop', { email: other.users.admin.email, name: 'Other Admin' });
  idTokenIssuer.accounts.set('sub-leader', { email: tenant.users.leader.email, name: 'Leader Person' });
});

after(async () => {
  await issuer?.close();
  await idTokenIssuer?.close();
  await ctx?.close();
});

/** The value of cookie `name` set by a response, or undefined (also when it is being deleted). */
function setCookieValue(res: Response, name: string): string | undefined {
  for (const line of res.headers.getSetCookie()) {
    const m = new RegExp(`^${name}=([^;]*)`).exec(line);
    if (m) return m[1] || undefined;
  }
  return undefined;
}

interface SignInOptions {
  /** Change the callback URL before it reaches Samdrift (an attacker, or a broken provider). */
  tamper?: (callback: URL) => void;
  /** Do not send the `samdrift_oidc` cookie back (another browser, or the cookie expired). */
  withoutCookie?: boolean;
}

/** The whole browser round trip; returns Samdrift's answer to the callback. */
async function signIn(providerId: string, accountId: string, opts: SignInOptions = {}) {
  const at = providerId === 'test-idp-idtoken' ? idTokenIssuer : issuer;
  const start = await ctx.app.request(`/auth/oidc/${providerId}/start`);
  assert.equal(start.status, 302, await start.clone().text());
  const authorizationUrl = start.headers.get('location') ?? '';
  assert.ok(authorizationUrl.startsWith(`${at.issuer}/`), authorizationUrl);
  const auth = new URL(authorizationUrl);
  assert.equal(auth.searchParams.get('code_challenge_method'), 'S256');
  assert.equal(auth.searchParams.get('redirect_uri'), callbackOf(providerId));
  assert.ok(auth.searchParams.get('state'));
  assert.ok(auth.searchParams.get('nonce'));

  const pendingLine = start.headers.getSetCookie().find((l) => l.startsWith('samdrift_oidc='));
  assert.ok(pendingLine, 'the start route remembers the pending sign-in in a cookie');
  assert.match(pendingLine, /HttpOnly/i);
  assert.match(pendingLine, /Path=\/auth\/oidc/);
  const pending = setCookieValue(start, 'samdrift_oidc');
  assert.ok(pending);

  const callback = await at.authorize(authorizationUrl, accountId);
  assert.equal(`${callback.origin}${callback.pathname}`, callbackOf(providerId));
  opts.tamper?.(callback);

  const res = await ctx.app.request(`${callback.pathname}${callback.search}`, {
    headers: opts.withoutCookie ? {} : { cookie: `samdrift_oidc=${pending}` },
  });
  return {
    callback,
    status: res.status,
    location: res.headers.get('location'),
    session: setCookieValue(res, 'samdrift_session'),
    setCookies: res.headers.getSetCookie(),
  };
}

async function sessionOf(cookie: string | undefined) {
  const res = await ctx.app.request('/api/auth/session', {
    headers: cookie ? { cookie: `samdrift_session=${cookie}` } : {},
  });
  assert.equal(res.status, 200);
  return (await res.json()) as {
    authenticated: boolean;
    user?: {
      id: string;
      email: string;
      name: string;
      memberId: string;
      cooperationId: string;
      roles: { role: string; memberId: string | null }[];
    };
  };
}

const identitiesOf = (userId: string) =>
  ctx.db
    .selectFrom('user_identity')
    .select(['provider', 'subject', 'cooperation_id'])
    .where('user_id', '=', userId)
    .execute();

const auditOf = (userId: string, action: string) =>
  ctx.db
    .selectFrom('audit_log')
    .select(['actor_user_id', 'entity_type', 'summary'])
    .where('entity_id', '=', userId)
    .where('action', '=', action)
    .execute();

function assertRefused(result: Awaited<ReturnType<typeof signIn>>, error?: string) {
  assert.equal(result.status, 302);
  assert.ok(result.location?.startsWith('/login?error='), `redirects to the login page, got ${result.location}`);
  if (error) assert.equal(result.location, `/login?error=${error}`);
  assert.equal(result.session, undefined, 'no session cookie is set');
  // The pending sign-in is used up either way.
  assert.ok(
    result.setCookies.some((l) => /^samdrift_oidc=;/.test(l) && /Max-Age=0/i.test(l)),
    result.setCookies.join(' | '),
  );
}

describe('OpenID Connect sign-in against a real provider', () => {
  test('lists the provider with its start URL', async () => {
    const res = await ctx.app.request('/api/auth/providers');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { providers: { id: string; label: string; startUrl: string }[] };
    assert.deepEqual(
      body.providers.map((p) => ({ id: p.id, label: p.label, startUrl: p.startUrl })),
      [
        { id: 'test-idp', label: 'Test IdP', startUrl: '/auth/oidc/test-idp/start' },
        { id: 'test-idp-auto', label: 'Test IdP (auto)', startUrl: '/auth/oidc/test-idp-auto/start' },
        { id: 'test-idp-idtoken', label: 'Test IdP (ID token)', startUrl: '/auth/oidc/test-idp-idtoken/start' },
      ],
    );
    // Nothing secret leaks into the list.
    assert.doesNotMatch(JSON.stringify(body), /secret/);
  });

  test('an existing user signs in by e-mail and the identity is linked', async () => {
    const admin = tenant.users.admin;
    const userinfoCalls = issuer.requests.filter((r) => r === 'GET /me').length;
    const result = await signIn('test-idp', 'sub-admin');
    assert.equal(result.status, 302);
    assert.equal(result.location, '/');
    assert.ok(result.session, 'a session cookie is set');
    const sessionLine = result.setCookies.find((l) => l.startsWith('samdrift_session='));
    assert.match(sessionLine ?? '', /HttpOnly/i);
    assert.match(sessionLine ?? '', /Path=\//);

    const session = await sessionOf(result.session);
    assert.equal(session.authenticated, true);
    assert.equal(session.user?.id, admin.id);
    assert.equal(session.user?.email, admin.email);
    assert.equal(session.user?.cooperationId, tenant.cooperationId);
    assert.deepEqual(session.user?.roles, [{ role: 'admin', memberId: null }]);
    // This issuer gives the e-mail address only at its UserInfo endpoint.
    assert.equal(issuer.requests.filter((r) => r === 'GET /me').length, userinfoCalls + 1);

    assert.deepEqual(await identitiesOf(admin.id), [
      { provider: 'test-idp', subject: `${issuer.issuer}|sub-admin`, cooperation_id: tenant.cooperationId },
    ]);
    const logins = await auditOf(admin.id, 'login');
    assert.equal(logins.length, 1);
    assert.equal(logins[0]?.actor_user_id, admin.id);
    assert.match(logins[0]?.summary ?? '', /test-idp/);
    const row = await ctx.db
      .selectFrom('session')
      .select(['auth_method'])
      .where('user_id', '=', admin.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.auth_method, 'oidc:test-idp');
  });

  test('an e-mail address in the ID token is used without asking UserInfo', async () => {
    const leader = tenant.users.leader;
    const result = await signIn('test-idp-idtoken', 'sub-leader');
    assert.equal(result.status, 302);
    assert.equal(result.location, '/');
    const session = await sessionOf(result.session);
    assert.equal(session.authenticated, true);
    assert.equal(session.user?.id, leader.id);
    assert.deepEqual(await identitiesOf(leader.id), [
      {
        provider: 'test-idp-idtoken',
        subject: `${idTokenIssuer.issuer}|sub-leader`,
        cooperation_id: tenant.cooperationId,
      },
    ]);
    assert.ok(idTokenIssuer.requests.includes('POST /token'));
    assert.ok(!idTokenIssuer.requests.includes('GET /me'), idTokenIssuer.requests.join(', '));
  });

  test('signing in again uses the linked identity, even with a changed e-mail claim', async () => {
    const admin = tenant.users.admin;
    const renamed = `renamed-admin@${COOP}.test`;
    issuer.accounts.set('sub-admin', { email: renamed, name: 'Admin Person' });

    const result = await signIn('test-idp', 'sub-admin');
    assert.equal(result.status, 302);
    assert.equal(result.location, '/');
    const session = await sessionOf(result.session);
    assert.equal(session.authenticated, true);
    assert.equal(session.user?.id, admin.id);
    assert.equal(session.user?.email, admin.email);

    assert.equal((await identitiesOf(admin.id)).length, 1);
    assert.equal((await auditOf(admin.id, 'login')).length, 2);
    const byNewEmail = await ctx.db.selectFrom('app_user').select('id').where('email', '=', renamed).execute();
    assert.deepEqual(byNewEmail, [], 'no account is created for the new e-mail address');
  });

  test('with autoProvision an unknown user gets an employee account scoped to the member', async () => {
    const result = await signIn('test-idp-auto', 'sub-newcomer');
    assert.equal(result.status, 302);
    assert.equal(result.location, '/');
    const session = await sessionOf(result.session);
    assert.equal(session.authenticated, true);
    assert.equal(session.user?.email, `newcomer@${COOP}.test`);
    assert.equal(session.user?.name, 'Nina Newcomer');
    assert.equal(session.user?.cooperationId, tenant.cooperationId);
    assert.equal(session.user?.memberId, tenant.memberB);
    assert.deepEqual(session.user?.roles, [{ role: 'employee', memberId: tenant.memberB }]);

    const userId = session.user?.id ?? '';
    const user = await ctx.db
      .selectFrom('app_user')
      .select(['cooperation_id', 'member_id', 'password_hash'])
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(user, { cooperation_id: tenant.cooperationId, member_id: tenant.memberB, password_hash: null });
    assert.deepEqual(await identitiesOf(userId), [
      { provider: 'test-idp-auto', subject: `${issuer.issuer}|sub-newcomer`, cooperation_id: tenant.cooperationId },
    ]);
    const created = await auditOf(userId, 'create');
    assert.equal(created.length, 1);
    assert.equal(created[0]?.entity_type, 'user');
    assert.equal((await auditOf(userId, 'login')).length, 1);
  });

  test('without autoProvision an unknown user is refused', async () => {
    const email = `stranger@${COOP}.test`;
    const result = await signIn('test-idp', 'sub-stranger');
    assertRefused(result, 'forbidden');
    assert.equal((await sessionOf(result.session)).authenticated, false);
    assert.deepEqual(await ctx.db.selectFrom('app_user').select('id').where('email', '=', email).execute(), []);
    assert.deepEqual(
      await ctx.db
        .selectFrom('user_identity')
        .select('user_id')
        .where('subject', '=', `${issuer.issuer}|sub-stranger`)
        .execute(),
      [],
    );
  });

  test('a user of another cooperation is refused', async () => {
    const result = await signIn('test-idp', 'sub-other-coop');
    assertRefused(result, 'forbidden');
    assert.deepEqual(await identitiesOf(other.users.admin.id), []);
  });

  test('a tampered state is refused', async () => {
    const before = await ctx.db.selectFrom('session').select('id').execute();
    const result = await signIn('test-idp', 'sub-admin', {
      tamper: (url) => url.searchParams.set('state', 'forged-state'),
    });
    assertRefused(result, 'oidc_failed');
    assert.equal((await sessionOf(result.session)).authenticated, false);
    assert.equal(
      (await ctx.db.selectFrom('session').select('id').execute()).length,
      before.length,
      'no session row is created',
    );
  });

  test('a callback without the pending sign-in cookie is refused', async () => {
    const before = await ctx.db.selectFrom('session').select('id').execute();
    const result = await signIn('test-idp', 'sub-admin', { withoutCookie: true });
    assertRefused(result, 'bad_request');
    assert.equal(
      (await ctx.db.selectFrom('session').select('id').execute()).length,
      before.length,
      'no session row is created',
    );
  });

  test('a code from another provider cannot be used with this provider', async () => {
    // Started at test-idp, but the provider's answer is delivered to test-idp-auto's callback.
    const result = await signIn('test-idp', 'sub-admin', {
      tamper: (url) => {
        url.pathname = '/auth/oidc/test-idp-auto/callback';
      },
    });
    assertRefused(result, 'bad_request');
  });
});
