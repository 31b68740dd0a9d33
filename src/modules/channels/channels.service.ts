// Administration of the channels: mailboxes read over IMAP and their log, alert rules for system
// owners, the delivery log of mails and webhook posts, and the files kept on tickets.
import type { Actor } from '../../app/auth/roles.ts';
import { hasRole } from '../../app/auth/roles.ts';
import { AppError, forbidden, invalidField, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { ownsRow, updateOwnedRow } from '../../db/owned.ts';
import { auditChange } from '../audit/audit.service.ts';
import { readableTicket } from '../servicedesk/tickets.service.ts';
import type { NotifyEvent } from './tables.ts';

function requireAdmin(actor: Actor) {
  if (!hasRole(actor, 'admin')) throw forbidden('Only administrators manage the channels.');
}

function requireStaff(actor: Actor) {
  if (!hasRole(actor, 'admin', 'agent', 'leader')) throw forbidden('Only the service desk sees the channel logs.');
}

async function checkMember(db: Db, actor: Actor, path: string, id: string | null | undefined) {
  if (id && !(await ownsRow(db, 'member', actor.cooperationId, id))) throw invalidField(path, 'unknown member');
}

// ---- mailboxes -------------------------------------------------------------------------------

export interface MailboxInput {
  name: string;
  address: string;
  host: string;
  port: number;
  tls: boolean;
  username: string;
  /** password (default) or OAuth2 client credentials, as Microsoft 365 requires */
  auth?: 'password' | 'oauth2';
  /** required when creating with a password; left out when changing, the stored one stays */
  password?: string;
  oauthTokenUrl?: string;
  oauthClientId?: string;
  /** required when creating with OAuth2; left out when changing, the stored one stays */
  oauthClientSecret?: string;
  oauthScope?: string;
  folder?: string;
  defaultMemberId?: string | null;
  pollSeconds?: number;
  active?: boolean;
}

const mailboxView = [
  'id',
  'name',
  'address',
  'host',
  'port',
  'tls',
  'username',
  'auth',
  'oauth_token_url',
  'oauth_client_id',
  'oauth_scope',
  'folder',
  'default_member_id',
  'active',
  'poll_seconds',
  'last_uid',
  'next_poll_at',
  'last_polled_at',
  'last_error',
] as const;

type MailboxViewRow = {
  id: string;
  name: string;
  address: string;
  host: string;
  port: number;
  tls: boolean;
  username: string;
  auth: 'password' | 'oauth2';
  oauth_token_url: string | null;
  oauth_client_id: string | null;
  oauth_scope: string | null;
  folder: string;
  default_member_id: string | null;
  active: boolean;
  poll_seconds: number;
  last_uid: number;
  next_poll_at: Date;
  last_polled_at: Date | null;
  last_error: string | null;
};

/** The password and the OAuth2 client secret never leave the server. */
const presentMailbox = (m: MailboxViewRow) => ({
  id: m.id,
  name: m.name,
  address: m.address,
  host: m.host,
  port: m.port,
  tls: m.tls,
  username: m.username,
  auth: m.auth,
  oauthTokenUrl: m.oauth_token_url,
  oauthClientId: m.oauth_client_id,
  oauthScope: m.oauth_scope,
  folder: m.folder,
  defaultMemberId: m.default_member_id,
  active: m.active,
  pollSeconds: m.poll_seconds,
  lastUid: m.last_uid,
  nextPollAt: m.next_poll_at.toISOString(),
  lastPolledAt: m.last_polled_at?.toISOString() ?? null,
  lastError: m.last_error,
});

export async function listMailboxes(db: Db, actor: Actor) {
  requireStaff(actor);
  const rows = await db
    .selectFrom('mailbox')
    .select(mailboxView)
    .where('cooperation_id', '=', actor.cooperationId)
    .orderBy('name')
    .execute();
  const counts = await db
    .selectFrom('inbound_mail')
    .select(['mailbox_id', 'outcome', (eb) => eb.fn.countAll<number>().as('n')])
    .where('cooperation_id', '=', actor.cooperationId)
    .groupBy(['mailbox_id', 'outcome'])
    .execute();
  return {
    mailboxes: rows.map((m) => ({
      ...presentMailbox(m),
      counts: Object.fromEntries(counts.filter((c) => c.mailbox_id === m.id).map((c) => [c.outcome, Number(c.n)])),
    })),
  };
}

export async function saveMailbox(
  db: Db,
  actor: Actor,
  id: string | null,
  input: MailboxInput,
  now: Date,
  requestId?: string,
) {
  requireAdmin(actor);
  await checkMember(db, actor, 'defaultMemberId', input.defaultMemberId);
  const auth = input.auth ?? 'password';
  if (!id && auth === 'password' && !input.password)
    throw invalidField('password', 'required for a new mailbox', 'required');
  if (auth === 'oauth2') {
    if (!input.oauthTokenUrl) throw invalidField('oauthTokenUrl', 'required for OAuth2', 'required');
    if (!input.oauthClientId) throw invalidField('oauthClientId', 'required for OAuth2', 'required');
    if (!id && !input.oauthClientSecret) throw invalidField('oauthClientSecret', 'required for OAuth2', 'required');
  }
  return inTransaction(db, async (tx) => {
    const clash = await tx
      .selectFrom('mailbox')
      .select('id')
      .where('cooperation_id', '=', actor.cooperationId)
      .where('address', '=', input.address.toLowerCase())
      .$if(id !== null, (q) => q.where('id', '<>', id as string))
      .executeTakeFirst();
    if (clash) throw invalidField('address', 'another mailbox reads this address', 'duplicate');
    const values = {
      name: input.name,
      address: input.address.toLowerCase(),
      host: input.host,
      port: input.port,
      tls: input.tls,
      username: input.username,
      auth,
      ...(input.password ? { password: input.password } : {}),
      oauth_token_url: auth === 'oauth2' ? (input.oauthTokenUrl ?? null) : null,
      oauth_client_id: auth === 'oauth2' ? (input.oauthClientId ?? null) : null,
      oauth_scope: auth === 'oauth2' ? (input.oauthScope ?? null) : null,
      ...(input.oauthClientSecret ? { oauth_client_secret: input.oauthClientSecret } : {}),
      folder: input.folder ?? 'INBOX',
      default_member_id: input.defaultMemberId ?? null,
      poll_seconds: input.pollSeconds ?? 60,
      active: input.active ?? true,
      updated_at: now,
    };
    const mailboxId = id ?? crypto.randomUUID();
    if (id) {
      // switching how it signs in needs the new secret unless one is stored already
      const stored = await tx
        .selectFrom('mailbox')
        .select(['password', 'oauth_client_secret'])
        .where('cooperation_id', '=', actor.cooperationId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (stored && auth === 'password' && !input.password && !stored.password)
        throw invalidField('password', 'required to sign in with a password', 'required');
      if (stored && auth === 'oauth2' && !input.oauthClientSecret && !stored.oauth_client_secret)
        throw invalidField('oauthClientSecret', 'required for OAuth2', 'required');
      await updateOwnedRow(tx, 'mailbox', actor.cooperationId, id, values, 'The mailbox');
    } else {
      await tx
        .insertInto('mailbox')
        .values({
          ...values,
          id: mailboxId,
          cooperation_id: actor.cooperationId,
          password: input.password ?? null,
          next_poll_at: now,
          created_at: now,
        })
        .execute();
    }
    // the audit entry names what changed, never the password
    const { password: _secret, oauthClientSecret: _clientSecret, ...shown } = input;
    await auditChange(
      tx,
      actor,
      id ? 'update' : 'create',
      'mailbox',
      mailboxId,
      `${id ? 'Changed' : 'Added'} mailbox ${values.address}`,
      requestId,
      { ...shown, passwordChanged: !!input.password, clientSecretChanged: !!input.oauthClientSecret },
    );
    const row = await tx
      .selectFrom('mailbox')
      .select(mailboxView)
      .where('id', '=', mailboxId)
      .executeTakeFirstOrThrow();
    return presentMailbox(row);
  });
}

/** Ask for a poll now: the worker takes it on its next round. */
export async function pollSoon(db: Db, actor: Actor, id: string, now: Date, requestId?: string) {
  requireAdmin(actor);
  return inTransaction(db, async (tx) => {
    const r = await tx
      .updateTable('mailbox')
      .set({ next_poll_at: now })
      .where('cooperation_id', '=', actor.cooperationId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw notFound('The mailbox');
    await auditChange(tx, actor, 'update', 'mailbox', id, 'Asked for a mailbox poll now', requestId);
    return { ok: true };
  });
}

/** What became of each mail of a mailbox, newest first. */
export async function mailboxLog(db: Db, actor: Actor, id: string, q: { outcome?: string; limit?: number }) {
  requireStaff(actor);
  const rows = await db
    .selectFrom('inbound_mail')
    .leftJoin('ticket', 'ticket.id', 'inbound_mail.ticket_id')
    .select([
      'inbound_mail.id',
      'inbound_mail.uid',
      'inbound_mail.message_id',
      'inbound_mail.from_address',
      'inbound_mail.subject',
      'inbound_mail.size_bytes',
      'inbound_mail.outcome',
      'inbound_mail.reason',
      'inbound_mail.ticket_id',
      'inbound_mail.received_at',
      'ticket.number',
    ])
    .where('inbound_mail.cooperation_id', '=', actor.cooperationId)
    .where('inbound_mail.mailbox_id', '=', id)
    .$if(!!q.outcome, (qb) => qb.where('inbound_mail.outcome', '=', q.outcome as never))
    .orderBy('inbound_mail.received_at', 'desc')
    .orderBy('inbound_mail.uid', 'desc')
    .limit(Math.min(q.limit ?? 200, 1000))
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      uid: r.uid,
      messageId: r.message_id,
      from: r.from_address,
      subject: r.subject,
      sizeBytes: r.size_bytes,
      outcome: r.outcome,
      reason: r.reason,
      ticketId: r.ticket_id,
      ticketNumber: r.number,
      receivedAt: r.received_at.toISOString(),
    })),
  };
}

/** The raw mail of a log entry that could not be handled (kept for exactly this). */
export async function rawMail(db: Db, actor: Actor, id: string) {
  requireStaff(actor);
  const row = await db
    .selectFrom('inbound_mail')
    .select(['raw', 'uid'])
    .where('cooperation_id', '=', actor.cooperationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row?.raw) throw notFound('The raw mail');
  return { fileName: `melding-${row.uid}.eml`, body: row.raw };
}

// ---- alert rules -----------------------------------------------------------------------------

export interface RuleInput {
  name: string;
  event: NotifyEvent;
  priorities?: ('critical' | 'high' | 'medium' | 'low')[];
  memberIds?: string[];
  email: boolean;
  teamsWebhookUrl?: string | null;
  active?: boolean;
}

type RuleRow = {
  id: string;
  name: string;
  event: NotifyEvent;
  priorities: string[];
  member_ids: string[];
  email: boolean;
  teams_webhook_url: string | null;
  active: boolean;
  updated_at: Date;
};

/** The webhook address is a secret (whoever has it can post to the channel): only its host is shown. */
const presentRule = (r: RuleRow) => ({
  id: r.id,
  name: r.name,
  event: r.event,
  priorities: r.priorities,
  memberIds: r.member_ids,
  email: r.email,
  teams: r.teams_webhook_url !== null,
  teamsHost: r.teams_webhook_url ? new URL(r.teams_webhook_url).host : null,
  active: r.active,
  updatedAt: r.updated_at.toISOString(),
});

export async function listRules(db: Db, actor: Actor) {
  requireStaff(actor);
  const rows = await db
    .selectFrom('notify_rule')
    .selectAll()
    .where('cooperation_id', '=', actor.cooperationId)
    .orderBy('name')
    .execute();
  return { rules: rows.map(presentRule) };
}

export async function saveRule(
  db: Db,
  actor: Actor,
  id: string | null,
  input: RuleInput,
  now: Date,
  requestId?: string,
) {
  requireAdmin(actor);
  for (const m of input.memberIds ?? []) await checkMember(db, actor, 'memberIds', m);
  return inTransaction(db, async (tx) => {
    const values = {
      name: input.name,
      event: input.event,
      priorities: input.priorities ?? ['critical', 'high'],
      member_ids: input.memberIds ?? [],
      email: input.email,
      ...(input.teamsWebhookUrl !== undefined && { teams_webhook_url: input.teamsWebhookUrl }),
      active: input.active ?? true,
      updated_at: now,
    };
    const ruleId = id ?? crypto.randomUUID();
    if (id) {
      await updateOwnedRow(tx, 'notify_rule', actor.cooperationId, id, values, 'The rule');
    } else {
      await tx
        .insertInto('notify_rule')
        .values({ ...values, id: ruleId, cooperation_id: actor.cooperationId, created_at: now })
        .execute();
    }
    const row = await tx.selectFrom('notify_rule').selectAll().where('id', '=', ruleId).executeTakeFirstOrThrow();
    if (!row.email && !row.teams_webhook_url)
      throw invalidField('email', 'a rule must alert by e-mail, Teams or both', 'no_channel');
    const view = presentRule(row);
    await auditChange(
      tx,
      actor,
      id ? 'update' : 'create',
      'notify_rule',
      ruleId,
      `${id ? 'Changed' : 'Added'} alert rule "${input.name}"`,
      requestId,
      view,
    );
    return view;
  });
}

// ---- delivery log ----------------------------------------------------------------------------

/** What both outboxes (mails, webhook posts) record about a delivery. */
const DELIVERY_COLUMNS = [
  'id',
  'topic',
  'status',
  'attempts',
  'next_attempt_at',
  'last_error',
  'sent_at',
  'created_at',
  'ref_id',
] as const;

/**
 * Every mail and webhook post about alerts and tickets, newest first, with each attempt: what the
 * receiver answered, when the next try is, or that it failed for good.
 */
export async function deliveryLog(
  db: Db,
  actor: Actor,
  q: { status?: 'pending' | 'sent' | 'failed'; channel?: 'email' | 'webhook'; limit?: number },
) {
  requireStaff(actor);
  const limit = Math.min(q.limit ?? 100, 500);
  const mails =
    q.channel === 'webhook'
      ? []
      : await db
          .selectFrom('mail_outbox')
          .select([...DELIVERY_COLUMNS, 'to_address as target', 'subject'])
          .where('cooperation_id', '=', actor.cooperationId)
          .$if(!!q.status, (qb) => qb.where('status', '=', q.status as 'pending'))
          .orderBy('created_at', 'desc')
          .limit(limit)
          .execute();
  const posts =
    q.channel === 'email'
      ? []
      : await db
          .selectFrom('webhook_outbox')
          .select([...DELIVERY_COLUMNS, 'url as target'])
          .where('cooperation_id', '=', actor.cooperationId)
          .$if(!!q.status, (qb) => qb.where('status', '=', q.status as 'pending'))
          .orderBy('created_at', 'desc')
          .limit(limit)
          .execute();
  const items = [
    ...mails.map((m) => ({ ...m, channel: 'email' as const })),
    ...posts.map((p) => ({ ...p, channel: 'webhook' as const, subject: '', target: new URL(p.target).host })),
  ]
    .sort((a, b) => b.created_at.getTime() - a.created_at.getTime())
    .slice(0, limit);
  const attempts = items.length
    ? await db
        .selectFrom('delivery_attempt')
        .select(['delivery_id', 'attempt', 'at', 'ok', 'detail'])
        .where('cooperation_id', '=', actor.cooperationId)
        .where(
          'delivery_id',
          'in',
          items.map((i) => i.id),
        )
        .orderBy('attempt')
        .execute()
    : [];
  return {
    items: items.map((i) => ({
      id: i.id,
      channel: i.channel,
      topic: i.topic,
      target: i.target,
      subject: i.subject,
      status: i.status,
      attempts: i.attempts,
      nextAttemptAt: i.status === 'pending' ? i.next_attempt_at.toISOString() : null,
      lastError: i.last_error,
      sentAt: i.sent_at?.toISOString() ?? null,
      createdAt: i.created_at.toISOString(),
      refId: i.ref_id,
      log: attempts
        .filter((a) => a.delivery_id === i.id)
        .map((a) => ({ attempt: a.attempt, at: a.at.toISOString(), ok: a.ok, detail: a.detail })),
    })),
  };
}

/** Try a failed delivery again from the start (after the receiver is fixed). */
export async function retryDelivery(db: Db, actor: Actor, id: string, now: Date, requestId?: string) {
  requireAdmin(actor);
  return inTransaction(db, async (tx) => {
    for (const table of ['mail_outbox', 'webhook_outbox'] as const) {
      const r = await tx
        .updateTable(table)
        .set({ status: 'pending', attempts: 0, next_attempt_at: now })
        .where('cooperation_id', '=', actor.cooperationId)
        .where('id', '=', id)
        .where('status', '=', 'failed')
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) > 0) {
        await auditChange(tx, actor, 'update', table, id, 'Queued a failed delivery again', requestId);
        return { ok: true };
      }
    }
    throw new AppError('conflict', 'Only a delivery that has failed can be tried again.');
  });
}

// ---- ticket files ----------------------------------------------------------------------------

export async function ticketFiles(db: Db, actor: Actor, ticketId: string) {
  await readableTicket(db, actor, ticketId); // the same access as the ticket
  const rows = await db
    .selectFrom('ticket_attachment')
    .select(['id', 'file_name', 'media_type', 'size_bytes', 'source', 'created_at'])
    .where('cooperation_id', '=', actor.cooperationId)
    .where('ticket_id', '=', ticketId)
    .orderBy('created_at')
    .execute();
  return {
    files: rows.map((r) => ({
      id: r.id,
      fileName: r.file_name,
      mediaType: r.media_type,
      sizeBytes: r.size_bytes,
      source: r.source,
      createdAt: r.created_at.toISOString(),
    })),
  };
}

export async function ticketFile(db: Db, actor: Actor, ticketId: string, fileId: string) {
  await readableTicket(db, actor, ticketId);
  const row = await db
    .selectFrom('ticket_attachment')
    .select(['file_name', 'media_type', 'content'])
    .where('cooperation_id', '=', actor.cooperationId)
    .where('ticket_id', '=', ticketId)
    .where('id', '=', fileId)
    .executeTakeFirst();
  if (!row) throw notFound('The file');
  return { fileName: row.file_name, mediaType: row.media_type, body: row.content };
}
