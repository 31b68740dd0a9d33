// Channels: (a) a burst of 1,000 security alerts posted to the webhook (25 at a time, through the
// HTTP app), (b) a mailbox of 1,000 mails read into tickets over IMAP from a local server, (c) 1,000
// Teams posts delivered to a local HTTP receiver, (d) the public RSS feed. Runs on PGlite, and on
// PostgreSQL with BENCH_DATABASE_URL. Alone: `npx tsx bench/channels.ts`.
import { createApp } from '../src/app/http.ts';
import { pollDueMailboxes } from '../src/modules/channels/mail-in/poller.ts';
import { deliverDueWebhooks } from '../src/modules/channels/webhooks.ts';
import { createTenant } from '../test/factories.ts';
import { imapMailbox, startImap, startReceiver } from '../test/servers.ts';
import { eachEngine, time } from './engines.ts';

const N = 1000;

function mail(i: number) {
  return [
    `From: bruker${i % 37}@alesund.test`,
    'To: servicedesk@ror-ikt.test',
    `Subject: Melding ${i}`,
    `Message-ID: <bench-${i}-${Date.now()}@alesund.test>`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Skriveren i ${i}. etasje virker ikke.`,
    '',
  ].join('\r\n');
}

export async function benchChannels() {
  const rows: { engine: string; case: string; seconds: number; perSecond: number }[] = [];
  await eachEngine('channels', async (engine, ctx) => {
    const app = createApp(ctx);
    const t = await createTenant(ctx.db);
    await ctx.db
      .insertInto('sd_category')
      .values({ id: crypto.randomUUID(), cooperation_id: t.cooperationId, parent_id: null, name: 'Infrastruktur' })
      .execute();
    const { createAlertSource } = await import('../src/modules/channels/security-alerts.service.ts');
    const { token } = await createAlertSource(ctx.db, t.actor('admin'), { name: 'SOC', signed: false }, new Date());

    // (a) alert burst
    const ids = Array.from({ length: N }, (_, i) => `BENCH-${i}`);
    let started = performance.now();
    await Promise.all(
      Array.from({ length: 25 }, async () => {
        for (let id = ids.shift(); id !== undefined; id = ids.shift()) {
          const r = await app.request('/api/inbound/security-alerts', {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ alertId: id, title: `Varsel ${id}`, severity: 'medium' }),
          });
          if (r.status !== 201) throw new Error(`alert ${id}: ${r.status}`);
        }
      }),
    );
    let s = (performance.now() - started) / 1000;
    rows.push({ engine, case: `${N} security alerts, 25 at a time`, seconds: round(s), perSecond: Math.round(N / s) });

    // (b) mailbox of 1,000 mails
    const imap = await startImap(Array.from({ length: N }, (_, i) => mail(i)));
    const now = new Date();
    await ctx.db.insertInto('mailbox').values(imapMailbox(t.cooperationId, imap.port)).execute();
    started = performance.now();
    const [r] = await pollDueMailboxes(ctx, { all: true });
    s = (performance.now() - started) / 1000;
    if (r?.fetched !== N) throw new Error(`read ${r?.fetched} mails: ${r?.error}`);
    rows.push({ engine, case: `${N} mails read into tickets (IMAP)`, seconds: round(s), perSecond: Math.round(N / s) });
    await imap.close();

    // (c) webhook deliveries
    const receiver = await startReceiver();
    await ctx.db
      .insertInto('webhook_outbox')
      .values(
        Array.from({ length: N }, () => ({
          id: crypto.randomUUID(),
          cooperation_id: t.cooperationId,
          topic: 'alert.incident_opened',
          url: `${receiver.url}/teams`,
          payload: JSON.stringify({ type: 'message', summary: 'Benchmark' }),
          next_attempt_at: now,
          created_at: now,
        })),
      )
      .execute();
    started = performance.now();
    let sent = 0;
    while (sent < N) sent += (await deliverDueWebhooks(ctx, 100)).sent;
    s = (performance.now() - started) / 1000;
    rows.push({ engine, case: `${N} Teams posts delivered`, seconds: round(s), perSecond: Math.round(N / s) });
    await receiver.close();

    // (d) the public feed with 100 current messages
    await ctx.db
      .insertInto('operational_message')
      .values(
        Array.from({ length: 100 }, (_, i) => ({
          id: crypto.randomUUID(),
          cooperation_id: t.cooperationId,
          title: `Driftsmelding ${i}`,
          body: 'Vi jobber med saken.',
          severity: 'minor' as const,
          starts_at: new Date(now.getTime() - 3600_000),
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    const ms = await time(5, async () => {
      const res = await app.request(`/api/public/${t.slug}/operational-messages/rss`);
      await res.text();
    });
    rows.push({
      engine,
      case: 'RSS feed, 100 messages (median ms)',
      seconds: ms / 1000,
      perSecond: Math.round(1000 / ms),
    });
  });
  return rows;
}

const round = (s: number) => Math.round(s * 10) / 10;

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchChannels());
