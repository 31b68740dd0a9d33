import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface CooperationTable {
  id: string;
  slug: string;
  name: string;
  short_name: string;
  organisation_form: string;
  description: Generated<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type MemberKind = 'host' | 'partner' | 'associated';

export interface MemberTable {
  id: string;
  cooperation_id: string;
  code: string;
  name: string;
  kind: MemberKind;
  organisation_number: string | null;
  municipality_number: string | null;
  /** 'YYYY-MM-DD' */
  joined_on: string;
  left_on: string | null;
  merged_into_member_id: string | null;
  email_domains: ColumnType<string[], string[] | undefined, string[]>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MemberContactTable {
  id: string;
  cooperation_id: string;
  member_id: string;
  name: string;
  title: string;
  email: string | null;
  phone: string | null;
  valid_from: string;
  valid_to: string | null;
  created_at: Timestamp;
}
