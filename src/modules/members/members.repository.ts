import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { CooperationTable, MemberContactTable, MemberTable } from './tables.ts';

const memberColumns = [
  'id',
  'code',
  'name',
  'kind',
  'organisation_number',
  'municipality_number',
  'joined_on',
  'left_on',
  'merged_into_member_id',
  'email_domains',
] as const;

export function findCooperation(db: Db, id: string) {
  return db
    .selectFrom('cooperation')
    .select(['id', 'slug', 'name', 'short_name', 'organisation_form', 'description'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findCooperationBySlug(db: Db, slug: string) {
  return db.selectFrom('cooperation').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst();
}

export function listCooperations(db: Db) {
  return db.selectFrom('cooperation').select(['id', 'slug', 'name', 'short_name']).orderBy('slug').execute();
}

export function insertCooperation(db: Db, row: Insertable<CooperationTable>) {
  return db.insertInto('cooperation').values(row).execute();
}

export function listMembers(db: Db, cooperationId: string) {
  return db.selectFrom('member').select(memberColumns).where('cooperation_id', '=', cooperationId).execute();
}

export function findMember(db: Db, cooperationId: string, id: string) {
  return db
    .selectFrom('member')
    .select(memberColumns)
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findMemberByCode(db: Db, cooperationId: string, code: string) {
  return db
    .selectFrom('member')
    .select(memberColumns)
    .where('cooperation_id', '=', cooperationId)
    .where('code', '=', code)
    .executeTakeFirst();
}

/** Which of `ids` are members of the cooperation (to validate references in input). */
export function existingMemberIds(db: Db, cooperationId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve(new Set<string>());
  return db
    .selectFrom('member')
    .select('id')
    .where('cooperation_id', '=', cooperationId)
    .where('id', 'in', ids)
    .execute()
    .then((rows) => new Set(rows.map((r) => r.id)));
}

export function insertMember(db: Db, row: Insertable<MemberTable>) {
  return db.insertInto('member').values(row).execute();
}

const contactColumns = ['id', 'member_id', 'name', 'title', 'email', 'phone', 'valid_from', 'valid_to'] as const;

/** Contacts valid on `day` ('YYYY-MM-DD') for every member of the cooperation. */
export function listCurrentContacts(db: Db, cooperationId: string, day: string) {
  return db
    .selectFrom('member_contact')
    .select(contactColumns)
    .where('cooperation_id', '=', cooperationId)
    .where('valid_from', '<=', day)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', day)]))
    .orderBy('valid_from')
    .execute();
}

export function listContactsOfMember(db: Db, cooperationId: string, memberId: string) {
  return db
    .selectFrom('member_contact')
    .select(contactColumns)
    .where('cooperation_id', '=', cooperationId)
    .where('member_id', '=', memberId)
    .orderBy('valid_from', 'desc')
    .execute();
}

export function findContact(db: Db, cooperationId: string, id: string) {
  return db
    .selectFrom('member_contact')
    .select(contactColumns)
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertContact(db: Db, row: Insertable<MemberContactTable>) {
  return db.insertInto('member_contact').values(row).execute();
}

export function endContact(db: Db, cooperationId: string, id: string, validTo: string) {
  return db
    .updateTable('member_contact')
    .set({ valid_to: validTo })
    .where('cooperation_id', '=', cooperationId)
    .where('id', '=', id)
    .execute();
}
