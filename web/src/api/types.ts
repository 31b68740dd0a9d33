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

/* Service desk */

export type TicketKind = 'incident' | 'service_request' | 'security_alert';
export type Channel = 'portal' | 'email' | 'phone' | 'walk_in' | 'api';
export type Priority = 'critical' | 'high' | 'medium' | 'low';
export type CoreState = 'new' | 'open' | 'waiting' | 'resolved' | 'closed';
export type Severity = 'info' | 'minor' | 'major' | 'critical';

export const TICKET_KINDS: readonly TicketKind[] = ['incident', 'service_request', 'security_alert'];
export const CHANNELS: readonly Channel[] = ['portal', 'email', 'phone', 'walk_in', 'api'];
export const PRIORITIES: readonly Priority[] = ['critical', 'high', 'medium', 'low'];
export const CORE_STATES: readonly CoreState[] = ['new', 'open', 'waiting', 'resolved', 'closed'];
export const SEVERITIES: readonly Severity[] = ['info', 'minor', 'major', 'critical'];

export interface TicketStatus {
  key: string;
  name: string;
  coreState: CoreState;
  pausesSla: boolean;
}

export interface Category {
  id: string;
  parentId: string | null;
  name: string;
  active: boolean;
}

export interface Team {
  id: string;
  name: string;
  active: boolean;
}

export type FormFieldType = 'text' | 'textarea' | 'select' | 'number' | 'date' | 'checkbox';

export interface FormField {
  key: string;
  label: string;
  type: FormFieldType;
  required: boolean;
  options?: string[];
}

export interface CatalogueItem {
  id: string;
  name: string;
  description: string;
  categoryId: string | null;
  /** part of the basic service: no price */
  included: boolean;
  /** integer øre, null when included */
  priceOre: number | null;
  priceUnit: string | null;
  formFields: FormField[];
}

export interface ServiceDeskConfig {
  statuses: TicketStatus[];
  categories: Category[];
  teams: Team[];
  catalogue: CatalogueItem[];
  /** only for agents and administrators */
  agents: { id: string; name: string }[];
}

export interface Sla {
  responseDue: string | null;
  resolutionDue: string | null;
  responseBreached: boolean | null;
  resolutionBreached: boolean | null;
  businessMinutes: number | null;
  paused: boolean;
  frozen: boolean;
}

export type FormValue = string | number | boolean | null;

export interface Ticket {
  id: string;
  number: number;
  kind: TicketKind;
  channel: Channel;
  priority: Priority;
  categoryId: string | null;
  memberId: string | null;
  requesterId: string | null;
  requesterName: string;
  requesterEmail: string | null;
  teamId: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  status: string;
  coreState: CoreState;
  subject: string;
  description: string;
  solution: string | null;
  catalogueItemId: string | null;
  formData: Record<string, FormValue> | null;
  duplicateOfId: string | null;
  createdAt: string;
  updatedAt: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  reopenCount: number;
  sla: Sla;
}

export interface TicketAccess {
  read: boolean;
  readInternal: boolean;
  commentPublic: boolean;
  commentInternal: boolean;
  work: boolean;
  reopen: boolean;
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

export interface TicketEvent {
  id: number;
  at: string;
  actorUserId: string | null;
  actorName: string;
  kind: TicketEventKind;
  data: Record<string, unknown>;
}

export interface TicketDetail extends Ticket {
  access: TicketAccess;
  history: TicketEvent[];
}

export interface TicketList {
  items: Ticket[];
  nextCursor: string | null;
}

export interface OperationalMessage {
  id: string;
  title: string;
  body: string;
  severity: Severity;
  categoryIds: string[];
  memberIds: string[];
  keywords: string[];
  startsAt: string;
  expectedEndAt: string | null;
  closedAt: string | null;
  incidentTicketId: string | null;
}

export interface TicketRef {
  id: string;
  number: number;
  subject: string;
}

export interface DataQualityList {
  count: number;
  tickets: TicketRef[];
}

export type AgeBucket = '0-7' | '8-30' | '31-90' | '91-365' | '365+';

export interface ServiceDeskStats {
  month: string;
  memberId: string | null;
  /** when the figures were computed */
  generatedAt?: string;
  /** false while the month is still running: its figures are preliminary */
  complete?: boolean;
  /** four months, oldest first, ending with `month` */
  months: string[];
  newByCategory: { categoryId: string | null; name: string; counts: number[] }[];
  newByMember: { memberId: string | null; name: string; counts: number[] }[];
  newByKind: { kind: TicketKind; counts: number[] }[];
  /** 13 month ends, oldest first */
  openTrend: { month: string; incidents: number; requests: number }[];
  slaByPriority: {
    priority: Priority;
    months: {
      month: string;
      responseMet: number;
      responseBreached: number;
      resolutionMet: number;
      resolutionBreached: number;
    }[];
  }[];
  resolutionTimes: {
    priority: Priority;
    targetMinutes: number | null;
    targetLabel: string;
    targetUnit: 'minutes' | 'working_days';
    targetValue: number;
    months: { month: string; count: number; meanMinutes: number | null; medianMinutes: number | null }[];
  }[];
  openAgeProfile: { bucket: AgeBucket; incidents: number; requests: number }[];
  criticalAndHigh: {
    id: string;
    number: number;
    createdAt: string;
    priority: Priority;
    memberName: string | null;
    subject: string;
  }[];
  channels: { year: number; previousYear: number; rows: { channel: Channel; count: number; previousCount: number }[] };
  dataQuality: {
    resolvedWithoutTime: DataQualityList;
    reopenedMany: DataQualityList;
    openOverYear: DataQualityList;
    unknownMember: DataQualityList;
  };
}
