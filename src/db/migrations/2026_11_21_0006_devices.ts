import { type Kysely, sql } from 'kysely';

/**
 * Devices: the cooperation's device categories (employee, student, politician …) with a lifetime and a
 * unit price per kind, the devices themselves (keyed by serial number), purchase orders received into
 * stock, compliance rules on device groups, and the fleet imports with their reports.
 */
/**
 * The references a fleet import writes 100,000 of at a time (cooperation, member, category) are checked
 * once per statement, as the ticket's are (migration 0003): per-row foreign keys took half of an
 * import's time on PostgreSQL. The check is stricter than the keys were: a device's member and
 * category must belong to its cooperation.
 */
export const checkedReferences: [child: string, parent: string][] = [
  ['device', 'cooperation'],
  ['device', 'member'],
  ['device', 'device_category'],
];

const statements = [
  `create table device_category (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    key text not null check (key ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    name text not null,
    sort integer not null default 0,
    archived boolean not null default false,
    unique (cooperation_id, key)
  )`,
  `create table device_policy (
    category_id uuid not null references device_category (id),
    cooperation_id uuid not null references cooperation (id),
    kind text not null check (kind in ('pc', 'tablet', 'phone')),
    lifetime_months integer not null check (lifetime_months between 1 and 240),
    unit_price_ore bigint not null default 0 check (unit_price_ore >= 0),
    primary key (category_id, kind)
  )`,
  `create table device_order (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    member_id uuid not null references member (id),
    category_id uuid not null references device_category (id),
    kind text not null check (kind in ('pc', 'tablet', 'phone')),
    model text not null,
    quantity integer not null check (quantity between 1 and 100000),
    ordered_on date not null,
    expected_on date,
    delivered_on date,
    supplier text not null default '',
    reference text not null default '',
    notes text not null default '',
    cancelled_at timestamptz,
    created_by uuid references app_user (id),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (expected_on is null or expected_on >= ordered_on),
    check (delivered_on is null or delivered_on >= ordered_on)
  )`,
  // serves: a cooperation's open orders
  `create index device_order_open_idx on device_order (cooperation_id, ordered_on) where delivered_on is null and cancelled_at is null`,
  `create table device (
    id uuid primary key,
    -- cooperation, member and category are checked per statement (device_refs_check below)
    cooperation_id uuid not null,
    member_id uuid not null,
    category_id uuid not null,
    kind text not null check (kind in ('pc', 'tablet', 'phone')),
    serial text not null check (serial <> ''),
    name text not null default '',
    manufacturer text not null default '',
    model text not null default '',
    os text not null default '',
    memory_mb integer check (memory_mb > 0),
    storage_gb integer check (storage_gb > 0),
    -- purchase or warranty start; the expiry is this plus the category's lifetime for the kind
    purchased_on date,
    expires_on date,
    status text not null check (status in ('in_use', 'in_stock', 'ordered', 'in_repair', 'retired', 'lost')),
    assigned_user_id uuid references app_user (id),
    -- the primary user's address (from device management) or a location
    assigned_to text not null default '',
    department text not null default '',
    groups text[] not null default '{}',
    last_seen_at timestamptz,
    order_id uuid references device_order (id),
    received_on date,
    replaced_by_id uuid references device (id) deferrable,
    source text not null default 'manual' check (source in ('manual', 'intune', 'csv', 'order')),
    notes text not null default '',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (cooperation_id, serial)
  )`,
  // serves: the rotation table and forecast (an index-only scan of one kind of a cooperation's fleet)
  `create index device_rotation_idx on device (cooperation_id, kind) include (member_id, category_id, status, expires_on, last_seen_at)`,
  // serves: the device list of one member and category
  `create index device_member_idx on device (cooperation_id, member_id, category_id, kind)`,
  // serves: "my devices"
  `create index device_user_idx on device (cooperation_id, assigned_user_id) where assigned_user_id is not null`,
  `create index device_assigned_to_idx on device (cooperation_id, lower(assigned_to)) where assigned_to <> ''`,
  // serves: what an order has received
  `create index device_order_idx on device (order_id) where order_id is not null`,
  `create table device_rule (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    name text not null,
    description text not null default '',
    kind text check (kind in ('pc', 'tablet', 'phone')),
    group_name text,
    category_id uuid references device_category (id),
    member_id uuid references member (id),
    min_memory_mb integer check (min_memory_mb > 0),
    min_storage_gb integer check (min_storage_gb > 0),
    max_age_months integer check (max_age_months > 0),
    effective_from date not null,
    active boolean not null default true,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (min_memory_mb is not null or min_storage_gb is not null or max_age_months is not null)
  )`,
  `create function device_refs_check() returns trigger language plpgsql as $$
  declare
    bad record;
  begin
    perform 1 from cooperation c where c.id in (select cooperation_id from new_rows) for key share;
    perform 1 from member m where m.id in (select member_id from new_rows) for key share;
    perform 1 from device_category k where k.id in (select category_id from new_rows) for key share;
    select n.*,
        not exists (select 1 from cooperation c where c.id = n.cooperation_id) as no_cooperation,
        not exists (select 1 from member m where m.id = n.member_id and m.cooperation_id = n.cooperation_id) as no_member
      into bad
    from (select distinct cooperation_id, member_id, category_id from new_rows) n
    where not exists (select 1 from cooperation c where c.id = n.cooperation_id)
      or not exists (select 1 from member m where m.id = n.member_id and m.cooperation_id = n.cooperation_id)
      or not exists (select 1 from device_category k where k.id = n.category_id and k.cooperation_id = n.cooperation_id)
    limit 1;
    if found then
      raise exception '%', case
          when bad.no_cooperation then format('device refers to cooperation %s, which does not exist', bad.cooperation_id)
          when bad.no_member then format('device refers to member %s, which does not exist in its cooperation', bad.member_id)
          else format('device refers to category %s, which does not exist in its cooperation', bad.category_id) end
        using errcode = 'foreign_key_violation', table = 'device', constraint = 'device_refs_check';
    end if;
    return null;
  end $$`,
  `create trigger device_refs_check_ins after insert on device
    referencing new table as new_rows for each statement execute function device_refs_check()`,
  `create trigger device_refs_check_upd after update on device
    referencing new table as new_rows for each statement execute function device_refs_check()`,
  `create trigger member_keep_devices before delete or update of id on member
    for each row execute function refuse_delete_referenced('device', 'member_id')`,
  `create trigger device_category_keep_devices before delete or update of id on device_category
    for each row execute function refuse_delete_referenced('device', 'category_id')`,
  `create trigger cooperation_keep_devices before delete or update of id on cooperation
    for each row execute function refuse_delete_referenced('device', 'cooperation_id')`,
  `create table device_import (
    id uuid primary key,
    cooperation_id uuid not null references cooperation (id),
    user_id uuid references app_user (id),
    file_name text not null,
    format text not null check (format in ('intune', 'csv')),
    dry_run boolean not null default false,
    status text not null check (status in ('running', 'done', 'rejected', 'failed')),
    rows_total integer not null default 0,
    report jsonb,
    created_at timestamptz not null default now(),
    finished_at timestamptz
  )`,
  // serves: a cooperation's latest imports
  `create index device_import_idx on device_import (cooperation_id, created_at desc)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
