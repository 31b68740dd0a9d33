import type { ColumnType } from 'kysely';
import type { Role } from '../../app/auth/roles.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface AppUserTable {
  id: string;
  cooperation_id: string;
  email: string;
  name: string;
  member_id: string | null;
  password_hash: string | null;
  locale: ColumnType<'nb' | 'en', 'nb' | 'en' | undefined, 'nb' | 'en'>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  last_login_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserRoleTable {
  id: string;
  cooperation_id: string;
  user_id: string;
  role: Role;
  member_id: string | null;
}

export interface UserIdentityTable {
  provider: string;
  subject: string;
  cooperation_id: string;
  user_id: string;
  created_at: Timestamp;
}
