/** The shapes the Samdrift API answers with (see /api/docs). */

export const ROLES = [
  'admin',
  'leader',
  'agent',
  'council_member',
  'group_member',
  'system_owner',
  'employee',
] as const;
export type Role = (typeof ROLES)[number];
/** Roles that must name the member they act for. */
export const SCOPED_ROLES: readonly Role[] = ['system_owner', 'employee'];

export interface RoleGrant {
  role: Role;
  memberId: string | null;
}

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  locale: 'nb' | 'en';
  memberId: string | null;
  cooperationId: string;
  roles: RoleGrant[];
}

export interface SessionView {
  authenticated: boolean;
  csrfToken?: string;
  user?: SessionUser;
}

export interface Provider {
  id: string;
  label: string;
  startUrl: string;
}

export interface Contact {
  id: string;
  memberId: string;
  name: string;
  title: string;
  email: string | null;
  phone: string | null;
  validFrom: string;
  validTo: string | null;
}

export type MemberKind = 'host' | 'partner' | 'associated';

export interface Member {
  id: string;
  code: string;
  name: string;
  kind: MemberKind;
  organisationNumber: string | null;
  municipalityNumber: string | null;
  joinedOn: string;
  leftOn: string | null;
  mergedIntoMemberId: string | null;
  emailDomains: string[];
  current: boolean;
  contacts: Contact[];
}

export type BodyKind = 'council' | 'portfolio_board' | 'group' | 'innovation_council';

export interface Body {
  id: string;
  kind: BodyKind;
  name: string;
  memberId: string | null;
  description: string;
}

export interface Cooperation {
  id: string;
  slug: string;
  name: string;
  shortName: string;
  organisationForm: string;
  description: string;
}

export interface Overview {
  cooperation: Cooperation;
  date: string;
  members: Member[];
  formerMembers: Member[];
  bodies: Body[];
}

export interface User {
  id: string;
  email: string;
  name: string;
  memberId: string | null;
  locale: 'nb' | 'en';
  active: boolean;
  lastLoginAt: string | null;
  roles: RoleGrant[];
}

export interface UserList {
  items: User[];
  total: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorUserId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: number | null;
}

export interface ApiIssue {
  path: string;
  message: string;
  code?: string;
}
