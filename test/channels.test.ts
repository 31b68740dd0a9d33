import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { simpleParser } from 'mailparser';
import { pollDueMailboxes } from '../src/modules/channels/mail-in/poller.ts';
import { sign } from '../src/modules/channels/signature.ts';
import { deliverDueWebhooks } from '../src/modules/channels/webhooks.ts';
import { deliverDueMails, smtpTransport } from '../src/modules/mail/sender.ts';
import { renderPeriod } from '../src/modules/reports/reports.service.ts';
import { type ApiClient, signedIn } from './client.ts';
import { createTestContext, type TestClock, type TestContext } from './context.ts';
import { createTenant, type TestTenant } from './factories.ts';
import { IMAP_PASS, IMAP_USER, startImap, startReceiver, startSmtp, startTokenServer } from './servers.ts';

const minutes = (clock: TestClock, n: number) => {
  clock.now = new Date(clock.now.getTime() + n * 60_000);
};

function mime(o: {
  from: string;
  subject: string;
  body?: string;
  messageId?: string;
  headers?: Record<string, string>;
  attachment?: { name: string; type: string; base64: string };
}) {
  const head = [
    `From: ${o.from}`,
    'To: servicedesk@ror-ikt.test',
    // as mail programs send them: non-ASCII subjects as RFC 2047 encoded words
    `Subject: ${/^[\x20-\x7e]*$/.test(o.subject) ? o.subject : `=?UTF-8?B?${Buffer.from(o.subject).toString('base64')}?=`}`,
    `Message-ID: ${o.messageId ?? `<${crypto.randomUUID()}@molde.test>`}`,
    'Date: Mon, 4 Nov 2024 09:00:00 +0100',
    'MIME-Version: 1.0',
    ...Object.entries(o.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
  ];
  if (!o.attachment)
    return [
      ...head,
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      o.body ?? 'Hei',
      '',
    ].join('\r\n');
  return [
    ...head,
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    o.body ?? 'Se vedlegg',
    '--b1',
    `Content-Type: ${o.attachment.type}; name="${o.attachment.name}"`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment; filename="${o.attachment.name}"`,
    '',
    o.attachment.base64,
    '--b1--',
    '',
  ].join('\r\n');
}

describe('channels: security alerts, e-mail in and out, alerts to system owners, feeds, phone statistics', () => {
  let ctx: TestContext;
  const clock: TestClock = { now: new Date('2024-11-04T09:00:00+01:00') };
  let t: TestTenant;
  let admin: ApiClient;
  let agent: ApiClient;
  let employee: ApiClient;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  before(async () => {
    smtp = await startSmtp();
    ctx = await createTestContext(
      { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PUBLIC_URL: 'https://samdrift.test' },
      clock,
    );
    t = await createTenant(ctx.db);
    await ctx.db
      .updateTable('member')
      .set({ email_domains: ['alesund.test'] })
      .where('id', '=', t.memberA)
      .execute();
    await ctx.db
      .updateTable('member')
      .set({ email_domains: ['bo.test'] })
      .where('id', '=', t.memberB)
      .execute();
    await ctx.db
      .insertInto('sd_category')
      .values({ id: crypto.randomUUID(), cooperation_id: t.cooperationId, parent_id: null, name: 'Infrastruktur' })
      .execute();
    admin = await signedIn(ctx, t.users.admin.email);
    agent = await signedIn(ctx, t.users.agent.email);
    employee = await signedIn(ctx, t.users.employee.email);
  });
  after(async () => {
    await ctx.close();
    await smtp.close();
  });

  const signIn = async () => {
    admin = await signedIn(ctx, t.users.admin.email);
    agent = await signedIn(ctx, t.users.agent.email);
    employee = await signedIn(ctx, t.users.employee.email);
  };
  const post = (token: string, body: unknown, headers: Record<string, string> = {}) =>
    ctx.app.request('/api/inbound/security-alerts', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const sendMails = () => deliverDueMails(ctx, smtpTransport(`smtp://127.0.0.1:${smtp.port}`));

  describe('security alerts', () => {
    let token: string;
    let signedToken: string;
    let key: string;
    let sourceId: string;
    let signedId: string;

    before(async () => {
      const a = await admin.post('/api/channels/alert-sources', { name: 'SOC', signed: false });
      assert.equal(a.status, 201, a.text);
      token = a.json.token;
      sourceId = a.json.source.id;
      const b = await admin.post('/api/channels/alert-sources', { name: 'HelseCERT', signed: true });
      assert.equal(b.status, 201, b.text);
      signedToken = b.json.token;
      key = b.json.hmacSecret;
      signedId = b.json.source.id;
      assert.equal(b.json.source.signed, true);
      // the token is not stored: the list shows only its last characters
      const list = await admin.get('/api/channels/alert-sources');
      assert.ok(!JSON.stringify(list.json).includes(token));
      assert.equal((await agent.post('/api/channels/alert-sources', { name: 'X' })).status, 403);
    });

    it('makes a ticket of kind security alert in Infrastruktur, once per alert id', async () => {
      const body = { alertId: 'SOC-1', title: 'Mistenkelig innlogging', severity: 'high', member: 'bo.test' };
      const r = await post(token, body);
      assert.equal(r.status, 201);
      const created = (await r.json()) as { ticketId: string; ticketNumber: number };
      const ticket = await agent.get(`/api/tickets/${created.ticketId}`);
      assert.equal(ticket.json.kind, 'security_alert');
      assert.equal(ticket.json.priority, 'high');
      assert.equal(ticket.json.memberId, t.memberB);
      const infra = await ctx.db
        .selectFrom('sd_category')
        .select('id')
        .where('name', '=', 'Infrastruktur')
        .where('cooperation_id', '=', t.cooperationId)
        .executeTakeFirstOrThrow();
      assert.equal(ticket.json.categoryId, infra.id);
      // replayed: the same ticket, no new one
      const again = await post(token, body);
      assert.equal(again.status, 200);
      const dup = (await again.json()) as { outcome: string; ticketNumber: number };
      assert.equal(dup.outcome, 'duplicate');
      assert.equal(dup.ticketNumber, created.ticketNumber);
      const receipts = await admin.get(`/api/channels/alert-sources/${sourceId}/receipts`);
      assert.deepEqual(receipts.json.receipts.map((x: { outcome: string }) => x.outcome).sort(), [
        'created',
        'duplicate',
      ]);
    });

    it('refuses a bad token, a bad or missing signature and bad input, and logs why', async () => {
      assert.equal((await post('sdt_wrong', { alertId: 'x', title: 'y' })).status, 401);
      const body = JSON.stringify({ alertId: 'HC-1', title: 'Sårbarhet i VPN' });
      assert.equal((await post(signedToken, body)).status, 401);
      assert.equal((await post(signedToken, body, { 'x-samdrift-signature': sign('wrong key', body) })).status, 401);
      // a signature of another body (tampered in transit)
      assert.equal(
        (await post(signedToken, body, { 'x-samdrift-signature': sign(key, body.replace('VPN', 'XYZ')) })).status,
        401,
      );
      const ok = await post(signedToken, body, { 'x-samdrift-signature': sign(key, body) });
      assert.equal(ok.status, 201);
      // a replay of the signed post: accepted as a duplicate, no second ticket
      assert.equal((await post(signedToken, body, { 'x-samdrift-signature': sign(key, body) })).status, 200);
      const bad = JSON.stringify({ alertId: '', title: 'x' });
      assert.equal((await post(signedToken, bad, { 'x-samdrift-signature': sign(key, bad) })).status, 400);
      const notJson = '{"alertId":';
      assert.equal((await post(signedToken, notJson, { 'x-samdrift-signature': sign(key, notJson) })).status, 400);
      const receipts = await admin.get(`/api/channels/alert-sources/${signedId}/receipts`);
      const reasons = receipts.json.receipts
        .filter((x: { outcome: string }) => x.outcome === 'rejected')
        .map((x: { reason: string }) => x.reason);
      assert.ok(reasons.includes('signature missing'));
      assert.equal(reasons.filter((r: string) => r === 'bad signature').length, 2);
      assert.ok(reasons.some((r: string) => r.startsWith('invalid: alertId')));
      assert.ok(reasons.includes('not JSON'));
      const tickets = await ctx.db
        .selectFrom('ticket')
        .select('id')
        .where('external_source', '=', `alert:${signedId}`)
        .execute();
      assert.equal(tickets.length, 1);
    });

    it('takes a burst of 1,000 alerts (with repeats among them) without losing or doubling one', async () => {
      const ids = Array.from({ length: 1000 }, (_, i) => `BURST-${i}`);
      const statuses: number[] = [];
      const queue = [...ids, ...ids.slice(0, 50)];
      const workers = Array.from({ length: 25 }, async () => {
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
          const r = await post(token, { alertId: id, title: `Varsel ${id}`, severity: 'medium' });
          statuses.push(r.status);
          await r.arrayBuffer();
        }
      });
      await Promise.all(workers);
      assert.equal(statuses.filter((s) => s === 201).length, 1000);
      assert.equal(statuses.filter((s) => s === 200).length, 50);
      const n = await ctx.db
        .selectFrom('ticket')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('cooperation_id', '=', t.cooperationId)
        .where('external_source', '=', `alert:${sourceId}`)
        .where('external_id', 'like', 'BURST-%')
        .executeTakeFirstOrThrow();
      assert.equal(Number(n.n), 1000);
    });

    it('counts security alerts apart from incidents and requests in the statistics', async () => {
      await signIn();
      const stats = await agent.get('/api/servicedesk/stats/yearly?year=2024&years=1');
      assert.equal(stats.status, 200, stats.text);
      const text = JSON.stringify(stats.json);
      assert.match(text, /security_alert|securityAlert/);
    });
  });

  describe('e-mail out', () => {
    it('tells the requester on creation, public comments and resolution, with the ticket number in the subject', async () => {
      await signIn();
      smtp.received.length = 0;
      const created = await employee.post('/api/tickets', { kind: 'incident', subject: 'Skriveren virker ikke' });
      assert.equal(created.status, 201, created.text);
      const id = created.json.id;
      const number = created.json.number;
      assert.equal(
        (await agent.post(`/api/tickets/${id}/comments`, { body: 'Intern merknad', public: false })).status,
        200,
      );
      assert.equal(
        (await agent.post(`/api/tickets/${id}/comments`, { body: 'Vi ser på det.', public: true })).status,
        200,
      );
      assert.equal((await agent.post(`/api/tickets/${id}/resolve`, { solution: 'Byttet toner.' })).status, 200);
      const r = await sendMails();
      assert.equal(r.failed, 0);
      const mine = smtp.received.filter((m) => m.to.includes(t.users.employee.email));
      assert.equal(mine.length, 3, 'created, the public comment and the resolution; not the internal note');
      const parsed = await Promise.all(mine.map((m) => simpleParser(m.raw)));
      for (const m of parsed) {
        assert.equal(m.subject, `[Sak #${number}] Skriveren virker ikke`);
        assert.ok(m.text && m.html, 'plain text and HTML');
        assert.match(m.messageId ?? '', new RegExp(`^<[0-9a-f-]+\\.ticket-${id}@samdrift\\.mail>$`));
        assert.equal(m.headers.get('auto-submitted'), 'auto-generated');
        assert.match(m.text ?? '', new RegExp(`https://samdrift\\.test/portal/tickets/${id}`));
        assert.match(m.html || '', /<html lang="nb">/);
        assert.doesNotMatch(m.text ?? '', /Intern merknad/);
      }
      // queued at the same instant, they may go out in any order
      const kinds = parsed.map((m) => m.text ?? '');
      assert.ok(kinds.some((x) => /Vi har mottatt saken din/.test(x)));
      assert.ok(kinds.some((x) => /nytt svar[\s\S]*Vi ser på det\./.test(x)));
      assert.ok(kinds.some((x) => /Saken din er løst[\s\S]*Byttet toner\./.test(x)));
      const reply = parsed.find((m) => /nytt svar/.test(m.text ?? ''));
      assert.equal(reply?.inReplyTo, `<ticket-${id}@samdrift.mail>`);
      const log = await admin.get('/api/channels/deliveries?channel=email');
      const entry = log.json.items.find((i: { subject: string; status: string }) => i.subject.includes(`#${number}`));
      assert.equal(entry.status, 'sent');
      assert.equal(entry.log.length, 1);
      assert.equal(entry.log[0].ok, true);
    });
  });

  describe('e-mail in', () => {
    let imap: Awaited<ReturnType<typeof startImap>>;
    let mailboxId: string;
    const poll = () => pollDueMailboxes(ctx, { all: true });

    before(async () => {
      imap = await startImap();
      await signIn();
      const r = await admin.post('/api/channels/mailboxes', {
        name: 'Servicedesk',
        address: 'servicedesk@ror-ikt.test',
        host: '127.0.0.1',
        port: imap.port,
        tls: false,
        username: IMAP_USER,
        password: IMAP_PASS,
      });
      assert.equal(r.status, 201, r.text);
      assert.equal(r.json.password, undefined, 'the password is never shown');
      mailboxId = r.json.id;
    });
    after(() => imap.close());

    it('turns a new mail into a ticket: requester by address, member by domain, files kept', async () => {
      imap.append(
        mime({
          from: `Test employee <${t.users.employee.email}>`,
          subject: 'PC-en starter ikke',
          body: 'Den bare piper.',
        }),
      );
      const png = Buffer.from(
        '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d2a1b50000000049454e44ae426082',
        'hex',
      );
      imap.append(
        mime({
          from: 'Per Hansen <per@bo.test>',
          subject: 'Skjermbilde av feilen',
          attachment: { name: 'feil.png', type: 'image/png', base64: png.toString('base64') },
        }),
      );
      const [res] = await poll();
      assert.equal(res?.error, null);
      assert.equal(res?.fetched, 2);
      const log = await agent.get(`/api/channels/mailboxes/${mailboxId}/log`);
      const [second, first] = log.json.items;
      assert.equal(first.outcome, 'ticket');
      const a = await agent.get(`/api/tickets/${first.ticketId}`);
      assert.equal(a.json.channel, 'email');
      assert.equal(a.json.requesterId, t.users.employee.id);
      assert.equal(a.json.memberId, t.memberA);
      assert.equal(a.json.description, 'Den bare piper.');
      const b = await agent.get(`/api/tickets/${second.ticketId}`);
      assert.equal(b.json.requesterId, null);
      assert.equal(b.json.requesterEmail, 'per@bo.test');
      assert.equal(b.json.memberId, t.memberB, 'member by the sender’s domain');
      const files = await agent.get(`/api/tickets/${second.ticketId}/files`);
      assert.equal(files.json.files.length, 1);
      assert.equal(files.json.files[0].fileName, 'feil.png');
      const dl = await agent.bytes(`/api/tickets/${second.ticketId}/files/${files.json.files[0].id}`);
      assert.deepEqual(dl.body, png);
      // polled again: nothing new
      const [again] = await poll();
      assert.equal(again?.fetched, 0);
    });

    it('makes replies comments on their ticket, by subject or by our message headers', async () => {
      const created = await employee.post('/api/tickets', { kind: 'incident', subject: 'Teams henger' });
      const { id, number } = created.json;
      await agent.patch(`/api/tickets/${id}`, { status: 'waiting_user' });
      smtp.received.length = 0;
      await sendMails();
      const sent = await Promise.all(smtp.received.map((m) => simpleParser(m.raw)));
      const messageId = sent.find((m) => m.subject?.includes(`[Sak #${number}]`))?.messageId;
      assert.ok(messageId);
      imap.append(
        mime({
          from: t.users.employee.email,
          subject: `SV: [Sak #${number}] Teams henger`,
          body: 'Nå virker det.\n\nFra: Servicedesk\n> gammelt',
        }),
      );
      imap.append(
        mime({
          from: 'kollega@alesund.test',
          subject: 'Re: Teams',
          body: 'Jeg har samme problem.',
          headers: { 'In-Reply-To': messageId as string, References: messageId as string },
        }),
      );
      await poll();
      const ticket = await agent.get(`/api/tickets/${id}`);
      const comments = ticket.json.history.filter((e: { kind: string }) => e.kind === 'comment');
      assert.equal(comments.length, 2);
      assert.equal(comments[0].data.body, 'Nå virker det.');
      assert.match(comments[1].data.body, /^Fra kollega@alesund\.test:\n\nJeg har samme problem\./);
      assert.equal(ticket.json.coreState, 'open', 'the requester’s reply resumes work');
      assert.equal(
        ticket.json.firstResponseAt,
        ticket.json.history.find((e: { kind: string }) => e.kind === 'response')?.at ?? null,
      );
    });

    it('ignores automatic replies and loops, and keeps a malformed or huge mail as a ticket', async () => {
      await signIn();
      const before = await ctx.db
        .selectFrom('ticket')
        .select('id')
        .where('cooperation_id', '=', t.cooperationId)
        .execute();
      imap.append(
        mime({
          from: 'kari@alesund.test',
          subject: 'Automatisk svar: Teams henger',
          headers: { 'Auto-Submitted': 'auto-replied' },
        }),
      );
      imap.append(mime({ from: 'kari@alesund.test', subject: 'Fraværsmelding' }));
      imap.append(mime({ from: 'servicedesk@ror-ikt.test', subject: 'Loop' }));
      imap.append(mime({ from: 'kari@alesund.test', subject: '[Sak #1] x', headers: { 'X-Samdrift-Mail-Id': 'abc' } }));
      // broken MIME: a multipart without its boundary, bad base64, an unterminated header
      imap.append(
        'From: ola@alesund.test\r\nSubject: =?utf-8?B?ødelagt\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="nope"\r\n\r\n--other\r\nContent-Transfer-Encoding: base64\r\n\r\n@@@not base64@@@\r\n',
      );
      // a 50 MB attachment: the ticket is made, the file is not kept, and the ticket says so
      const big = Buffer.alloc(50 * 1024 * 1024, 7)
        .toString('base64')
        .replace(/(.{76})/g, '$1\r\n');
      imap.append(
        mime({
          from: 'ola@alesund.test',
          subject: 'Stor fil',
          attachment: { name: 'video.mp4', type: 'video/mp4', base64: big },
        }),
      );
      const [res] = await poll();
      assert.equal(res?.error, null);
      assert.equal(res?.fetched, 6);
      const log = (await agent.get(`/api/channels/mailboxes/${mailboxId}/log?limit=6`)).json.items;
      const outcomes = log.map((i: { outcome: string }) => i.outcome);
      assert.deepEqual(outcomes.filter((o: string) => o === 'ignored').length, 4);
      const reasons = log
        .filter((i: { outcome: string }) => i.outcome === 'ignored')
        .map((i: { reason: string }) => i.reason);
      assert.ok(reasons.some((r: string) => r.includes('Auto-Submitted')));
      assert.ok(reasons.some((r: string) => r.includes('subject')));
      assert.equal(reasons.filter((r: string) => r.includes('loop')).length, 2);
      const after = await ctx.db
        .selectFrom('ticket')
        .select('id')
        .where('cooperation_id', '=', t.cooperationId)
        .execute();
      assert.equal(after.length, before.length + 2, 'the broken mail and the big one became tickets; nothing else');
      const bigEntry = log.find((i: { subject: string }) => i.subject === 'Stor fil');
      assert.match(bigEntry.reason, /video\.mp4.*ikke lagret/);
      const bigTicket = await agent.get(`/api/tickets/${bigEntry.ticketId}`);
      assert.match(bigTicket.json.description, /Vedlegget «video\.mp4» \(50 MB\) er større enn grensen på 25 MB/);
      assert.equal((await agent.get(`/api/tickets/${bigEntry.ticketId}/files`)).json.files.length, 0);
      const broken = log.find(
        (i: { from: string; subject: string }) => i.from === 'ola@alesund.test' && i.subject !== 'Stor fil',
      );
      assert.equal(broken.outcome, 'ticket');
    });

    it('reports an unreachable server on the mailbox and goes on after it is back', async () => {
      await signIn();
      await admin.put(`/api/channels/mailboxes/${mailboxId}`, {
        name: 'Servicedesk',
        address: 'servicedesk@ror-ikt.test',
        host: '127.0.0.1',
        port: 1,
        tls: false,
        username: IMAP_USER,
      });
      const [res] = await poll();
      assert.ok(res?.error);
      const list = await admin.get('/api/channels/mailboxes');
      assert.ok(list.json.mailboxes[0].lastError);
      assert.equal(list.json.mailboxes[0].counts.ticket >= 4, true);
      // back: the next poll clears the error and goes on where it was
      const body = { ...list.json.mailboxes[0], port: imap.port };
      const saved = await admin.put(`/api/channels/mailboxes/${mailboxId}`, {
        name: body.name,
        address: body.address,
        host: body.host,
        port: body.port,
        tls: false,
        username: body.username,
      });
      assert.equal(saved.status, 200, saved.text);
      imap.append(mime({ from: 'ny@alesund.test', subject: 'Etter nedetid' }));
      const [back] = await poll();
      assert.equal(back?.error, null);
      assert.equal(back?.fetched, 1);
      assert.equal((await admin.get('/api/channels/mailboxes')).json.mailboxes[0].lastError, null);
    });

    it('signs in to a Microsoft 365-style mailbox with OAuth2 (client credentials → XOAUTH2)', async () => {
      const tokens = await startTokenServer({ id: 'app-id', secret: 'app-secret' });
      try {
        const base = {
          name: 'Servicedesk',
          address: 'servicedesk@ror-ikt.test',
          host: '127.0.0.1',
          port: imap.port,
          tls: false,
          username: IMAP_USER,
          auth: 'oauth2',
          oauthTokenUrl: tokens.url,
          oauthClientId: 'app-id',
        };
        const missing = await admin.put(`/api/channels/mailboxes/${mailboxId}`, base);
        assert.equal(missing.status, 400);
        assert.equal(missing.json.error.issues[0].path, 'oauthClientSecret');
        const wrong = await admin.put(`/api/channels/mailboxes/${mailboxId}`, { ...base, oauthClientSecret: 'wrong' });
        assert.equal(wrong.status, 200, wrong.text);
        assert.equal(wrong.json.auth, 'oauth2');
        assert.ok(!JSON.stringify(wrong.json).includes('wrong'), 'the client secret is never shown');
        const [refused] = await poll();
        assert.match(refused?.error ?? '', /OAuth2 token request refused: invalid_client/);
        await admin.put(`/api/channels/mailboxes/${mailboxId}`, { ...base, oauthClientSecret: 'app-secret' });
        imap.append(mime({ from: 'ny@alesund.test', subject: 'Via OAuth2' }));
        const [ok] = await poll();
        assert.equal(ok?.error, null);
        assert.equal(ok?.fetched, 1);
        assert.equal(tokens.requests.at(-1)?.get('scope'), 'https://outlook.office365.com/.default');
      } finally {
        await tokens.close();
      }
    });
  });

  describe('alerts to system owners', () => {
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    before(async () => {
      receiver = await startReceiver();
      await signIn();
      const r = await admin.post('/api/channels/rules', {
        name: 'Kritiske hendelser',
        event: 'incident_opened',
        priorities: ['critical', 'high'],
        email: true,
        teamsWebhookUrl: `${receiver.url}/teams/abc`,
      });
      assert.equal(r.status, 201, r.text);
      assert.equal(r.json.teamsHost, new URL(receiver.url).host);
      assert.ok(!JSON.stringify(r.json).includes('/teams/abc'), 'the webhook address is a secret');
      const m = await admin.post('/api/channels/rules', {
        name: 'Driftsmeldinger',
        event: 'message_published',
        email: true,
      });
      assert.equal(m.status, 201, m.text);
    });
    after(() => receiver.close());

    it('mails the system owners of the member and posts to Teams when a critical incident opens', async () => {
      smtp.received.length = 0;
      const r = await agent.post('/api/tickets', {
        kind: 'incident',
        subject: 'Nettverket nede på rådhuset',
        priority: 'critical',
        memberId: t.memberA,
        requesterName: 'Kari',
        channel: 'phone',
      });
      assert.equal(r.status, 201, r.text);
      // a medium one alerts nobody
      await agent.post('/api/tickets', {
        kind: 'incident',
        subject: 'Mus',
        priority: 'medium',
        memberId: t.memberA,
        requesterName: 'K',
        channel: 'phone',
      });
      await sendMails();
      assert.equal((await deliverDueWebhooks(ctx)).sent, 1);
      const alert = smtp.received.filter((m) => m.to.includes(t.users.system_owner.email));
      assert.equal(alert.length, 1);
      const parsed = await simpleParser(alert[0]?.raw ?? '');
      assert.equal(parsed.subject, '[Varsel] Kritisk hendelse: Nettverket nede på rådhuset');
      assert.match(parsed.text ?? '', /Du får dette varselet som systemeier/);
      const card = JSON.parse(receiver.posts[0]?.body ?? '{}');
      assert.equal(card.attachments[0].contentType, 'application/vnd.microsoft.card.adaptive');
      assert.match(JSON.stringify(card), /Nettverket nede/);
      assert.match(JSON.stringify(card), /https:\/\/samdrift\.test\/servicedesk\/tickets\//);
    });

    it('retries a Teams post while the receiver is down, then shows it as failed; a retry after repair delivers', async () => {
      receiver.state.down = true;
      const before = receiver.posts.length;
      await agent.post('/api/tickets', {
        kind: 'incident',
        subject: 'Epost nede',
        priority: 'high',
        memberId: t.memberA,
        requesterName: 'K',
        channel: 'phone',
      });
      for (let i = 0; i < 6; i++) {
        await deliverDueWebhooks(ctx);
        minutes(clock, 241);
      }
      await signIn();
      const log = await admin.get('/api/channels/deliveries?channel=webhook&status=failed');
      assert.equal(log.json.items.length, 1);
      const item = log.json.items[0];
      assert.equal(item.attempts, 6);
      assert.equal(item.log.length, 6);
      assert.ok(item.log.every((a: { ok: boolean; detail: string }) => !a.ok && a.detail.startsWith('HTTP 503')));
      assert.match(item.log[5].detail, /gitt opp/);
      assert.equal(receiver.posts.length, before);
      receiver.state.down = false;
      assert.equal((await admin.post(`/api/channels/deliveries/${item.id}/retry`)).status, 200);
      assert.equal((await deliverDueWebhooks(ctx)).sent, 1);
      assert.equal(receiver.posts.length, before + 1);
    });
  });

  describe('operational messages', () => {
    it('publishes, updates and closes; the portal user attaches a fault; public feeds show it', async () => {
      await signIn();
      smtp.received.length = 0;
      const incident = await agent.post('/api/tickets', {
        kind: 'incident',
        subject: 'Fagsystem nede',
        priority: 'high',
        requesterName: 'Drift',
        channel: 'phone',
      });
      const m = await agent.post('/api/operational-messages', {
        title: 'Fagsystemet er nede',
        body: 'Vi jobber med saken.',
        severity: 'major',
        memberIds: [t.memberA],
        incidentTicketId: incident.json.id,
      });
      assert.equal(m.status, 201, m.text);
      await sendMails();
      assert.ok(
        smtp.received.some(
          (x) => x.to.includes(t.users.system_owner.email) && x.raw.includes('Driftsmelding: Fagsystemet'),
        ),
        'the message rule mailed the system owner',
      );
      const end = new Date(clock.now.getTime() + 3 * 3600_000).toISOString();
      const upd = await agent.patch(`/api/operational-messages/${m.json.id}`, { expectedEndAt: end });
      assert.equal(upd.status, 200, upd.text);
      assert.equal(upd.json.expectedEndAt, end);
      const current = await employee.get('/api/operational-messages');
      assert.ok(current.json.items.some((x: { id: string }) => x.id === m.json.id));
      const mine = await employee.post(`/api/operational-messages/${m.json.id}/attach`, {
        description: 'Får ikke logget inn.',
      });
      assert.equal(mine.status, 201, mine.text);
      assert.equal(mine.json.parentId, incident.json.id);

      const rss = await ctx.app.request(`/api/public/${t.slug}/operational-messages/rss`);
      assert.equal(rss.status, 200);
      assert.match(rss.headers.get('content-type') ?? '', /application\/rss\+xml/);
      const rssText = await rss.text();
      assert.match(rssText, /<title><!\[CDATA\[Fagsystemet er nede\]\]><\/title>|<title>Fagsystemet er nede<\/title>/);
      const atom = await ctx.app.request(`/api/public/${t.slug}/operational-messages/atom`);
      assert.match(await atom.text(), /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
      const json = await (await ctx.app.request(`/api/public/${t.slug}/operational-messages`)).json();
      assert.equal(json.items[0].title, 'Fagsystemet er nede');
      assert.deepEqual(json.items[0].members, ['Ålesund kommune']);
      const codeB = await ctx.db
        .selectFrom('member')
        .select('code')
        .where('id', '=', t.memberB)
        .executeTakeFirstOrThrow();
      const forB = await (
        await ctx.app.request(`/api/public/${t.slug}/operational-messages?member=${codeB.code}`)
      ).json();
      assert.equal(forB.items.length, 0, 'a message for Ålesund is not in Bø’s feed');
      assert.equal((await ctx.app.request('/api/public/nope/operational-messages')).status, 404);

      const closed = await agent.post(`/api/operational-messages/${m.json.id}/close`);
      assert.equal(closed.status, 200);
      const fault = await employee.get(`/api/tickets/${mine.json.id}`);
      assert.equal(fault.json.coreState, 'resolved', 'closing the message resolves the attached faults');
      assert.match(fault.json.solution, /Feilen er rettet/);
    });
  });

  describe('phone statistics', () => {
    it('imports a call log and a daily summary and shows calls, answer rate, mean wait and talk time per month', async () => {
      await signIn();
      const log = [
        'Tidspunkt;Besvart;Ventetid;Samtaletid',
        '01.03.2021 08:01;ja;20;4:00',
        '01.03.2021 08:05;ja;40;5:00',
        '01.03.2021 23:30;nei;90;',
        '2021-03-31T23:30:00Z;ja;30;60',
      ].join('\n');
      const r = await agent.post('/api/channels/phone/import', { fileName: 'mars.csv', text: log });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.format, 'calls');
      assert.equal(r.json.calls, 4);
      const stats = await agent.get('/api/channels/phone?year=2021');
      const march = stats.json.months[2];
      assert.equal(march.callsReceived, 3);
      assert.equal(march.callsAnswered, 2);
      assert.equal(march.meanWaitSeconds, 30);
      assert.equal(march.meanTalkSeconds, 270);
      // 31 March 23:30 UTC is 1 April in Oslo
      assert.equal(stats.json.months[3].callsReceived, 1);
      const summary = ['Dato,Anrop,Besvart,Snitt ventetid,Snitt samtaletid', '2021-03-01,100,95,31,4:30'].join('\n');
      const s = await agent.post('/api/channels/phone/import', { fileName: 'dag.csv', text: summary });
      assert.equal(s.json.format, 'summary');
      const again = await agent.get('/api/channels/phone?year=2021');
      assert.equal(again.json.months[2].callsReceived, 100, 'the day is replaced, not added to');
      const bad = await agent.post('/api/channels/phone/import', {
        fileName: 'x.csv',
        text: 'Tidspunkt;Besvart\nigår;kanskje',
      });
      assert.equal(bad.status, 400);
      assert.match(bad.json.error.message, /line 2/);
      assert.equal((await employee.get('/api/channels/phone?year=2021')).status, 403);
    });

    it('puts the year’s phone figures in the annual report, as seed 001 words them', async () => {
      const year = ['Dato;Anrop;Besvart;Snitt ventetid;Snitt samtaletid', '2021-06-01;8294;7879;31;4:30'].join('\n');
      assert.equal((await agent.post('/api/channels/phone/import', { fileName: '2021.csv', text: year })).status, 200);
      await ctx.db
        .deleteFrom('phone_day')
        .where('cooperation_id', '=', t.cooperationId)
        .where('day', '<>', '2021-06-01')
        .execute();
      const html = new TextDecoder().decode(
        (await renderPeriod(ctx.db, t.actor('admin'), 'annual', '2021', 'html', clock.now)).bytes,
      );
      assert.match(
        html.replace(/\u00a0|&nbsp;/g, ' '),
        /I tillegg har vi mottatt 8 294 telefoner med en svarprosent på 95 %\. Gjennomsnittlig samtaletid er 4,5 minutter, og vi svarer i gjennomsnitt etter 31 sekunders ventetid\./,
      );
    });
  });
});
