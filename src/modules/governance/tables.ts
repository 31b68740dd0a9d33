import type { ColumnType, Generated } from 'kysely';
import type { BodyRole, CaseKind, DocMeeting, DocVote } from './documents/model.ts';

export type BodyKind = 'council' | 'portfolio_board' | 'group' | 'innovation_council';
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface BodyTable {
  id: string;
  cooperation_id: string;
  kind: BodyKind;
  name: string;
  member_id: string | null;
  description: Generated<string>;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface BodyMemberTable {
  id: string;
  cooperation_id: string;
  body_id: string;
  user_id: string;
  role: BodyRole;
  member_id: string | null;
  term_from: string;
  term_to: string | null;
}

export interface MeetingTable {
  id: string;
  cooperation_id: string;
  body_id: string;
  year: number;
  number: number | null;
  number_locked: Generated<boolean>;
  meeting_date: string;
  start_time: string;
  end_time: string;
  place: Generated<string>;
  chair_id: string | null;
  minute_taker_id: string | null;
  notice_sent_at: NullableTimestamp;
  held_at: NullableTimestamp;
  minutes_sent_at: NullableTimestamp;
  minutes_approved_at: NullableTimestamp;
  minutes_approved_by_case_id: string | null;
  cancelled_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MeetingAttendanceTable {
  meeting_id: string;
  cooperation_id: string;
  user_id: string;
  present: boolean;
}

export type CaseStandard = 'notice_approval' | 'minutes_approval';
export type CaseStatus = 'open' | 'decided' | 'postponed' | 'withdrawn';

export interface GovCaseTable {
  id: string;
  cooperation_id: string;
  meeting_id: string;
  position: number;
  item_number: number;
  number_locked: Generated<boolean>;
  case_number: string;
  standard: CaseStandard | null;
  approves_meeting_id: string | null;
  title: string;
  owner_id: string | null;
  owner_text: Generated<string>;
  kind: CaseKind;
  background: Generated<string>;
  proposed_decision: Generated<string>;
  decision: string | null;
  discussion: Generated<string>;
  vote: ColumnType<DocVote | null, string | null | undefined, string | null>;
  guest_names: Generated<string[]>;
  status: Generated<CaseStatus>;
  previous_case_id: string | null;
  postponed_to_case_id: string | null;
  proposal_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  search: ColumnType<string, never, never>;
}

export interface GovAttachmentTable {
  id: string;
  cooperation_id: string;
  case_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  uploaded_by: string | null;
  created_at: Timestamp;
}

export type DocumentKind = 'notice' | 'minutes';

export interface GovDocumentTable {
  id: string;
  cooperation_id: string;
  meeting_id: string;
  kind: DocumentKind;
  version: number;
  file_name: string;
  sha256: string;
  pdf: Uint8Array;
  content: ColumnType<DocMeeting, string, string>;
  created_by: string | null;
  created_at: Timestamp;
  published_at: NullableTimestamp;
}

export type ProposalStage = 'innovation_council' | 'group' | 'portfolio_board' | 'council';
export type ProposalStatus = 'open' | 'rejected' | 'withdrawn' | 'closed' | 'case' | 'project';
export type ProposalAction =
  | 'submitted'
  | 'comment'
  | 'forwarded'
  | 'returned'
  | 'rejected'
  | 'withdrawn'
  | 'closed'
  | 'case'
  | 'project';

export interface ProposalTable {
  id: string;
  cooperation_id: string;
  reference: string;
  title: string;
  need: string;
  benefit: Generated<string>;
  member_ids: ColumnType<string[], string[] | undefined, string[]>;
  estimated_cost_ore: ColumnType<
    string | null,
    bigint | number | string | null | undefined,
    bigint | number | string | null
  >;
  proposer_id: string | null;
  stage: ProposalStage;
  body_id: string;
  status: ProposalStatus;
  case_id: string | null;
  project_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  search: ColumnType<string, never, never>;
}

export interface ProposalEventTable {
  id: string;
  seq: Generated<string>;
  cooperation_id: string;
  proposal_id: string;
  stage: ProposalStage;
  body_id: string | null;
  action: ProposalAction;
  comment: Generated<string>;
  actor_id: string | null;
  created_at: Timestamp;
}
