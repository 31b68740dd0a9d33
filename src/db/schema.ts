import type { LoginFailureTable, SessionTable } from '../app/auth/tables.ts';
import type { AuditLogTable } from '../modules/audit/tables.ts';
import type {
  AlertReceiptTable,
  AlertSourceTable,
  DeliveryAttemptTable,
  InboundMailTable,
  MailboxTable,
  NotifyRuleTable,
  PhoneDayTable,
  TicketAttachmentTable,
  WebhookOutboxTable,
} from '../modules/channels/tables.ts';
import type {
  DeviceCategoryTable,
  DeviceImportTable,
  DeviceOrderTable,
  DevicePolicyTable,
  DeviceRuleTable,
  DeviceTable,
} from '../modules/devices/tables.ts';
import type {
  EconAccountTable,
  EconActualImportTable,
  EconActualTable,
  EconBudgetLineTable,
  EconDriverValueTable,
  EconKeyTable,
  EconMeasureTable,
  EconProjectTable,
  EconServiceQuantityTable,
  EconServiceTable,
  EconYearTable,
} from '../modules/economy/tables.ts';
import type {
  BodyMemberTable,
  BodyTable,
  GovAttachmentTable,
  GovCaseTable,
  GovDocumentTable,
  MeetingAttendanceTable,
  MeetingTable,
  ProposalEventTable,
  ProposalTable,
} from '../modules/governance/tables.ts';
import type {
  KbArticleTable,
  KbBotTable,
  KbConversationTable,
  KbImageTable,
  KbIntentExampleTable,
  KbMonthTable,
  KbPostingTable,
  KbSearchTable,
  KbSettingsTable,
  KbSynonymTable,
  KbTermTable,
  KbTurnTable,
  KbViewTable,
  KbVisitorTable,
} from '../modules/knowledge/tables.ts';
import type { MailOutboxTable } from '../modules/mail/tables.ts';
import type { CooperationTable, MemberContactTable, MemberTable } from '../modules/members/tables.ts';
import type {
  ReportGlossaryTable,
  ReportImageTable,
  ReportMemberApprovalTable,
  ReportSectionTable,
  ReportStaffYearTable,
  ReportTable,
} from '../modules/reports/tables.ts';
import type {
  OperationalMessageTable,
  SdCatalogueItemTable,
  SdCategoryTable,
  SdCounterTable,
  SdSlaPolicyTable,
  SdStatusTable,
  SdTeamTable,
  TicketEventTable,
  TicketTable,
} from '../modules/servicedesk/tables.ts';
import type { AppUserTable, UserIdentityTable, UserRoleTable } from '../modules/users/tables.ts';

/** The whole schema as Kysely sees it; each bounded context owns its own tables.ts. */
export interface DB {
  cooperation: CooperationTable;
  member: MemberTable;
  member_contact: MemberContactTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  user_identity: UserIdentityTable;
  session: SessionTable;
  login_failure: LoginFailureTable;
  audit_log: AuditLogTable;
  body: BodyTable;
  body_member: BodyMemberTable;
  meeting: MeetingTable;
  meeting_attendance: MeetingAttendanceTable;
  gov_case: GovCaseTable;
  gov_attachment: GovAttachmentTable;
  gov_document: GovDocumentTable;
  proposal: ProposalTable;
  proposal_event: ProposalEventTable;
  mail_outbox: MailOutboxTable;
  ticket_attachment: TicketAttachmentTable;
  mailbox: MailboxTable;
  inbound_mail: InboundMailTable;
  alert_source: AlertSourceTable;
  alert_receipt: AlertReceiptTable;
  notify_rule: NotifyRuleTable;
  webhook_outbox: WebhookOutboxTable;
  delivery_attempt: DeliveryAttemptTable;
  phone_day: PhoneDayTable;
  econ_driver_value: EconDriverValueTable;
  econ_key: EconKeyTable;
  econ_year: EconYearTable;
  econ_budget_line: EconBudgetLineTable;
  econ_account: EconAccountTable;
  econ_actual_import: EconActualImportTable;
  econ_actual: EconActualTable;
  econ_project: EconProjectTable;
  econ_service: EconServiceTable;
  econ_service_quantity: EconServiceQuantityTable;
  econ_measure: EconMeasureTable;
  sd_team: SdTeamTable;
  sd_category: SdCategoryTable;
  sd_status: SdStatusTable;
  sd_catalogue_item: SdCatalogueItemTable;
  sd_sla_policy: SdSlaPolicyTable;
  sd_counter: SdCounterTable;
  ticket: TicketTable;
  ticket_event: TicketEventTable;
  operational_message: OperationalMessageTable;
  device_category: DeviceCategoryTable;
  device_policy: DevicePolicyTable;
  device_order: DeviceOrderTable;
  device: DeviceTable;
  device_rule: DeviceRuleTable;
  device_import: DeviceImportTable;
  report: ReportTable;
  report_section: ReportSectionTable;
  report_member_approval: ReportMemberApprovalTable;
  report_image: ReportImageTable;
  report_glossary: ReportGlossaryTable;
  report_staff_year: ReportStaffYearTable;
  kb_settings: KbSettingsTable;
  kb_article: KbArticleTable;
  kb_image: KbImageTable;
  kb_posting: KbPostingTable;
  kb_term: KbTermTable;
  kb_synonym: KbSynonymTable;
  kb_view: KbViewTable;
  kb_visitor: KbVisitorTable;
  kb_month: KbMonthTable;
  kb_search: KbSearchTable;
  kb_intent_example: KbIntentExampleTable;
  kb_conversation: KbConversationTable;
  kb_turn: KbTurnTable;
  kb_bot: KbBotTable;
}
