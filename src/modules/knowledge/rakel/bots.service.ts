// Bot clients: a Teams bot (or another chat front) asks Rakel on behalf of a signed-in employee.
// The bot authenticates with its own token (only its SHA-256 is stored, the token is shown once) and
// names the user by the e-mail address Teams vouches for; Rakel then acts as that user, with that
// user's roles, exactly as in the portal. A bot can be switched off at once.
//
// NOTE: a bot token is as strong as the bot's own sign-in of users: whoever holds it can ask as any
// user of the cooperation. Register only bots that authenticate their users (Teams SSO).

import type { Actor } from '../../../app/auth/roles.ts';
import { hasRole } from '../../../app/auth/roles.ts';
import { AppError, forbidden, notFound } from '../../../app/errors.ts';
import { type Db, inTransaction } from '../../../db/database.ts';
import { uuidv7 } from '../../../shared/ids.ts';
import { auditChange } from '../../audit/audit.service.ts';
import { newSecret, sha256Hex } from '../../channels/signature.ts';
import { rolesOfUsers } from '../../users/users.repository.ts';
import { ask, type Reply } from './rakel.service.ts';

function assertAdmin(actor: Actor) {
  if (!hasRole(actor, 'admin')) throw forbidden('Only administrators register bots for Rakel.');
}

export async function listBots(db: Db, actor: Actor) {
  assertAdmin(actor);
  const rows = await db
    .selectFrom('kb_bot')
    .select(['id', 'name', 'active', 'last_used_at', 'created_at'])
    .where('cooperation_id', '=', actor.cooperationId)
    .orderBy('name')
    .execute();
  return {
    bots: rows.map((r) => ({
      id: r.id,
      name: r.name,
      active: r.active,
      lastUsedAt: r.last_used_at?.toISOString() ?? null,
      createdAt: r.created_at.toISOString(),
    })),
  };
}

/** Register a bot; its token is in this answer only. */
export async function createBot(db: Db, actor: Actor, input: { name: string }, now: Date, requestId?: string) {
  assertAdmin(actor);
  const id = uuidv7();
  const token = newSecret('rkb');
  await inTransaction(db, async (tx) => {
    await tx
      .insertInto('kb_bot')
      .values({
        id,
        cooperation_id: actor.cooperationId,
        name: input.name.trim(),
        token_sha256: sha256Hex(token),
        created_at: now,
      })
      .execute();
    await auditChange(tx, actor, 'create', 'kb_bot', id, `Registered the bot "${input.name}" for Rakel`, requestId);
  });
  return { id, name: input.name.trim(), active: true, token };
}

export async function setBotActive(db: Db, actor: Actor, id: string, active: boolean, requestId?: string) {
  assertAdmin(actor);
  await inTransaction(db, async (tx) => {
    const r = await tx
      .updateTable('kb_bot')
      .set({ active })
      .where('cooperation_id', '=', actor.cooperationId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw notFound('The bot');
    await auditChange(
      tx,
      actor,
      'update',
      'kb_bot',
      id,
      active ? 'Switched a bot on' : 'Switched a bot off',
      requestId,
    );
  });
  return listBots(db, actor);
}

/** The actor a bot asks as: the active user of the bot's cooperation with this e-mail address. */
async function actorForBot(db: Db, cooperationId: string, email: string): Promise<Actor> {
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'name', 'member_id'])
    .where('cooperation_id', '=', cooperationId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
    .where('active', '=', true)
    .executeTakeFirst();
  if (!user) throw notFound('A user with that e-mail address in this cooperation');
  const roles = await rolesOfUsers(db, cooperationId, [user.id]);
  return {
    userId: user.id,
    cooperationId,
    name: user.name,
    memberId: user.member_id,
    roles: roles.map((r) => ({ role: r.role, memberId: r.member_id })),
  };
}

/** A bot's question for a user; links in the answer are absolute (the bot shows them outside our pages). */
export async function botAsk(
  db: Db,
  token: string | undefined,
  input: { userEmail: string; conversationId?: string; text: string },
  now: Date,
  publicUrl: string,
  requestId?: string,
): Promise<Reply> {
  if (!token) throw new AppError('unauthenticated', 'Send the bot token as "Authorization: Bearer <token>".');
  const bot = await db
    .selectFrom('kb_bot')
    .select(['id', 'cooperation_id', 'active'])
    .where('token_sha256', '=', sha256Hex(token))
    .executeTakeFirst();
  if (!bot || !bot.active) throw new AppError('unauthenticated', 'Unknown or disabled bot token.');
  await db.updateTable('kb_bot').set({ last_used_at: now }).where('id', '=', bot.id).execute();
  const actor = await actorForBot(db, bot.cooperation_id, input.userEmail);
  const r = await ask(db, actor, { conversationId: input.conversationId, text: input.text }, now, 'teams', requestId);
  const abs = (u: string) => (u.startsWith('/') ? `${publicUrl}${u}` : u);
  return {
    ...r,
    sources: r.sources.map((s) => ({ ...s, url: abs(s.url) })),
    tickets: r.tickets.map((t) => ({ ...t, url: abs(t.url) })),
    createdTicket: r.createdTicket ? { ...r.createdTicket, url: abs(r.createdTicket.url) } : null,
  };
}
