import type { Insertable, Updateable } from 'kysely';
import type { Role } from '../../app/auth/roles.ts';
import type { Db } from '../../db/database.ts';
import type { AppUserTable } from './tables.ts';

const userColumns = [
  'app_user.id',
  'app_user.cooperation_id',
  'app_user.email',
  'app_user.name',
  'app_user.member_id',
  'app_user.locale',
  'app_user.active',
  'app_user.last_login_at',
  'app_user.created_at',
  'app_user.updated_at',
] as const;

/** Sign-in lookup across the deployment: e-mail addresses are unique. */
export function findUserForLogin(db: Db, email: string) {
  return db
    .selectFrom('app_user')
    .select([...userColumns, 'app_user.password_hash'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
}

export function findUser(db: Db, cooperationId: string, id: string) {
  return db
    .selectFrom('app_user')
    .select(userColumns)
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function emailTaken(db: Db, email: string, exceptId?: string) {
  let q = db
    .selectFrom('app_user')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()));
  if (exceptId) q = q.where('id', '<>', exceptId);
  return q.executeTakeFirst().then((r) => r !== undefined);
}

export interface UserListQuery {
  cooperationId: string;
  search?: string;
  memberId?: string;
  role?: Role;
  active?: boolean;
  limit: number;
  offset: number;
}

function filtered(db: Db, q: UserListQuery) {
  let query = db.selectFrom('app_user').where('app_user.cooperation_id', '=', q.cooperationId);
  if (q.memberId) query = query.where('app_user.member_id', '=', q.memberId);
  if (q.active !== undefined) query = query.where('app_user.active', '=', q.active);
  if (q.search) {
    const pattern = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('app_user.name', 'ilike', pattern), eb('app_user.email', 'ilike', pattern)]));
  }
  if (q.role) {
    const role = q.role;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_role')
          .select('user_role.id')
          .whereRef('user_role.user_id', '=', 'app_user.id')
          .where('user_role.role', '=', role),
      ),
    );
  }
  return query;
}

export function listUsers(db: Db, q: UserListQuery) {
  return filtered(db, q)
    .select(userColumns)
    .orderBy('app_user.name')
    .orderBy('app_user.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
}

export function countUsers(db: Db, q: UserListQuery) {
  return filtered(db, q)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export function rolesOfUsers(db: Db, cooperationId: string, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('user_role')
    .select(['user_id', 'role', 'member_id'])
    .where('cooperation_id', '=', cooperationId)
    .where('user_id', 'in', userIds)
    .execute();
}

export function insertUser(db: Db, row: Insertable<AppUserTable>) {
  return db.insertInto('app_user').values(row).execute();
}

export function updateUser(db: Db, cooperationId: string, id: string, patch: Updateable<AppUserTable>) {
  return db
    .updateTable('app_user')
    .set({ ...patch, updated_at: new Date() })
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', id)
    .execute();
}

export async function replaceRoles(
  db: Db,
  cooperationId: string,
  userId: string,
  grants: { role: Role; memberId: string | null }[],
) {
  await db.deleteFrom('user_role').where('cooperation_id', '=', cooperationId).where('user_id', '=', userId).execute();
  if (grants.length === 0) return;
  await db
    .insertInto('user_role')
    .values(
      grants.map((g) => ({
        id: crypto.randomUUID(),
        cooperation_id: cooperationId,
        user_id: userId,
        role: g.role,
        member_id: g.memberId,
      })),
    )
    .execute();
}

export function findIdentity(db: Db, provider: string, subject: string) {
  return db
    .selectFrom('user_identity')
    .select(['user_id', 'cooperation_id'])
    .where('provider', '=', provider)
    .where('subject', '=', subject)
    .executeTakeFirst();
}

export function insertIdentity(
  db: Db,
  row: { provider: string; subject: string; cooperation_id: string; user_id: string },
) {
  return db.insertInto('user_identity').values(row).execute();
}
