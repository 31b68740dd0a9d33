// Who may do what with reports. The leader and administrators run the workflow and edit everything;
// agents write the service desk's own sections; the people seated in a professional area write that
// area's section; council members read what has been sent for review or approved.

import { type Actor, hasRole } from '../../app/auth/roles.ts';
import { forbidden } from '../../app/errors.ts';
import type { ReportStatus } from './tables.ts';

export const isManager = (actor: Actor) => hasRole(actor, 'admin', 'leader');

export function requireManager(actor: Actor) {
  if (!isManager(actor)) throw forbidden('Only the leader and administrators can do this with reports.');
}

/** May the actor read reports at all, and reports in this status? */
export function canRead(actor: Actor, status: ReportStatus): boolean {
  if (hasRole(actor, 'admin', 'leader', 'agent', 'group_member')) return true;
  return hasRole(actor, 'council_member') && status !== 'draft';
}

export function requireReader(actor: Actor) {
  if (!hasRole(actor, 'admin', 'leader', 'agent', 'group_member', 'council_member'))
    throw forbidden('Only staff, group members and council members read the reports.');
}

/** Sections the service desk writes (the customer service and operations parts). */
const AGENT_SECTIONS = new Set(['customer_service', 'rotation', 'knowledge_portal', 'rakel', 'support', 'operations']);

/** May the actor write this section of a draft? `seats`: the bodies the actor sits in today. */
export function canEditSection(actor: Actor, status: ReportStatus, key: string, seats: ReadonlySet<string>): boolean {
  if (status !== 'draft') return false;
  if (isManager(actor)) return true;
  if (key.startsWith('area:')) return seats.has(key.slice(5));
  return hasRole(actor, 'agent') && AGENT_SECTIONS.has(key);
}
