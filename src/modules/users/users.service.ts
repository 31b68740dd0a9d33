import { hashPassword, MIN_PASSWORD_LENGTH } from '../../app/auth/password.ts';
import { type Actor, canReadMemberScoped, grantProblems, hasRole, type RoleGrant } from '../../app/auth/roles.ts';
import { deleteUserSessions } from '../../app/auth/session.repository.ts';
import { AppError, type ErrorIssue, forbidden, notFound } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { existingMemberIds, findMember } from '../members/members.repository.ts';
import * as repo from './users.repository.ts';

export type UserView = {
  id: string;
  email: string;
  name: string;
  memberId: string | null;
  locale: 'nb' | 'en';
  active: boolean;
  lastLoginAt: string | null;
  roles: RoleGrant[];
};

type UserRow = NonNullable<Awaited<ReturnType<typeof repo.findUser>>>;

function present(row: UserRow, roles: RoleGrant[]): UserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    memberId: row.member_id,
    locale: row.locale,
    active: row.active,
    lastLoginAt: row.last_login_at ? row.last_login_at.toISOString() : null,
    roles,
  };
}

async function withRoles(db: Db, cooperationId: string, rows: UserRow[]): Promise<UserView[]> {
  const roles = await repo.rolesOfUsers(
    db,
    cooperationId,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    present(
      row,
      roles.filter((g) => g.user_id === row.id).map((g) => ({ role: g.role, memberId: g.member_id })),
    ),
  );
}

function requireAdmin(actor: Actor) {
  if (!hasRole(actor, 'admin')) throw forbidden('Only administrators can manage users.');
}

async function checkReferences(
  db: Db,
  cooperationId: string,
  memberId: string | null | undefined,
  grants?: RoleGrant[],
) {
  const problems: ErrorIssue[] = grants ? grantProblems(grants) : [];
  const refs = [
    { path: 'memberId', id: memberId },
    ...(grants ?? []).map((g, i) => ({ path: `roles.${i}.memberId`, id: g.memberId })),
  ].filter((r): r is { path: string; id: string } => !!r.id);
  const known = await existingMemberIds(db, cooperationId, [...new Set(refs.map((r) => r.id))]);
  for (const r of refs) {
    if (!known.has(r.id)) problems.push({ path: r.path, message: `Unknown member ${r.id}.`, code: 'unknown_member' });
  }
  if (problems.length > 0)
    throw new AppError('validation_failed', `${problems[0]?.path}: ${problems[0]?.message}`, problems);
}

function checkPassword(password: string) {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError('validation_failed', `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`, [
      { path: 'password', message: `at least ${MIN_PASSWORD_LENGTH} characters`, code: 'too_small' },
    ]);
  }
}

export async function getUser(db: Db, actor: Actor, id: string): Promise<UserView> {
  requireAdmin(actor);
  const row = await repo.findUser(db, actor.cooperationId, id);
  if (!row) throw notFound('The user');
  return (await withRoles(db, actor.cooperationId, [row]))[0] as UserView;
}

export async function listUsers(db: Db, actor: Actor, q: Omit<repo.UserListQuery, 'cooperationId'>) {
  requireAdmin(actor);
  const query = { ...q, cooperationId: actor.cooperationId };
  const [rows, total] = await Promise.all([repo.listUsers(db, query), repo.countUsers(db, query)]);
  return { items: await withRoles(db, actor.cooperationId, rows), total };
}

/** The users of one member: for staff and for that member's own system owners. */
export async function listMemberUsers(db: Db, actor: Actor, memberId: string) {
  const member = await findMember(db, actor.cooperationId, memberId);
  if (!member) throw notFound('The member');
  if (!canReadMemberScoped(actor, memberId)) throw forbidden('You can only see users of your own member.');
  const rows = await repo.listUsers(db, { cooperationId: actor.cooperationId, memberId, limit: 1000, offset: 0 });
  return withRoles(db, actor.cooperationId, rows);
}

export interface CreateUserInput {
  email: string;
  name: string;
  memberId?: string | null;
  password?: string;
  locale?: 'nb' | 'en';
  roles: RoleGrant[];
}

export async function createUser(db: Db, actor: Actor, input: CreateUserInput, requestId?: string): Promise<UserView> {
  requireAdmin(actor);
  if (input.password !== undefined) checkPassword(input.password);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return inTransaction(db, async (tx) => {
    await checkReferences(tx, actor.cooperationId, input.memberId, input.roles);
    if (await repo.emailTaken(tx, input.email)) {
      throw new AppError('conflict', 'A user with this e-mail address already exists.', [
        { path: 'email', message: 'already in use', code: 'email_taken' },
      ]);
    }
    const id = crypto.randomUUID();
    await repo.insertUser(tx, {
      id,
      cooperation_id: actor.cooperationId,
      email: input.email,
      name: input.name,
      member_id: input.memberId ?? null,
      password_hash: passwordHash,
      locale: input.locale ?? 'nb',
    });
    await repo.replaceRoles(tx, actor.cooperationId, id, input.roles);
    const view = await getUser(tx, actor, id);
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: 'create',
        entityType: 'user',
        entityId: id,
        summary: `Created user ${input.email}`,
        after: { ...view, password: input.password ? 'set' : null },
      },
      requestId,
    );
    return view;
  });
}

export interface UpdateUserInput {
  name?: string;
  email?: string;
  memberId?: string | null;
  locale?: 'nb' | 'en';
  active?: boolean;
  roles?: RoleGrant[];
  password?: string;
}

export async function updateUser(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateUserInput,
  requestId?: string,
): Promise<UserView> {
  requireAdmin(actor);
  if (input.password !== undefined) checkPassword(input.password);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return inTransaction(db, async (tx) => {
    const before = await getUser(tx, actor, id);
    await checkReferences(tx, actor.cooperationId, input.memberId, input.roles);
    if (input.email && (await repo.emailTaken(tx, input.email, id))) {
      throw new AppError('conflict', 'A user with this e-mail address already exists.', [
        { path: 'email', message: 'already in use', code: 'email_taken' },
      ]);
    }
    if (id === actor.userId && input.active === false) {
      throw new AppError('conflict', 'You cannot deactivate yourself.', [
        { path: 'active', message: 'cannot deactivate yourself', code: 'self_deactivation' },
      ]);
    }
    if (id === actor.userId && input.roles && !input.roles.some((g) => g.role === 'admin')) {
      throw new AppError('conflict', 'You cannot remove your own administrator role.', [
        { path: 'roles', message: 'cannot remove your own administrator role', code: 'self_demotion' },
      ]);
    }
    await repo.updateUser(tx, actor.cooperationId, id, {
      name: input.name,
      email: input.email,
      member_id: input.memberId,
      locale: input.locale,
      active: input.active,
      password_hash: passwordHash,
    });
    if (input.roles) await repo.replaceRoles(tx, actor.cooperationId, id, input.roles);
    // A deactivated user or a new password ends every open session of that user.
    if (input.active === false || passwordHash) await deleteUserSessions(tx, id);
    const after = await getUser(tx, actor, id);
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: 'update',
        entityType: 'user',
        entityId: id,
        summary: `Updated user ${after.email}`,
        before,
        after: { ...after, ...(passwordHash ? { password: 'changed' } : {}) },
      },
      requestId,
    );
    return after;
  });
}

/** Any signed-in user may change their own preferences (today: the UI language). */
export async function updateOwnProfile(db: Db, actor: Actor, input: { locale: 'nb' | 'en' }, requestId?: string) {
  if (!actor.userId) throw forbidden('Only a signed-in user has a profile.');
  const userId = actor.userId;
  return inTransaction(db, async (tx) => {
    const before = await repo.findUser(tx, actor.cooperationId, userId);
    if (!before) throw notFound('The user');
    await repo.updateUser(tx, actor.cooperationId, userId, { locale: input.locale });
    await recordAudit(
      tx,
      actor,
      {
        cooperationId: actor.cooperationId,
        action: 'update',
        entityType: 'user',
        entityId: userId,
        summary: `Changed own language to ${input.locale}`,
        before: { locale: before.locale },
        after: { locale: input.locale },
      },
      requestId,
    );
    return { locale: input.locale };
  });
}
