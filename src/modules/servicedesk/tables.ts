import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type TicketKind = 'incident' | 'service_request' | 'security_alert';
export type Channel = 'portal' | 'email' | 'phone' | 'walk_in' | 'api';
export type Priority = 'critical' | 'high' | 'medium' | 'low';
export type CoreState = 'new' | 'open' | 'waiting' | 'resolved' | 'closed';

export const TICKET_KINDS: readonly TicketKind[] = ['incident', 'service_request', 'security_alert'];
export const CHANNELS: readonly Channel[] = ['portal', 'email', 'phone', 'walk_in', 'api'];
export const PRIORITIES: readonly Priority[] = ['critical', 'high', 'medium', 'low'];
export const CORE_STATES: readonly CoreState[] = ['new', 'open', 'waiting', 'resolved', 'closed'];

export interface SdTeamTable {
  id: string;
  cooperation_id: string;
  name: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface SdCategoryTable {
  id: string;
  cooperation_id: string;
  parent_id: string | null;
  name: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  sort: ColumnType<number, number | undefined, number>;
}

export interface SdStatusTable {
  cooperation_id: string;
  key: string;
  name: string;
  core_state: CoreState;
  pauses_sla: ColumnType<boolean, boolean | undefined, boolean>;
  sort: ColumnType<number, number | undefined, number>;
}

export interface FormField {
  key: string;
  label: string;
  type: 'text' | 'textarea' | 'select' | 'number' | 'date' | 'checkbox';
  required: boolean;
  options?: string[];
}

export interface SdCatalogueItemTable {
  id: string;
  cooperation_id: string;
  name: string;
  description: ColumnType<string, string | undefined, string>;
  category_id: string | null;
  included: ColumnType<boolean, boolean | undefined, boolean>;
  price_ore: number | null;
  price_unit: string | null;
  form_fields: JSONColumnType<FormField[], string | undefined, string>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  sort: ColumnType<number, number | undefined, number>;
}

export interface SdSlaPolicyTable {
  cooperation_id: string;
  policy: JSONColumnType<Record<string, unknown>, string, string>;
  updated_at: Timestamp;
}

export interface SdCounterTable {
  cooperation_id: string;
  next_number: number;
}

export interface TicketTable {
  id: string;
  cooperation_id: string;
  number: number;
  kind: TicketKind;
  channel: Channel;
  priority: Priority;
  category_id: string | null;
  member_id: string | null;
  requester_id: string | null;
  requester_name: ColumnType<string, string | undefined, string>;
  requester_email: string | null;
  team_id: string | null;
  assignee_id: string | null;
  status_key: string;
  core_state: CoreState;
  subject: string;
  description: ColumnType<string, string | undefined, string>;
  solution: string | null;
  catalogue_item_id: string | null;
  form_data: JSONColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  duplicate_of_id: string | null;
  parent_id: ColumnType<string | null, string | null | undefined, string | null>;
  external_source: string | null;
  external_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  first_response_at: NullableTimestamp;
  resolved_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  reopen_count: ColumnType<number, number | undefined, number>;
  sla_response_due: NullableTimestamp;
  sla_resolution_due: NullableTimestamp;
  sla_response_breached: boolean | null;
  sla_resolution_breached: boolean | null;
  sla_business_minutes: number | null;
  sla_paused: ColumnType<boolean, boolean | undefined, boolean>;
  sla_frozen: ColumnType<boolean, boolean | undefined, boolean>;
}

export type TicketEventKind =
  | 'created'
  | 'status'
  | 'priority'
  | 'category'
  | 'assign'
  | 'team'
  | 'member'
  | 'comment'
  | 'response'
  | 'link'
  | 'resolved'
  | 'reopened';

export interface TicketEventTable {
  id: Generated<number>;
  cooperation_id: string;
  ticket_id: string;
  at: Timestamp;
  actor_user_id: string | null;
  actor_name: string;
  kind: TicketEventKind;
  data: JSONColumnType<Record<string, unknown>, string | undefined, never>;
}

export type Severity = 'info' | 'minor' | 'major' | 'critical';

export interface OperationalMessageTable {
  id: string;
  cooperation_id: string;
  title: string;
  body: ColumnType<string, string | undefined, string>;
  severity: Severity;
  category_ids: ColumnType<string[], string[] | undefined, string[]>;
  member_ids: ColumnType<string[], string[] | undefined, string[]>;
  keywords: ColumnType<string[], string[] | undefined, string[]>;
  starts_at: Timestamp;
  expected_end_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  incident_ticket_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
