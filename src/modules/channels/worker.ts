// The background work of a running Samdrift: sending the mail queue, posting webhooks and reading
// mailboxes, each in its own loop so a long mailbox read does not hold up the mail. The work lives in
// the database (mail_outbox, webhook_outbox, mailbox.next_poll_at), leased with SKIP LOCKED, so a
// stopped process loses nothing and several processes can share it.

import type { AppContext } from '../../app/context.ts';
import { purgeKnowledge } from '../knowledge/usage.service.ts';
import { deliverDueMails, smtpTransport } from '../mail/sender.ts';
import { pollDueMailboxes } from './mail-in/poller.ts';
import { deliverDueWebhooks } from './webhooks.ts';

function loop(ctx: AppContext, name: string, intervalMs: number, round: () => Promise<unknown>) {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    running = round()
      .catch((err) => ctx.logger.error({ err: (err as Error).message }, `${name} round failed`))
      .finally(() => {
        busy = false;
      });
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

export interface WorkerOptions {
  mailMs?: number;
  webhookMs?: number;
  mailboxMs?: number;
}

/** Start the loops; returns a function that stops them after their current round. */
export function startWorkers(ctx: AppContext, o: WorkerOptions = {}): () => Promise<void> {
  const stops: (() => Promise<void>)[] = [];
  if (ctx.config.smtpUrl) {
    const transport = smtpTransport(ctx.config.smtpUrl);
    stops.push(loop(ctx, 'mail sender', o.mailMs ?? 5_000, () => deliverDueMails(ctx, transport)));
    stops.push(async () => transport.close());
  }
  stops.push(loop(ctx, 'webhook sender', o.webhookMs ?? 5_000, () => deliverDueWebhooks(ctx)));
  stops.push(loop(ctx, 'mailbox poller', o.mailboxMs ?? 10_000, () => pollDueMailboxes(ctx)));
  // retention of the knowledge portal's views, searches and Rakel's conversations
  stops.push(loop(ctx, 'knowledge retention', 3_600_000, () => purgeKnowledge(ctx.db, ctx.now())));
  return async () => {
    for (const stop of stops) await stop();
  };
}
