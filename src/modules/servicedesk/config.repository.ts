import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { SdCatalogueItemTable, SdCategoryTable, SdStatusTable, SdTeamTable } from './tables.ts';

export function listStatuses(db: Db, cooperationId: string) {
  return db
    .selectFrom('sd_status')
    .select(['key', 'name', 'core_state', 'pauses_sla', 'sort'])
    .where('cooperation_id', '=', cooperationId)
    .orderBy('sort')
    .execute();
}

export function insertStatuses(db: Db, rows: Insertable<SdStatusTable>[]) {
  return db
    .insertInto('sd_status')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export function listCategories(db: Db, cooperationId: string) {
  return db
    .selectFrom('sd_category')
    .select(['id', 'parent_id', 'name', 'active', 'sort'])
    .where('cooperation_id', '=', cooperationId)
    .orderBy('sort')
    .execute();
}

export function insertCategories(db: Db, rows: Insertable<SdCategoryTable>[]) {
  return db.insertInto('sd_category').values(rows).execute();
}

export function listTeams(db: Db, cooperationId: string) {
  return db
    .selectFrom('sd_team')
    .select(['id', 'name', 'active'])
    .where('cooperation_id', '=', cooperationId)
    .execute();
}

export function insertTeams(db: Db, rows: Insertable<SdTeamTable>[]) {
  return db.insertInto('sd_team').values(rows).execute();
}

export function listCatalogue(db: Db, cooperationId: string) {
  return db
    .selectFrom('sd_catalogue_item')
    .select([
      'id',
      'name',
      'description',
      'category_id',
      'included',
      'price_ore',
      'price_unit',
      'form_fields',
      'active',
      'sort',
    ])
    .where('cooperation_id', '=', cooperationId)
    .orderBy('sort')
    .execute();
}

export function findCatalogueItem(db: Db, cooperationId: string, id: string) {
  return db
    .selectFrom('sd_catalogue_item')
    .select(['id', 'name', 'category_id', 'form_fields', 'active'])
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertCatalogueItems(db: Db, rows: Insertable<SdCatalogueItemTable>[]) {
  return db.insertInto('sd_catalogue_item').values(rows).execute();
}

export function findSlaPolicy(db: Db, cooperationId: string) {
  return db
    .selectFrom('sd_sla_policy')
    .select(['policy', 'updated_at'])
    .where('cooperation_id', '=', cooperationId)
    .executeTakeFirst();
}

export function upsertSlaPolicy(db: Db, cooperationId: string, policy: unknown) {
  return db
    .insertInto('sd_sla_policy')
    .values({ cooperation_id: cooperationId, policy: JSON.stringify(policy) })
    .onConflict((oc) =>
      oc.column('cooperation_id').doUpdateSet({ policy: JSON.stringify(policy), updated_at: new Date() }),
    )
    .execute();
}

/** Take the next ticket number of a cooperation; the row lock serialises concurrent creators. */
export async function nextTicketNumbers(db: Db, cooperationId: string, count = 1): Promise<number> {
  const row = await db
    .insertInto('sd_counter')
    .values({ cooperation_id: cooperationId, next_number: 1 + count })
    .onConflict((oc) =>
      oc.column('cooperation_id').doUpdateSet((eb) => ({ next_number: eb('sd_counter.next_number', '+', count) })),
    )
    .returning('next_number')
    .executeTakeFirstOrThrow();
  return row.next_number - count;
}

/** Make sure numbers given out later are above `number` (after an import kept source numbers). */
export function bumpCounterPast(db: Db, cooperationId: string, number: number) {
  return db
    .insertInto('sd_counter')
    .values({ cooperation_id: cooperationId, next_number: number + 1 })
    .onConflict((oc) =>
      oc.column('cooperation_id').doUpdateSet((eb) => ({
        next_number: eb.fn('greatest', ['sd_counter.next_number', eb.val(number + 1)]),
      })),
    )
    .execute();
}
