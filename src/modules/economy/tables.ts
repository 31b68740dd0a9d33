import type { ColumnType } from 'kysely';
import type { ExpenseType } from './expense-types.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export const DRIVERS = [
  'population',
  'users_admin',
  'users_school',
  'users_health',
  'pcs',
  'ftes',
  'locations',
  'switches',
  'wireless_antennas',
  'leased_lines',
] as const;
export type Driver = (typeof DRIVERS)[number];

export const DRIVER_LABELS: Record<Driver, string> = {
  population: 'Innbyggere 1. januar',
  users_admin: 'Brukere administrasjon',
  users_school: 'Brukere skole',
  users_health: 'Brukere helse',
  pcs: 'PC-er på kommunalt nett',
  ftes: 'Årsverk',
  locations: 'Lokasjoner',
  switches: 'Svitsjer',
  wireless_antennas: 'Trådløse antenner',
  leased_lines: 'Linjeleie',
};

export interface EconDriverValueTable {
  cooperation_id: string;
  year: number;
  member_id: string;
  driver: Driver;
  value: number;
  updated_at: Timestamp;
}

export interface StoredShare {
  memberId: string;
  exact: string;
}

export interface EconKeyTable {
  id: string;
  cooperation_id: string;
  year: number;
  purpose: 'operating' | 'investment';
  kind: 'fixed' | 'formula';
  spec: Json<Record<string, unknown>>;
  shares: Json<StoredShare[]>;
  decision: string;
  created_at: Timestamp;
}

export interface EconYearTable {
  cooperation_id: string;
  year: number;
  operating_total_ore: number | null;
  host_member_id: string | null;
  host_frame_ore: number | null;
  host_share: string | null;
  investment_frame_ore: number | null;
  carry_over_ore: number;
  carry_over_decision: string;
  updated_at: Timestamp;
}

export interface EconBudgetLineTable {
  cooperation_id: string;
  year: number;
  expense_type: ExpenseType;
  budget_ore: number;
  forecast_ore: number | null;
  forecast_comment: string;
  updated_at: Timestamp;
}

export interface EconAccountTable {
  cooperation_id: string;
  account: string;
  name: string;
  expense_type: ExpenseType;
}

export interface EconActualImportTable {
  id: string;
  cooperation_id: string;
  year: number;
  file_name: string;
  sha256: string;
  rows: number;
  periods: number[];
  total_ore: number;
  imported_at: Timestamp;
  imported_by: string;
}

export interface EconActualTable {
  cooperation_id: string;
  year: number;
  period: number;
  account: string;
  amount_ore: number;
  import_id: string;
}

export interface EconProjectTable {
  id: string;
  cooperation_id: string;
  year: number;
  area: string;
  name: string;
  description: string;
  budget_ore: number;
  actual_ore: number;
  forecast_ore: number | null;
  /** 'YYYY-MM-DD' */
  deadline: string | null;
  sort: number;
  updated_at: Timestamp;
}

export interface EconServiceTable {
  id: string;
  cooperation_id: string;
  name: string;
  per: 'month' | 'unit';
  price_ore: number;
  description: string;
}

export interface EconServiceQuantityTable {
  cooperation_id: string;
  year: number;
  service_id: string;
  member_id: string;
  quantity: number;
}

export interface EconMeasureTable {
  id: string;
  cooperation_id: string;
  year: number;
  title: string;
  amount_ore: number;
  consequence: string;
  sort: number;
}
