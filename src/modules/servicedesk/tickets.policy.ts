import { type Actor, hasRole } from '../../app/auth/roles.ts';

/** What an actor may do with one ticket. Pure; the service asks it before every use case. */
export interface TicketAccess {
  read: boolean;
  /** internal comments and the full history */
  readInternal: boolean;
  commentPublic: boolean;
  commentInternal: boolean;
  /** assign, change category/priority/status/member, resolve, link duplicates */
  work: boolean;
  reopen: boolean;
}

const NONE: TicketAccess = {
  read: false,
  readInternal: false,
  commentPublic: false,
  commentInternal: false,
  work: false,
  reopen: false,
};

export function ticketAccess(
  actor: Actor,
  ticket: { requester_id: string | null; member_id: string | null },
): TicketAccess {
  if (hasRole(actor, 'admin', 'agent')) {
    return { read: true, readInternal: true, commentPublic: true, commentInternal: true, work: true, reopen: true };
  }
  if (hasRole(actor, 'leader')) {
    return { ...NONE, read: true, readInternal: true, commentPublic: true, commentInternal: true };
  }
  const own = ticket.requester_id !== null && ticket.requester_id === actor.userId;
  if (own) return { ...NONE, read: true, commentPublic: true, reopen: true };
  // System owners follow what happens in their own member (municipality), read-only.
  const ownerOfMember = actor.roles.some((g) => g.role === 'system_owner' && g.memberId === ticket.member_id);
  if (ownerOfMember && ticket.member_id) return { ...NONE, read: true };
  return NONE;
}

/** Which tickets a list may show the actor: every ticket, some members' tickets, or their own. */
export type TicketScope = { all: true } | { all: false; memberIds: string[]; requesterId: string | null };

export function ticketScope(actor: Actor): TicketScope {
  if (hasRole(actor, 'admin', 'agent', 'leader')) return { all: true };
  const memberIds = actor.roles.filter((g) => g.role === 'system_owner' && g.memberId).map((g) => g.memberId as string);
  return { all: false, memberIds, requesterId: actor.userId };
}

export function isAgent(actor: Actor) {
  return hasRole(actor, 'admin', 'agent');
}
