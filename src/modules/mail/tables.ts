import type { ColumnType, Generated } from 'kysely';

/** A file a queued mail carries; its bytes are read from where they live when the mail is sent. */
export interface MailFileRef {
  fileName: string;
  mediaType: string;
  /** a governance document (notice, minutes) */
  documentId?: string;
}

export type MailStatus = 'pending' | 'sent' | 'failed';

export interface MailOutboxTable {
  id: string;
  cooperation_id: string;
  topic: string;
  to_address: string;
  to_name: Generated<string>;
  subject: string;
  text_body: string;
  html_body: string | null;
  attachments: ColumnType<MailFileRef[], string | undefined, string>;
  /** extra headers (Message-ID, References, Auto-Submitted) */
  headers: ColumnType<Record<string, string>, string | undefined, string>;
  ref_id: string | null;
  status: Generated<MailStatus>;
  attempts: Generated<number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  last_error: string | null;
  sent_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
