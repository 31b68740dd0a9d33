// Delivers the webhook outbox (Teams incoming webhooks): due posts are leased in one statement,
// posted one by one, and marked sent, or retried with the mail queue's back-off and finally marked
// failed. Every attempt is logged for the delivery log.
import type { AppContext } from '../../app/context.ts';
import { leaseDue, recordAttempt, withPublicUrl } from '../mail/outbox.repository.ts';
import { nextAttemptAt } from '../mail/retry.ts';

const LEASE_MINUTES = 10;
const TIMEOUT_MS = 10_000;

/** Post once; resolves with the receiver's answer, throws with a readable reason when refused. */
async function post(url: string, body: string) {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const name = (err as Error).name;
    throw new Error(
      name === 'TimeoutError'
        ? `no answer within ${TIMEOUT_MS / 1000} s`
        : `could not connect (${cause?.code ?? cause?.message ?? (err as Error).message})`,
    );
  }
  const text = (await res.text()).slice(0, 200);
  if (!res.ok) throw new Error(`HTTP ${res.status}${text ? `: ${text}` : ''}`);
  return `HTTP ${res.status}`;
}

export async function deliverDueWebhooks(ctx: AppContext, limit = 50) {
  let sent = 0;
  let failed = 0;
  const now = ctx.now();
  const due = await leaseDue(ctx.db, 'webhook_outbox', now, new Date(now.getTime() + LEASE_MINUTES * 60_000), limit);
  for (const p of due) {
    const attempt = p.attempts + 1;
    try {
      const detail = await post(p.url, withPublicUrl(JSON.stringify(p.payload), ctx.config.publicUrl));
      const at = ctx.now();
      await ctx.db
        .updateTable('webhook_outbox')
        .set({ status: 'sent', sent_at: at, attempts: attempt, last_error: null })
        .where('id', '=', p.id)
        .execute();
      await recordAttempt(ctx.db, {
        cooperationId: p.cooperation_id,
        channel: 'webhook',
        deliveryId: p.id,
        attempt,
        at,
        ok: true,
        detail,
      });
      sent++;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const at = ctx.now();
      const retryAt = nextAttemptAt(attempt, at);
      await ctx.db
        .updateTable('webhook_outbox')
        .set({
          status: retryAt ? 'pending' : 'failed',
          attempts: attempt,
          last_error: message.slice(0, 500),
          ...(retryAt ? { next_attempt_at: retryAt } : {}),
        })
        .where('id', '=', p.id)
        .execute();
      await recordAttempt(ctx.db, {
        cooperationId: p.cooperation_id,
        channel: 'webhook',
        deliveryId: p.id,
        attempt,
        at,
        ok: false,
        detail: retryAt ? message : `${message} (gitt opp)`,
      });
      failed++;
      // the URL carries the webhook's secret: log the delivery id, not the address
      ctx.logger.warn({ webhookId: p.id, attempt, final: !retryAt }, 'webhook delivery failed');
    }
  }
  return { sent, failed };
}
