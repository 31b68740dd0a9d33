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
  /** the incident this fault is attached to ("I have this fault too") */
  parentId: string | null;
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

// ---- economy (amounts are integer øre unless a field is a shown figure in the table's `unit`) ----

/** Shown figures: whole kroner (1) or thousands (1000), rounded by the server so parts add up. */
export type EconomyUnit = 1 | 1000;

/** The operating budget's expense types, in the council's order. */
export const EXPENSE_TYPES = [
  'salaries',
  'staff_premises',
  'purchase_leasing',
  'consultants',
  'licences_support',
  'network_telecom',
  'income',
] as const;
export type ExpenseType = (typeof EXPENSE_TYPES)[number];

/** The drivers of a formula key (service consumption, population). */
export const DRIVERS = [
  'population',
  'users_admin',
  'users_school',
  'users_health',
  'pcs',
  'ftes',
  'locations',
  'switches',
  'wireless_antennas',
  'leased_lines',
] as const;
export type Driver = (typeof DRIVERS)[number];

export interface EconomyDrivers {
  year: number;
  drivers: { key: Driver; label: string }[];
  /** the members of the cooperation in the year */
  members: { memberId: string; name: string; values: Partial<Record<Driver, number>> }[];
}

export type KeyPurpose = 'operating' | 'investment';

export type EconomyKeySpec =
  | { kind: 'fixed'; percentages: Record<string, string>; normalize: boolean }
  | {
      kind: 'formula';
      equal: string;
      drivers: { driver: Driver; weight: string }[];
      values: Record<string, Partial<Record<Driver, number>>>;
    };

export interface EconomyKey {
  id: string;
  year: number;
  purpose: KeyPurpose;
  kind: 'fixed' | 'formula';
  decision: string;
  spec: EconomyKeySpec;
  createdAt: string;
  /** `percent` with three decimals ("48.100"), reconciled to 100; `exact` as "num/den" */
  shares: { memberId: string; name: string; percent: string; exact: string }[];
}

export interface EconomyKeys {
  year: number;
  operating: EconomyKey | null;
  investment: EconomyKey | null;
}

export type KeyInput =
  | {
      kind: 'fixed';
      percentages: { memberId: string; percent: string }[];
      normalize?: boolean;
      decision?: string;
    }
  | { kind: 'formula'; equal: string; drivers: { driver: Driver; weight: string }[]; decision?: string };

export interface EconomyFrames {
  year: number;
  operatingTotalOre: number | null;
  topDown: { hostMemberId: string; hostFrameOre: number; hostShare: string } | null;
  /** incl. VAT */
  investmentFrameOre: number | null;
  vatCompensationOre: number | null;
  investmentNetOre: number | null;
  carryOverOre: number;
  carryOverDecision: string;
}

export interface FramesInput {
  operatingTotalOre?: number | null;
  topDown?: { hostMemberId: string; hostFrameOre: number; hostShare: string } | null;
  investmentFrameOre?: number | null;
  carryOverOre?: number;
  carryOverDecision?: string;
}

/** Regnskap, Årsbudsjett, Avvik (budget − forecast), Prognose: shown figures in the table's unit. */
export interface EconomyFigures {
  actual: number;
  budget: number;
  deviation: number;
  forecast: number;
}

export interface EconomyOperating {
  year: number;
  unit: EconomyUnit;
  /** the last month the actuals include; null before any import */
  throughPeriod: number | null;
  rows: (EconomyFigures & { expenseType: ExpenseType; label: string; comment: string })[];
  sum: EconomyFigures;
  exact: { actualOre: number; budgetOre: number; forecastOre: number; deviationOre: number };
  /** the stored budget lines, exact (forecastOre null: no forecast, the budget stands) */
  lines: { expenseType: ExpenseType; budgetOre: number; forecastOre: number | null; forecastComment: string }[];
  outcome: 'underspend' | 'overspend' | 'on_budget';
  imports: {
    id: string;
    fileName: string;
    rows: number;
    periods: number[];
    totalOre: number;
    importedAt: string;
    importedBy: string;
  }[];
}

export interface BudgetLineInput {
  expenseType: ExpenseType;
  budgetOre: number;
  forecastOre?: number | null;
  forecastComment?: string;
}

export interface EconomyAccount {
  account: string;
  name: string;
  expenseType: ExpenseType;
  expenseTypeLabel: string;
}

export interface AccountingIssue {
  /** 1 = the header row; null for a problem with the whole file */
  line: number | null;
  field: 'account' | 'period' | 'amount' | null;
  code: string;
  message: string;
}

export interface ActualsImportReport {
  year: number;
  fileName: string;
  /** true: nothing was written */
  rejected: boolean;
  rows: number;
  periods: number[];
  totalOre: number;
  errors: AccountingIssue[];
  encoding: string | null;
}

export interface EconomyProject {
  id: string;
  year: number;
  area: string;
  name: string;
  description: string;
  budgetOre: number;
  actualOre: number;
  forecastOre: number | null;
  deadline: string | null;
  sort: number;
}

export interface ProjectInput {
  area?: string;
  name: string;
  description?: string;
  budgetOre: number;
  actualOre?: number;
  forecastOre?: number | null;
  deadline?: string | null;
}

export interface EconomyInvestments {
  year: number;
  unit: EconomyUnit;
  rows: (EconomyFigures & { id: string; name: string; area: string; deadline: string | null })[];
  sum: EconomyFigures;
  projects: EconomyProject[];
  /** this year and the following years with a frame, split by this year's investment key */
  plan: {
    year: number;
    frame: number;
    vatCompensation: number;
    members: { memberId: string; name: string; amount: number }[];
    net: number;
  }[];
  hasKey: boolean;
}

export interface PaymentFigures {
  operating: number;
  investmentGross: number;
  vatCompensation: number;
  investmentNet: number;
  carryOver: number;
  total: number;
}

export interface EconomyPayments {
  year: number;
  unit: EconomyUnit;
  hasOperatingKey: boolean;
  hasInvestmentKey: boolean;
  rows: (PaymentFigures & {
    memberId: string;
    name: string;
    /** "48.100" */
    sharePercent: string;
    lastYear: { sharePercent: string; total: number } | null;
  })[];
  /** lastYearTotal: null when last year had no operating key */
  sum: PaymentFigures & { lastYearTotal: number | null };
}

export interface EconomyService {
  id: string;
  name: string;
  per: 'month' | 'unit';
  priceOre: number;
  description: string;
  lines: { memberId: string; name: string; quantity: number; yearOre: number }[];
  totalOre: number;
}

export interface EconomyServices {
  year: number;
  services: EconomyService[];
}

export interface ServiceInput {
  name: string;
  per: 'month' | 'unit';
  priceOre: number;
  description?: string;
}

export interface EconomyMeasure {
  id: string;
  year: number;
  title: string;
  amountOre: number;
  consequence: string;
  sort: number;
}

export interface EconomyMeasures {
  year: number;
  measures: EconomyMeasure[];
  totalOre: number;
}

// ---------------------------------------------------------------------------------------------
// Devices (enheter): the fleet, the council's rotation table and forecast, orders, rules, imports

export const DEVICE_KINDS = ['pc', 'tablet', 'phone'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const DEVICE_STATUSES = ['in_use', 'in_stock', 'ordered', 'in_repair', 'retired', 'lost'] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

/** The fields a fleet import reads (a generic CSV maps each to a column header). */
export const DEVICE_FIELDS = [
  'serial',
  'name',
  'manufacturer',
  'model',
  'os',
  'kind',
  'member',
  'category',
  'memory',
  'storage',
  'purchasedOn',
  'enrolledOn',
  'lastSeenAt',
  'assignedTo',
  'department',
  'groups',
  'status',
] as const;
export type DeviceField = (typeof DEVICE_FIELDS)[number];

/** A cell of the rotation table: the device list gives the devices behind its count. */
export type RotationCell = 'expired' | 'expiring' | 'inStock' | 'toReplace' | 'stale' | 'unknownExpiry';

export interface DevicePolicy {
  kind: DeviceKind;
  lifetimeMonths: number | null;
  unitPriceOre: number | null;
}

export interface DeviceCategory {
  id: string;
  key: string;
  name: string;
  sort: number;
  archived: boolean;
  policies: DevicePolicy[];
}

export interface DeviceSettings {
  /** agent or administrator: may change devices, orders and rules, and import */
  canKeep: boolean;
  /** may list the devices one by one (not council members) */
  canList: boolean;
  /** administrator: categories, lifetimes and prices */
  canAdmin: boolean;
  members: { id: string; code: string; name: string }[];
  categories: DeviceCategory[];
}

export interface CategoryInput {
  key: string;
  name: string;
  sort: number;
  archived: boolean;
  policies: { kind: DeviceKind; lifetimeMonths: number; unitPriceOre: number }[];
}

export interface RotationCells {
  expired: number;
  expiring: number;
  inStock: number;
  ordered: number;
  toOrder: number;
  stale: number;
  unknownExpiry: number;
}

export interface RotationRow extends RotationCells {
  memberId: string;
  memberName: string;
  categoryId: string;
  categoryName: string;
}

export interface RotationView {
  month: string;
  kind: DeviceKind;
  year: number;
  seenSince: string;
  canList: boolean;
  rows: RotationRow[];
  memberSums: { memberId: string; memberName: string; toOrder: number }[];
  totals: RotationCells;
}

export interface ForecastPeriod {
  /** 'YYYY-MM' or 'YYYY-Qn' */
  label: string;
  from: string;
  to: string;
}

export interface ForecastCells {
  expiring: number;
  toBuy: number;
  costOre: number;
}

export interface ForecastRow {
  memberId: string;
  memberName: string;
  categoryId: string;
  categoryName: string;
  unitPriceOre: number;
  overdue: number;
  inStock: number;
  ordered: number;
  overdueToBuy: number;
  periods: ForecastCells[];
  totalToBuy: number;
  totalCostOre: number;
}

export interface ForecastView {
  start: string;
  months: number;
  kind: DeviceKind;
  granularity: 'month' | 'quarter';
  canList: boolean;
  periods: ForecastPeriod[];
  rows: ForecastRow[];
  totals: ForecastCells[];
  overdue: number;
  inStock: number;
  ordered: number;
  totalToBuy: number;
  totalCostOre: number;
}

export interface Device {
  id: string;
  serial: string;
  name: string;
  kind: DeviceKind;
  memberId: string;
  memberName: string;
  categoryId: string;
  categoryName: string;
  manufacturer: string;
  model: string;
  os: string;
  memoryMb: number | null;
  storageGb: number | null;
  purchasedOn: string | null;
  expiresOn: string | null;
  expired: boolean;
  status: DeviceStatus;
  assignedUserId: string | null;
  assignedTo: string;
  department: string;
  groups: string[];
  lastSeenAt: string | null;
  orderId: string | null;
  receivedOn: string | null;
  replacedById: string | null;
  source: 'manual' | 'intune' | 'csv' | 'order';
  notes: string;
  updatedAt: string;
}

export interface DeviceDetail extends Device {
  /** the devices this one replaced */
  replaces: { id: string; serial: string; name: string }[];
}

export interface DeviceList {
  total: number;
  limit: number;
  offset: number;
  items: Device[];
}

export interface DeviceQuery {
  memberId?: string;
  categoryId?: string;
  kind?: DeviceKind;
  status?: DeviceStatus;
  cell?: RotationCell;
  month?: string;
  expiresIn?: string;
  overdueBefore?: string;
  q?: string;
  department?: string;
  group?: string;
  orderId?: string;
  sort?: 'serial' | 'expires' | 'lastSeen' | 'member' | 'name';
  limit?: number;
  offset?: number;
}

export interface DevicePatch {
  serial?: string;
  kind?: DeviceKind;
  memberId?: string;
  categoryId?: string;
  name?: string;
  manufacturer?: string;
  model?: string;
  os?: string;
  memoryMb?: number | null;
  storageGb?: number | null;
  purchasedOn?: string | null;
  status?: DeviceStatus;
  assignedTo?: string;
  department?: string;
  groups?: string[];
  notes?: string;
}

export interface HandOutInput {
  assignedTo: string;
  department?: string;
  replacesId: string | null;
}

/** A device of the signed-in user ("Mine enheter"). */
export interface MyDevice {
  id: string;
  serial: string;
  name: string;
  kind: DeviceKind;
  manufacturer: string;
  model: string;
  memberName: string;
  categoryName: string;
  purchasedOn: string | null;
  expiresOn: string | null;
  expired: boolean;
  lastSeenAt: string | null;
  status: DeviceStatus;
}

export type OrderState = 'open' | 'partly_delivered' | 'delivered' | 'cancelled';

export interface DeviceOrder {
  id: string;
  memberId: string;
  memberName: string;
  categoryId: string;
  categoryName: string;
  kind: DeviceKind;
  model: string;
  quantity: number;
  received: number;
  outstanding: number;
  orderedOn: string;
  expectedOn: string | null;
  deliveredOn: string | null;
  supplier: string;
  reference: string;
  notes: string;
  cancelledAt: string | null;
  state: OrderState;
}

export interface OrderInput {
  memberId: string;
  categoryId: string;
  kind: DeviceKind;
  model: string;
  quantity: number;
  orderedOn: string;
  expectedOn: string | null;
  supplier: string;
  reference: string;
  notes: string;
}

export interface DeviceRule {
  id: string;
  name: string;
  description: string;
  kind: DeviceKind | null;
  groupName: string | null;
  categoryId: string | null;
  memberId: string | null;
  minMemoryMb: number | null;
  minStorageGb: number | null;
  maxAgeMonths: number | null;
  effectiveFrom: string;
  /** active and in force today */
  inEffect: boolean;
  active: boolean;
}

export type RuleInput = Omit<DeviceRule, 'id' | 'inEffect'>;

export type Violation =
  | { code: 'memory_below'; actual: number; required: number }
  | { code: 'memory_unknown'; required: number }
  | { code: 'storage_below'; actual: number; required: number }
  | { code: 'storage_unknown'; required: number }
  | { code: 'too_old'; purchasedOn: string; limit: string }
  | { code: 'age_unknown'; maxAgeMonths: number };

export interface NonCompliantView {
  rule: DeviceRule;
  /** devices the rule covers */
  covered: number;
  nonCompliant: number;
  departments: { memberId: string; memberName: string; department: string; count: number; covered: number }[];
  items: { device: Device; violations: Violation[] }[];
}

export type ImportFormat = 'intune' | 'csv';

export interface ImportInput {
  fileName: string;
  contentBase64: string;
  format: ImportFormat;
  mapping?: Partial<Record<DeviceField, string>>;
  defaultMemberId: string | null;
  defaultCategoryId: string | null;
  dryRun: boolean;
}

export interface DeviceImportIssue {
  line: number | null;
  field: DeviceField | null;
  code: string;
  message: string;
}

export interface DeviceImportReport {
  fileName: string;
  format: ImportFormat;
  dryRun: boolean;
  rejected: boolean;
  encoding: string;
  delimiter: string;
  columns: Partial<Record<DeviceField, string>>;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  purchaseFromEnrollment: number;
  withoutPurchaseDate: number;
  errors: DeviceImportIssue[];
  durationMs: number;
}

export interface ImportProgress {
  phase: 'reading' | 'writing' | 'done';
  done: number;
  total: number | null;
}

export type ImportStatus = 'running' | 'done' | 'rejected' | 'failed';

export interface DeviceImportJob {
  id: string;
  fileName: string;
  format: ImportFormat;
  dryRun: boolean;
  status: ImportStatus;
  rows: number;
  by: string;
  createdAt: string;
  finishedAt: string | null;
  progress: ImportProgress | null;
  /** the report when done or rejected; `{ message }` when failed; null while running */
  report?: DeviceImportReport | { message: string } | null;
}

// Reports (rapporter): the monthly economy and activity report and the annual report.

export const REPORT_KINDS = ['activity', 'annual'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_STATUSES = ['draft', 'review', 'approved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A mark on a run of text in a report section. */
export type RichMark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };

export type RichInline = { type: 'text'; text: string; marks?: RichMark[] } | { type: 'hardBreak' };

export interface RichParagraph {
  type: 'paragraph';
  content?: RichInline[];
}

export interface RichList {
  type: 'bulletList' | 'orderedList';
  attrs?: { start?: number };
  content: { type: 'listItem'; content: (RichParagraph | RichList)[] }[];
}

export type RichBlock =
  | RichParagraph
  | { type: 'heading'; attrs: { level: 2 | 3 }; content?: RichInline[] }
  | { type: 'image'; attrs: { src: string; alt: string; title?: string | null } }
  | RichList;

/** The text of a report section: Tiptap JSON limited to what a council report needs. */
export interface RichDoc {
  type: 'doc';
  content: RichBlock[];
}

export interface ReportListItem {
  id: string;
  kind: ReportKind;
  /** 'YYYY-MM' (the month reported on) for an activity report, 'YYYY' for an annual report */
  period: string;
  version: number;
  status: ReportStatus;
  title: string;
  updatedAt: string;
  approvedAt: string | null;
}

export interface ReportList {
  items: ReportListItem[];
  can: { create: boolean };
}

export interface ReportSection {
  key: string;
  /** '2.2' */
  number: string;
  title: string;
  body: RichDoc;
  updatedAt: string | null;
  updatedBy: string | null;
  canEdit: boolean;
}

export interface MemberApproval {
  memberId: string;
  memberName: string;
  date: string | null;
  signer: string | null;
}

export interface ReportCan {
  edit: boolean;
  submit: boolean;
  reopen: boolean;
  approve: boolean;
  newVersion: boolean;
  attach: boolean;
  delete: boolean;
}

export interface Report {
  id: string;
  kind: ReportKind;
  period: string;
  version: number;
  status: ReportStatus;
  title: string;
  documentOwner: string;
  caseId: string | null;
  caseNumber: string | null;
  /** 'YYYY-MM-DD' */
  versionDate: string;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  approvedAt: string | null;
  /** the name of who approved it */
  approvedBy: string | null;
  sections: ReportSection[];
  /** annual reports only: each member's approval of the report */
  memberApprovals: MemberApproval[];
  attachedToCase: { caseId: string; caseNumber: string | null; attachmentId: string } | null;
  can: ReportCan;
  links: { html: string; pdf: string; archive: string; document: string };
}

export interface ReportInput {
  kind: ReportKind;
  period: string;
  title?: string;
  documentOwner?: string;
  caseId?: string | null;
}

export interface ReportPatch {
  title?: string;
  documentOwner?: string;
  caseId?: string | null;
}

export interface ReportImage {
  id: string;
  src: string;
  mediaType: string;
  sizeBytes: number;
}

export interface GlossaryTerm {
  id: string;
  term: string;
  definition: string;
}

export interface Glossary {
  items: GlossaryTerm[];
  can: { edit: boolean };
}

export interface StaffYear {
  year: number;
  /** årsverk, one decimal */
  fte: number;
  employees: number;
  women: number | null;
  men: number | null;
  /** two decimals */
  sickLeavePercent: number | null;
}

export interface StaffYears {
  items: StaffYear[];
  can: { edit: boolean };
}

export type StaffYearInput = Omit<StaffYear, 'year'>;

// ---- channels: security alerts, mailboxes, alert rules, deliveries, phone statistics ----

export interface AlertSource {
  id: string;
  name: string;
  /** the token's last four characters */
  tokenHint: string;
  signed: boolean;
  categoryId: string | null;
  memberId: string | null;
  active: boolean;
  createdAt: string;
  lastReceivedAt: string | null;
}

/** A new source with its token (and HMAC key): shown this once. */
export interface AlertSourceCreated {
  source: AlertSource;
  token: string;
  hmacSecret: string | null;
}

export type ReceiptOutcome = 'created' | 'duplicate' | 'rejected';
export const RECEIPT_OUTCOMES: readonly ReceiptOutcome[] = ['created', 'duplicate', 'rejected'];

export interface AlertReceipt {
  id: string;
  alertId: string | null;
  outcome: ReceiptOutcome;
  reason: string;
  ticketId: string | null;
  ticketNumber: number | null;
  receivedAt: string;
}

export type InboundOutcome = 'ticket' | 'comment' | 'ignored' | 'failed';
export const INBOUND_OUTCOMES: readonly InboundOutcome[] = ['ticket', 'comment', 'ignored', 'failed'];

export interface Mailbox {
  id: string;
  name: string;
  address: string;
  host: string;
  port: number;
  tls: boolean;
  username: string;
  auth: 'password' | 'oauth2';
  oauthTokenUrl: string | null;
  oauthClientId: string | null;
  oauthScope: string | null;
  folder: string;
  defaultMemberId: string | null;
  active: boolean;
  pollSeconds: number;
  lastUid: number;
  nextPollAt: string;
  lastPolledAt: string | null;
  lastError: string | null;
  counts: Partial<Record<InboundOutcome, number>>;
}

export interface MailboxInput {
  name: string;
  address: string;
  host: string;
  port: number;
  tls: boolean;
  username: string;
  auth?: 'password' | 'oauth2';
  /** required when adding; left out when changing, the stored one stays */
  password?: string;
  oauthTokenUrl?: string;
  oauthClientId?: string;
  /** required when adding with OAuth2; left out when changing, the stored one stays */
  oauthClientSecret?: string;
  oauthScope?: string;
  folder?: string;
  defaultMemberId?: string | null;
  pollSeconds?: number;
  active?: boolean;
}

export interface InboundMail {
  id: string;
  uid: number;
  messageId: string | null;
  from: string;
  subject: string;
  sizeBytes: number;
  outcome: InboundOutcome;
  reason: string;
  ticketId: string | null;
  ticketNumber: number | null;
  receivedAt: string;
}

export type NotifyEvent = 'incident_opened' | 'message_published';
export const NOTIFY_EVENTS: readonly NotifyEvent[] = ['incident_opened', 'message_published'];

export interface AlertRule {
  id: string;
  name: string;
  event: NotifyEvent;
  priorities: Priority[];
  memberIds: string[];
  email: boolean;
  /** whether a Teams channel is set up; its address is a secret, only its host is shown */
  teams: boolean;
  teamsHost: string | null;
  active: boolean;
  updatedAt: string;
}

export interface AlertRuleInput {
  name: string;
  event: NotifyEvent;
  priorities?: Priority[];
  memberIds?: string[];
  email: boolean;
  /** left out: keep; null: remove */
  teamsWebhookUrl?: string | null;
  active?: boolean;
}

export type DeliveryStatus = 'pending' | 'sent' | 'failed';
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['pending', 'sent', 'failed'];
export type DeliveryChannel = 'email' | 'webhook';
export const DELIVERY_CHANNELS: readonly DeliveryChannel[] = ['email', 'webhook'];

export interface DeliveryAttempt {
  attempt: number;
  at: string;
  ok: boolean;
  detail: string;
}

export interface Delivery {
  id: string;
  channel: DeliveryChannel;
  topic: string;
  /** an e-mail address, or the host of a webhook */
  target: string;
  subject: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
  refId: string | null;
  log: DeliveryAttempt[];
}

export interface PhoneFigures {
  /** 'YYYY-MM', or 'YYYY' for the year's total */
  month: string;
  callsReceived: number;
  callsAnswered: number;
  /** 0..1 */
  answerRate: number | null;
  meanWaitSeconds: number | null;
  meanTalkSeconds: number | null;
}

export interface PhoneYear {
  year: number;
  months: PhoneFigures[];
  total: PhoneFigures;
  /** the years with figures */
  years: number[];
}

export interface PhoneImportResult {
  format: 'calls' | 'summary';
  days: number;
  calls: number;
  firstDay: string;
  lastDay: string;
}

export interface TicketFile {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  source: 'email' | 'portal' | 'agent';
  createdAt: string;
}
