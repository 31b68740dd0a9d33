import { type Actor, hasRole } from '../../app/auth/roles.ts';
import { AppError, forbidden, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { nbCollator, sortByName } from '../../shared/collate.ts';
import { osloDate } from '../../shared/dates.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { listBodies } from '../governance/bodies.repository.ts';
import { presentBody, presentContact, presentMember } from './members.presenter.ts';
import * as repo from './members.repository.ts';

const KIND_ORDER = { host: 0, partner: 1, associated: 2 } as const;

/** Is the member part of the cooperation on `day`? */
export function isCurrentMember(m: { joined_on: string; left_on: string | null }, day: string): boolean {
  return m.joined_on <= day && (m.left_on === null || m.left_on >= day);
}

/** Host first, then partners and associated customers, each by Norwegian name order. */
export function orderMembers<T extends { kind: keyof typeof KIND_ORDER; name: string }>(members: T[]): T[] {
  return [...members].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || nbCollator.compare(a.name, b.name));
}

/**
 * The landing page: the cooperation, its current members with their current contact people,
 * former members (their history stays), and the governing bodies.
 */
export async function cooperationOverview(db: Db, actor: Actor, now: Date) {
  const day = osloDate(now);
  const [coop, members, contacts, bodies] = await Promise.all([
    repo.findCooperation(db, actor.cooperationId),
    repo.listMembers(db, actor.cooperationId),
    repo.listCurrentContacts(db, actor.cooperationId, day),
    listBodies(db, actor.cooperationId),
  ]);
  if (!coop) throw notFound('The cooperation');
  const withContacts = orderMembers(members).map((m) => ({
    ...presentMember(m),
    current: isCurrentMember(m, day),
    contacts: sortByName(contacts.filter((c) => c.member_id === m.id)).map(presentContact),
  }));
  const bodyOrder = { council: 0, portfolio_board: 1, group: 2, innovation_council: 3 } as const;
  return {
    cooperation: {
      id: coop.id,
      slug: coop.slug,
      name: coop.name,
      shortName: coop.short_name,
      organisationForm: coop.organisation_form,
      description: coop.description,
    },
    date: day,
    members: withContacts.filter((m) => m.current),
    formerMembers: withContacts.filter((m) => !m.current),
    bodies: [...bodies]
      .sort((a, b) => bodyOrder[a.kind] - bodyOrder[b.kind] || nbCollator.compare(a.name, b.name))
      .map(presentBody),
  };
}

export async function getMember(db: Db, actor: Actor, id: string, now: Date) {
  const member = await repo.findMember(db, actor.cooperationId, id);
  if (!member) throw notFound('The member');
  const contacts = await repo.listContactsOfMember(db, actor.cooperationId, id);
  return {
    ...presentMember(member),
    current: isCurrentMember(member, osloDate(now)),
    contacts: contacts.map(presentContact),
  };
}

function requireContactEditor(actor: Actor) {
  if (!hasRole(actor, 'admin', 'leader'))
    throw forbidden('Only administrators and the leader can change contact people.');
}

export interface ContactInput {
  name: string;
  title: string;
  email?: string | null;
  phone?: string | null;
  validFrom: string;
  validTo?: string | null;
}

export async function addContact(db: Db, actor: Actor, memberId: string, input: ContactInput, requestId?: string) {
  requireContactEditor(actor);
  if (input.validTo && input.validTo < input.validFrom) {
    throw new AppError('validation_failed', 'validTo: the end date is before the start date.', [
      { path: 'validTo', message: 'before validFrom' },
    ]);
  }
  return inTransaction(db, async (tx) => {
    const member = await repo.findMember(tx, actor.cooperationId, memberId);
    if (!member) throw notFound('The member');
    const id = crypto.randomUUID();
    const row = {
      id,
      cooperation_id: actor.cooperationId,
      member_id: memberId,
      name: input.name,
      title: input.title,
      email: input.email ?? null,
      phone: input.phone ?? null,
      valid_from: input.validFrom,
      valid_to: input.validTo ?? null,
    };
    await repo.insertContact(tx, row);
    const view = presentContact(row);
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: 'create',
        entityType: 'member_contact',
        entityId: id,
        summary: `Added contact ${input.title} for ${member.name}`,
        after: view,
      },
      requestId,
    );
    return view;
  });
}

/** End a contact's period (a new person took over); the history is kept. */
export async function endContact(db: Db, actor: Actor, contactId: string, validTo: string, requestId?: string) {
  requireContactEditor(actor);
  return inTransaction(db, async (tx) => {
    const before = await repo.findContact(tx, actor.cooperationId, contactId);
    if (!before) throw notFound('The contact');
    if (validTo < before.valid_from) {
      throw new AppError('validation_failed', 'validTo: the end date is before the start date.', [
        { path: 'validTo', message: 'before validFrom' },
      ]);
    }
    await repo.endContact(tx, actor.cooperationId, contactId, validTo);
    const after = { ...before, valid_to: validTo };
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: 'update',
        entityType: 'member_contact',
        entityId: contactId,
        summary: `Ended contact ${before.title} ${validTo}`,
        before: presentContact(before),
        after: presentContact(after),
      },
      requestId,
    );
    return presentContact(after);
  });
}
