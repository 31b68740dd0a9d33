import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { BodyTable } from './tables.ts';

export function listBodies(db: Db, cooperationId: string) {
  return db
    .selectFrom('body')
    .select(['id', 'kind', 'name', 'member_id', 'description'])
    .where('cooperation_id', '=', cooperationId)
    .execute();
}

export function insertBodies(db: Db, rows: Insertable<BodyTable>[]) {
  return db.insertInto('body').values(rows).execute();
}
