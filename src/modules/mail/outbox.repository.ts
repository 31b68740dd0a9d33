import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { MailFileRef, MailOutboxTable } from './tables.ts';

/** A mail to queue: files and extra headers as values, not JSON text. */
export type MailDraft = Omit<Insertable<MailOutboxTable>, 'attachments' | 'headers'> & {
  attachments?: MailFileRef[];
  headers?: Record<string, string>;
};

export function insertMails(db: Db, rows: MailDraft[]) {
  if (rows.length === 0) return Promise.resolve();
  return db
    .insertInto('mail_outbox')
    .values(
      rows.map((r) => ({
        ...r,
        attachments: JSON.stringify(r.attachments ?? []),
        headers: JSON.stringify(r.headers ?? {}),
      })),
    )
    .execute();
}

/** The mails about one thing (a meeting), newest first, without their bodies. */
export function listMailsFor(db: Db, cooperationId: string, refId: string) {
  return db
    .selectFrom('mail_outbox')
    .select([
      'id',
      'topic',
      'to_address',
      'to_name',
      'subject',
      'status',
      'attempts',
      'next_attempt_at',
      'last_error',
      'sent_at',
      'created_at',
    ])
    .where('cooperation_id', '=', cooperationId)
    .where('ref_id', '=', refId)
    .orderBy('created_at', 'desc')
    .orderBy('to_address')
    .execute();
}

/**
 * Lease due deliveries of an outbox (mails, webhook posts), oldest first: their next attempt moves
 * to `leaseUntil`, so another sender (or this one after a crash) takes them only once the lease has
 * run out. Returns the leased rows.
 */
export function leaseDue<T extends 'mail_outbox' | 'webhook_outbox'>(
  db: Db,
  table: T,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<Selectable<DB[T]>[]> {
  const t = table as 'mail_outbox';
  return db
    .updateTable(t)
    .set({ next_attempt_at: leaseUntil })
    .where(
      'id',
      'in',
      db
        .selectFrom(t)
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returningAll()
    .execute() as Promise<Selectable<DB[T]>[]>;
}

export const leaseDueMails = (db: Db, now: Date, leaseUntil: Date, limit: number) =>
  leaseDue(db, 'mail_outbox', now, leaseUntil, limit);

export function markMailSent(db: Db, id: string, now: Date) {
  return db
    .updateTable('mail_outbox')
    .set((eb) => ({ status: 'sent', sent_at: now, attempts: eb('attempts', '+', 1), last_error: null }))
    .where('id', '=', id)
    .execute();
}

export function markMailAttemptFailed(db: Db, id: string, error: string, retryAt: Date | null) {
  return db
    .updateTable('mail_outbox')
    .set((eb) => ({
      status: retryAt ? 'pending' : 'failed',
      attempts: eb('attempts', '+', 1),
      last_error: error.slice(0, 500),
      ...(retryAt ? { next_attempt_at: retryAt } : {}),
    }))
    .where('id', '=', id)
    .execute();
}

/** One delivery attempt (a mail or a webhook post), kept for the delivery log. */
export function recordAttempt(
  db: Db,
  a: {
    cooperationId: string;
    channel: 'email' | 'webhook';
    deliveryId: string;
    attempt: number;
    at: Date;
    ok: boolean;
    detail: string;
  },
) {
  return db
    .insertInto('delivery_attempt')
    .values({
      id: crypto.randomUUID(),
      cooperation_id: a.cooperationId,
      channel: a.channel,
      delivery_id: a.deliveryId,
      attempt: a.attempt,
      at: a.at,
      ok: a.ok,
      detail: a.detail.slice(0, 500),
    })
    .execute();
}

/** Links in queued texts are written against this token; the sender fills in PUBLIC_URL. */
export const PUBLIC_URL_TOKEN = '{{publicUrl}}';
export const withPublicUrl = (text: string, publicUrl: string) => text.replaceAll(PUBLIC_URL_TOKEN, publicUrl);
