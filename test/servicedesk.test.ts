import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertCatalogueItems, insertCategories } from '../src/modules/servicedesk/config.repository.ts';
import { signedIn } from './client.ts';
import { createTestContext, type TestClock, type TestContext } from './context.ts';
import { createTenant, type TestTenant } from './factories.ts';

describe('service desk: tickets, SLA, portal and agent work', () => {
  const clock: TestClock = { now: new Date('2024-11-11T09:00:00+01:00') }; // a Monday
  let ctx: TestContext;
  let t: TestTenant;
  let other: TestTenant;
  let printers: string;
  let pcItem: string;

  before(async () => {
    ctx = await createTestContext({}, clock);
    t = await createTenant(ctx.db);
    other = await createTenant(ctx.db);
    const root = crypto.randomUUID();
    printers = crypto.randomUUID();
    await insertCategories(ctx.db, [
      { id: root, cooperation_id: t.cooperationId, parent_id: null, name: 'Klient og utstyr', sort: 0 },
      { id: printers, cooperation_id: t.cooperationId, parent_id: root, name: 'Skriver', sort: 1 },
    ]);
    pcItem = crypto.randomUUID();
    await insertCatalogueItems(ctx.db, [
      {
        id: pcItem,
        cooperation_id: t.cooperationId,
        name: 'PC utenom rullering',
        category_id: root,
        included: false,
        price_ore: 950_000,
        price_unit: 'per stk',
        form_fields: JSON.stringify([
          { key: 'model', label: 'Modell', type: 'select', required: true, options: ['Standard', 'Kraftig'] },
          { key: 'reason', label: 'Begrunnelse', type: 'textarea', required: true },
        ]),
      },
    ]);
  });
  after(() => ctx.close());

  it('an employee reports a fault, sees matching messages, and the agent works it to resolution', async () => {
    const agent = await signedIn(ctx, t.users.agent.email);
    const msg = await agent.post('/api/operational-messages', {
      title: 'Utskrift virker ikke i rådhuset',
      severity: 'major',
      categoryIds: [printers],
      keywords: ['skriver', 'utskrift'],
    });
    assert.equal(msg.status, 201);

    const employee = await signedIn(ctx, t.users.employee.email);
    const matching = await employee.get(
      `/api/operational-messages?categoryId=${printers}&text=${encodeURIComponent('skriveren skriver ikke')}`,
    );
    assert.deepEqual(
      matching.json.items.map((m: { title: string }) => m.title),
      ['Utskrift virker ikke i rådhuset'],
    );
    const unrelated = await employee.get(`/api/operational-messages?text=${encodeURIComponent('Teams faller ut')}`);
    assert.equal(unrelated.json.items.length, 0);

    const created = await employee.post('/api/tickets', {
      kind: 'incident',
      subject: 'Skriveren skriver ikke',
      description: 'Papirstopp hele tiden',
      categoryId: printers,
    });
    assert.equal(created.status, 201);
    const ticket = created.json;
    assert.equal(ticket.channel, 'portal');
    assert.equal(ticket.memberId, t.memberA);
    assert.equal(ticket.requesterId, t.users.employee.id);
    assert.equal(ticket.priority, 'medium');
    // Medium: 3 working days from Monday 09:00 → Thursday 15:30.
    assert.equal(ticket.sla.resolutionDue, new Date('2024-11-14T15:30:00+01:00').toISOString());

    // The agent finds it in the queue, takes it and asks the user (the clock pauses).
    clock.now = new Date('2024-11-11T10:00:00+01:00');
    const queue = await agent.get(`/api/tickets?scope=queue&memberId=${t.memberA}&coreState=new`);
    assert.ok(queue.json.items.some((x: { id: string }) => x.id === ticket.id));
    const waiting = await agent.patch(`/api/tickets/${ticket.id}`, {
      assigneeId: t.users.agent.id,
      status: 'waiting_user',
    });
    assert.equal(waiting.status, 200);
    assert.equal(waiting.json.sla.paused, true);
    assert.equal(waiting.json.firstResponseAt, clock.now.toISOString());

    // The employee answers the next morning: work resumes, the due moves by the paused business time.
    clock.now = new Date('2024-11-12T09:00:00+01:00');
    // Sessions end after 12 idle hours of the (test) clock: sign in again, as people do.
    const employee2 = await signedIn(ctx, t.users.employee.email);
    const agent2 = await signedIn(ctx, t.users.agent.email);
    const answered = await employee2.post(`/api/tickets/${ticket.id}/comments`, {
      body: 'Det er skriveren i 2. etasje',
      public: true,
    });
    assert.equal(answered.json.status, 'in_progress');
    assert.equal(answered.json.sla.paused, false);
    // Paused Mon 10:00 → Tue 09:00 covers 5.5 h + 1 h of business time: due moves from Thursday
    // 15:30 by 6.5 business hours, to Friday 14:30.
    assert.equal(answered.json.sla.resolutionDue, new Date('2024-11-15T14:30:00+01:00').toISOString());

    await agent2.post(`/api/tickets/${ticket.id}/comments`, { body: 'Intern: bestilt ny trommel', public: false });
    clock.now = new Date('2024-11-13T12:00:00+01:00');
    const agent3 = await signedIn(ctx, t.users.agent.email);
    const employee3 = await signedIn(ctx, t.users.employee.email);
    const resolved = await agent3.post(`/api/tickets/${ticket.id}/resolve`, {
      solution: 'Byttet trommel i skriveren.',
    });
    assert.equal(resolved.json.coreState, 'resolved');
    assert.equal(resolved.json.sla.resolutionBreached, false);
    assert.equal(resolved.json.resolvedAt, clock.now.toISOString());

    // The requester sees public history but not the internal note.
    const seen = await employee3.get(`/api/tickets/${ticket.id}`);
    const comments = seen.json.history.filter((e: { kind: string }) => e.kind === 'comment');
    assert.deepEqual(
      comments.map((c: { data: { body: string } }) => c.data.body),
      ['Det er skriveren i 2. etasje'],
    );
    const full = await agent3.get(`/api/tickets/${ticket.id}`);
    assert.equal(full.json.history.filter((e: { kind: string }) => e.kind === 'comment').length, 2);
    assert.ok(
      ['created', 'assign', 'status', 'response', 'comment', 'resolved'].every((k) =>
        full.json.history.some((e: { kind: string }) => e.kind === k),
      ),
    );

    // Closing freezes the outcome.
    const closed = await agent3.patch(`/api/tickets/${ticket.id}`, { status: 'closed' });
    assert.equal(closed.json.sla.frozen, true);

    // The statistics of November show it as met for medium.
    clock.now = new Date('2024-12-02T09:00:00+01:00');
    const stats = await (await signedIn(ctx, t.users.agent.email)).get('/api/servicedesk/stats?month=2024-11');
    assert.equal(stats.status, 200);
    const medium = stats.json.slaByPriority.find((p: { priority: string }) => p.priority === 'medium');
    assert.deepEqual(medium.months.at(-1), {
      month: '2024-11',
      responseMet: 0,
      responseBreached: 0,
      resolutionMet: 1,
      resolutionBreached: 0,
    });
    const klient = stats.json.newByCategory.find((c: { name: string }) => c.name === 'Klient og utstyr');
    assert.deepEqual(klient.counts, [0, 0, 0, 1]);
    const times = stats.json.resolutionTimes.find((p: { priority: string }) => p.priority === 'medium');
    // Business time on the clock: Mon 09–10 (60) + Tue 09–15:30 (390) + Wed 08–12 (240) = 690 minutes.
    assert.deepEqual(times.months.at(-1), { month: '2024-11', count: 1, meanMinutes: 690, medianMinutes: 690 });
  });

  it('agents register phone tickets; priority changes re-target; a breach is recorded', async () => {
    clock.now = new Date('2024-11-18T08:30:00+01:00');
    const agent = await signedIn(ctx, t.users.agent.email);
    const phone = await agent.post('/api/tickets', {
      kind: 'incident',
      channel: 'phone',
      subject: 'Journalsystemet er nede',
      requesterName: 'Sykepleier på vakt',
      memberId: t.memberB,
      priority: 'high',
    });
    assert.equal(phone.status, 201);
    assert.equal(phone.json.channel, 'phone');
    // High: response 1 h, resolution 4 h of business time.
    assert.equal(phone.json.sla.responseDue, new Date('2024-11-18T09:30:00+01:00').toISOString());
    assert.equal(phone.json.sla.resolutionDue, new Date('2024-11-18T12:30:00+01:00').toISOString());
    clock.now = new Date('2024-11-18T08:45:00+01:00');
    const critical = await agent.patch(`/api/tickets/${phone.json.id}`, { priority: 'critical' });
    // Critical runs 24/7 with 15 min / 2 h from the original start.
    assert.equal(critical.json.sla.resolutionDue, new Date('2024-11-18T10:30:00+01:00').toISOString());
    clock.now = new Date('2024-11-18T11:00:00+01:00');
    const late = await agent.post(`/api/tickets/${phone.json.id}/resolve`, {
      solution: 'Restartet applikasjonsserveren.',
    });
    assert.equal(late.json.sla.resolutionBreached, true);
    const breachedQueue = await agent.get('/api/tickets?scope=queue&priority=critical,high');
    assert.ok(breachedQueue.json.items.some((x: { id: string }) => x.id === phone.json.id));
    const stats = await agent.get('/api/servicedesk/stats?month=2024-11');
    assert.ok(
      stats.json.criticalAndHigh.some(
        (x: { number: number; memberName: string }) => x.number === phone.json.number && x.memberName === 'Bø kommune',
      ),
    );
  });

  it('catalogue orders check their form; reopen and duplicates are tracked', async () => {
    const employee = await signedIn(ctx, t.users.employee.email);
    const missing = await employee.post('/api/tickets', {
      kind: 'service_request',
      subject: 'Ny PC',
      catalogueItemId: pcItem,
      formData: { model: 'Gull' },
    });
    assert.equal(missing.status, 400);
    assert.deepEqual(
      missing.json.error.issues.map((i: { path: string; code: string }) => `${i.path}:${i.code}`).sort(),
      ['formData.model:invalid_option', 'formData.reason:required'],
    );
    const order = await employee.post('/api/tickets', {
      kind: 'service_request',
      subject: 'Ny PC',
      catalogueItemId: pcItem,
      formData: { model: 'Kraftig', reason: 'Tegneprogram' },
    });
    assert.equal(order.status, 201);
    assert.equal(order.json.priority, 'low');
    assert.deepEqual(order.json.formData, { model: 'Kraftig', reason: 'Tegneprogram' });

    const agent = await signedIn(ctx, t.users.agent.email);
    await agent.post(`/api/tickets/${order.json.id}/resolve`, { solution: 'Levert' });
    const reopened = await employee.post(`/api/tickets/${order.json.id}/reopen`, { reason: 'Feil modell' });
    assert.equal(reopened.json.reopenCount, 1);
    assert.equal(reopened.json.coreState, 'open');
    assert.equal((await employee.post(`/api/tickets/${order.json.id}/reopen`, { reason: 'x' })).status, 409);

    const dup = await employee.post('/api/tickets', { kind: 'incident', subject: 'Skriveren igjen' });
    const linked = await agent.post(`/api/tickets/${dup.json.id}/duplicate`, { duplicateOfId: order.json.id });
    assert.equal(linked.json.coreState, 'closed');
    assert.equal(linked.json.duplicateOfId, order.json.id);
    assert.equal(
      (await agent.post(`/api/tickets/${dup.json.id}/duplicate`, { duplicateOfId: dup.json.id })).status,
      400,
    );
  });

  it('who sees what: requesters their own, system owners their member, nobody another cooperation', async () => {
    const employee = await signedIn(ctx, t.users.employee.email);
    const mine = await employee.get('/api/tickets?scope=mine&limit=200');
    assert.ok(mine.json.items.length >= 3);
    assert.ok(mine.json.items.every((x: { requesterId: string }) => x.requesterId === t.users.employee.id));
    assert.equal((await employee.get('/api/tickets?scope=queue')).status, 403);
    assert.equal((await employee.patch(`/api/tickets/${mine.json.items[0].id}`, { priority: 'critical' })).status, 403);
    assert.equal(
      (await employee.post(`/api/tickets/${mine.json.items[0].id}/comments`, { body: 'x', public: false })).status,
      403,
    );
    assert.equal(
      (await employee.post('/api/tickets', { kind: 'incident', subject: 'x', channel: 'phone' })).status,
      403,
    );

    const agent = await signedIn(ctx, t.users.agent.email);
    const bTicket = (await agent.get(`/api/tickets?scope=queue&memberId=${t.memberB}`)).json.items[0];
    assert.ok(bTicket);
    // Another employee of the same member cannot read it: 404, not 403, so existence is not revealed.
    const council = await signedIn(ctx, t.users.council_member.email);
    assert.equal((await council.get(`/api/tickets/${bTicket.id}`)).status, 404);

    const owner = await signedIn(ctx, t.users.system_owner.email);
    const ownQueue = await owner.get('/api/tickets?scope=queue&limit=200');
    assert.equal(ownQueue.status, 200);
    assert.ok(ownQueue.json.items.every((x: { memberId: string }) => x.memberId === t.memberA));
    assert.equal((await owner.get(`/api/tickets/${bTicket.id}`)).status, 404);
    assert.equal((await owner.get(`/api/servicedesk/stats?month=2024-11&memberId=${t.memberB}`)).status, 403);
    assert.equal((await owner.get('/api/servicedesk/stats?month=2024-11')).json.memberId, t.memberA);
    assert.equal((await employee.get('/api/servicedesk/stats?month=2024-11')).status, 403);

    const stranger = await signedIn(ctx, other.users.agent.email);
    assert.equal((await stranger.get(`/api/tickets/${bTicket.id}`)).status, 404);
    assert.equal((await stranger.post(`/api/tickets/${bTicket.id}/comments`, { body: 'x', public: true })).status, 404);
    const foreign = await stranger.get('/api/tickets?scope=queue&limit=200');
    assert.equal(foreign.json.items.length, 0);
    assert.equal(
      (await stranger.get('/api/servicedesk/stats?month=2024-11')).json.newByKind.reduce(
        (a: number, k: { counts: number[] }) => a + k.counts.at(-1)!,
        0,
      ),
      0,
    );
  });

  it('bad input: malformed month, cursor, ids and status get a 400 naming the field', async () => {
    const agent = await signedIn(ctx, t.users.agent.email);
    assert.equal((await agent.get('/api/servicedesk/stats?month=2024-13')).status, 400);
    assert.equal((await agent.get('/api/tickets?cursor=abc')).status, 400);
    assert.equal((await agent.get('/api/tickets?priority=urgent')).status, 400);
    const ticket = (await agent.get('/api/tickets?limit=1')).json.items[0];
    const bad = await agent.patch(`/api/tickets/${ticket.id}`, { status: 'nonexistent' });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.issues[0].code, 'unknown_status');
    const unknownMember = await agent.post('/api/tickets', {
      kind: 'incident',
      subject: 'x',
      requesterName: 'A',
      memberId: other.memberA,
    });
    assert.equal(unknownMember.status, 400);
  });

  it('queues page by cursor without gaps or repeats', async () => {
    const agent = await signedIn(ctx, t.users.agent.email);
    const all = (await agent.get('/api/tickets?limit=200')).json.items.map((x: { id: string }) => x.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { json: { items: { id: string }[]; nextCursor: string | null } } = await agent.get(
        `/api/tickets?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.json.items.map((x) => x.id));
      cursor = page.json.nextCursor;
    } while (cursor);
    assert.deepEqual(seen, all);
  });
});
