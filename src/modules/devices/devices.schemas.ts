import { z } from '@hono/zod-openapi';
import { DEVICE_FIELDS } from './fleet-import.ts';
import { DEVICE_KINDS, DEVICE_STATUSES } from './tables.ts';

const Day = z.iso.date().openapi({ example: '2024-11-01' });
const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month such as 2024-10')
  .openapi({ example: '2024-10' });
const Text = (max: number) => z.string().trim().max(max);
const Kind = z.enum(DEVICE_KINDS);
const Ore = z.number().int().min(0).max(1_000_000_000_00);

/** Responses are built by the presenters in the services; the OpenAPI document names their shape loosely. */
export const DevicesViewSchema = z.record(z.string(), z.unknown()).openapi('DevicesView');

export const RotationQuery = z.object({
  month: Month.optional().openapi({ description: 'the month of the table (default: this month in Oslo)' }),
  kind: Kind.optional().openapi({ description: 'default pc' }),
});

export const ForecastQuery = z.object({
  start: Month.optional().openapi({ description: 'first month (default: next month)' }),
  months: z.coerce.number().int().min(12).max(36).optional().openapi({ example: 24 }),
  granularity: z.enum(['month', 'quarter']).optional(),
  kind: Kind.optional(),
  unitPriceOre: z.coerce.number().int().min(0).max(1_000_000_000).optional().openapi({
    description: 'one unit price (øre) for every category instead of each category’s own',
  }),
});

export const DevicesQuery = z.object({
  memberId: z.uuid().optional(),
  categoryId: z.uuid().optional(),
  kind: Kind.optional(),
  status: z.enum(DEVICE_STATUSES).optional(),
  cell: z.enum(['expired', 'expiring', 'inStock', 'toReplace', 'stale', 'unknownExpiry']).optional().openapi({
    description: 'a cell of the rotation table of `month`: the devices behind its count',
  }),
  month: Month.optional(),
  expiresIn: Month.optional().openapi({ description: 'devices in service expiring in this month' }),
  overdueBefore: Month.optional().openapi({ description: 'devices in service that expired before this month' }),
  q: Text(100).optional().openapi({ description: 'serial number, name, model or user (beginning)' }),
  department: Text(200).optional(),
  group: Text(100).optional(),
  orderId: z.uuid().optional(),
  sort: z.enum(['serial', 'expires', 'lastSeen', 'member', 'name']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).max(10_000_000).optional(),
});

const Serial = z
  .string()
  .trim()
  .min(1, 'a serial number is required')
  .max(100)
  .regex(/^[\w\-./ ]+$/, 'letters, digits, - . / and _ only');

export const DeviceInputSchema = z
  .object({
    serial: Serial,
    kind: Kind,
    memberId: z.uuid(),
    categoryId: z.uuid(),
    name: Text(200).default(''),
    manufacturer: Text(200).default(''),
    model: Text(200).default(''),
    os: Text(200).default(''),
    memoryMb: z.number().int().min(1).max(10_000_000).nullable().default(null),
    storageGb: z.number().int().min(1).max(10_000_000).nullable().default(null),
    purchasedOn: Day.nullable().default(null),
    status: z.enum(DEVICE_STATUSES).default('in_use'),
    assignedUserId: z.uuid().nullable().default(null),
    assignedTo: Text(300).default(''),
    department: Text(200).default(''),
    groups: z.array(Text(100).min(1)).max(50).default([]),
    notes: Text(4000).default(''),
  })
  .openapi('DeviceInput');

export const DevicePatchSchema = z
  .object({
    serial: Serial,
    kind: Kind,
    memberId: z.uuid(),
    categoryId: z.uuid(),
    name: Text(200),
    manufacturer: Text(200),
    model: Text(200),
    os: Text(200),
    memoryMb: z.number().int().min(1).max(10_000_000).nullable(),
    storageGb: z.number().int().min(1).max(10_000_000).nullable(),
    purchasedOn: Day.nullable(),
    status: z.enum(DEVICE_STATUSES),
    assignedUserId: z.uuid().nullable(),
    assignedTo: Text(300),
    department: Text(200),
    groups: z.array(Text(100).min(1)).max(50),
    notes: Text(4000),
  })
  .partial()
  .openapi('DevicePatch');

export const HandOutSchema = z
  .object({
    assignedTo: Text(300).min(1, 'who or where the device goes to'),
    assignedUserId: z.uuid().nullable().default(null),
    department: Text(200).optional(),
    replacesId: z.uuid().nullable().default(null),
  })
  .openapi('HandOut');

export const CategoryInputSchema = z
  .object({
    key: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and -'),
    name: Text(100).min(1, 'a name is required'),
    sort: z.number().int().min(0).max(1000).default(0),
    archived: z.boolean().default(false),
    policies: z
      .array(z.object({ kind: Kind, lifetimeMonths: z.number().int().min(1).max(240), unitPriceOre: Ore }))
      .max(3)
      .default([]),
  })
  .openapi('DeviceCategoryInput');

export const OrderInputSchema = z
  .object({
    memberId: z.uuid(),
    categoryId: z.uuid(),
    kind: Kind,
    model: Text(200).min(1, 'a model is required'),
    quantity: z.number().int().min(1).max(100_000),
    orderedOn: Day,
    expectedOn: Day.nullable().default(null),
    supplier: Text(200).default(''),
    reference: Text(200).default(''),
    notes: Text(4000).default(''),
  })
  .openapi('DeviceOrderInput');

export const OrderPatchSchema = z
  .object({
    expectedOn: Day.nullable(),
    quantity: z.number().int().min(1).max(100_000),
    supplier: Text(200),
    reference: Text(200),
    notes: Text(4000),
    cancel: z.boolean(),
  })
  .partial()
  .openapi('DeviceOrderPatch');

export const OrdersQuery = z.object({ open: z.enum(['true', 'false']).optional() });

export const ReceiveSchema = z
  .object({
    receivedOn: Day,
    serials: z.array(Serial).min(1).max(10_000),
  })
  .openapi('DeviceOrderReceive');

export const RuleInputSchema = z
  .object({
    name: Text(200).min(1, 'a name is required'),
    description: Text(4000).default(''),
    kind: Kind.nullable().default(null),
    groupName: Text(100).min(1).nullable().default(null),
    categoryId: z.uuid().nullable().default(null),
    memberId: z.uuid().nullable().default(null),
    minMemoryMb: z.number().int().min(1).max(10_000_000).nullable().default(null),
    minStorageGb: z.number().int().min(1).max(10_000_000).nullable().default(null),
    maxAgeMonths: z.number().int().min(1).max(240).nullable().default(null),
    effectiveFrom: Day,
    active: z.boolean().default(true),
  })
  .openapi('DeviceRuleInput');

export const NonCompliantQuery = z.object({ memberId: z.uuid().optional() });

export const ImportInputSchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    contentBase64: z.string().min(1).max(70_000_000),
    format: z.enum(['intune', 'csv']),
    mapping: z.partialRecord(z.enum(DEVICE_FIELDS), z.string().trim().max(200)).optional(),
    defaultMemberId: z.uuid().nullable().default(null),
    defaultCategoryId: z.uuid().nullable().default(null),
    dryRun: z.boolean().default(false),
  })
  .openapi('DeviceImportInput');
