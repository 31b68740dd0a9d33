// The governance API (/api/governance): bodies and their members, meetings with agendas, documents
// and mail, proposals (innspill) and search. Types mirror the views the server's presenters build.
import { http, withQuery } from '../../api/client.ts';
import type { UserList } from '../../api/types.ts';

export type BodyKind = 'council' | 'portfolio_board' | 'group' | 'innovation_council';
export const BODY_KINDS: readonly BodyKind[] = ['council', 'portfolio_board', 'group', 'innovation_council'];
export type BodyRole = 'chair' | 'member' | 'deputy' | 'secretary' | 'union_rep';
export const BODY_ROLES: readonly BodyRole[] = ['chair', 'member', 'deputy', 'secretary', 'union_rep'];
export type CaseKind = 'decision' | 'information' | 'discussion';
export const CASE_KINDS: readonly CaseKind[] = ['decision', 'information', 'discussion'];
export type CaseStatus = 'open' | 'decided' | 'postponed' | 'withdrawn';
export type MeetingStatus = 'planned' | 'notice_sent' | 'held' | 'minutes_sent' | 'minutes_approved' | 'cancelled';
export type ProposalStage = 'innovation_council' | 'group' | 'portfolio_board' | 'council';
export type ProposalStatus = 'open' | 'rejected' | 'withdrawn' | 'closed' | 'case' | 'project';
export type ProposalEventAction =
  | 'submitted'
  | 'comment'
  | 'forwarded'
  | 'returned'
  | 'rejected'
  | 'withdrawn'
  | 'closed'
  | 'case'
  | 'project';
export type MailStatus = 'pending' | 'sent' | 'failed';

export interface BodySeat {
  /** the membership (seat) id */
  id: string;
  userId: string;
  name: string;
  role: BodyRole;
  memberId: string | null;
  memberName: string | null;
  termFrom: string;
  termTo: string | null;
  current: boolean;
}

export interface GovBody {
  id: string;
  kind: BodyKind;
  name: string;
  description: string;
  memberId: string | null;
  /** the actor may change the body's meetings */
  canEdit: boolean;
  members: BodySeat[];
}

export interface MeetingHead {
  id: string;
  bodyId: string;
  bodyName: string;
  year: number;
  number: number | null;
  /** '2024/M7', or null for a meeting without a number (cancelled before its notice) */
  meetingNumber: string | null;
  /** the number may still change (the notice has not been sent) */
  provisional: boolean;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  status: MeetingStatus;
  noticeSentAt: string | null;
  heldAt: string | null;
  minutesSentAt: string | null;
  minutesApprovedAt: string | null;
  cancelledAt: string | null;
  canEdit: boolean;
}

export interface MeetingListItem extends MeetingHead {
  cases: {
    id: string;
    number: string | null;
    title: string;
    kind: CaseKind;
    status: CaseStatus;
    decision: string | null;
  }[];
}

export interface Person {
  id: string;
  name: string;
}

export interface Vote {
  for: number;
  against: number;
  abstain: number;
  note: string;
}

export interface Attachment {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

export interface GovCase {
  id: string;
  meetingId: string;
  number: string | null;
  item: number;
  provisional: boolean;
  position: number;
  title: string;
  kind: CaseKind;
  ownerId: string | null;
  owner: string;
  ownerText: string;
  background: string;
  proposedDecision: string;
  decision: string | null;
  discussion: string;
  vote: Vote | null;
  guests: string[];
  status: CaseStatus;
  standard: 'notice_approval' | 'minutes_approval' | null;
  approvesMeetingId: string | null;
  previous: { id: string; number: string | null } | null;
  postponedTo: { id: string; number: string | null } | null;
  proposalId: string | null;
  attachments: Attachment[];
}

export interface MeetingDocument {
  id: string;
  kind: 'notice' | 'minutes';
  version: number;
  fileName: string;
  createdAt: string;
  publishedAt: string | null;
}

export interface MailEntry {
  id: string;
  topic: string;
  to: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
}

export interface Meeting extends MeetingHead {
  chair: Person | null;
  minuteTaker: Person | null;
  /** the people seated in the body on the meeting's day */
  members: { userId: string; name: string; role: BodyRole; memberName: string | null }[];
  /** null until the actor may see the outcome */
  attendance: { present: { userId: string; name: string }[]; absent: { userId: string; name: string }[] } | null;
  cases: GovCase[];
  documents: MeetingDocument[];
  /** the mail sent about the meeting (editors only) */
  mails: MailEntry[];
}

export interface ProposalEvent {
  id: string;
  stage: ProposalStage;
  bodyName: string | null;
  action: ProposalEventAction;
  comment: string;
  actor: string | null;
  at: string;
}

export interface Proposal {
  id: string;
  reference: string;
  title: string;
  need: string;
  benefit: string;
  memberIds: string[];
  estimatedCostOre: number | null;
  proposer: string | null;
  stage: ProposalStage;
  bodyId: string;
  bodyName: string;
  status: ProposalStatus;
  caseId: string | null;
  projectId: string | null;
  createdAt: string;
  updatedAt: string;
  /** the actor sits in the body that holds the proposal (it is open) */
  canAct: boolean;
  mine: boolean;
  history?: ProposalEvent[];
}

export interface SearchResult {
  query: string;
  cases: {
    id: string;
    number: string | null;
    title: string;
    kind: CaseKind;
    status: CaseStatus;
    meetingId: string;
    date: string;
    bodyName: string;
  }[];
  proposals: { id: string; reference: string; title: string; status: ProposalStatus; stage: ProposalStage }[];
}

export interface MeetingInput {
  bodyId: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
}

export interface CaseInput {
  title: string;
  kind: CaseKind;
  ownerText: string;
  background: string;
  proposedDecision: string;
}

export interface DecisionInput {
  decision: string;
  discussion: string;
  vote: Vote | null;
  guests: string[];
}

export interface AttendanceInput {
  present: string[];
  absent: string[];
  chairId: string | null;
  minuteTakerId: string | null;
}

export interface BodyMemberInput {
  userId: string;
  role: BodyRole;
  memberId: string | null;
  termFrom: string;
  termTo: string | null;
}

export interface ProposalInput {
  title: string;
  need: string;
  benefit: string;
  memberIds: string[];
  estimatedCostOre: number | null;
}

export type ProposalActionKind = 'comment' | 'forward' | 'return' | 'reject' | 'close' | 'withdraw';

const id = encodeURIComponent;
const BASE = '/api/governance';

/** Download and link addresses (opened by the browser, not fetched as JSON). */
export const governanceUrls = {
  plan: (bodyId: string, year: number) => withQuery(`${BASE}/bodies/${id(bodyId)}/plan.ics`, { year }),
  archive: (meetingId: string) => `${BASE}/meetings/${id(meetingId)}/archive`,
  document: (documentId: string) => `${BASE}/documents/${id(documentId)}`,
  attachment: (attachmentId: string) => `${BASE}/attachments/${id(attachmentId)}`,
};

export const governanceApi = {
  bodies: () => http.get<{ bodies: GovBody[] }>(`${BASE}/bodies`),
  addBodyMember: (bodyId: string, input: BodyMemberInput) =>
    http.post<{ bodies: GovBody[] }>(`${BASE}/bodies/${id(bodyId)}/members`, input),
  endTerm: (seatId: string, termTo: string) =>
    http.patch<{ bodies: GovBody[] }>(`${BASE}/body-members/${id(seatId)}`, { termTo }),
  /** active users to seat in a body (the users list is for administrators) */
  users: (search: string) =>
    http.get<UserList>('/api/users', { search: search.trim() || undefined, active: 'true', limit: 50 }),

  meetings: (filter: { body?: string; year?: number }) =>
    http.get<{ meetings: MeetingListItem[] }>(`${BASE}/meetings`, filter),
  createMeeting: (input: MeetingInput) => http.post<Meeting>(`${BASE}/meetings`, input),
  createPlan: (input: Omit<MeetingInput, 'date'> & { dates: string[] }) =>
    http.post<{ meetings: MeetingListItem[] }>(`${BASE}/meetings/plan`, input),
  meeting: (meetingId: string) => http.get<Meeting>(`${BASE}/meetings/${id(meetingId)}`),
  updateMeeting: (meetingId: string, patch: Partial<Omit<MeetingInput, 'bodyId'>>) =>
    http.patch<Meeting>(`${BASE}/meetings/${id(meetingId)}`, patch),
  cancelMeeting: (meetingId: string) => http.post<Meeting>(`${BASE}/meetings/${id(meetingId)}/cancel`),
  sendNotice: (meetingId: string) => http.post<Meeting>(`${BASE}/meetings/${id(meetingId)}/notice`),
  recordAttendance: (meetingId: string, input: AttendanceInput) =>
    http.put<Meeting>(`${BASE}/meetings/${id(meetingId)}/attendance`, input),
  minutes: (meetingId: string, send: boolean) =>
    http.post<Meeting>(`${BASE}/meetings/${id(meetingId)}/minutes`, { send }),

  addCase: (meetingId: string, input: CaseInput) =>
    http.post<GovCase>(`${BASE}/meetings/${id(meetingId)}/cases`, input),
  updateCase: (caseId: string, patch: Partial<CaseInput>) => http.patch<GovCase>(`${BASE}/cases/${id(caseId)}`, patch),
  moveCase: (caseId: string, position: number) => http.post<Meeting>(`${BASE}/cases/${id(caseId)}/move`, { position }),
  withdrawCase: (caseId: string) => http.post<Meeting>(`${BASE}/cases/${id(caseId)}/withdraw`),
  postponeCase: (caseId: string, toMeetingId: string) =>
    http.post<GovCase>(`${BASE}/cases/${id(caseId)}/postpone`, { toMeetingId }),
  recordDecision: (caseId: string, input: DecisionInput) =>
    http.post<GovCase>(`${BASE}/cases/${id(caseId)}/decision`, input),
  addAttachment: (caseId: string, fileName: string, contentBase64: string) =>
    http.post<Attachment>(`${BASE}/cases/${id(caseId)}/attachments`, { fileName, contentBase64 }),

  search: (q: string) => http.get<SearchResult>(`${BASE}/search`, { q }),

  proposals: (mine: boolean) => http.get<{ proposals: Proposal[] }>(`${BASE}/proposals`, { mine: mine || undefined }),
  submitProposal: (input: ProposalInput) => http.post<Proposal>(`${BASE}/proposals`, input),
  proposal: (proposalId: string) => http.get<Proposal>(`${BASE}/proposals/${id(proposalId)}`),
  actOnProposal: (proposalId: string, action: ProposalActionKind, comment: string, bodyId?: string) =>
    http.post<Proposal>(`${BASE}/proposals/${id(proposalId)}/actions`, { action, comment, bodyId }),
  proposalToCase: (proposalId: string, meetingId: string) =>
    http.post<Proposal>(`${BASE}/proposals/${id(proposalId)}/case`, { meetingId }),
  proposalToProject: (proposalId: string, year: number) =>
    http.post<Proposal>(`${BASE}/proposals/${id(proposalId)}/project`, { year }),
};
