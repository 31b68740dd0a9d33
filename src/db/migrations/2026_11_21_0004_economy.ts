import { type Kysely, sql } from 'kysely';

/**
 * Economy: the drivers of cost sharing per member and year, allocation keys (stored with their
 * inputs and exact shares, so any past split can be reproduced), the year's frames (operating,
 * top-down from the host, investment incl. VAT, carried-over underspend), the operating budget by
 * expense type with forecasts, actuals imported from the accounting system by account, investment
 * projects and plan rows, chargeable services, and savings measures. Money is integer øre (bigint).
 */
const statements = [
  `create table econ_driver_value (
    cooperation_id uuid not null references cooperation (id),
    year integer not null check (year between 2000 and 2100),
    member_id uuid not null references member (id),
    driver text not null check (driver in ('population', 'users_admin', 'users_school', 'users_health', 'pcs',
      'ftes', 'locations', 'switches', 'wireless_antennas', 'leased_lines')),
    value bigint not null check (value >= 0),
    updated_at timestamptz not null,
    primary key (cooperation_id, year, member_id, driver)
  )`,
  `create table econ_key (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    year integer not null check (year between 2000 and 2100),
    purpose text not null check (purpose in ('operating', 'investment')),
    kind text not null check (kind in ('fixed', 'formula')),
    -- the inputs as given (percentages, or equal part, driver weights and the driver values used)
    spec jsonb not null,
    -- [{ memberId, exact: "num/den" }] computed from spec
    shares jsonb not null,
    decision text not null default '',
    created_at timestamptz not null,
    unique (cooperation_id, year, purpose)
  )`,
  `create table econ_year (
    cooperation_id uuid not null references cooperation (id),
    year integer not null check (year between 2000 and 2100),
    -- the operating frame split between the members (null: the sum of the budget lines)
    operating_total_ore bigint,
    -- top-down: the host's frame and share that gave the operating total
    host_member_id uuid references member (id),
    host_frame_ore bigint,
    host_share text,
    investment_frame_ore bigint check (investment_frame_ore >= 0),
    carry_over_ore bigint not null default 0 check (carry_over_ore >= 0),
    carry_over_decision text not null default '',
    updated_at timestamptz not null,
    primary key (cooperation_id, year)
  )`,
  `create table econ_budget_line (
    cooperation_id uuid not null references cooperation (id),
    year integer not null,
    expense_type text not null check (expense_type in ('salaries', 'staff_premises', 'purchase_leasing',
      'consultants', 'licences_support', 'network_telecom', 'income')),
    budget_ore bigint not null,
    forecast_ore bigint,
    forecast_comment text not null default '',
    updated_at timestamptz not null,
    primary key (cooperation_id, year, expense_type)
  )`,
  `create table econ_account (
    cooperation_id uuid not null references cooperation (id),
    account text not null,
    name text not null default '',
    expense_type text not null check (expense_type in ('salaries', 'staff_premises', 'purchase_leasing',
      'consultants', 'licences_support', 'network_telecom', 'income')),
    primary key (cooperation_id, account)
  )`,
  `create table econ_actual_import (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    year integer not null,
    file_name text not null,
    sha256 text not null,
    rows integer not null,
    periods integer[] not null,
    total_ore bigint not null,
    imported_at timestamptz not null,
    imported_by text not null
  )`,
  // serves: the imports of a year, newest first
  `create index econ_actual_import_year_idx on econ_actual_import (cooperation_id, year, imported_at desc)`,
  `create table econ_actual (
    cooperation_id uuid not null,
    year integer not null,
    period smallint not null check (period between 1 and 12),
    account text not null,
    amount_ore bigint not null,
    import_id uuid not null references econ_actual_import (id),
    primary key (cooperation_id, year, period, account),
    foreign key (cooperation_id, account) references econ_account (cooperation_id, account)
  )`,
  `create table econ_project (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    year integer not null,
    area text not null default '',
    name text not null,
    description text not null default '',
    budget_ore bigint not null default 0,
    actual_ore bigint not null default 0,
    forecast_ore bigint,
    deadline date,
    sort integer not null default 0,
    updated_at timestamptz not null
  )`,
  // serves: a year's projects in order
  `create index econ_project_year_idx on econ_project (cooperation_id, year, sort)`,
  `create table econ_service (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    name text not null,
    per text not null check (per in ('month', 'unit')),
    price_ore bigint not null check (price_ore >= 0),
    description text not null default '',
    unique (cooperation_id, name)
  )`,
  `create table econ_service_quantity (
    cooperation_id uuid not null references cooperation (id),
    year integer not null,
    service_id uuid not null references econ_service (id),
    member_id uuid not null references member (id),
    quantity integer not null check (quantity >= 0),
    primary key (cooperation_id, year, service_id, member_id)
  )`,
  `create table econ_measure (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    year integer not null,
    title text not null,
    amount_ore bigint not null,
    consequence text not null default '',
    sort integer not null default 0
  )`,
  // serves: a year's savings measures in order
  `create index econ_measure_year_idx on econ_measure (cooperation_id, year, sort)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
