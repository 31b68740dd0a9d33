// The input of every governance document (notice and agenda, minutes, archive metadata, meeting
// plan). The service builds it from the database; the renderers are pure functions of it.

export type CaseKind = 'decision' | 'information' | 'discussion';
export type BodyKind = 'council' | 'portfolio_board' | 'group' | 'innovation_council';
export type BodyRole = 'chair' | 'member' | 'deputy' | 'secretary' | 'union_rep';

export interface DocPerson {
  name: string;
  /** role in the body, when the person holds one */
  role: BodyRole | null;
  /** the municipality the person represents, e.g. "Molde" */
  memberName: string | null;
}

export interface DocVote {
  for: number;
  against: number;
  abstain: number;
  note: string;
}

export interface DocAttachment {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

export interface DocCase {
  /** "2024/M7-003" */
  number: string;
  title: string;
  kind: CaseKind;
  /** saksansvarlig, as shown: "Gjørtz, Fred" or "Alle" */
  owner: string;
  background: string;
  proposedDecision: string;
  /** the decision as recorded in the meeting; null before */
  decision: string | null;
  /** summary of the discussion; '' when none */
  discussion: string;
  vote: DocVote | null;
  attachments: DocAttachment[];
  /** the case was postponed to this case number */
  postponedTo: string | null;
  /** the case continues this earlier case number (a postponement) */
  previousNumber: string | null;
  /** people who took part in this case only ("Deltok"), e.g. presenters */
  guests: string[];
}

export interface DocMeeting {
  cooperationName: string;
  bodyName: string;
  bodyKind: BodyKind;
  /** "2024/M7": year and the body's nth meeting that year */
  meetingNumber: string;
  /** the meeting's internal id, for archive references */
  meetingId: string;
  /** calendar day in Europe/Oslo, "YYYY-MM-DD" */
  date: string;
  /** "08:15" */
  startTime: string;
  /** "12:00" */
  endTime: string;
  place: string;
  chair: DocPerson | null;
  minuteTaker: DocPerson | null;
  /** the body's members at the meeting date (the notice goes to them) */
  members: DocPerson[];
  present: DocPerson[];
  absent: DocPerson[];
  cases: DocCase[];
}

/** One file of an archive export, with what Noark 5 needs to file it. */
export interface ArchiveFile {
  /** file name inside the export, e.g. "2024-M7-moetereferat.pdf" */
  fileName: string;
  mediaType: string;
  /** the case it belongs to, or null for the meeting's own documents */
  caseNumber: string | null;
  /** "innkalling" | "moetereferat" | "vedlegg" */
  documentType: 'innkalling' | 'moetereferat' | 'vedlegg';
  title: string;
  sha256: string;
  sizeBytes: number;
}

/** One meeting of a body's yearly plan, for the iCalendar export. */
export interface PlannedMeeting {
  id: string;
  /** "2025/M2" */
  meetingNumber: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  cancelled: boolean;
}
