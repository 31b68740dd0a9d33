// Device queries: one statement each, always within one cooperation. The fleet is grouped here and
// the groups are turned into tables by the pure functions of rotation.ts; the device list filters
// with the same conditions, so every count links to exactly the devices behind it.

import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { Scope } from './access.ts';
import type { DeviceValues, KnownDevice } from './fleet-import.ts';
import {
  type ExpiryBucket,
  type ExpiryGroup,
  type FleetGroup,
  IN_SERVICE,
  type OrderedCount,
  type RotationWindow,
} from './rotation.ts';
import type { DeviceKind, DeviceStatus } from './tables.ts';

type DeviceEb = ExpressionBuilder<DB, 'device'>;

const scoped = (eb: DeviceEb, scope: Scope): Expression<SqlBool> =>
  scope === 'all'
    ? sql<SqlBool>`true`
    : eb('device.member_id', 'in', scope.length ? scope : ['00000000-0000-0000-0000-000000000000']);

export const listCategories = (db: Db, coop: string) =>
  db
    .selectFrom('device_category')
    .selectAll()
    .where('cooperation_id', '=', coop)
    .orderBy('sort')
    .orderBy('name')
    .execute();

export const listPolicies = (db: Db, coop: string) =>
  db.selectFrom('device_policy').selectAll().where('cooperation_id', '=', coop).execute();

export const listMembers = (db: Db, coop: string) =>
  db
    .selectFrom('member')
    .select(['id', 'code', 'name', 'email_domains'])
    .where('cooperation_id', '=', coop)
    .where('left_on', 'is', null)
    .orderBy('name')
    .execute();

/** The fleet of one kind grouped as the rotation table needs it. */
export async function rotationGroups(
  db: Db,
  coop: string,
  kind: DeviceKind,
  w: RotationWindow,
  scope: Scope,
): Promise<FleetGroup[]> {
  const rows = await db
    .selectFrom('device')
    .select((eb) => [
      'member_id',
      'category_id',
      'status',
      sql<ExpiryBucket>`case when expires_on is null then 'unknown' when expires_on < ${w.yearStart}::date then 'expired'
        when expires_on <= ${w.yearEnd}::date then 'expiring' else 'later' end`.as('bucket'),
      sql<boolean>`coalesce(last_seen_at >= ${new Date(w.seenSince)}, false)`.as('seen'),
      eb.fn.countAll<number>().as('count'),
    ])
    .where('cooperation_id', '=', coop)
    .where('kind', '=', kind)
    .where('status', 'in', [...IN_SERVICE, 'in_stock'])
    .where((eb) => scoped(eb, scope))
    .groupBy(['member_id', 'category_id', 'status', sql`4`, sql`5`])
    .execute();
  return rows.map((r) => ({
    memberId: r.member_id,
    categoryId: r.category_id,
    status: r.status,
    bucket: r.bucket,
    seen: r.seen,
    count: Number(r.count),
  }));
}

/** Devices in service of one kind by the month they expire (null: no purchase date). */
export async function expiryGroups(db: Db, coop: string, kind: DeviceKind, scope: Scope): Promise<ExpiryGroup[]> {
  const rows = await db
    .selectFrom('device')
    .select((eb) => [
      'member_id',
      'category_id',
      sql<string | null>`to_char(expires_on, 'YYYY-MM')`.as('month'),
      eb.fn.countAll<number>().as('count'),
    ])
    .where('cooperation_id', '=', coop)
    .where('kind', '=', kind)
    .where('status', 'in', IN_SERVICE)
    .where((eb) => scoped(eb, scope))
    .groupBy(['member_id', 'category_id', sql`3`])
    .execute();
  return rows.map((r) => ({
    memberId: r.member_id,
    categoryId: r.category_id,
    month: r.month,
    count: Number(r.count),
  }));
}

/** Devices in stock of one kind per member and category. */
export async function stockCounts(db: Db, coop: string, kind: DeviceKind, scope: Scope): Promise<OrderedCount[]> {
  const rows = await db
    .selectFrom('device')
    .select((eb) => ['member_id', 'category_id', eb.fn.countAll<number>().as('count')])
    .where('cooperation_id', '=', coop)
    .where('kind', '=', kind)
    .where('status', '=', 'in_stock')
    .where((eb) => scoped(eb, scope))
    .groupBy(['member_id', 'category_id'])
    .execute();
  return rows.map((r) => ({ memberId: r.member_id, categoryId: r.category_id, count: Number(r.count) }));
}

/**
 * What is on order and not yet received, per member and category: open orders less the devices
 * received from them, plus devices registered as ordered without an order.
 */
export async function orderedCounts(db: Db, coop: string, kind: DeviceKind, scope: Scope): Promise<OrderedCount[]> {
  const memberFilter = scope === 'all' ? sql`true` : sql`member_id = any(${scope}::uuid[])`;
  const rows = await sql<{ member_id: string; category_id: string; count: number }>`
    select member_id, category_id, sum(n)::int as count from (
      select o.member_id, o.category_id, o.quantity - (
          select count(*) from device d where d.order_id = o.id and d.status <> 'ordered')::int as n
        from device_order o
        where o.cooperation_id = ${coop} and o.kind = ${kind} and o.delivered_on is null and o.cancelled_at is null
      union all
      select member_id, category_id, 1 from device
        where cooperation_id = ${coop} and kind = ${kind} and status = 'ordered' and order_id is null
    ) x where ${memberFilter} group by member_id, category_id having sum(n) > 0`.execute(db);
  return rows.rows.map((r) => ({ memberId: r.member_id, categoryId: r.category_id, count: Number(r.count) }));
}

/** A device list's filter: the table's cells as conditions, plus the usual fields. */
export interface DeviceFilter {
  scope: Scope;
  memberId?: string;
  categoryId?: string;
  kind?: DeviceKind;
  status?: DeviceStatus;
  /** a cell of the rotation table (needs `window`) */
  cell?: 'expired' | 'expiring' | 'inStock' | 'toReplace' | 'stale' | 'unknownExpiry';
  window?: RotationWindow;
  /** expiring in the month 'YYYY-MM' (a forecast cell), or before it with 'overdue' */
  expiresIn?: string;
  overdueBefore?: string;
  /** serial number, name, model or user (prefix, any case) */
  q?: string;
  department?: string;
  group?: string;
  assignedUserId?: string;
  orderId?: string;
}

function whereFilter(eb: DeviceEb, f: DeviceFilter): Expression<SqlBool> {
  const and: Expression<SqlBool>[] = [scoped(eb, f.scope)];
  if (f.memberId) and.push(eb('device.member_id', '=', f.memberId));
  if (f.categoryId) and.push(eb('device.category_id', '=', f.categoryId));
  if (f.kind) and.push(eb('device.kind', '=', f.kind));
  if (f.status) and.push(eb('device.status', '=', f.status));
  if (f.department) and.push(eb('device.department', '=', f.department));
  if (f.group) and.push(sql<SqlBool>`${f.group} = any(device.groups)`);
  if (f.assignedUserId) and.push(eb('device.assigned_user_id', '=', f.assignedUserId));
  if (f.orderId) and.push(eb('device.order_id', '=', f.orderId));
  if (f.q) {
    const like = `${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    and.push(
      eb.or([
        eb('device.serial', 'like', like.toUpperCase()),
        sql<SqlBool>`lower(device.name) like lower(${like})`,
        sql<SqlBool>`lower(device.model) like lower(${like})`,
        sql<SqlBool>`lower(device.assigned_to) like lower(${like})`,
      ]),
    );
  }
  const inService = eb('device.status', 'in', IN_SERVICE);
  if (f.expiresIn) and.push(inService, sql<SqlBool>`to_char(device.expires_on, 'YYYY-MM') = ${f.expiresIn}`);
  if (f.overdueBefore) and.push(inService, sql<SqlBool>`device.expires_on < ${`${f.overdueBefore}-01`}::date`);
  if (f.cell && f.window) {
    const w = f.window;
    const seen = sql<SqlBool>`coalesce(device.last_seen_at >= ${new Date(w.seenSince)}, false)`;
    const expired = sql<SqlBool>`device.expires_on < ${w.yearStart}::date`;
    const expiring = sql<SqlBool>`device.expires_on between ${w.yearStart}::date and ${w.yearEnd}::date`;
    const dueByYearEnd = sql<SqlBool>`device.expires_on <= ${w.yearEnd}::date`;
    switch (f.cell) {
      case 'inStock':
        and.push(eb('device.status', '=', 'in_stock'));
        break;
      case 'expired':
        and.push(inService, seen, expired);
        break;
      case 'expiring':
        and.push(inService, seen, expiring);
        break;
      case 'toReplace':
        and.push(inService, seen, dueByYearEnd);
        break;
      case 'stale':
        and.push(inService, sql<SqlBool>`not ${seen}`, dueByYearEnd);
        break;
      case 'unknownExpiry':
        and.push(inService, seen, eb('device.expires_on', 'is', null));
        break;
    }
  }
  return eb.and(and);
}

export const deviceColumns = [
  'device.id',
  'device.serial',
  'device.name',
  'device.kind',
  'device.member_id',
  'device.category_id',
  'device.manufacturer',
  'device.model',
  'device.os',
  'device.memory_mb',
  'device.storage_gb',
  'device.purchased_on',
  'device.expires_on',
  'device.status',
  'device.assigned_user_id',
  'device.assigned_to',
  'device.department',
  'device.groups',
  'device.last_seen_at',
  'device.order_id',
  'device.received_on',
  'device.replaced_by_id',
  'device.source',
  'device.notes',
  'device.updated_at',
] as const;

export type DeviceSort = 'serial' | 'expires' | 'lastSeen' | 'member' | 'name';

export async function findDevices(
  db: Db,
  coop: string,
  f: DeviceFilter,
  page: { limit: number; offset: number; sort: DeviceSort },
) {
  const base = db
    .selectFrom('device')
    .where('device.cooperation_id', '=', coop)
    .where((eb) => whereFilter(eb, f));
  const order = {
    serial: sql`device.serial`,
    expires: sql`device.expires_on nulls last, device.serial`,
    lastSeen: sql`device.last_seen_at nulls first, device.serial`,
    member: sql`device.member_id, device.serial`,
    name: sql`lower(device.name), device.serial`,
  }[page.sort];
  const [items, total] = await Promise.all([
    base
      .select([...deviceColumns])
      .orderBy(order)
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export type DeviceRow = Awaited<ReturnType<typeof findDevices>>['items'][number];

export const getDevice = (db: Db, coop: string, id: string) =>
  db
    .selectFrom('device')
    .select([...deviceColumns])
    .where('device.cooperation_id', '=', coop)
    .where('device.id', '=', id)
    .executeTakeFirst();

/** The devices of a user: assigned to their account, or to their address by device management. */
export const devicesOfUser = (db: Db, coop: string, userId: string, email: string | null) =>
  db
    .selectFrom('device')
    .select([...deviceColumns])
    .where('device.cooperation_id', '=', coop)
    .where((eb) =>
      eb.or([
        eb('device.assigned_user_id', '=', userId),
        ...(email ? [sql<SqlBool>`lower(device.assigned_to) = ${email.toLowerCase()}`] : []),
      ]),
    )
    .where('device.status', 'in', IN_SERVICE)
    .orderBy('device.expires_on')
    .execute();

/** Every registered device of the cooperation, as far as an import compares it. */
export async function knownDevices(db: Db, coop: string): Promise<Map<string, KnownDevice>> {
  const rows = await db
    .selectFrom('device')
    .select([
      'id',
      'serial',
      'member_id',
      'category_id',
      'kind',
      'name',
      'manufacturer',
      'model',
      'os',
      'memory_mb',
      'storage_gb',
      'purchased_on',
      'expires_on',
      'last_seen_at',
      'assigned_to',
      'department',
      'groups',
      'status',
    ])
    .where('cooperation_id', '=', coop)
    .execute();
  return new Map(
    rows.map((r) => [
      r.serial,
      {
        id: r.id,
        serial: r.serial,
        memberId: r.member_id,
        categoryId: r.category_id,
        kind: r.kind,
        name: r.name,
        manufacturer: r.manufacturer,
        model: r.model,
        os: r.os,
        memoryMb: r.memory_mb,
        storageGb: r.storage_gb,
        purchasedOn: r.purchased_on,
        expiresOn: r.expires_on,
        lastSeenAt: r.last_seen_at ? r.last_seen_at.getTime() : null,
        assignedTo: r.assigned_to,
        department: r.department,
        groups: r.groups,
        status: r.status,
      },
    ]),
  );
}

/** Many devices as one relation u(…), from one JSON parameter (arrays such as groups included). */
function devicesRelation(rows: (DeviceValues & { id: string })[]) {
  const json = JSON.stringify(
    rows.map((r) => ({
      id: r.id,
      serial: r.serial,
      member_id: r.memberId,
      category_id: r.categoryId,
      kind: r.kind,
      name: r.name,
      manufacturer: r.manufacturer,
      model: r.model,
      os: r.os,
      memory_mb: r.memoryMb,
      storage_gb: r.storageGb,
      purchased_on: r.purchasedOn,
      expires_on: r.expiresOn,
      last_seen_at: r.lastSeenAt === null ? null : new Date(r.lastSeenAt).toISOString(),
      assigned_to: r.assignedTo,
      department: r.department,
      groups: r.groups,
      status: r.status,
    })),
  );
  return sql`json_to_recordset(${json}::json) as u(id uuid, serial text, member_id uuid, category_id uuid, kind text,
    name text, manufacturer text, model text, os text, memory_mb int, storage_gb int, purchased_on date, expires_on date,
    last_seen_at timestamptz, assigned_to text, department text, groups text[], status text)`;
}

/** Insert new devices in one statement. */
export async function insertDevices(
  db: Db,
  coop: string,
  rows: (DeviceValues & { id: string })[],
  source: 'intune' | 'csv' | 'manual' | 'order',
  now: Date,
) {
  if (rows.length === 0) return;
  await sql`insert into device (id, cooperation_id, serial, member_id, category_id, kind, name, manufacturer, model, os,
      memory_mb, storage_gb, purchased_on, expires_on, last_seen_at, assigned_to, department, groups, status, source,
      created_at, updated_at)
    select id, ${coop}, serial, member_id, category_id, kind, name, manufacturer, model, os, memory_mb, storage_gb,
      purchased_on, expires_on, last_seen_at, assigned_to, department, groups, status, ${source}, ${now}, ${now}
    from ${devicesRelation(rows)}`.execute(db);
}

/** Write the merged values of known devices in one statement. */
export async function updateDevices(db: Db, coop: string, rows: KnownDevice[], now: Date) {
  if (rows.length === 0) return;
  await sql`update device d set member_id = u.member_id, category_id = u.category_id, kind = u.kind, name = u.name,
      manufacturer = u.manufacturer, model = u.model, os = u.os, memory_mb = u.memory_mb, storage_gb = u.storage_gb,
      purchased_on = u.purchased_on, expires_on = u.expires_on, last_seen_at = u.last_seen_at,
      assigned_to = u.assigned_to, department = u.department, groups = u.groups, status = u.status, updated_at = ${now}
    from ${devicesRelation(rows)}
    where d.cooperation_id = ${coop} and d.id = u.id`.execute(db);
}

/** Recompute the expiry of a category's devices of a kind after its lifetime changed (PostgreSQL's month arithmetic = addMonths). */
export const recomputeExpiry = (db: Db, coop: string, categoryId: string, kind: DeviceKind, months: number) =>
  sql`update device set expires_on = (purchased_on + make_interval(months => ${months}::int))::date
    where cooperation_id = ${coop} and category_id = ${categoryId} and kind = ${kind} and purchased_on is not null`.execute(
    db,
  );

export const listOrders = (db: Db, coop: string, opts: { open?: boolean; id?: string; scope: Scope }) =>
  db
    .selectFrom('device_order as o')
    .selectAll('o')
    .select((eb) =>
      eb
        .selectFrom('device as d')
        .whereRef('d.order_id', '=', 'o.id')
        .where('d.status', '<>', 'ordered')
        .select(eb.fn.countAll<number>().as('n'))
        .as('received'),
    )
    .where('o.cooperation_id', '=', coop)
    .$if(opts.scope !== 'all', (q) => q.where('o.member_id', 'in', opts.scope as string[]))
    .$if(opts.open === true, (q) => q.where('o.delivered_on', 'is', null).where('o.cancelled_at', 'is', null))
    .$if(opts.open === false, (q) =>
      q.where((eb) => eb.or([eb('o.delivered_on', 'is not', null), eb('o.cancelled_at', 'is not', null)])),
    )
    .$if(opts.id !== undefined, (q) => q.where('o.id', '=', opts.id!))
    .orderBy('o.ordered_on', 'desc')
    .orderBy('o.created_at', 'desc')
    .limit(500)
    .execute();

export type OrderRow = Awaited<ReturnType<typeof listOrders>>[number];

export const listRules = (db: Db, coop: string) =>
  db.selectFrom('device_rule').selectAll().where('cooperation_id', '=', coop).orderBy('name').execute();

export const getRule = (db: Db, coop: string, id: string) =>
  db.selectFrom('device_rule').selectAll().where('cooperation_id', '=', coop).where('id', '=', id).executeTakeFirst();

/** The devices a rule may cover (kind, group, category, member; in service), for checking. */
export const candidatesOfRule = (
  db: Db,
  coop: string,
  rule: { kind: DeviceKind | null; group_name: string | null; category_id: string | null; member_id: string | null },
  scope: Scope,
) =>
  db
    .selectFrom('device')
    .select([...deviceColumns])
    .where('device.cooperation_id', '=', coop)
    .where('device.status', 'in', IN_SERVICE)
    .where((eb) => scoped(eb, scope))
    .$if(rule.kind !== null, (q) => q.where('device.kind', '=', rule.kind!))
    .$if(rule.category_id !== null, (q) => q.where('device.category_id', '=', rule.category_id!))
    .$if(rule.member_id !== null, (q) => q.where('device.member_id', '=', rule.member_id!))
    .$if(rule.group_name !== null, (q) =>
      q.where(sql<SqlBool>`exists (select 1 from unnest(device.groups) g where lower(g) = lower(${rule.group_name}))`),
    )
    .orderBy('device.member_id')
    .orderBy('device.department')
    .orderBy('device.serial')
    .execute();
