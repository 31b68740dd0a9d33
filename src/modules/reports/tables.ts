import type { ColumnType } from 'kysely';
import type { RichDoc } from './rich-text.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;

export type ReportKind = 'activity' | 'annual';
export type ReportStatus = 'draft' | 'review' | 'approved';

export interface ReportTable {
  id: string;
  cooperation_id: string;
  kind: ReportKind;
  period: string;
  version: number;
  status: ColumnType<ReportStatus, ReportStatus | undefined, ReportStatus>;
  title: string;
  document_owner: string;
  case_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  submitted_at: NullableTimestamp;
  approved_at: NullableTimestamp;
  approved_by: string | null;
  approved_by_name: string | null;
  /** the frozen document model (model.ts ReportDoc) of an approved report */
  snapshot: ColumnType<unknown | null, string | null | undefined, string | null>;
  pdf: Uint8Array | null;
  pdf_sha256: string | null;
  attachment_id: string | null;
}

export interface ReportSectionTable {
  report_id: string;
  cooperation_id: string;
  key: string;
  body: Json<RichDoc>;
  updated_by: string | null;
  updated_by_name: string;
  updated_at: Timestamp;
}

export interface ReportMemberApprovalTable {
  report_id: string;
  cooperation_id: string;
  member_id: string;
  approved_on: string;
  signer: string;
}

export interface ReportImageTable {
  id: string;
  cooperation_id: string;
  report_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  width: number | null;
  height: number | null;
  content: Uint8Array;
  uploaded_by: string | null;
  created_at: Timestamp;
}

export interface ReportGlossaryTable {
  id: string;
  cooperation_id: string;
  term: string;
  definition: string;
  updated_at: Timestamp;
}

export interface ReportStaffYearTable {
  cooperation_id: string;
  year: number;
  fte_tenths: number;
  employees: number;
  women: number | null;
  men: number | null;
  sick_leave_hundredths: number | null;
  updated_at: Timestamp;
}
