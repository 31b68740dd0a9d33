// Reading mailboxes over IMAP. A mailbox is due when its next poll time has come; the poller leases
// it (lease_until), fetches the mails above its high-water mark (last UID) one at a time in UID
// order, hands each to ingestMail, and marks it \Seen on the server. If the process dies, the lease
// runs out and the next poll goes on after the last committed mail: nothing twice, nothing skipped.
import { ImapFlow } from 'imapflow';
import type { AppContext } from '../../../app/context.ts';
import type { Db } from '../../../db/database.ts';
import { ingestMail, type MailboxRow } from './ingest.service.ts';
import { accessToken } from './oauth.ts';

/** A mail larger than this is read only in part (its start), so one mail cannot exhaust memory. */
export const MAX_MESSAGE_BYTES = 100 * 1024 * 1024;
const LEASE_MINUTES = 10;

export type MailboxConfig = MailboxRow & {
  host: string;
  port: number;
  tls: boolean;
  username: string;
  password: string | null;
  auth: 'password' | 'oauth2';
  oauth_token_url: string | null;
  oauth_client_id: string | null;
  oauth_client_secret: string | null;
  oauth_scope: string | null;
  folder: string;
  uid_validity: number | null;
  last_uid: number;
  poll_seconds: number;
};

const mailboxColumns = [
  'id',
  'cooperation_id',
  'name',
  'address',
  'default_member_id',
  'host',
  'port',
  'tls',
  'username',
  'password',
  'auth',
  'oauth_token_url',
  'oauth_client_id',
  'oauth_client_secret',
  'oauth_scope',
  'folder',
  'uid_validity',
  'last_uid',
  'poll_seconds',
] as const;

/** Lease the mailboxes due for a poll (or the one named, due or not). */
export function leaseMailboxes(db: Db, now: Date, only?: { id?: string; all?: boolean }) {
  const leaseUntil = new Date(now.getTime() + LEASE_MINUTES * 60_000);
  return db
    .updateTable('mailbox')
    .set({ lease_until: leaseUntil })
    .where('active', '=', true)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
    .$if(!only?.id && !only?.all, (q) => q.where('next_poll_at', '<=', now))
    .$if(!!only?.id, (q) => q.where('id', '=', only?.id as string))
    .returning(mailboxColumns)
    .execute() as Promise<MailboxConfig[]>;
}

const BATCH_MAILS = 50;
const BATCH_BYTES = 64 * 1024 * 1024;

/** UIDs in fetch batches: at most 50 mails or 64 MB; a mail too large to read whole goes alone. */
export function batches(uids: number[], sizes: Map<number, number>): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  let bytes = 0;
  for (const uid of uids) {
    const size = sizes.get(uid) ?? 0;
    if (size > MAX_MESSAGE_BYTES) {
      if (cur.length) out.push(cur);
      out.push([uid]);
      cur = [];
      bytes = 0;
      continue;
    }
    if (cur.length && (cur.length >= BATCH_MAILS || bytes + size > BATCH_BYTES)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(uid);
    bytes += size;
  }
  if (cur.length) out.push(cur);
  return out;
}

export interface PollResult {
  mailboxId: string;
  fetched: number;
  outcomes: Record<string, number>;
  error: string | null;
}

/** Poll one leased mailbox to its end; returns what happened, and releases the lease. */
export async function pollMailbox(
  ctx: AppContext,
  box: MailboxConfig,
  onProgress?: (done: number, total: number) => void,
): Promise<PollResult> {
  const result: PollResult = { mailboxId: box.id, fetched: 0, outcomes: {}, error: null };
  let auth: { user: string; pass?: string; accessToken?: string };
  try {
    auth =
      box.auth === 'oauth2'
        ? {
            user: box.username,
            accessToken: await accessToken({
              tokenUrl: box.oauth_token_url as string,
              clientId: box.oauth_client_id as string,
              clientSecret: box.oauth_client_secret as string,
              scope: box.oauth_scope,
            }),
          }
        : { user: box.username, pass: box.password ?? '' };
  } catch (err) {
    return finishPoll(ctx, box, { ...result, error: err instanceof Error ? err.message : String(err) });
  }
  const client = new ImapFlow({
    host: box.host,
    port: box.port,
    secure: box.tls,
    auth,
    logger: false,
    connectionTimeout: 20_000,
    greetingTimeout: 10_000,
    socketTimeout: 120_000,
  });
  client.on('error', (err: Error) => ctx.logger.warn({ mailboxId: box.id, err: err.message }, 'IMAP connection error'));
  try {
    await client.connect();
    const lock = await client.getMailboxLock(box.folder);
    try {
      const opened = client.mailbox;
      if (!opened) throw new Error(`The folder ${box.folder} could not be opened.`);
      const uidValidity = Number(opened.uidValidity);
      // A new UIDVALIDITY means the server renumbered the folder: read it from the start; mails
      // handled before are recognised by their Message-ID and not made into tickets again.
      const from = box.uid_validity === uidValidity ? box.last_uid : 0;
      if (box.uid_validity !== null && box.uid_validity !== uidValidity)
        ctx.logger.warn({ mailboxId: box.id }, 'mailbox UIDVALIDITY changed; reading it again from the start');
      // Sizes first (one command), then the mails in batches of consecutive UIDs, so a batch is one
      // round trip; each mail is still handled in its own transaction, in UID order.
      const sizes = new Map<number, number>();
      if (opened.exists > 0)
        for await (const m of client.fetch(`${from + 1}:*`, { uid: true, size: true }, { uid: true }))
          if (m.uid > from) sizes.set(m.uid, m.size ?? 0);
      const uids = [...sizes.keys()].sort((a, b) => a - b);
      let done = 0;
      for (const batch of batches(uids, sizes)) {
        const sources = new Map<number, Buffer>();
        const big = batch.length === 1 && (sizes.get(batch[0] as number) ?? 0) > MAX_MESSAGE_BYTES;
        for await (const m of client.fetch(
          batch.join(','),
          { uid: true, source: big ? { start: 0, maxLength: 1024 * 1024 } : true },
          { uid: true },
        ))
          if (m.source) sources.set(m.uid, m.source);
        for (const uid of batch) {
          const source = sources.get(uid);
          const size = sizes.get(uid) ?? 0;
          let outcome: string;
          if (!source) {
            // gone from the server between the two commands (moved or deleted by someone else)
            outcome = 'vanished';
          } else {
            try {
              const r = await ingestMail(
                ctx.db,
                box,
                { uid, uidValidity, source, size, truncated: big },
                ctx.now(),
                ctx.logger,
              );
              outcome = r?.outcome ?? 'skipped';
            } catch (err) {
              // A mail we cannot store (not a parse problem: those become tickets) is kept raw in the
              // log, so the mailbox is not blocked by it and an agent can see and handle it.
              outcome = 'failed';
              const reason = err instanceof Error ? err.message : String(err);
              ctx.logger.error(
                { mailboxId: box.id, uid, reason },
                'mail could not be handled; kept in the mailbox log',
              );
              await recordFailed(ctx.db, box, { uid, uidValidity, size, source, reason }, ctx.now());
            }
          }
          result.outcomes[outcome] = (result.outcomes[outcome] ?? 0) + 1;
          result.fetched++;
          done++;
          onProgress?.(done, uids.length);
          if (done % 100 === 0) await extendLease(ctx.db, box.id, ctx.now());
        }
        await client.messageFlagsAdd(batch.join(','), ['\\Seen'], { uid: true }).catch(() => undefined);
      }
      await ctx.db.updateTable('mailbox').set({ uid_validity: uidValidity }).where('id', '=', box.id).execute();
    } finally {
      lock.release();
    }
    await client.logout();
  } catch (err) {
    result.error = err instanceof Error ? err.message : String(err);
    client.close();
  }
  return finishPoll(ctx, box, result);
}

/** Release the lease and note when the mailbox was read, with its error, and when it is due again. */
async function finishPoll(ctx: AppContext, box: MailboxConfig, result: PollResult) {
  if (result.error) ctx.logger.warn({ mailboxId: box.id, error: result.error }, 'mailbox poll failed');
  const now = ctx.now();
  await ctx.db
    .updateTable('mailbox')
    .set({
      lease_until: null,
      last_polled_at: now,
      last_error: result.error,
      next_poll_at: new Date(now.getTime() + box.poll_seconds * 1000),
    })
    .where('id', '=', box.id)
    .execute();
  return result;
}

function extendLease(db: Db, id: string, now: Date) {
  return db
    .updateTable('mailbox')
    .set({ lease_until: new Date(now.getTime() + LEASE_MINUTES * 60_000) })
    .where('id', '=', id)
    .execute();
}

async function recordFailed(
  db: Db,
  box: MailboxConfig,
  m: { uid: number; uidValidity: number; size: number; source: Buffer; reason: string },
  now: Date,
) {
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('inbound_mail')
      .values({
        id: crypto.randomUUID(),
        cooperation_id: box.cooperation_id,
        mailbox_id: box.id,
        uid_validity: m.uidValidity,
        uid: m.uid,
        size_bytes: m.size,
        outcome: 'failed',
        reason: m.reason.slice(0, 1000),
        raw: m.source,
        received_at: now,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await tx
      .updateTable('mailbox')
      .set({ last_uid: m.uid })
      .where('id', '=', box.id)
      .where('last_uid', '<', m.uid)
      .execute();
  });
}

/** Poll every due mailbox once (the worker's round, and `samdrift mail poll`). */
export async function pollDueMailboxes(
  ctx: AppContext,
  only?: { id?: string; all?: boolean },
  onProgress?: (box: MailboxConfig, done: number, total: number) => void,
) {
  const boxes = await leaseMailboxes(ctx.db, ctx.now(), only);
  const results: PollResult[] = [];
  for (const box of boxes) results.push(await pollMailbox(ctx, box, (d, t) => onProgress?.(box, d, t)));
  return results;
}
