import { type Kysely, sql } from 'kysely';

/**
 * Reports: the monthly economy and activity report and the annual report. A report is one version of
 * one period; its sections hold the text staff write; approval freezes it by storing the document
 * model (every figure and text) and the PDF made from it. The glossary (section 3) and the staffing and
 * sick-leave figures of the annual report are kept per cooperation.
 */
const statements = [
  `create table report (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    kind text not null check (kind in ('activity', 'annual')),
    period text not null check (
      (kind = 'activity' and period ~ '^\\d{4}-(0[1-9]|1[0-2])$') or (kind = 'annual' and period ~ '^\\d{4}$')
    ),
    version integer not null check (version >= 1),
    status text not null default 'draft' check (status in ('draft', 'review', 'approved')),
    title text not null,
    document_owner text not null,
    case_id uuid references gov_case (id) on delete set null,
    created_by uuid references app_user (id),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    submitted_at timestamptz,
    approved_at timestamptz,
    approved_by uuid references app_user (id),
    approved_by_name text,
    snapshot jsonb,
    pdf bytea,
    pdf_sha256 text,
    attachment_id uuid references gov_attachment (id) on delete set null,
    unique (cooperation_id, kind, period, version),
    check ((status = 'approved') = (snapshot is not null and pdf is not null and approved_at is not null))
  )`,
  // serves: at most one report per period that is still being written
  `create unique index report_open_idx on report (cooperation_id, kind, period) where status <> 'approved'`,
  // serves: the list of a cooperation's reports, newest period first
  `create index report_list_idx on report (cooperation_id, period desc, version desc)`,
  `create table report_section (
    report_id uuid not null references report (id) on delete cascade,
    cooperation_id uuid not null references cooperation (id),
    key text not null check (key ~ '^[a-z_]+(:[0-9a-f-]{36})?$'),
    body jsonb not null,
    updated_by uuid references app_user (id),
    updated_by_name text not null,
    updated_at timestamptz not null,
    primary key (report_id, key)
  )`,
  `create table report_member_approval (
    report_id uuid not null references report (id) on delete cascade,
    cooperation_id uuid not null references cooperation (id),
    member_id uuid not null references member (id),
    approved_on date not null,
    signer text not null,
    primary key (report_id, member_id)
  )`,
  `create table report_image (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    report_id uuid not null references report (id) on delete cascade,
    file_name text not null,
    media_type text not null check (media_type in ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
    size_bytes integer not null,
    width integer,
    height integer,
    content bytea not null,
    uploaded_by uuid references app_user (id),
    created_at timestamptz not null
  )`,
  // serves: the images of a report (copied to a new version)
  `create index report_image_report_idx on report_image (report_id)`,
  `create table report_glossary (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    term text not null,
    definition text not null,
    updated_at timestamptz not null
  )`,
  // serves: one term once per cooperation, whatever its case
  `create unique index report_glossary_term_idx on report_glossary (cooperation_id, lower(term))`,
  `create table report_staff_year (
    cooperation_id uuid not null references cooperation (id),
    year integer not null check (year between 2000 and 2100),
    fte_tenths integer not null check (fte_tenths >= 0),
    employees integer not null check (employees >= 0),
    women integer check (women >= 0),
    men integer check (men >= 0),
    sick_leave_hundredths integer check (sick_leave_hundredths between 0 and 10000),
    updated_at timestamptz not null,
    primary key (cooperation_id, year)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
