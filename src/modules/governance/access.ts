// Who may do what in governance. Administrators and the members of a body (seated on the day) edit
// its meetings and see its drafts; every signed-in user of the cooperation reads what has been
// published: notices once sent, decisions once the minutes are approved.
import { type Actor, hasRole } from '../../app/auth/roles.ts';
import { forbidden } from '../../app/errors.ts';
import type { Db } from '../../db/database.ts';
import { osloDate } from '../../shared/dates.ts';
import { bodiesOfUser, type MeetingRow } from './governance.repository.ts';

export interface Access {
  admin: boolean;
  /** bodies the actor sits in today */
  bodies: Set<string>;
}

export async function accessOf(db: Db, actor: Actor, now: Date): Promise<Access> {
  const admin = hasRole(actor, 'admin');
  const bodies = actor.userId
    ? await bodiesOfUser(db, actor.cooperationId, actor.userId, osloDate(now))
    : new Set<string>();
  return { admin: admin || actor.userId === null, bodies };
}

/** Does a seat (term) cover the day? Terms include their first and last day. */
export const seatedOn = (seat: { term_from: string; term_to: string | null }, day: string) =>
  seat.term_from <= day && (seat.term_to === null || seat.term_to >= day);

export const canEditBody = (a: Access, bodyId: string) => a.admin || a.bodies.has(bodyId);

/** Bodies whose drafts the actor sees; null means all (administrators). */
export const editableBodies = (a: Access): string[] | null => (a.admin ? null : [...a.bodies]);

export function requireBodyEditor(a: Access, bodyId: string) {
  if (!canEditBody(a, bodyId)) throw forbidden('Only members of this body and administrators can change its meetings.');
}

/** Published meetings are readable by everyone signed in; drafts only by the body and administrators. */
export function canSeeMeeting(a: Access, m: Pick<MeetingRow, 'body_id' | 'notice_sent_at'>) {
  return canEditBody(a, m.body_id) || m.notice_sent_at !== null;
}

/** Decisions, discussions and attendance are public once the minutes are approved. */
export function canSeeOutcome(a: Access, m: Pick<MeetingRow, 'body_id' | 'minutes_approved_at'>) {
  return canEditBody(a, m.body_id) || m.minutes_approved_at !== null;
}
