import type { Selectable } from 'kysely';
import type { BodyTable } from '../governance/tables.ts';
import type { MemberContactTable, MemberTable } from './tables.ts';

export function presentMember(m: Omit<Selectable<MemberTable>, 'cooperation_id' | 'created_at' | 'updated_at'>) {
  return {
    id: m.id,
    code: m.code,
    name: m.name,
    kind: m.kind,
    organisationNumber: m.organisation_number,
    municipalityNumber: m.municipality_number,
    joinedOn: m.joined_on,
    leftOn: m.left_on,
    mergedIntoMemberId: m.merged_into_member_id,
    emailDomains: m.email_domains,
  };
}

export function presentContact(c: Omit<Selectable<MemberContactTable>, 'cooperation_id' | 'created_at'>) {
  return {
    id: c.id,
    memberId: c.member_id,
    name: c.name,
    title: c.title,
    email: c.email,
    phone: c.phone,
    validFrom: c.valid_from,
    validTo: c.valid_to,
  };
}

export function presentBody(b: Pick<Selectable<BodyTable>, 'id' | 'kind' | 'name' | 'member_id' | 'description'>) {
  return { id: b.id, kind: b.kind, name: b.name, memberId: b.member_id, description: b.description };
}
