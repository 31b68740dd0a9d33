// Who may see and change which devices. Staff (administrators, the leader, agents) see the whole
// fleet; a system owner sees the members of their role grants; council members see the aggregated
// tables (rotation, forecast) but not the devices (serial numbers and users are not theirs to read);
// every signed-in user sees the devices assigned to them. Agents and administrators keep the fleet;
// administrators set categories, lifetimes and prices.

import { type Actor, hasRole } from '../../app/auth/roles.ts';
import { forbidden } from '../../app/errors.ts';

/** The members whose devices the actor may list: 'all', a list, or none. */
export type Scope = 'all' | string[];

const ownMembers = (actor: Actor) => [
  ...new Set(actor.roles.filter((g) => g.role === 'system_owner' && g.memberId).map((g) => g.memberId!)),
];

/** Whose devices the actor may list one by one. */
export function deviceScope(actor: Actor): Scope {
  if (hasRole(actor, 'admin', 'leader', 'agent')) return 'all';
  const own = ownMembers(actor);
  if (own.length > 0) return own;
  throw forbidden('Only the service desk, the leader and system owners can see the fleet.');
}

/** The members whose fleet figures the actor may read: every member, their own (system owner), or none. */
export function memberScope(actor: Actor): Scope {
  return hasRole(actor, 'admin', 'leader', 'agent', 'council_member') ? 'all' : ownMembers(actor);
}

/** Whose counts the actor may read in the rotation table and forecast. */
export function tableScope(actor: Actor): Scope {
  const scope = memberScope(actor);
  if (scope === 'all' || scope.length > 0) return scope;
  throw forbidden('Only the service desk, the leader, the council and system owners can see the rotation tables.');
}

/** May the actor list the devices behind the counts (the links of the table)? */
export function canListDevices(actor: Actor): boolean {
  return hasRole(actor, 'admin', 'leader', 'agent', 'system_owner');
}

export const canKeepFleet = (actor: Actor) => hasRole(actor, 'admin', 'agent');

export function assertKeepsFleet(actor: Actor) {
  if (!canKeepFleet(actor)) throw forbidden('Only the service desk and administrators can change devices and orders.');
}

export function assertAdmin(actor: Actor) {
  if (!hasRole(actor, 'admin'))
    throw forbidden('Only administrators can change device categories, lifetimes and prices.');
}

export const inScope = (scope: Scope, memberId: string) => scope === 'all' || scope.includes(memberId);
