// The demo fleet: about 7,900 PCs in three categories and 4,200 phones across the five members, shaped
// so this year's rotation table looks like the council's of 31.10.2024 (seed 002 §2.1.1), with stock,
// open orders (one partly delivered), stale devices, devices without a purchase date, and phones in
// the Rover group against the 6 GB rule (seed 002 §2.3.6). Deterministic: the same data every time,
// dated relative to `now`.

import type { Db } from '../db/database.ts';
import { addMonths, expiryDate, rotationWindow } from '../modules/devices/rotation.ts';
import type { DeviceKind, DeviceStatus } from '../modules/devices/tables.ts';
import { osloDate } from '../shared/dates.ts';
import { uuidv7 } from '../shared/ids.ts';
import { rng } from './tickets.ts';

const CATEGORIES = [
  { key: 'ansatt', name: 'Ansatt', sort: 1, pc: 1_250_000, tablet: 650_000, phone: 600_000 },
  { key: 'elev', name: 'Elev', sort: 2, pc: 550_000, tablet: 450_000, phone: 600_000 },
  { key: 'politiker', name: 'Politiker', sort: 3, pc: 900_000, tablet: 800_000, phone: 600_000 },
] as const;
const LIFETIME: Record<DeviceKind, number> = { pc: 48, tablet: 36, phone: 36 };

/**
 * Per member and category: PCs in use in all, of which expired before this year and expiring this
 * year (seen this month), in stock, and outstanding on open orders — seed 002's figures.
 */
const PCS: Record<
  string,
  Record<string, { total: number; expired: number; expiring: number; stock: number; ordered: number }>
> = {
  aukra: {
    ansatt: { total: 350, expired: 2, expiring: 6, stock: 30, ordered: 0 },
    elev: { total: 250, expired: 1, expiring: 1, stock: 4, ordered: 0 },
  },
  molde: {
    ansatt: { total: 1800, expired: 5, expiring: 3, stock: 240, ordered: 5 },
    elev: { total: 1500, expired: 41, expiring: 142, stock: 0, ordered: 0 },
  },
  rauma: {
    // one of the expiring is the demo employee's own PC (added at the end)
    ansatt: { total: 600, expired: 9, expiring: 0, stock: 5, ordered: 2 },
    elev: { total: 500, expired: 0, expiring: 7, stock: 0, ordered: 0 },
  },
  vestnes: {
    ansatt: { total: 550, expired: 9, expiring: 12, stock: 3, ordered: 1 },
    elev: { total: 450, expired: 6, expiring: 30, stock: 0, ordered: 0 },
  },
  hustadvika: {
    ansatt: { total: 900, expired: 2, expiring: 10, stock: 12, ordered: 0 },
    elev: { total: 800, expired: 67, expiring: 149, stock: 0, ordered: 0 },
  },
};
const PHONES: Record<string, number> = { molde: 1800, hustadvika: 900, rauma: 600, vestnes: 550, aukra: 350 };
const POLITICIANS: Record<string, number> = { molde: 45, hustadvika: 37, rauma: 27, vestnes: 25, aukra: 21 };

type Model = readonly [string, string, number, number];
const PC_MODELS: Record<'ansatt' | 'elev' | 'politiker', readonly Model[]> = {
  ansatt: [
    ['Lenovo', 'ThinkPad L14 Gen 4', 16384, 512],
    ['HP', 'ProBook 440 G9', 16384, 256],
    ['Dell', 'Latitude 3440', 8192, 256],
  ],
  elev: [
    ['Lenovo', '300w Yoga Gen 4', 8192, 128],
    ['HP', 'Fortis 14 G10', 8192, 128],
  ],
  politiker: [['Microsoft', 'Surface Laptop 5', 16384, 256]],
};
const PHONE_MODELS: readonly Model[] = [
  ['Apple', 'iPhone 12', 4096, 64],
  ['Apple', 'iPhone 13', 4096, 128],
  ['Samsung', 'Galaxy A40', 4096, 64],
  ['Apple', 'iPhone 14', 6144, 128],
  ['Apple', 'iPhone 15', 6144, 128],
  ['Samsung', 'Galaxy XCover 6 Pro', 6144, 128],
  ['Samsung', 'Galaxy A54', 8192, 128],
];
const DEPARTMENTS = [
  'Hjemmetjenesten',
  'Sykehjem',
  'Legevakt',
  'Rådhuset',
  'Teknisk drift',
  'Skole',
  'Barnehage',
  'NAV',
];
const ROVER_DEPARTMENTS = new Set(['Hjemmetjenesten', 'Sykehjem', 'Legevakt']);

type Row = {
  id: string;
  cooperation_id: string;
  member_id: string;
  category_id: string;
  kind: DeviceKind;
  serial: string;
  name: string;
  manufacturer: string;
  model: string;
  os: string;
  memory_mb: number | null;
  storage_gb: number | null;
  purchased_on: string | null;
  expires_on: string | null;
  status: DeviceStatus;
  assigned_user_id: string | null;
  assigned_to: string;
  department: string;
  groups: string[];
  last_seen_at: Date | null;
  order_id: string | null;
  received_on: string | null;
  replaced_by_id: null;
  source: 'intune' | 'order' | 'manual';
  created_at: Date;
  updated_at: Date;
};

export async function seedDevicesDemo(
  tx: Db,
  cooperationId: string,
  members: Map<string, string>,
  users: { employeeId: string; employeeEmail: string; employeeMember: string },
  now: Date,
) {
  const random = rng(20241114);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const between = (a: number, b: number) => a + Math.floor(random() * (b - a + 1));
  const today = osloDate(now);
  const year = Number(today.slice(0, 4));
  const monthStart = rotationWindow(today.slice(0, 7)).seenSince;
  const sinceMonthStart = Math.max(0, now.getTime() - monthStart);
  const seenThisMonth = () =>
    new Date(now.getTime() - Math.floor(random() * Math.min(sinceMonthStart, 20 * 86_400_000)));
  const seenMonthsAgo = () => new Date(monthStart - between(3, 200) * 86_400_000);
  const dayIn = (y: number) =>
    `${y}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
  /** a purchase date that makes a device of `lifetime` months expire in year `y` */
  const purchaseExpiringIn = (y: number, lifetime: number) => {
    const d = addMonths(dayIn(y), -lifetime);
    return d > today ? addMonths(today, -between(1, 3)) : d;
  };
  const serials = new Set<string>();
  const serial = (prefix: string) => {
    for (;;) {
      const s = `${prefix}${Math.floor(random() * 36 ** 7)
        .toString(36)
        .toUpperCase()
        .padStart(7, '0')}`;
      if (!serials.has(s)) {
        serials.add(s);
        return s;
      }
    }
  };

  const categoryIds = new Map<string, string>();
  for (const c of CATEGORIES) {
    const id = crypto.randomUUID();
    categoryIds.set(c.key, id);
    await tx
      .insertInto('device_category')
      .values({ id, cooperation_id: cooperationId, key: c.key, name: c.name, sort: c.sort })
      .execute();
    await tx
      .insertInto('device_policy')
      .values(
        (['pc', 'tablet', 'phone'] as const).map((kind) => ({
          category_id: id,
          cooperation_id: cooperationId,
          kind,
          lifetime_months: LIFETIME[kind],
          unit_price_ore: c[kind],
        })),
      )
      .execute();
  }

  const rows: Row[] = [];
  let counter = 0;
  const add = (
    member: string,
    category: string,
    kind: DeviceKind,
    model: Model,
    purchasedOn: string | null,
    status: DeviceStatus,
    lastSeen: Date | null,
    extra: Partial<Row> = {},
  ) => {
    counter++;
    const memberId = members.get(member)!;
    const department = extra.department ?? pick(category === 'elev' ? ['Skole'] : DEPARTMENTS);
    const user = status === 'in_stock' ? '' : `bruker${String(counter).padStart(5, '0')}@${member}.kommune.no`;
    rows.push({
      id: uuidv7(),
      cooperation_id: cooperationId,
      member_id: memberId,
      category_id: categoryIds.get(category)!,
      kind,
      serial: serial(kind === 'phone' ? 'F' : kind === 'tablet' ? 'T' : 'PC'),
      name: kind === 'pc' ? `${member.slice(0, 3).toUpperCase()}-${category === 'elev' ? 'EL' : 'PC'}-${counter}` : '',
      manufacturer: model[0],
      model: model[1],
      os: kind === 'phone' ? (model[0] === 'Apple' ? 'iOS' : 'Android') : 'Windows',
      memory_mb: model[2],
      storage_gb: model[3],
      purchased_on: purchasedOn,
      expires_on: expiryDate(purchasedOn, LIFETIME[kind]),
      status,
      assigned_user_id: null,
      assigned_to: user,
      department,
      groups: [],
      last_seen_at: lastSeen,
      order_id: null,
      received_on: null,
      replaced_by_id: null,
      source: 'intune',
      created_at: now,
      updated_at: now,
      ...extra,
    });
  };

  // PCs in use: the table's expired and expiring ones (seen this month), a few stale and undated, the rest newer
  for (const [member, categories] of Object.entries(PCS)) {
    for (const [category, f] of Object.entries(categories)) {
      const models = PC_MODELS[category as 'ansatt' | 'elev'];
      for (let i = 0; i < f.expired; i++)
        add(
          member,
          category,
          'pc',
          pick(models),
          purchaseExpiringIn(year - between(1, 2), 48),
          'in_use',
          seenThisMonth(),
        );
      for (let i = 0; i < f.expiring; i++)
        add(member, category, 'pc', pick(models), purchaseExpiringIn(year, 48), 'in_use', seenThisMonth());
      // stale: due, but not signed in for months — listed apart, not counted
      const stale = Math.max(1, Math.round((f.expired + f.expiring) * 0.08));
      for (let i = 0; i < stale; i++)
        add(
          member,
          category,
          'pc',
          pick(models),
          purchaseExpiringIn(year - between(0, 1), 48),
          'in_use',
          seenMonthsAgo(),
        );
      for (let i = 0; i < 2; i++) add(member, category, 'pc', pick(models), null, 'in_use', seenThisMonth());
      const rest = f.total - f.expired - f.expiring - stale - 2;
      for (let i = 0; i < rest; i++)
        add(
          member,
          category,
          'pc',
          pick(models),
          purchaseExpiringIn(year + between(1, 4), 48),
          random() < 0.01 ? 'in_repair' : 'in_use',
          seenThisMonth(),
        );
      // retired predecessors: history that never counts
      for (let i = 0; i < Math.round(f.total * 0.05); i++)
        add(
          member,
          category,
          'pc',
          pick(models),
          purchaseExpiringIn(year - between(1, 3), 48),
          'retired',
          seenMonthsAgo(),
        );
    }
  }

  // orders: one delivered into stock per member and category with stock; the seed's outstanding ones open
  const orders: {
    id: string;
    member: string;
    category: string;
    quantity: number;
    received: number;
    orderedOn: string;
  }[] = [];
  for (const [member, categories] of Object.entries(PCS)) {
    for (const [category, f] of Object.entries(categories)) {
      if (f.stock === 0 && f.ordered === 0) continue;
      const orderedOn = addMonths(today, -2);
      orders.push({
        id: crypto.randomUUID(),
        member,
        category,
        quantity: f.stock + f.ordered,
        received: f.stock,
        orderedOn,
      });
    }
  }
  for (const o of orders) {
    const models = PC_MODELS[o.category as 'ansatt' | 'elev'];
    const model = models[0]!;
    await tx
      .insertInto('device_order')
      .values({
        id: o.id,
        cooperation_id: cooperationId,
        member_id: members.get(o.member)!,
        category_id: categoryIds.get(o.category)!,
        kind: 'pc',
        model: model[1],
        quantity: o.quantity,
        ordered_on: o.orderedOn,
        expected_on: addMonths(today, 1),
        delivered_on: o.received === o.quantity ? addMonths(o.orderedOn, 1) : null,
        supplier: 'Atea AS',
        reference: `IKT-${o.orderedOn.slice(0, 4)}-${String(orders.indexOf(o) + 101)}`,
        created_by: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const receivedOn = addMonths(o.orderedOn, 1);
    for (let i = 0; i < o.received; i++)
      add(o.member, o.category, 'pc', model, receivedOn, 'in_stock', null, {
        order_id: o.id,
        received_on: receivedOn,
        source: 'order',
        department: '',
      });
  }

  // politicians' PCs (seed 004): bought at the start of the election period
  const electionYear = year - ((((year - 2023) % 4) + 4) % 4);
  const periodStart = `${electionYear}-10-15` > today ? `${electionYear - 4}-10-15` : `${electionYear}-10-15`;
  for (const [member, n] of Object.entries(POLITICIANS))
    for (let i = 0; i < n; i++)
      add(member, 'politiker', 'pc', PC_MODELS.politiker[0]!, periodStart, 'in_use', seenThisMonth(), {
        department: 'Kommunestyret',
      });

  // phones: the Rover app runs on the phones of home care, nursing homes and the emergency clinic
  for (const [member, n] of Object.entries(PHONES)) {
    for (let i = 0; i < n; i++) {
      const department = pick(DEPARTMENTS);
      const model = pick(PHONE_MODELS);
      add(member, 'ansatt', 'phone', model, purchaseExpiringIn(year + between(-1, 3), 36), 'in_use', seenThisMonth(), {
        department,
        groups: ROVER_DEPARTMENTS.has(department) ? ['Rover'] : [],
        memory_mb: random() < 0.02 ? null : model[2],
      });
    }
  }

  // the demo employee's own PC (due this year) and phone
  const own = { assigned_user_id: users.employeeId, assigned_to: users.employeeEmail, department: 'Rådhuset' };
  add(
    users.employeeMember,
    'ansatt',
    'pc',
    PC_MODELS.ansatt[1]!,
    purchaseExpiringIn(year, 48),
    'in_use',
    seenThisMonth(),
    own,
  );
  add(users.employeeMember, 'ansatt', 'phone', PHONE_MODELS[1]!, addMonths(today, -14), 'in_use', seenThisMonth(), own);

  for (let i = 0; i < rows.length; i += 1000)
    await tx
      .insertInto('device')
      .values(rows.slice(i, i + 1000))
      .execute();

  await tx
    .insertInto('device_rule')
    .values({
      id: crypto.randomUUID(),
      cooperation_id: cooperationId,
      name: 'Rover-telefoner: minst 6 GB minne',
      description:
        'Helseplattformen anbefaler telefoner med minst 6 GB minne for Rover-appen fra 1. november 2024 (før: 4 GB). Prioriter hjemmetjenesten.',
      kind: 'phone',
      group_name: 'Rover',
      category_id: null,
      member_id: null,
      min_memory_mb: 6144,
      min_storage_gb: null,
      max_age_months: null,
      effective_from: '2024-11-01',
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { devices: rows.length, orders: orders.length };
}
