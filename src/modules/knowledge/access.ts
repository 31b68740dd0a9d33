// Who may do what in the knowledge portal. Every signed-in user reads published articles meant for
// them: articles for a few members only reach those members' users, articles for IT staff only the
// service desk. The service desk (agents, administrators) writes and publishes; the leader also
// sees the usage figures and the questions Rakel could not answer.

import { type Actor, hasRole } from '../../app/auth/roles.ts';
import { forbidden } from '../../app/errors.ts';
import type { Audience } from './tables.ts';

/** Staff see every article, whatever its audience and members. */
export const seesAllArticles = (actor: Actor) => hasRole(actor, 'admin', 'agent', 'leader');

export const isEditor = (actor: Actor) => hasRole(actor, 'admin', 'agent');

export function assertEditor(actor: Actor) {
  if (!isEditor(actor)) throw forbidden('Only the service desk writes and publishes help articles.');
}

export function assertReadsFigures(actor: Actor) {
  if (!seesAllArticles(actor)) throw forbidden('Only the service desk and the leader see the usage figures.');
}

/** May this actor read an article with this audience and these members? */
export function canReadArticle(actor: Actor, a: { audience: Audience; member_ids: string[] }): boolean {
  if (seesAllArticles(actor)) return true;
  if (a.audience === 'it_staff') return false;
  return a.member_ids.length === 0 || (actor.memberId !== null && a.member_ids.includes(actor.memberId));
}
