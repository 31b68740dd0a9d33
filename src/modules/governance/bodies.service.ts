// Bodies and who sits in them: members with role and term. Administrators and a body's chair or
// secretary change its membership; everyone signed in sees the bodies and their current members.
import type { Actor } from '../../app/auth/roles.ts';
import { forbidden, invalidField, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { nbCollator } from '../../shared/collate.ts';
import { osloDate } from '../../shared/dates.ts';
import { accessOf, canEditBody, seatedOn } from './access.ts';
import { audit } from './audit.ts';
import * as repo from './governance.repository.ts';
import type { BodyMemberInput } from './governance.schemas.ts';

const invalid = invalidField;
const KIND_ORDER = { council: 0, portfolio_board: 1, group: 2, innovation_council: 3 } as const;

export async function listBodies(db: Db, actor: Actor, now: Date) {
  const today = osloDate(now);
  const access = await accessOf(db, actor, now);
  const [bodies, members] = await Promise.all([
    db
      .selectFrom('body')
      .select(['id', 'kind', 'name', 'member_id', 'description'])
      .where('cooperation_id', '=', actor.cooperationId)
      .execute(),
    repo.listBodyMembers(db, actor.cooperationId),
  ]);
  return {
    bodies: bodies
      .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || nbCollator.compare(a.name, b.name))
      .map((b) => ({
        id: b.id,
        kind: b.kind,
        name: b.name,
        description: b.description,
        memberId: b.member_id,
        canEdit: canEditBody(access, b.id),
        members: members
          .filter(
            (m) =>
              m.body_id === b.id &&
              (access.admin || canEditBody(access, b.id) || m.term_to === null || m.term_to >= today),
          )
          .map((m) => ({
            id: m.id,
            userId: m.user_id,
            name: m.name,
            role: m.role,
            memberId: m.member_id,
            memberName: m.member_name,
            termFrom: m.term_from,
            termTo: m.term_to,
            current: seatedOn(m, today),
          })),
      })),
  };
}

async function requireMembershipEditor(db: Db, actor: Actor, bodyId: string, now: Date) {
  const access = await accessOf(db, actor, now);
  if (access.admin) return;
  const seats = await repo.listBodyMembers(db, actor.cooperationId, bodyId);
  const today = osloDate(now);
  const lead = seats.some(
    (s) => s.user_id === actor.userId && (s.role === 'chair' || s.role === 'secretary') && seatedOn(s, today),
  );
  if (!lead) throw forbidden('Only administrators and the body’s chair or secretary can change who sits in it.');
}

export async function addBodyMember(
  db: Db,
  actor: Actor,
  bodyId: string,
  input: BodyMemberInput,
  now: Date,
  requestId?: string,
) {
  if (input.termTo && input.termTo < input.termFrom) throw invalid('termTo', 'The term must end after it starts.');
  return inTransaction(db, async (tx) => {
    const body = await repo.findBody(tx, actor.cooperationId, bodyId);
    if (!body) throw notFound('The body');
    await requireMembershipEditor(tx, actor, bodyId, now);
    const user = await tx
      .selectFrom('app_user')
      .select(['id', 'name'])
      .where('cooperation_id', '=', actor.cooperationId)
      .where('id', '=', input.userId)
      .executeTakeFirst();
    if (!user) throw invalid('userId', 'The person is not a user of this cooperation.');
    if (input.memberId) {
      const m = await tx
        .selectFrom('member')
        .select('id')
        .where('cooperation_id', '=', actor.cooperationId)
        .where('id', '=', input.memberId)
        .executeTakeFirst();
      if (!m) throw invalid('memberId', 'Unknown member.');
    }
    const overlapping = (await repo.listBodyMembers(tx, actor.cooperationId, bodyId)).find(
      (s) =>
        s.user_id === input.userId &&
        (s.term_to === null || s.term_to >= input.termFrom) &&
        (input.termTo === null || s.term_from <= input.termTo),
    );
    if (overlapping) throw invalid('userId', `${user.name} already sits in ${body.name} in that period.`);
    const id = crypto.randomUUID();
    await repo.insertBodyMember(tx, {
      id,
      cooperation_id: actor.cooperationId,
      body_id: bodyId,
      user_id: input.userId,
      role: input.role,
      member_id: input.memberId,
      term_from: input.termFrom,
      term_to: input.termTo,
    });
    await audit(
      tx,
      actor,
      'create',
      'body_member',
      id,
      `${user.name} joined ${body.name} as ${input.role}`,
      requestId,
      input,
    );
    return listBodies(tx, actor, now);
  });
}

export async function endBodyTerm(db: Db, actor: Actor, id: string, termTo: string, now: Date, requestId?: string) {
  return inTransaction(db, async (tx) => {
    const seat = (await repo.listBodyMembers(tx, actor.cooperationId)).find((s) => s.id === id);
    if (!seat) throw notFound('The membership');
    await requireMembershipEditor(tx, actor, seat.body_id, now);
    if (termTo < seat.term_from) throw invalid('termTo', 'The term must end after it starts.');
    await repo.endBodyMember(tx, actor.cooperationId, id, termTo);
    await audit(tx, actor, 'update', 'body_member', id, `${seat.name}'s term ends ${termTo}`, requestId);
    return listBodies(tx, actor, now);
  });
}
