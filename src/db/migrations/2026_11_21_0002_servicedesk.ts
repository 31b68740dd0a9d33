import { type Kysely, sql } from 'kysely';

/**
 * Service desk: teams, a category tree, statuses mapped to core states, the service catalogue,
 * SLA policy as data, tickets with an append-only event history, and operational messages.
 * Ticket rows carry the computed SLA outcome so queues and statistics read narrow indexed columns;
 * the outcome of a closed ticket is frozen there.
 */
const statements = [
  `create table sd_team (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    name text not null,
    active boolean not null default true,
    unique (cooperation_id, name)
  )`,
  `create table sd_category (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    parent_id uuid references sd_category (id) deferrable initially immediate,
    name text not null,
    active boolean not null default true,
    sort integer not null default 0
  )`,
  // serves: the category tree of a cooperation
  `create index sd_category_coop_idx on sd_category (cooperation_id, parent_id)`,
  `create table sd_status (
    cooperation_id uuid not null references cooperation (id),
    key text not null,
    name text not null,
    core_state text not null check (core_state in ('new', 'open', 'waiting', 'resolved', 'closed')),
    pauses_sla boolean not null default false,
    sort integer not null default 0,
    primary key (cooperation_id, key)
  )`,
  `create table sd_catalogue_item (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    name text not null,
    description text not null default '',
    category_id uuid references sd_category (id),
    included boolean not null default true,
    price_ore bigint,
    price_unit text,
    form_fields jsonb not null default '[]',
    active boolean not null default true,
    sort integer not null default 0,
    unique (cooperation_id, name)
  )`,
  `create table sd_sla_policy (
    cooperation_id uuid primary key references cooperation (id),
    policy jsonb not null,
    updated_at timestamptz not null default now()
  )`,
  `create table sd_counter (
    cooperation_id uuid primary key references cooperation (id),
    next_number bigint not null
  )`,
  `create table ticket (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    number bigint not null,
    kind text not null check (kind in ('incident', 'service_request', 'security_alert')),
    channel text not null check (channel in ('portal', 'email', 'phone', 'walk_in', 'api')),
    priority text not null check (priority in ('critical', 'high', 'medium', 'low')),
    category_id uuid references sd_category (id),
    member_id uuid references member (id),
    requester_id uuid references app_user (id),
    requester_name text not null default '',
    requester_email text,
    team_id uuid references sd_team (id),
    assignee_id uuid references app_user (id),
    status_key text not null,
    core_state text not null check (core_state in ('new', 'open', 'waiting', 'resolved', 'closed')),
    subject text not null,
    description text not null default '',
    solution text,
    catalogue_item_id uuid references sd_catalogue_item (id),
    form_data jsonb,
    duplicate_of_id uuid references ticket (id) deferrable initially immediate,
    external_source text,
    external_id text,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    first_response_at timestamptz,
    resolved_at timestamptz,
    closed_at timestamptz,
    reopen_count integer not null default 0,
    sla_response_due timestamptz,
    sla_resolution_due timestamptz,
    sla_response_breached boolean,
    sla_resolution_breached boolean,
    sla_business_minutes integer,
    sla_paused boolean not null default false,
    sla_frozen boolean not null default false,
    unique (cooperation_id, number)
  )`,
  // serves: idempotent imports (update, never duplicate)
  `create unique index ticket_external_idx on ticket (cooperation_id, external_source, external_id) where external_id is not null`,
  // serves: new tickets per month, per category/member/channel; the default queue order
  `create index ticket_created_idx on ticket (cooperation_id, created_at desc, id desc)`,
  // serves: resolved per month (SLA outcome, resolution times) and open-at-month-end counts
  `create index ticket_resolved_idx on ticket (cooperation_id, resolved_at) where resolved_at is not null`,
  // serves: open queues newest first, the open-ticket age profile and open-at-month-end counts
  `create index ticket_open_idx on ticket (cooperation_id, created_at desc, id desc) where resolved_at is null`,
  `create index ticket_open_due_idx on ticket (cooperation_id, sla_resolution_due) where resolved_at is null`,
  // serves: an employee's own tickets in the portal (requester_id = $1 implies not null; partial, so
  // tickets without a known requester — most imported ones — cost no index entry)
  `create index ticket_requester_idx on ticket (cooperation_id, requester_id, created_at desc) where requester_id is not null`,
  // serves: an agent's own queue, and a member's tickets (assignee_id = $1 implies not null; partial,
  // like the requester index; "unassigned" (is null) matches most tickets: an index entry would not help it)
  `create index ticket_assignee_idx on ticket (cooperation_id, assignee_id, core_state) where assignee_id is not null`,
  `create index ticket_member_idx on ticket (cooperation_id, member_id, created_at desc, id desc)`,
  // serves: the data-quality lists (reopened many times; tickets of no known member)
  `create index ticket_reopened_idx on ticket (cooperation_id, reopen_count) where reopen_count >= 3`,
  `create index ticket_unknown_member_idx on ticket (cooperation_id, created_at) where member_id is null`,
  // ticket_event.cooperation_id has no foreign key of its own: the key to ticket implies it, and
  // checking it twice per event halved the import rate of large Pureservice exports.
  `create table ticket_event (
    id bigint generated always as identity primary key,
    cooperation_id uuid not null,
    ticket_id uuid not null references ticket (id),
    at timestamptz not null,
    actor_user_id uuid,
    actor_name text not null,
    kind text not null,
    data jsonb not null default '{}'
  )`,
  // serves: a ticket's history in order
  `create index ticket_event_ticket_idx on ticket_event (ticket_id, at, id)`,
  `create table operational_message (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    title text not null,
    body text not null default '',
    severity text not null check (severity in ('info', 'minor', 'major', 'critical')),
    category_ids uuid[] not null default '{}',
    member_ids uuid[] not null default '{}',
    keywords text[] not null default '{}',
    starts_at timestamptz not null,
    expected_end_at timestamptz,
    closed_at timestamptz,
    incident_ticket_id uuid references ticket (id),
    created_by uuid references app_user (id),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  // serves: the current messages of a cooperation
  `create index operational_message_current_idx on operational_message (cooperation_id, starts_at) where closed_at is null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
