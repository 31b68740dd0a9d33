// Numbering of meetings and cases: a case is "YYYY/M<n>-<nnn>" — the year, the body's nth meeting
// that year, the item on the agenda. Numbers follow date and agenda order until the notice is sent;
// from then on they are locked (they have been published), and anything added or moved later takes
// the first number nobody holds, never one already given out. Pure functions.

/** One numbered thing (a meeting in its year, a case on its agenda), in the order it should count. */
export interface Slot {
  id: string;
  /** the number given when the notice was sent, or null while provisional */
  locked: number | null;
  /** a meeting cancelled before its notice gets no number; a locked one keeps it */
  skip?: boolean;
}

/**
 * Numbers for slots given in order (meetings by date, cases by agenda position). Locked numbers stay;
 * the others count up from the last number before them, jumping over every locked number of the set.
 * Returns null for a skipped slot without a locked number.
 */
export function assignNumbers(slots: readonly Slot[]): Map<string, number | null> {
  const lockedNumbers = new Set(slots.flatMap((s) => (s.locked === null ? [] : [s.locked])));
  if (lockedNumbers.size !== slots.filter((s) => s.locked !== null).length)
    throw new Error('Two slots hold the same locked number.');
  const out = new Map<string, number | null>();
  let next = 1;
  for (const s of slots) {
    if (s.locked !== null) {
      out.set(s.id, s.locked);
      next = Math.max(next, s.locked + 1);
    } else if (s.skip) {
      out.set(s.id, null);
    } else {
      while (lockedNumbers.has(next)) next++;
      out.set(s.id, next);
      next++;
    }
  }
  return out;
}

/** A meeting of a body for numbering: its day, when it was created (ties), lock and cancellation. */
export interface MeetingForNumbering {
  id: string;
  date: string;
  createdAt: string;
  locked: number | null;
  cancelled: boolean;
}

/** The numbers of one body's meetings in one year, by date (then creation). */
export function numberMeetings(meetings: readonly MeetingForNumbering[]): Map<string, number | null> {
  const ordered = [...meetings].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  return assignNumbers(ordered.map((m) => ({ id: m.id, locked: m.locked, skip: m.cancelled })));
}

/** "2024/M7" */
export function formatMeetingNumber(year: number, meetingNumber: number): string {
  return `${year}/M${meetingNumber}`;
}

/** "2024/M7-003"; items past 999 keep all their digits. */
export function formatCaseNumber(year: number, meetingNumber: number, item: number): string {
  return `${formatMeetingNumber(year, meetingNumber)}-${String(item).padStart(3, '0')}`;
}

const CASE_NUMBER = /^(\d{4})\/M(\d+)-(\d{3,})$/;

/** Parse "2024/M7-003"; null when the text is not a case number. */
export function parseCaseNumber(text: string): { year: number; meeting: number; item: number } | null {
  const m = CASE_NUMBER.exec(text.trim());
  if (!m) return null;
  return { year: Number(m[1]), meeting: Number(m[2]), item: Number(m[3]) };
}

/** The year a meeting belongs to: the year of its calendar day. */
export const meetingYear = (date: string) => Number(date.slice(0, 4));

/**
 * Move a case to a new place on its agenda. Returns the ids in their new order; numbers then follow
 * from assignNumbers (unchanged for locked cases).
 */
export function reorder(ids: readonly string[], id: string, toIndex: number): string[] {
  const from = ids.indexOf(id);
  if (from < 0) throw new Error('The case is not on this agenda.');
  const rest = ids.filter((x) => x !== id);
  const at = Math.max(0, Math.min(toIndex, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}
