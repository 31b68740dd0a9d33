import type { ColumnType, Generated } from 'kysely';

export type BodyKind = 'council' | 'portfolio_board' | 'group' | 'innovation_council';

export interface BodyTable {
  id: string;
  cooperation_id: string;
  kind: BodyKind;
  name: string;
  member_id: string | null;
  description: Generated<string>;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
