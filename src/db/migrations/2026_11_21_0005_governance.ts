import { type Kysely, sql } from 'kysely';

/**
 * Governance: who sits in which body (with role and term), meetings with their numbered cases,
 * attachments, attendance, the generated documents (notice, minutes) kept as issued, the proposal
 * flow with its history, and the outgoing mail queue the notices and minutes are sent through.
 * Cases and proposals carry a Norwegian full-text vector.
 */
const statements = [
  `create table body_member (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    body_id uuid not null references body (id),
    user_id uuid not null references app_user (id),
    role text not null check (role in ('chair', 'member', 'deputy', 'secretary', 'union_rep')),
    member_id uuid references member (id),
    term_from date not null,
    term_to date,
    check (term_to is null or term_to >= term_from)
  )`,
  // serves: a body's members; "is this user in this body"
  `create index body_member_body_idx on body_member (cooperation_id, body_id, user_id)`,
  `create table meeting (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    body_id uuid not null references body (id),
    year integer not null check (year between 2000 and 2100),
    -- the body's nth meeting of the year; provisional until the notice is sent; null for a meeting
    -- cancelled before its notice (its number goes to the next meeting)
    number integer check (number > 0),
    number_locked boolean not null default false,
    meeting_date date not null,
    start_time text not null check (start_time ~ '^[0-2][0-9]:[0-5][0-9]$'),
    end_time text not null check (end_time ~ '^[0-2][0-9]:[0-5][0-9]$'),
    place text not null default '',
    chair_id uuid references app_user (id),
    minute_taker_id uuid references app_user (id),
    notice_sent_at timestamptz,
    held_at timestamptz,
    minutes_sent_at timestamptz,
    minutes_approved_at timestamptz,
    minutes_approved_by_case_id uuid,
    cancelled_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    -- numbers are reassigned in one transaction when meetings move; checked at commit
    constraint meeting_number_unique unique (body_id, year, number) deferrable initially deferred
  )`,
  // serves: a body's meetings of a year, in date order
  `create index meeting_body_year_idx on meeting (cooperation_id, body_id, year, meeting_date)`,
  `create table meeting_attendance (
    meeting_id uuid not null references meeting (id),
    cooperation_id uuid not null references cooperation (id),
    user_id uuid not null references app_user (id),
    present boolean not null,
    primary key (meeting_id, user_id)
  )`,
  `create table gov_case (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    meeting_id uuid not null references meeting (id),
    -- agenda order; the item number follows it until the notice is sent
    position integer not null,
    item_number integer not null check (item_number > 0),
    number_locked boolean not null default false,
    -- "2024/M7-003", kept in step with the meeting's number
    case_number text not null,
    standard text check (standard in ('notice_approval', 'minutes_approval')),
    -- the meeting whose minutes a minutes_approval case approves
    approves_meeting_id uuid references meeting (id),
    title text not null,
    owner_id uuid references app_user (id),
    owner_text text not null default '',
    kind text not null check (kind in ('decision', 'information', 'discussion')),
    background text not null default '',
    proposed_decision text not null default '',
    decision text,
    discussion text not null default '',
    vote jsonb,
    guest_names text[] not null default '{}',
    status text not null default 'open' check (status in ('open', 'decided', 'postponed', 'withdrawn')),
    -- deferred: a backup restores rows in key order, not history order
    previous_case_id uuid references gov_case (id) deferrable initially deferred,
    postponed_to_case_id uuid references gov_case (id) deferrable initially deferred,
    proposal_id uuid,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    search tsvector generated always as (
      setweight(to_tsvector('norwegian', case_number || ' ' || title), 'A') ||
      setweight(to_tsvector('norwegian', coalesce(decision, '') || ' ' || proposed_decision), 'B') ||
      setweight(to_tsvector('norwegian', background || ' ' || discussion), 'C')
    ) stored,
    constraint gov_case_item_unique unique (meeting_id, item_number) deferrable initially deferred
  )`,
  // serves: a meeting's agenda
  `create index gov_case_meeting_idx on gov_case (meeting_id, position)`,
  // serves: search across cases and decisions
  `create index gov_case_search_idx on gov_case using gin (search)`,
  `create table gov_attachment (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    case_id uuid not null references gov_case (id),
    file_name text not null,
    media_type text not null,
    size_bytes integer not null,
    sha256 text not null,
    content bytea not null,
    uploaded_by uuid references app_user (id),
    created_at timestamptz not null default now()
  )`,
  // serves: a case's attachments
  `create index gov_attachment_case_idx on gov_attachment (case_id, created_at)`,
  `create table gov_document (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    meeting_id uuid not null references meeting (id),
    kind text not null check (kind in ('notice', 'minutes')),
    version integer not null,
    file_name text not null,
    sha256 text not null,
    pdf bytea not null,
    -- the document's content as issued (DocMeeting), for the archive metadata
    content jsonb not null,
    created_by uuid references app_user (id),
    created_at timestamptz not null default now(),
    published_at timestamptz,
    unique (meeting_id, kind, version)
  )`,
  `create table proposal (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    reference text not null,
    title text not null,
    need text not null,
    benefit text not null default '',
    member_ids uuid[] not null default '{}',
    estimated_cost_ore bigint check (estimated_cost_ore is null or estimated_cost_ore >= 0),
    proposer_id uuid references app_user (id),
    stage text not null check (stage in ('innovation_council', 'group', 'portfolio_board', 'council')),
    body_id uuid not null references body (id),
    status text not null check (status in ('open', 'rejected', 'withdrawn', 'closed', 'case', 'project')),
    case_id uuid references gov_case (id),
    project_id uuid,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    search tsvector generated always as (
      setweight(to_tsvector('norwegian', reference || ' ' || title), 'A') ||
      setweight(to_tsvector('norwegian', need || ' ' || benefit), 'C')
    ) stored,
    unique (cooperation_id, reference)
  )`,
  // serves: the proposals at a stage / of a proposer
  `create index proposal_stage_idx on proposal (cooperation_id, status, stage)`,
  `create index proposal_proposer_idx on proposal (cooperation_id, proposer_id)`,
  `create index proposal_search_idx on proposal using gin (search)`,
  `create table proposal_event (
    id uuid primary key,
    -- the order of steps taken within the same instant
    seq bigint generated always as identity,
    cooperation_id uuid not null references cooperation (id),
    proposal_id uuid not null references proposal (id),
    stage text not null,
    body_id uuid references body (id),
    action text not null check (action in ('submitted', 'comment', 'forwarded', 'returned', 'rejected',
      'withdrawn', 'closed', 'case', 'project')),
    comment text not null default '',
    actor_id uuid references app_user (id),
    created_at timestamptz not null default now()
  )`,
  // serves: a proposal's history
  `create index proposal_event_idx on proposal_event (proposal_id, created_at, seq)`,
  `create table mail_outbox (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    topic text not null,
    to_address text not null,
    to_name text not null default '',
    subject text not null,
    text_body text not null,
    html_body text,
    -- [{ fileName, mediaType, documentId? | attachmentId? }]: files are read when the mail is sent
    attachments jsonb not null default '[]',
    ref_id uuid,
    status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
    attempts integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error text,
    sent_at timestamptz,
    created_at timestamptz not null default now()
  )`,
  // serves: the sender's next due mails
  `create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'pending'`,
  // serves: the mails about one thing (a meeting's notice)
  `create index mail_outbox_ref_idx on mail_outbox (cooperation_id, ref_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
