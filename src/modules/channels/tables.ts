import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** bigint columns come back as numbers (src/db/connect.ts refuses values that would lose precision). */
type Int8 = ColumnType<number, number, number>;

export interface TicketAttachmentTable {
  id: string;
  cooperation_id: string;
  ticket_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  source: 'email' | 'portal' | 'agent';
  created_at: Timestamp;
}

export interface MailboxTable {
  id: string;
  cooperation_id: string;
  name: string;
  address: string;
  host: string;
  port: number;
  tls: boolean;
  username: string;
  password: string | null;
  auth: ColumnType<'password' | 'oauth2', 'password' | 'oauth2' | undefined, 'password' | 'oauth2'>;
  oauth_token_url: string | null;
  oauth_client_id: string | null;
  oauth_client_secret: string | null;
  oauth_scope: string | null;
  folder: ColumnType<string, string | undefined, string>;
  default_member_id: string | null;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  poll_seconds: ColumnType<number, number | undefined, number>;
  uid_validity: ColumnType<number | null, number | null | undefined, number | null>;
  last_uid: ColumnType<number, number | undefined, number>;
  next_poll_at: Timestamp;
  lease_until: NullableTimestamp;
  last_polled_at: NullableTimestamp;
  last_error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type InboundOutcome = 'ticket' | 'comment' | 'ignored' | 'failed';

export interface InboundMailTable {
  id: string;
  cooperation_id: string;
  mailbox_id: string;
  uid_validity: Int8;
  uid: Int8;
  message_id: string | null;
  from_address: ColumnType<string, string | undefined, string>;
  subject: ColumnType<string, string | undefined, string>;
  size_bytes: ColumnType<number, number | undefined, number>;
  outcome: InboundOutcome;
  reason: ColumnType<string, string | undefined, string>;
  ticket_id: string | null;
  raw: Uint8Array | null;
  received_at: Timestamp;
}

export interface AlertSourceTable {
  id: string;
  cooperation_id: string;
  name: string;
  token_sha256: string;
  token_hint: string;
  hmac_secret: string | null;
  category_id: string | null;
  member_id: string | null;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  last_received_at: NullableTimestamp;
}

export type AlertOutcome = 'created' | 'duplicate' | 'rejected';

export interface AlertReceiptTable {
  id: string;
  cooperation_id: string;
  source_id: string;
  alert_id: string | null;
  outcome: AlertOutcome;
  reason: ColumnType<string, string | undefined, string>;
  ticket_id: string | null;
  received_at: Timestamp;
}

export type NotifyEvent = 'incident_opened' | 'message_published';

export interface NotifyRuleTable {
  id: string;
  cooperation_id: string;
  name: string;
  event: NotifyEvent;
  priorities: ColumnType<string[], string[] | undefined, string[]>;
  member_ids: ColumnType<string[], string[] | undefined, string[]>;
  email: ColumnType<boolean, boolean | undefined, boolean>;
  teams_webhook_url: string | null;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WebhookOutboxTable {
  id: string;
  cooperation_id: string;
  topic: string;
  url: string;
  payload: JSONColumnType<Record<string, unknown>, string, string>;
  ref_id: string | null;
  rule_id: string | null;
  status: Generated<'pending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  sent_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface DeliveryAttemptTable {
  id: string;
  cooperation_id: string;
  channel: 'email' | 'webhook';
  delivery_id: string;
  attempt: number;
  at: Timestamp;
  ok: boolean;
  detail: ColumnType<string, string | undefined, string>;
}

export interface PhoneDayTable {
  cooperation_id: string;
  day: ColumnType<string, string, string>;
  calls_received: number;
  calls_answered: number;
  wait_seconds_total: Int8;
  talk_seconds_total: Int8;
  source: 'calls' | 'summary';
  imported_at: Timestamp;
}
