import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApiDocument } from '../src/app/http.ts';
import { ApiClient, signedIn } from './client.ts';
import { createTestContext, type TestContext } from './context.ts';
import { createTenant, type TestTenant } from './factories.ts';

const PUBLIC = new Set(['POST /api/auth/login', 'GET /api/auth/session', 'GET /api/auth/providers']);
/** Published feeds answer anyone (the alert webhook has its own token and is checked with the rest). */
const FEEDS = ['', '/rss', '/atom'].map((f) => `GET /api/public/{cooperation}/operational-messages${f}`);

describe('security: authentication, scope, tenancy, CSRF, bad input', () => {
  let ctx: TestContext;
  let x: TestTenant;
  let y: TestTenant;
  let routes: { method: string; key: string; path: string }[];

  before(async () => {
    ctx = await createTestContext();
    x = await createTenant(ctx.db);
    y = await createTenant(ctx.db);
    const doc = openApiDocument(ctx.app) as unknown as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => ({
        method: m.toUpperCase(),
        key: `${m.toUpperCase()} ${p}`,
        path: p.replace(/\{id\}/g, x.memberA).replace('{cooperation}', x.slug),
      })),
    );
    assert.ok(routes.length >= 10, 'the OpenAPI document lists the routes');
  });
  after(() => ctx.close());

  it('every route but sign-in and health refuses a request without a session', async () => {
    const anon = new ApiClient(ctx);
    for (const r of routes) {
      const res = await anon.request(r.method, r.path, r.method === 'GET' ? undefined : {});
      if (PUBLIC.has(`${r.method} ${r.path}`)) continue;
      if (FEEDS.includes(r.key)) {
        assert.equal(res.status, 200, `${r.key} is published`);
        continue;
      }
      assert.equal(res.status, 401, `${r.method} ${r.path} answered ${res.status}`);
      assert.equal(res.json.error.code, 'unauthenticated');
    }
    assert.equal((await anon.get('/healthz')).status, 200);
    assert.equal((await anon.get('/api/no-such-route')).status, 401);
  });

  it('bad input to any route gets a 400 with a clear message, never a 500', async () => {
    const admin = await signedIn(ctx, x.users.admin.email);
    const garbage: unknown[] = [
      '{not json',
      [],
      { email: 42, roles: 'x', validFrom: '31.02.2024', name: '' },
      { limit: -1 },
    ];
    for (const r of routes) {
      if (r.path === '/api/auth/logout') continue;
      for (const body of garbage) {
        const res = await admin.request(
          r.method,
          r.method === 'GET' ? `${r.path}?limit=abc&from=yesterday&memberId=nope&cursor=x` : r.path,
          r.method === 'GET' ? undefined : body,
        );
        assert.ok(
          res.status < 500,
          `${r.method} ${r.path} with ${JSON.stringify(body)} gave ${res.status}: ${res.text}`,
        );
        if (res.status >= 400) {
          assert.equal(typeof res.json?.error?.message, 'string', `${r.method} ${r.path} error shape`);
          assert.ok(res.json.error.message.length > 5);
        }
      }
    }
    const badId = await admin.get('/api/members/not-a-uuid');
    assert.equal(badId.status, 400);
    assert.match(badId.json.error.message, /id/);
    const badJson = await admin.request('POST', '/api/users', '{"email":');
    assert.equal(badJson.status, 400);
    const tooBig = await admin.request('POST', '/api/users', { name: 'x'.repeat(2 * 1024 * 1024) });
    assert.equal(tooBig.status, 413);
  });

  it("a user of member A cannot read member B's scoped data", async () => {
    const owner = await signedIn(ctx, x.users.system_owner.email);
    const own = await owner.get(`/api/members/${x.memberA}/users`);
    assert.equal(own.status, 200);
    assert.ok(own.json.items.every((u: { memberId: string }) => u.memberId === x.memberA));
    const other = await owner.get(`/api/members/${x.memberB}/users`);
    assert.equal(other.status, 403);
    const employee = await signedIn(ctx, x.users.employee.email);
    assert.equal((await employee.get(`/api/members/${x.memberB}/users`)).status, 403);
    // Staff of the cooperation see every member.
    const agent = await signedIn(ctx, x.users.agent.email);
    assert.equal((await agent.get(`/api/members/${x.memberB}/users`)).status, 200);
  });

  it('roles are checked at the use case: only admins manage users, only admin/leader read the audit log', async () => {
    for (const role of ['leader', 'agent', 'council_member', 'group_member', 'system_owner', 'employee'] as const) {
      const c = await signedIn(ctx, x.users[role].email);
      assert.equal((await c.get('/api/users')).status, 403, `${role} lists users`);
      assert.equal((await c.post('/api/users', { email: `n-${role}@x.test`, name: 'N', roles: [] })).status, 403);
      assert.equal((await c.get('/api/audit')).status, role === 'leader' ? 200 : 403, `${role} reads audit`);
      const contact = await c.post(`/api/members/${x.memberA}/contacts`, {
        name: 'N',
        title: 'T',
        validFrom: '2025-01-01',
      });
      assert.equal(contact.status, role === 'leader' ? 201 : 403, `${role} adds contact`);
    }
  });

  it('a user of cooperation X sees nothing of cooperation Y', async () => {
    const admin = await signedIn(ctx, x.users.admin.email);
    const overview = await admin.get('/api/cooperation');
    assert.equal(overview.json.cooperation.id, x.cooperationId);
    const ids = JSON.stringify(overview.json);
    assert.ok(!ids.includes(y.memberA) && !ids.includes(y.memberB) && !ids.includes(y.cooperationId));
    assert.equal((await admin.get(`/api/members/${y.memberA}`)).status, 404);
    assert.equal((await admin.get(`/api/members/${y.memberA}/users`)).status, 404);
    assert.equal((await admin.get(`/api/users/${y.users.admin.id}`)).status, 404);
    assert.equal((await admin.patch(`/api/users/${y.users.employee.id}`, { active: false })).status, 404);
    assert.equal(
      (await admin.post(`/api/members/${y.memberA}/contacts`, { name: 'N', title: 'T', validFrom: '2025-01-01' }))
        .status,
      404,
    );
    const users = await admin.get('/api/users?limit=200');
    assert.ok(users.json.items.every((u: { email: string }) => u.email.endsWith(`@${x.slug}.test`)));
    // Granting a role scoped to another cooperation's member is refused.
    const grant = await admin.post('/api/users', {
      email: 'g@x.test',
      name: 'G',
      roles: [{ role: 'employee', memberId: y.memberA }],
    });
    assert.equal(grant.status, 400);
    const audit = await admin.get('/api/audit?limit=200');
    assert.ok(audit.json.items.every((e: { entityId: string }) => e.entityId !== y.users.admin.id));
  });

  it('CSRF: a state-changing request needs the session token and our own origin', async () => {
    const admin = await signedIn(ctx, x.users.admin.email);
    const token = admin.csrf;
    admin.csrf = '';
    const missing = await admin.post('/api/users', { email: 'c1@x.test', name: 'C', roles: [] });
    assert.equal(missing.status, 403);
    assert.equal(missing.json.error.code, 'csrf_failed');
    admin.csrf = token;
    const foreign = await admin.request(
      'POST',
      '/api/users',
      { email: 'c2@x.test', name: 'C', roles: [] },
      { origin: 'https://evil.example' },
    );
    assert.equal(foreign.status, 403);
    const ok = await admin.post('/api/users', { email: 'c3@x.test', name: 'C', roles: [] });
    assert.equal(ok.status, 201);
  });

  it('sign-in: one message for wrong password and unknown account; lockout after repeated failures', async () => {
    const anon = new ApiClient(ctx);
    const wrong = await anon.post('/api/auth/login', { email: x.users.agent.email, password: 'wrong password' });
    const unknown = await anon.post('/api/auth/login', { email: 'nobody@nowhere.test', password: 'wrong password' });
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    assert.equal(wrong.json.error.message, unknown.json.error.message);
    for (let i = 0; i < 4; i++) {
      await anon.post('/api/auth/login', { email: x.users.agent.email, password: 'wrong password' });
      await anon.post('/api/auth/login', { email: 'nobody@nowhere.test', password: 'wrong password' });
    }
    const locked = await anon.post('/api/auth/login', {
      email: x.users.agent.email,
      password: 'correct horse battery',
    });
    const lockedUnknown = await anon.post('/api/auth/login', { email: 'nobody@nowhere.test', password: 'x' });
    assert.equal(locked.status, 429);
    assert.equal(lockedUnknown.status, 429);
    assert.equal(locked.json.error.message, lockedUnknown.json.error.message);
    assert.equal(locked.json.error.message, wrong.json.error.message);
    assert.ok(Number(locked.headers.get('retry-after')) > 0);
    // Other accounts are not affected.
    await signedIn(ctx, x.users.leader.email);
  });

  it('session cookie is HttpOnly and SameSite; sign-out ends the session', async () => {
    const anon = new ApiClient(ctx);
    const res = await anon.post('/api/auth/login', {
      email: x.users.council_member.email,
      password: 'correct horse battery',
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Lax/i);
    anon.csrf = res.json.csrfToken;
    assert.equal((await anon.get('/api/cooperation')).status, 200);
    assert.equal((await anon.post('/api/auth/logout')).status, 204);
    assert.equal((await anon.get('/api/cooperation')).status, 401);
  });

  it('deactivating a user ends their sessions', async () => {
    const admin = await signedIn(ctx, y.users.admin.email);
    const victim = await signedIn(ctx, y.users.group_member.email);
    assert.equal((await victim.get('/api/cooperation')).status, 200);
    assert.equal((await admin.patch(`/api/users/${y.users.group_member.id}`, { active: false })).status, 200);
    assert.equal((await victim.get('/api/cooperation')).status, 401);
    const again = await new ApiClient(ctx).post('/api/auth/login', {
      email: y.users.group_member.email,
      password: 'correct horse battery',
    });
    assert.equal(again.status, 401);
  });
});
