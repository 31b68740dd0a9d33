import type { Updateable } from 'kysely';
import { notFound } from '../app/errors.ts';
import type { Db } from './database.ts';
import type { DB } from './schema.ts';

/** Tables whose rows belong to one cooperation and have a uuid `id`. */
type Owned = { [K in keyof DB]: DB[K] extends { id: string; cooperation_id: string } ? K : never }[keyof DB];

/**
 * Change one row of the actor's cooperation by id; a row that is not there (or belongs to another
 * cooperation) is "not found", never changed.
 */
export async function updateOwnedRow<T extends Owned>(
  tx: Db,
  table: T,
  cooperationId: string,
  id: string,
  values: Updateable<DB[T]>,
  what: string,
) {
  const r = await tx
    .updateTable(table as 'mailbox')
    .set(values as never)
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw notFound(what);
}

/** Is there a row with this id in the cooperation (a reference an input names)? */
export async function ownsRow<T extends Owned>(db: Db, table: T, cooperationId: string, id: string) {
  const row = await db
    .selectFrom(table as 'mailbox')
    .select('id')
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}
