import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { recordAudit } from '../../modules/audit/audit.service.ts';
import { findMemberByCode } from '../../modules/members/members.repository.ts';
import * as users from '../../modules/users/users.repository.ts';
import { AppError } from '../errors.ts';
import { verifyPassword } from './password.ts';
import type { Actor } from './roles.ts';
import * as sessions from './session.repository.ts';
import { LOGIN_WINDOW_MS, loginThrottle } from './throttle.ts';

export const SESSION_COOKIE = 'samdrift_session';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const token = () => randomBytes(32).toString('base64url');

/** One message for every failed sign-in, so it never tells whether an account exists. */
export const LOGIN_FAILED_MESSAGE = 'Wrong e-mail address or password, or the account is locked for a while.';

export interface SessionInfo {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
  email: string;
  locale: 'nb' | 'en';
}

export interface NewSession {
  cookieToken: string;
  csrfToken: string;
  expiresAt: Date;
}

async function openSession(
  db: Db,
  user: { id: string; cooperation_id: string },
  method: string,
  now: Date,
  idleMinutes: number,
) {
  const cookieToken = token();
  const csrfToken = token();
  const expiresAt = new Date(now.getTime() + idleMinutes * 60_000);
  await sessions.insertSession(db, {
    id: sha256(cookieToken),
    cooperation_id: user.cooperation_id,
    user_id: user.id,
    csrf_token: csrfToken,
    auth_method: method,
    created_at: now,
    last_seen_at: now,
    expires_at: expiresAt,
  });
  await users.updateUser(db, user.cooperation_id, user.id, { last_login_at: now });
  return { cookieToken, csrfToken, expiresAt };
}

/**
 * Sign in with e-mail and password. Failures are counted per identifier whether or not an
 * account exists; after too many the identifier is locked for a while with the same message.
 */
export async function loginWithPassword(
  db: Db,
  input: { email: string; password: string },
  opts: { now: Date; idleMinutes: number; requestId?: string },
): Promise<NewSession> {
  const idHash = sha256(input.email.trim().toLowerCase());
  const failures = await sessions.recentLoginFailures(db, idHash, new Date(opts.now.getTime() - LOGIN_WINDOW_MS));
  const decision = loginThrottle(
    failures.map((f) => f.at),
    opts.now,
  );
  if (!decision.allowed)
    throw new AppError('too_many_requests', LOGIN_FAILED_MESSAGE, undefined, decision.retryAfterSeconds);

  const user = await users.findUserForLogin(db, input.email.trim());
  const ok = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !ok || !user.active) {
    await sessions.insertLoginFailure(db, idHash, opts.now);
    if (user) {
      await recordAudit(
        db,
        { userId: null, name: 'system' },
        {
          cooperationId: user.cooperation_id,
          action: 'login_failed',
          entityType: 'user',
          entityId: user.id,
          summary: 'Failed sign-in with password',
        },
        opts.requestId,
      );
    }
    throw new AppError('unauthenticated', LOGIN_FAILED_MESSAGE);
  }
  await sessions.clearLoginFailures(db, idHash);
  const created = await openSession(db, user, 'password', opts.now, opts.idleMinutes);
  await recordAudit(
    db,
    { userId: user.id, name: user.name },
    {
      cooperationId: user.cooperation_id,
      action: 'login',
      entityType: 'user',
      entityId: user.id,
      summary: 'Signed in with password',
    },
    opts.requestId,
  );
  return created;
}

/**
 * Sign in a user an OpenID Connect issuer vouched for. The identity (issuer + subject) is linked
 * to an account on first use by its verified e-mail address; with autoProvision an employee
 * account scoped to the provider's member is created when none exists.
 */
export async function loginWithOidc(
  db: Db,
  claims: {
    provider: string;
    cooperationId: string;
    subject: string;
    email?: string;
    /** false when the issuer says the address is not verified: then it may not claim an account */
    emailVerified?: boolean;
    name?: string;
    memberCode?: string;
    autoProvision: boolean;
  },
  opts: { now: Date; idleMinutes: number; requestId?: string },
): Promise<NewSession> {
  let userId = (await users.findIdentity(db, claims.provider, claims.subject))?.user_id;
  if (!userId) {
    if (!claims.email) throw new AppError('unauthenticated', 'The identity provider did not give an e-mail address.');
    if (claims.emailVerified === false) {
      throw new AppError('forbidden', 'The identity provider has not verified this e-mail address.');
    }
    const existing = await users.findUserForLogin(db, claims.email);
    if (existing && existing.cooperation_id !== claims.cooperationId) {
      throw new AppError('forbidden', 'This account belongs to another cooperation.');
    }
    if (existing) {
      userId = existing.id;
    } else if (claims.autoProvision) {
      const member = claims.memberCode
        ? await findMemberByCode(db, claims.cooperationId, claims.memberCode)
        : undefined;
      if (!member)
        throw new AppError('forbidden', 'No account exists for this user, and no member is configured to create one.');
      userId = crypto.randomUUID();
      await users.insertUser(db, {
        id: userId,
        cooperation_id: claims.cooperationId,
        email: claims.email,
        name: claims.name || claims.email,
        member_id: member.id,
        password_hash: null,
      });
      await users.replaceRoles(db, claims.cooperationId, userId, [{ role: 'employee', memberId: member.id }]);
      await recordAudit(
        db,
        { userId: null, name: `OIDC ${claims.provider}` },
        {
          cooperationId: claims.cooperationId,
          action: 'create',
          entityType: 'user',
          entityId: userId,
          summary: `Created user ${claims.email} on first sign-in`,
          after: {
            email: claims.email,
            name: claims.name,
            memberId: member.id,
            roles: [{ role: 'employee', memberId: member.id }],
          },
        },
        opts.requestId,
      );
    } else {
      throw new AppError('forbidden', 'No account exists for this user. Ask an administrator for access.');
    }
    await users.insertIdentity(db, {
      provider: claims.provider,
      subject: claims.subject,
      cooperation_id: claims.cooperationId,
      user_id: userId,
    });
  }
  const user = await users.findUser(db, claims.cooperationId, userId);
  if (!user?.active) throw new AppError('forbidden', 'This account is deactivated.');
  const created = await openSession(db, user, `oidc:${claims.provider}`, opts.now, opts.idleMinutes);
  await recordAudit(
    db,
    { userId: user.id, name: user.name },
    {
      cooperationId: user.cooperation_id,
      action: 'login',
      entityType: 'user',
      entityId: user.id,
      summary: `Signed in with ${claims.provider}`,
    },
    opts.requestId,
  );
  return created;
}

/**
 * Resolve a session cookie to its actor. Sliding expiry: the session is extended on use, at most
 * once a minute, to keep writes off the hot path.
 */
export async function resolveSession(
  db: Db,
  cookieToken: string,
  opts: { now: Date; idleMinutes: number },
): Promise<SessionInfo | undefined> {
  const id = sha256(cookieToken);
  const row = await sessions.findLiveSession(db, id, opts.now);
  if (!row) return undefined;
  if (opts.now.getTime() - row.last_seen_at.getTime() > 60_000) {
    await sessions.touchSession(db, id, opts.now, new Date(opts.now.getTime() + opts.idleMinutes * 60_000));
  }
  const roles = await users.rolesOfUsers(db, row.cooperation_id, [row.user_id]);
  return {
    sessionId: id,
    csrfToken: row.csrf_token,
    email: row.email,
    locale: row.locale,
    actor: {
      userId: row.user_id,
      cooperationId: row.cooperation_id,
      name: row.name,
      memberId: row.member_id,
      roles: roles.map((r) => ({ role: r.role, memberId: r.member_id })),
    },
  };
}

export async function logout(db: Db, session: SessionInfo, requestId?: string) {
  await sessions.deleteSession(db, session.sessionId);
  await recordAudit(
    db,
    session.actor,
    {
      cooperationId: session.actor.cooperationId,
      action: 'logout',
      entityType: 'user',
      entityId: session.actor.userId ?? '',
      summary: 'Signed out',
    },
    requestId,
  );
}
