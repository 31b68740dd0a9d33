import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signedIn } from './client.ts';
import { createTestContext, type TestContext } from './context.ts';
import { createTenant, type TestTenant } from './factories.ts';

describe('audit log', () => {
  let ctx: TestContext;
  let t: TestTenant;
  before(async () => {
    ctx = await createTestContext();
    t = await createTenant(ctx.db);
  });
  after(() => ctx.close());

  it('records who changed what, with before and after, and never a password', async () => {
    const admin = await signedIn(ctx, t.users.admin.email);
    const created = await admin.post('/api/users', {
      email: 'ny@audit.test',
      name: 'Ny Person',
      password: 'et langt passord',
      roles: [{ role: 'employee', memberId: t.memberB }],
    });
    assert.equal(created.status, 201);
    const id = created.json.id;
    const changed = await admin.patch(`/api/users/${id}`, {
      name: 'Ny Person Endret',
      password: 'et nytt langt passord',
    });
    assert.equal(changed.status, 200);

    const log = await admin.get(`/api/audit?entityType=user&entityId=${id}`);
    assert.equal(log.status, 200);
    const [update, create] = log.json.items;
    assert.equal(create.action, 'create');
    assert.equal(create.actorUserId, t.users.admin.id);
    assert.equal(create.actorName, 'Test admin');
    assert.equal(create.before, null);
    assert.equal(create.after.email, 'ny@audit.test');
    assert.deepEqual(create.after.roles, [{ role: 'employee', memberId: t.memberB }]);
    assert.equal(update.action, 'update');
    assert.equal(update.before.name, 'Ny Person');
    assert.equal(update.after.name, 'Ny Person Endret');
    assert.ok(!Number.isNaN(Date.parse(update.at)));
    const text = JSON.stringify(log.json);
    assert.ok(
      !text.includes('et langt passord') && !text.includes('et nytt langt passord') && !text.includes('$argon2'),
    );
  });

  it('records contact changes and sign-ins, pages newest first, and filters', async () => {
    const leader = await signedIn(ctx, t.users.leader.email);
    const c = await leader.post(`/api/members/${t.memberA}/contacts`, {
      name: 'Kari',
      title: 'IKT-kontakt',
      validFrom: '2025-01-01',
    });
    assert.equal(c.status, 201);
    const ended = await leader.post(`/api/contacts/${c.json.id}/end`, { validTo: '2025-06-30' });
    assert.equal(ended.status, 200);
    const bad = await leader.post(`/api/contacts/${c.json.id}/end`, { validTo: '2024-01-01' });
    assert.equal(bad.status, 400);

    const contactLog = await leader.get(`/api/audit?entityType=member_contact&entityId=${c.json.id}`);
    assert.deepEqual(
      contactLog.json.items.map((e: { action: string }) => e.action),
      ['update', 'create'],
    );
    assert.equal(contactLog.json.items[0].before.validTo, null);
    assert.equal(contactLog.json.items[0].after.validTo, '2025-06-30');

    const logins = await leader.get('/api/audit?action=login');
    assert.ok(logins.json.items.length >= 2);
    const page1 = await leader.get('/api/audit?limit=2');
    assert.equal(page1.json.items.length, 2);
    assert.ok(page1.json.items[0].id > page1.json.items[1].id);
    const page2 = await leader.get(`/api/audit?limit=2&cursor=${page1.json.nextCursor}`);
    assert.ok(page2.json.items[0].id < page1.json.items[1].id);
  });

  it('any user saves their own language; the change is audited', async () => {
    const employee = await signedIn(ctx, t.users.employee.email);
    const res = await employee.patch('/api/me', { locale: 'en' });
    assert.deepEqual(res.json, { locale: 'en' });
    assert.equal((await employee.get('/api/auth/session')).json.user.locale, 'en');
    assert.equal((await employee.patch('/api/me', { locale: 'de' })).status, 400);
    const admin = await signedIn(ctx, t.users.admin.email);
    const log = await admin.get(`/api/audit?entityType=user&entityId=${t.users.employee.id}&action=update`);
    assert.deepEqual(log.json.items[0].after, { locale: 'en' });
  });

  it('problems carry a path naming the row and a stable code', async () => {
    const admin = await signedIn(ctx, t.users.admin.email);
    const res = await admin.post('/api/users', {
      email: 'rows@audit.test',
      name: 'Rows',
      roles: [
        { role: 'agent', memberId: null },
        { role: 'employee', memberId: null },
      ],
    });
    assert.equal(res.status, 400);
    assert.deepEqual(res.json.error.issues, [
      { path: 'roles.1.memberId', message: 'The role employee must be scoped to a member.', code: 'scope_required' },
    ]);
    const self = await admin.patch(`/api/users/${t.users.admin.id}`, { active: false });
    assert.equal(self.status, 409);
    assert.equal(self.json.error.issues[0].code, 'self_deactivation');
    const zod = await admin.post('/api/users', { email: 'nope', name: 'X', roles: [] });
    assert.equal(zod.json.error.issues[0].path, 'email');
    assert.equal(typeof zod.json.error.issues[0].code, 'string');
  });

  it('a failed change writes no entry (the entry shares the transaction)', async () => {
    const admin = await signedIn(ctx, t.users.admin.email);
    const before = (await admin.get('/api/audit?entityType=user&limit=200')).json.items.length;
    const dup = await admin.post('/api/users', { email: t.users.agent.email.toUpperCase(), name: 'Dup', roles: [] });
    assert.equal(dup.status, 409);
    const after = (await admin.get('/api/audit?entityType=user&limit=200')).json.items.length;
    assert.equal(after, before);
  });
});
