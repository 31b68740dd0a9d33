import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export const DEVICE_KINDS = ['pc', 'tablet', 'phone'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const DEVICE_STATUSES = ['in_use', 'in_stock', 'ordered', 'in_repair', 'retired', 'lost'] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

export type DeviceSource = 'manual' | 'intune' | 'csv' | 'order';

export interface DeviceCategoryTable {
  id: string;
  cooperation_id: string;
  key: string;
  name: string;
  sort: Generated<number>;
  archived: Generated<boolean>;
}

export interface DevicePolicyTable {
  category_id: string;
  cooperation_id: string;
  kind: DeviceKind;
  lifetime_months: number;
  /** bigint øre (int8 comes back as a number) */
  unit_price_ore: number;
}

export interface DeviceOrderTable {
  id: string;
  cooperation_id: string;
  member_id: string;
  category_id: string;
  kind: DeviceKind;
  model: string;
  quantity: number;
  ordered_on: string;
  expected_on: string | null;
  delivered_on: string | null;
  supplier: Generated<string>;
  reference: Generated<string>;
  notes: Generated<string>;
  cancelled_at: NullableTimestamp;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DeviceTable {
  id: string;
  cooperation_id: string;
  member_id: string;
  category_id: string;
  kind: DeviceKind;
  serial: string;
  name: Generated<string>;
  manufacturer: Generated<string>;
  model: Generated<string>;
  os: Generated<string>;
  memory_mb: number | null;
  storage_gb: number | null;
  purchased_on: string | null;
  expires_on: string | null;
  status: DeviceStatus;
  assigned_user_id: string | null;
  assigned_to: Generated<string>;
  department: Generated<string>;
  groups: ColumnType<string[], string[] | undefined, string[]>;
  last_seen_at: NullableTimestamp;
  order_id: string | null;
  received_on: string | null;
  replaced_by_id: string | null;
  source: Generated<DeviceSource>;
  notes: Generated<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DeviceRuleTable {
  id: string;
  cooperation_id: string;
  name: string;
  description: Generated<string>;
  kind: DeviceKind | null;
  group_name: string | null;
  category_id: string | null;
  member_id: string | null;
  min_memory_mb: number | null;
  min_storage_gb: number | null;
  max_age_months: number | null;
  effective_from: string;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type DeviceImportStatus = 'running' | 'done' | 'rejected' | 'failed';

export interface DeviceImportTable {
  id: string;
  cooperation_id: string;
  user_id: string | null;
  file_name: string;
  format: 'intune' | 'csv';
  dry_run: Generated<boolean>;
  status: DeviceImportStatus;
  rows_total: Generated<number>;
  report: ColumnType<unknown | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
}
