import type { Contact } from '../../api/types.ts';

export type ContactStatus = 'current' | 'ended' | 'upcoming';

export function contactStatus(c: Pick<Contact, 'validFrom' | 'validTo'>, today: string): ContactStatus {
  if (c.validFrom > today) return 'upcoming';
  if (c.validTo !== null && c.validTo < today) return 'ended';
  return 'current';
}

const ORDER: Record<ContactStatus, number> = { current: 0, upcoming: 1, ended: 2 };

/** Current first, then upcoming, then ended (latest ended first). */
export function sortContacts(contacts: Contact[], today: string): Contact[] {
  return [...contacts].sort(
    (a, b) =>
      ORDER[contactStatus(a, today)] - ORDER[contactStatus(b, today)] ||
      (b.validTo ?? '9999').localeCompare(a.validTo ?? '9999') ||
      b.validFrom.localeCompare(a.validFrom) ||
      a.name.localeCompare(b.name, 'nb'),
  );
}
