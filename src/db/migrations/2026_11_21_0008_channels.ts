import { type Kysely, sql } from 'kysely';

/**
 * Channels: e-mail in (mailboxes read over IMAP, every message recorded once), files kept on
 * tickets, e-mail out with threading headers, security-alert sources posting to a webhook, alert
 * rules that notify system owners by e-mail and Teams, a webhook outbox and a log of every delivery
 * attempt, and the telephony system's statistics per day.
 *
 * The background work runs from these tables: mail_outbox and webhook_outbox are leased with
 * FOR UPDATE SKIP LOCKED, a mailbox's next poll is a column leased the same way.
 */
const statements = [
  `create table ticket_attachment (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    ticket_id uuid not null references ticket (id) on delete cascade,
    file_name text not null,
    media_type text not null,
    size_bytes integer not null check (size_bytes >= 0),
    sha256 text not null,
    content bytea not null,
    source text not null check (source in ('email', 'portal', 'agent')),
    created_at timestamptz not null
  )`,
  // serves: the files of one ticket
  `create index ticket_attachment_ticket_idx on ticket_attachment (cooperation_id, ticket_id)`,
  `alter table mail_outbox add column headers jsonb not null default '{}'`,
  // a fault a user attached to a known incident (from an operational message) points at that incident
  `alter table ticket add column parent_id uuid references ticket (id)`,
  // serves: the faults attached to an incident
  `create index ticket_parent_idx on ticket (cooperation_id, parent_id) where parent_id is not null`,
  `create table mailbox (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    name text not null,
    address text not null,
    host text not null,
    port integer not null check (port between 1 and 65535),
    tls boolean not null default true,
    username text not null,
    password text not null,
    folder text not null default 'INBOX',
    default_member_id uuid references member (id),
    active boolean not null default true,
    poll_seconds integer not null default 60 check (poll_seconds between 10 and 86400),
    uid_validity bigint,
    last_uid bigint not null default 0,
    next_poll_at timestamptz not null default now(),
    lease_until timestamptz,
    last_polled_at timestamptz,
    last_error text,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    unique (cooperation_id, address)
  )`,
  // serves: the poller's next due mailboxes
  `create index mailbox_due_idx on mailbox (next_poll_at) where active`,
  `create table inbound_mail (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    mailbox_id uuid not null references mailbox (id) on delete cascade,
    uid_validity bigint not null,
    uid bigint not null,
    message_id text,
    from_address text not null default '',
    subject text not null default '',
    size_bytes integer not null default 0,
    outcome text not null check (outcome in ('ticket', 'comment', 'ignored', 'failed')),
    reason text not null default '',
    ticket_id uuid references ticket (id) on delete set null,
    raw bytea,
    received_at timestamptz not null,
    unique (mailbox_id, uid_validity, uid)
  )`,
  // serves: a mailbox's log, newest first
  `create index inbound_mail_log_idx on inbound_mail (cooperation_id, mailbox_id, received_at desc)`,
  // serves: the same message seen again (copied between folders, delivered twice)
  `create index inbound_mail_message_idx on inbound_mail (cooperation_id, message_id) where message_id is not null`,
  `create table alert_source (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    name text not null,
    token_sha256 text not null unique,
    token_hint text not null,
    hmac_secret text,
    category_id uuid references sd_category (id),
    member_id uuid references member (id),
    active boolean not null default true,
    created_at timestamptz not null,
    last_received_at timestamptz,
    unique (cooperation_id, name)
  )`,
  `create table alert_receipt (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    source_id uuid not null references alert_source (id) on delete cascade,
    alert_id text,
    outcome text not null check (outcome in ('created', 'duplicate', 'rejected')),
    reason text not null default '',
    ticket_id uuid references ticket (id) on delete set null,
    received_at timestamptz not null
  )`,
  // serves: a source's log, newest first
  `create index alert_receipt_log_idx on alert_receipt (cooperation_id, source_id, received_at desc)`,
  `create table notify_rule (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    name text not null,
    event text not null check (event in ('incident_opened', 'message_published')),
    priorities text[] not null default '{critical,high}',
    member_ids uuid[] not null default '{}',
    email boolean not null default true,
    teams_webhook_url text,
    active boolean not null default true,
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  `create index notify_rule_idx on notify_rule (cooperation_id, event) where active`,
  `create table webhook_outbox (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    topic text not null,
    url text not null,
    payload jsonb not null,
    ref_id uuid,
    rule_id uuid references notify_rule (id) on delete set null,
    status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
    attempts integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error text,
    sent_at timestamptz,
    created_at timestamptz not null
  )`,
  // serves: the sender's next due posts
  `create index webhook_outbox_due_idx on webhook_outbox (next_attempt_at) where status = 'pending'`,
  `create index webhook_outbox_log_idx on webhook_outbox (cooperation_id, created_at desc)`,
  `create index mail_outbox_log_idx on mail_outbox (cooperation_id, topic, created_at desc)`,
  `create table delivery_attempt (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    channel text not null check (channel in ('email', 'webhook')),
    delivery_id uuid not null,
    attempt integer not null,
    at timestamptz not null,
    ok boolean not null,
    detail text not null default ''
  )`,
  // serves: the attempts of one delivery
  `create index delivery_attempt_idx on delivery_attempt (cooperation_id, delivery_id, attempt)`,
  `create table phone_day (
    cooperation_id uuid not null references cooperation (id),
    day date not null,
    calls_received integer not null check (calls_received >= 0),
    calls_answered integer not null check (calls_answered between 0 and calls_received),
    wait_seconds_total bigint not null check (wait_seconds_total >= 0),
    talk_seconds_total bigint not null check (talk_seconds_total >= 0),
    source text not null check (source in ('calls', 'summary')),
    imported_at timestamptz not null,
    primary key (cooperation_id, day)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
