import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { SessionTable } from './tables.ts';

export function insertSession(db: Db, row: Insertable<SessionTable>) {
  return db.insertInto('session').values(row).execute();
}

/** The live session with its active user, or undefined. */
export function findLiveSession(db: Db, id: string, now: Date) {
  return db
    .selectFrom('session')
    .innerJoin('app_user', 'app_user.id', 'session.user_id')
    .select([
      'session.id',
      'session.cooperation_id',
      'session.user_id',
      'session.csrf_token',
      'session.last_seen_at',
      'session.expires_at',
      'app_user.name',
      'app_user.member_id',
      'app_user.email',
      'app_user.locale',
    ])
    .where('session.id', '=', id)
    .where('session.expires_at', '>', now)
    .where('app_user.active', '=', true)
    .executeTakeFirst();
}

export function touchSession(db: Db, id: string, now: Date, expiresAt: Date) {
  return db.updateTable('session').set({ last_seen_at: now, expires_at: expiresAt }).where('id', '=', id).execute();
}

export function deleteSession(db: Db, id: string) {
  return db.deleteFrom('session').where('id', '=', id).execute();
}

export function deleteUserSessions(db: Db, userId: string) {
  return db.deleteFrom('session').where('user_id', '=', userId).execute();
}

export function deleteExpiredSessions(db: Db, now: Date) {
  return db.deleteFrom('session').where('expires_at', '<=', now).execute();
}

export function recentLoginFailures(db: Db, identifierHash: string, since: Date) {
  return db
    .selectFrom('login_failure')
    .select('at')
    .where('identifier_hash', '=', identifierHash)
    .where('at', '>', since)
    .execute();
}

export function insertLoginFailure(db: Db, identifierHash: string, at: Date) {
  return db.insertInto('login_failure').values({ identifier_hash: identifierHash, at }).execute();
}

export function clearLoginFailures(db: Db, identifierHash: string) {
  return db.deleteFrom('login_failure').where('identifier_hash', '=', identifierHash).execute();
}

export function pruneLoginFailures(db: Db, before: Date) {
  return db.deleteFrom('login_failure').where('at', '<', before).execute();
}
