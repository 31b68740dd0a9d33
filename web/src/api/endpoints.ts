import { http, withQuery } from './client.ts';
import type {
  ActualsImportReport,
  AlertReceipt,
  AlertRule,
  AlertRuleInput,
  AlertSource,
  AlertSourceCreated,
  AuditPage,
  BudgetLineInput,
  CategoryInput,
  Channel,
  Contact,
  Delivery,
  DeliveryChannel,
  DeliveryStatus,
  DeviceDetail,
  DeviceImportJob,
  DeviceKind,
  DeviceList,
  DeviceOrder,
  DevicePatch,
  DeviceQuery,
  DeviceRule,
  DeviceSettings,
  Driver,
  EconomyAccount,
  EconomyDrivers,
  EconomyFrames,
  EconomyInvestments,
  EconomyKey,
  EconomyKeys,
  EconomyMeasure,
  EconomyMeasures,
  EconomyOperating,
  EconomyPayments,
  EconomyProject,
  EconomyServices,
  EconomyUnit,
  ExpenseType,
  ForecastView,
  FormValue,
  FramesInput,
  Glossary,
  GlossaryTerm,
  HandOutInput,
  ImportInput,
  InboundMail,
  InboundOutcome,
  KeyInput,
  KeyPurpose,
  Mailbox,
  MailboxInput,
  Member,
  MyDevice,
  NonCompliantView,
  OperationalMessage,
  OrderInput,
  Overview,
  PhoneImportResult,
  PhoneYear,
  Priority,
  ProjectInput,
  Provider,
  Report,
  ReportImage,
  ReportInput,
  ReportKind,
  ReportList,
  ReportPatch,
  ReportStatus,
  RichDoc,
  RoleGrant,
  RotationView,
  RuleInput,
  ServiceDeskConfig,
  ServiceDeskStats,
  ServiceInput,
  SessionView,
  Severity,
  StaffYear,
  StaffYearInput,
  StaffYears,
  TicketDetail,
  TicketFile,
  TicketKind,
  TicketList,
  User,
  UserList,
} from './types.ts';

export const authApi = {
  session: () => http.get<SessionView>('/api/auth/session'),
  login: (email: string, password: string) => http.post<SessionView>('/api/auth/login', { email, password }),
  logout: () => http.post<void>('/api/auth/logout'),
  providers: () => http.get<{ providers: Provider[] }>('/api/auth/providers'),
  saveLanguage: (locale: 'nb' | 'en') => http.patch<{ locale: 'nb' | 'en' }>('/api/me', { locale }),
};

export const cooperationApi = {
  overview: () => http.get<Overview>('/api/cooperation'),
  member: (id: string) => http.get<Member>(`/api/members/${encodeURIComponent(id)}`),
  memberUsers: (id: string) => http.get<{ items: User[] }>(`/api/members/${encodeURIComponent(id)}/users`),
  addContact: (memberId: string, input: ContactInput) =>
    http.post<Contact>(`/api/members/${encodeURIComponent(memberId)}/contacts`, input),
  endContact: (contactId: string, validTo: string) =>
    http.post<Contact>(`/api/contacts/${encodeURIComponent(contactId)}/end`, { validTo }),
};

export interface ContactInput {
  name: string;
  title: string;
  email?: string | null;
  phone?: string | null;
  validFrom: string;
  validTo?: string | null;
}

export interface UserQuery {
  search?: string;
  memberId?: string;
  role?: string;
  active?: 'true' | 'false';
  limit?: number;
  offset?: number;
}

export interface UserInput {
  email: string;
  name: string;
  memberId: string | null;
  locale: 'nb' | 'en';
  roles: RoleGrant[];
  password?: string;
}

export const usersApi = {
  list: (q: UserQuery) => http.get<UserList>('/api/users', { ...q }),
  get: (id: string) => http.get<User>(`/api/users/${encodeURIComponent(id)}`),
  create: (input: UserInput) => http.post<User>('/api/users', input),
  update: (id: string, input: Partial<UserInput> & { active?: boolean }) =>
    http.patch<User>(`/api/users/${encodeURIComponent(id)}`, input),
};

export interface AuditQuery {
  entityType?: string;
  action?: string;
  actorUserId?: string;
  from?: string;
  to?: string;
  cursor?: number;
  limit?: number;
}

export const auditApi = {
  list: (q: AuditQuery) => http.get<AuditPage>('/api/audit', { ...q }),
};

export interface TicketQuery {
  scope: 'mine' | 'queue';
  memberId?: string;
  kind?: TicketKind;
  /** comma-separated priorities */
  priority?: string;
  categoryId?: string;
  teamId?: string;
  /** a user id, `none` or `me` */
  assignee?: string;
  status?: string;
  /** comma-separated core states */
  coreState?: string;
  risk?: 'due_soon' | 'breached';
  /** text, or `#123` for a ticket number */
  search?: string;
  cursor?: string;
  limit?: number;
}

export interface NewTicket {
  kind: TicketKind;
  subject: string;
  description?: string;
  categoryId?: string | null;
  catalogueItemId?: string | null;
  formData?: Record<string, FormValue>;
  /* agents registering for someone else */
  channel?: Channel;
  priority?: Priority;
  memberId?: string | null;
  requesterId?: string | null;
  requesterName?: string;
  requesterEmail?: string | null;
  teamId?: string | null;
  assigneeId?: string | null;
}

export interface TicketChange {
  priority?: Priority;
  categoryId?: string | null;
  memberId?: string | null;
  teamId?: string | null;
  assigneeId?: string | null;
  status?: string;
  subject?: string;
}

export interface MessageInput {
  title: string;
  body?: string;
  severity: Severity;
  categoryIds?: string[];
  memberIds?: string[];
  keywords?: string[];
  startsAt?: string;
  expectedEndAt?: string | null;
  /** the incident ticket the service desk works the fault in */
  incidentTicketId?: string | null;
}

const ticketPath = (id: string, action = '') => `/api/tickets/${encodeURIComponent(id)}${action}`;

export const serviceDeskApi = {
  config: () => http.get<ServiceDeskConfig>('/api/servicedesk/config'),
  tickets: (q: TicketQuery) => http.get<TicketList>('/api/tickets', { ...q }),
  ticket: (id: string) => http.get<TicketDetail>(ticketPath(id)),
  create: (input: NewTicket) => http.post<TicketDetail>('/api/tickets', input),
  update: (id: string, change: TicketChange) => http.patch<TicketDetail>(ticketPath(id), change),
  comment: (id: string, body: string, isPublic: boolean) =>
    http.post<TicketDetail>(ticketPath(id, '/comments'), { body, public: isPublic }),
  resolve: (id: string, solution: string) => http.post<TicketDetail>(ticketPath(id, '/resolve'), { solution }),
  reopen: (id: string, reason: string) => http.post<TicketDetail>(ticketPath(id, '/reopen'), { reason }),
  duplicate: (id: string, duplicateOfId: string) =>
    http.post<TicketDetail>(ticketPath(id, '/duplicate'), { duplicateOfId }),
  messages: (q: { categoryId?: string; text?: string } = {}) =>
    http.get<{ items: OperationalMessage[] }>('/api/operational-messages', { ...q }),
  publishMessage: (input: MessageInput) => http.post<OperationalMessage>('/api/operational-messages', input),
  closeMessage: (id: string) =>
    http.post<OperationalMessage>(`/api/operational-messages/${encodeURIComponent(id)}/close`),
  updateMessage: (id: string, change: Partial<MessageInput>) =>
    http.patch<OperationalMessage>(`/api/operational-messages/${encodeURIComponent(id)}`, change),
  /** "I have this fault too": the user's own ticket, attached to the message's incident */
  attachToMessage: (id: string, description?: string) =>
    http.post<TicketDetail>(`/api/operational-messages/${encodeURIComponent(id)}/attach`, { description }),
  files: (id: string) => http.get<{ files: TicketFile[] }>(ticketPath(id, '/files')),
  stats: (month: string, memberId?: string) =>
    http.get<ServiceDeskStats>('/api/servicedesk/stats', { month, memberId }),
};

/** A file kept on a ticket (a plain link downloads it). */
export const ticketFileUrl = (ticketId: string, fileId: string) =>
  ticketPath(ticketId, `/files/${encodeURIComponent(fileId)}`);

const channelPath = (rest: string) => `/api/channels/${rest}`;
const enc = encodeURIComponent;

/** The raw mail of an inbound-mail log entry that failed (a plain link downloads it). */
export const rawMailUrl = (id: string) => channelPath(`inbound/${enc(id)}/raw`);

export const channelsApi = {
  alertSources: () => http.get<{ sources: AlertSource[] }>(channelPath('alert-sources')),
  createAlertSource: (input: { name: string; signed: boolean; categoryId?: string | null; memberId?: string | null }) =>
    http.post<AlertSourceCreated>(channelPath('alert-sources'), input),
  updateAlertSource: (id: string, change: { active?: boolean; categoryId?: string | null; memberId?: string | null }) =>
    http.patch<AlertSource>(channelPath(`alert-sources/${enc(id)}`), change),
  receipts: (id: string) => http.get<{ receipts: AlertReceipt[] }>(channelPath(`alert-sources/${enc(id)}/receipts`)),

  mailboxes: () => http.get<{ mailboxes: Mailbox[] }>(channelPath('mailboxes')),
  createMailbox: (input: MailboxInput) => http.post<Mailbox>(channelPath('mailboxes'), input),
  updateMailbox: (id: string, input: MailboxInput) => http.put<Mailbox>(channelPath(`mailboxes/${enc(id)}`), input),
  pollMailbox: (id: string) => http.post<{ ok: boolean }>(channelPath(`mailboxes/${enc(id)}/poll`)),
  mailboxLog: (id: string, q: { outcome?: InboundOutcome; limit?: number } = {}) =>
    http.get<{ items: InboundMail[] }>(channelPath(`mailboxes/${enc(id)}/log`), { ...q }),

  rules: () => http.get<{ rules: AlertRule[] }>(channelPath('rules')),
  createRule: (input: AlertRuleInput) => http.post<AlertRule>(channelPath('rules'), input),
  updateRule: (id: string, input: AlertRuleInput) => http.put<AlertRule>(channelPath(`rules/${enc(id)}`), input),
  deliveries: (q: { status?: DeliveryStatus; channel?: DeliveryChannel; limit?: number } = {}) =>
    http.get<{ items: Delivery[] }>(channelPath('deliveries'), { ...q }),
  retryDelivery: (id: string) => http.post<{ ok: boolean }>(channelPath(`deliveries/${enc(id)}/retry`)),

  importPhone: (fileName: string, text: string) =>
    http.post<PhoneImportResult>(channelPath('phone/import'), { fileName, text }),
  phone: (year: number) => http.get<PhoneYear>(channelPath('phone'), { year }),
};

const economyPath = (year: number, rest: string) => `/api/economy/${year}/${rest}`;

/** The payments table as a file for the members' finance departments (a plain link downloads it). */
export const paymentsFileUrl = (year: number, unit: EconomyUnit, format: 'csv' | 'xlsx') =>
  withQuery(economyPath(year, 'payments'), { unit, format });

export const economyApi = {
  drivers: (year: number) => http.get<EconomyDrivers>(economyPath(year, 'drivers')),
  putDrivers: (year: number, values: { memberId: string; driver: Driver; value: number }[]) =>
    http.put<EconomyDrivers>(economyPath(year, 'drivers'), { values }),
  keys: (year: number) => http.get<EconomyKeys>(economyPath(year, 'keys')),
  setKey: (year: number, purpose: KeyPurpose, input: KeyInput) =>
    http.put<EconomyKey>(economyPath(year, `keys/${purpose}`), input),
  frames: (year: number) => http.get<EconomyFrames>(economyPath(year, 'frames')),
  setFrames: (year: number, input: FramesInput) => http.put<EconomyFrames>(economyPath(year, 'frames'), input),
  operating: (year: number, unit: EconomyUnit, throughPeriod?: number) =>
    http.get<EconomyOperating>(economyPath(year, 'operating'), { unit, throughPeriod }),
  putBudget: (year: number, lines: BudgetLineInput[]) =>
    http.put<EconomyOperating>(economyPath(year, 'budget'), { lines }),
  accounts: () => http.get<EconomyAccount[]>('/api/economy/accounts'),
  putAccounts: (accounts: { account: string; name?: string; expenseType: ExpenseType }[]) =>
    http.put<EconomyAccount[]>('/api/economy/accounts', { accounts }),
  importActuals: (year: number, fileName: string, contentBase64: string) =>
    http.post<ActualsImportReport>(economyPath(year, 'actuals'), { fileName, contentBase64 }),
  investments: (year: number, unit: EconomyUnit) =>
    http.get<EconomyInvestments>(economyPath(year, 'investments'), { unit }),
  createProject: (year: number, input: ProjectInput) => http.post<EconomyProject>(economyPath(year, 'projects'), input),
  updateProject: (id: string, change: Partial<ProjectInput>) =>
    http.patch<EconomyProject>(`/api/economy/projects/${encodeURIComponent(id)}`, change),
  payments: (year: number, unit: EconomyUnit) => http.get<EconomyPayments>(economyPath(year, 'payments'), { unit }),
  services: (year: number) => http.get<EconomyServices>(economyPath(year, 'services')),
  createService: (input: ServiceInput) => http.post<{ id: string }>('/api/economy/services', input),
  putQuantities: (year: number, quantities: { serviceId: string; memberId: string; quantity: number }[]) =>
    http.put<EconomyServices>(economyPath(year, 'services/quantities'), { quantities }),
  measures: (year: number) => http.get<EconomyMeasures>(economyPath(year, 'measures')),
  createMeasure: (year: number, input: { title: string; amountOre: number; consequence?: string }) =>
    http.post<EconomyMeasure>(economyPath(year, 'measures'), input),
};

const devicePath = (id: string, rest = '') => `/api/devices/${encodeURIComponent(id)}${rest}`;

export const devicesApi = {
  settings: () => http.get<DeviceSettings>('/api/devices/settings'),
  createCategory: (input: CategoryInput) => http.post<{ id: string }>('/api/devices/categories', input),
  updateCategory: (id: string, input: CategoryInput) =>
    http.put<{ id: string; devicesRecomputed: number }>(`/api/devices/categories/${encodeURIComponent(id)}`, input),
  rotation: (q: { month?: string; kind?: DeviceKind }) => http.get<RotationView>('/api/devices/rotation', { ...q }),
  forecast: (q: {
    start?: string;
    months?: number;
    granularity?: 'month' | 'quarter';
    kind?: DeviceKind;
    unitPriceOre?: number;
  }) => http.get<ForecastView>('/api/devices/forecast', { ...q }),
  mine: () => http.get<{ items: MyDevice[] }>('/api/devices/mine'),
  list: (q: DeviceQuery) => http.get<DeviceList>('/api/devices', { ...q }),
  get: (id: string) => http.get<DeviceDetail>(devicePath(id)),
  update: (id: string, patch: DevicePatch) => http.patch<DeviceDetail>(devicePath(id), patch),
  handOut: (id: string, input: HandOutInput) => http.post<DeviceDetail>(devicePath(id, '/hand-out'), input),
  orders: (open?: boolean) =>
    http.get<{ items: DeviceOrder[] }>('/api/devices/orders', { open: open === undefined ? undefined : String(open) }),
  createOrder: (input: OrderInput) => http.post<DeviceOrder>('/api/devices/orders', input),
  cancelOrder: (id: string) =>
    http.patch<DeviceOrder>(`/api/devices/orders/${encodeURIComponent(id)}`, { cancel: true }),
  receiveOrder: (id: string, receivedOn: string, serials: string[]) =>
    http.post<DeviceOrder>(`/api/devices/orders/${encodeURIComponent(id)}/receive`, { receivedOn, serials }),
  rules: () => http.get<{ items: DeviceRule[] }>('/api/devices/rules'),
  createRule: (input: RuleInput) => http.post<DeviceRule>('/api/devices/rules', input),
  updateRule: (id: string, input: RuleInput) =>
    http.put<DeviceRule>(`/api/devices/rules/${encodeURIComponent(id)}`, input),
  nonCompliant: (id: string, memberId?: string) =>
    http.get<NonCompliantView>(`/api/devices/rules/${encodeURIComponent(id)}/non-compliant`, { memberId }),
  startImport: (input: ImportInput) => http.post<{ id: string }>('/api/devices/imports', input),
  imports: () => http.get<{ items: DeviceImportJob[] }>('/api/devices/imports'),
  importJob: (id: string) => http.get<DeviceImportJob>(`/api/devices/imports/${encodeURIComponent(id)}`),
};

const reportPath = (id: string, rest = '') => `/api/reports/${encodeURIComponent(id)}${rest}`;

export interface ReportQuery {
  kind?: ReportKind;
  year?: number;
  status?: ReportStatus;
}

export const reportsApi = {
  list: (q: ReportQuery) => http.get<ReportList>('/api/reports', { ...q }),
  create: (input: ReportInput) => http.post<Report>('/api/reports', input),
  get: (id: string) => http.get<Report>(reportPath(id)),
  update: (id: string, patch: ReportPatch) => http.patch<Report>(reportPath(id), patch),
  saveSection: (id: string, key: string, body: RichDoc, baseUpdatedAt: string | null) =>
    http.put<Report>(reportPath(id, `/sections/${encodeURIComponent(key)}`), { body, baseUpdatedAt }),
  submit: (id: string) => http.post<Report>(reportPath(id, '/submit')),
  reopen: (id: string) => http.post<Report>(reportPath(id, '/reopen')),
  approve: (id: string) => http.post<Report>(reportPath(id, '/approve')),
  newVersion: (id: string) => http.post<Report>(reportPath(id, '/new-version')),
  remove: (id: string) => http.delete<void>(reportPath(id)),
  memberApprovals: (id: string, approvals: { memberId: string; date: string; signer: string }[]) =>
    http.put<Report>(reportPath(id, '/member-approvals'), { approvals }),
  attachToCase: (id: string, caseId: string) => http.post<Report>(reportPath(id, '/attach-to-case'), { caseId }),
  uploadImage: (id: string, fileName: string, contentBase64: string) =>
    http.post<ReportImage>(reportPath(id, '/images'), { fileName, contentBase64 }),

  glossary: () => http.get<Glossary>('/api/reports/glossary'),
  addTerm: (input: { term: string; definition: string }) => http.post<GlossaryTerm>('/api/reports/glossary', input),
  updateTerm: (id: string, input: { term: string; definition: string }) =>
    http.put<GlossaryTerm>(`/api/reports/glossary/${encodeURIComponent(id)}`, input),
  removeTerm: (id: string) => http.delete<void>(`/api/reports/glossary/${encodeURIComponent(id)}`),

  staffYears: () => http.get<StaffYears>('/api/reports/staff-years'),
  putStaffYear: (year: number, input: StaffYearInput) => http.put<StaffYear>(`/api/reports/staff-years/${year}`, input),
  removeStaffYear: (year: number) => http.delete<void>(`/api/reports/staff-years/${year}`),
};
