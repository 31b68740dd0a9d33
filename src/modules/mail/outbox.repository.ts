import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { MailOutboxTable } from './tables.ts';

export function insertMails(db: Db, rows: Insertable<MailOutboxTable>[]) {
  if (rows.length === 0) return Promise.resolve();
  return db
    .insertInto('mail_outbox')
    .values(rows.map((r) => ({ ...r, attachments: JSON.stringify(r.attachments ?? []) })))
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
 * Lease due mails, oldest first: their next attempt moves to `leaseUntil`, so another sender (or
 * this one after a crash) takes them only once the lease has run out. Returns the leased mails.
 */
export function leaseDueMails(db: Db, now: Date, leaseUntil: Date, limit: number) {
  return db
    .updateTable('mail_outbox')
    .set({ next_attempt_at: leaseUntil })
    .where(
      'id',
      'in',
      db
        .selectFrom('mail_outbox')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returningAll()
    .execute();
}

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
