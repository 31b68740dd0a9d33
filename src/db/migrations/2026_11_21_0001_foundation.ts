import { type Kysely, sql } from 'kysely';

/**
 * Foundation: cooperations (the tenants), their members and contact people, users with roles,
 * sessions, login throttling, the audit log, and the governing bodies.
 * Every tenant-owned table carries cooperation_id, and every query filters on it.
 */
const statements = [
  `create table cooperation (
    id uuid primary key,
    slug text not null unique,
    name text not null,
    short_name text not null,
    organisation_form text not null,
    description text not null default '',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create table member (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    code text not null,
    name text not null,
    kind text not null check (kind in ('host', 'partner', 'associated')),
    organisation_number text,
    municipality_number text,
    joined_on date not null,
    left_on date,
    merged_into_member_id uuid references member (id) deferrable initially immediate,
    email_domains text[] not null default '{}',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (cooperation_id, code),
    check (left_on is null or left_on >= joined_on)
  )`,
  `create table member_contact (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    member_id uuid not null references member (id),
    name text not null,
    title text not null,
    email text,
    phone text,
    valid_from date not null,
    valid_to date,
    created_at timestamptz not null default now(),
    check (valid_to is null or valid_to >= valid_from)
  )`,
  // serves: a member's contacts, current ones first (landing page)
  `create index member_contact_member_idx on member_contact (cooperation_id, member_id, valid_from)`,
  `create table app_user (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    email text not null,
    name text not null,
    member_id uuid references member (id),
    password_hash text,
    locale text not null default 'nb' check (locale in ('nb', 'en')),
    active boolean not null default true,
    last_login_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  // serves: sign-in by e-mail (one account per address across the deployment)
  `create unique index app_user_email_idx on app_user (lower(email))`,
  // serves: user administration lists and a member's users, by name
  `create index app_user_cooperation_idx on app_user (cooperation_id, member_id, name)`,
  `create table user_role (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    user_id uuid not null references app_user (id) on delete cascade,
    role text not null check (role in ('admin', 'leader', 'agent', 'council_member', 'group_member', 'system_owner', 'employee')),
    member_id uuid references member (id),
    check (role not in ('system_owner', 'employee') or member_id is not null)
  )`,
  // serves: loading an actor's roles on every request; one row per role and scope
  `create unique index user_role_unique_idx on user_role (user_id, role, coalesce(member_id, '00000000-0000-0000-0000-000000000000'::uuid))`,
  `create table user_identity (
    provider text not null,
    subject text not null,
    cooperation_id uuid not null references cooperation (id),
    user_id uuid not null references app_user (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (provider, subject)
  )`,
  `create table session (
    id text primary key,
    cooperation_id uuid not null references cooperation (id),
    user_id uuid not null references app_user (id) on delete cascade,
    csrf_token text not null,
    auth_method text not null,
    created_at timestamptz not null default now(),
    last_seen_at timestamptz not null default now(),
    expires_at timestamptz not null
  )`,
  // serves: signing out everywhere when a user is deactivated
  `create index session_user_idx on session (user_id)`,
  // Failed sign-ins by a hash of the identifier, whether or not an account exists, so the
  // lockout reveals nothing. Not tenant-owned: the identifier is global.
  `create table login_failure (
    id bigint generated always as identity primary key,
    identifier_hash text not null,
    at timestamptz not null default now()
  )`,
  // serves: counting recent failures for one identifier
  `create index login_failure_identifier_idx on login_failure (identifier_hash, at)`,
  `create table audit_log (
    id bigint generated always as identity primary key,
    cooperation_id uuid not null references cooperation (id),
    at timestamptz not null default now(),
    actor_user_id uuid,
    actor_name text not null,
    action text not null,
    entity_type text not null,
    entity_id text not null,
    summary text not null,
    before jsonb,
    after jsonb,
    request_id text
  )`,
  // serves: the audit log page, newest first, paged by id (ids grow with time)
  `create index audit_log_cooperation_id_idx on audit_log (cooperation_id, id desc)`,
  // serves: the history of one record
  `create index audit_log_entity_idx on audit_log (cooperation_id, entity_type, entity_id, at desc)`,
  `create table body (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    kind text not null check (kind in ('council', 'portfolio_board', 'group', 'innovation_council')),
    name text not null,
    member_id uuid references member (id),
    description text not null default '',
    created_at timestamptz not null default now(),
    unique (cooperation_id, name)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
