import { type Kysely, sql } from 'kysely';

/**
 * Knowledge: help articles and e-learning entries of the knowledge portal, their search terms,
 * editor-maintained synonyms and misspellings, usage figures kept pseudonymised, and the assistant
 * Rakel's intents, conversations and bot clients.
 *
 * Search: each published article carries a weighted tsvector our own Norwegian analyser built
 * (title A, summary and tags B, body C) behind a GIN index; kb_term holds the document frequency of
 * every term of a cooperation's published articles, for decompounding, spelling repair and IDF.
 */
const statements = [
  `create table kb_settings (
    cooperation_id uuid primary key references cooperation (id),
    pseudonym_key bytea not null,
    view_retention_months integer not null default 13 check (view_retention_months between 1 and 120),
    conversation_retention_days integer not null default 90 check (conversation_retention_days between 1 and 3650),
    model_url text,
    model_name text,
    model_key text,
    model_api_version text,
    launched_on date,
    updated_at timestamptz not null
  )`,
  `create table kb_article (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    slug text not null,
    kind text not null check (kind in ('article', 'elearning')),
    status text not null check (status in ('draft', 'published', 'archived')),
    title text not null,
    summary text not null default '',
    body jsonb not null,
    video_url text,
    tags text[] not null default '{}',
    audience text not null check (audience in ('everyone', 'employees', 'managers', 'it_staff')),
    service_ids uuid[] not null default '{}',
    member_ids uuid[] not null default '{}',
    owner_id uuid references app_user (id),
    review_on date,
    search tsvector,
    terms text[] not null default '{}',
    passages jsonb not null default '[]',
    published_at timestamptz,
    updated_at timestamptz not null,
    created_at timestamptz not null,
    unique (cooperation_id, slug)
  )`,
  // serves: full-text search of a cooperation's published articles
  `create index kb_article_search_idx on kb_article using gin (search) where status = 'published'`,
  // serves: browsing and the editors' lists of one cooperation
  `create index kb_article_coop_idx on kb_article (cooperation_id, status, updated_at desc)`,
  // serves: the reminder list of articles past their review date
  `create index kb_article_review_idx on kb_article (cooperation_id, review_on) where status = 'published'`,
  `create table kb_image (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    media_type text not null,
    bytes bytea not null,
    created_at timestamptz not null
  )`,
  `create table kb_term (
    cooperation_id uuid not null references cooperation (id),
    term text not null,
    df integer not null check (df >= 0),
    primary key (cooperation_id, term)
  )`,
  // serves: spelling repair's candidates by first letters
  `create index kb_term_prefix_idx on kb_term (cooperation_id, term text_pattern_ops)`,
  `create table kb_synonym (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    kind text not null check (kind in ('synonym', 'misspelling')),
    words text[] not null check (cardinality(words) >= 2),
    updated_at timestamptz not null
  )`,
  `create index kb_synonym_coop_idx on kb_synonym (cooperation_id)`,
  `create table kb_view (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    article_id uuid not null references kb_article (id) on delete cascade,
    visitor text not null,
    viewed_at timestamptz not null
  )`,
  // serves: a month's views and unique visitors
  `create index kb_view_month_idx on kb_view (cooperation_id, viewed_at)`,
  `create table kb_visitor (
    cooperation_id uuid not null references cooperation (id),
    visitor text not null,
    first_seen date not null,
    primary key (cooperation_id, visitor)
  )`,
  `create table kb_month (
    cooperation_id uuid not null references cooperation (id),
    month date not null,
    views integer not null,
    visitors integer not null,
    top jsonb not null,
    primary key (cooperation_id, month)
  )`,
  `create table kb_search (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    query text not null,
    results integer not null,
    searched_at timestamptz not null
  )`,
  // serves: searches of a period (zero-result list, counts)
  `create index kb_search_time_idx on kb_search (cooperation_id, searched_at)`,
  `create table kb_intent_example (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    intent text not null check (intent in ('new_pc', 'my_tickets', 'report_fault', 'forgot_password', 'greeting', 'human')),
    phrase text not null,
    unique (cooperation_id, intent, phrase)
  )`,
  `create table kb_conversation (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    visitor text not null,
    channel text not null check (channel in ('portal', 'teams')),
    state jsonb,
    started_at timestamptz not null,
    last_at timestamptz not null
  )`,
  // serves: retention purge
  `create index kb_conversation_last_idx on kb_conversation (cooperation_id, last_at)`,
  `create table kb_turn (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    conversation_id uuid not null references kb_conversation (id) on delete cascade,
    question text not null,
    intent text,
    outcome text not null check (outcome in ('answered', 'dialogue', 'unknown')),
    article_ids uuid[] not null default '{}',
    used_model boolean not null default false,
    helpful boolean,
    ms integer not null,
    at timestamptz not null
  )`,
  // serves: unanswered questions and quality figures of a period
  `create index kb_turn_time_idx on kb_turn (cooperation_id, at)`,
  `create index kb_turn_conversation_idx on kb_turn (conversation_id)`,
  `create table kb_bot (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    name text not null,
    token_sha256 text not null unique,
    active boolean not null default true,
    last_used_at timestamptz,
    created_at timestamptz not null
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
