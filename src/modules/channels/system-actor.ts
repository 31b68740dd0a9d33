import type { Actor } from '../../app/auth/roles.ts';

/**
 * The actor a channel acts as when no person does (a mailbox, an alert source): it registers
 * tickets like the service desk, and the audit log and ticket history name it.
 */
export function channelActor(cooperationId: string, name: string): Actor {
  return { userId: null, cooperationId, name, memberId: null, roles: [{ role: 'agent', memberId: null }] };
}
