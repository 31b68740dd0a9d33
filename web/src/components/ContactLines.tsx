import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../api/types.ts';

/** An e-mail link, or a dash. */
export function EmailLink({ contact }: { contact: Pick<Contact, 'email' | 'name'> }) {
  const { t } = useTranslation();
  if (!contact.email) return <span className="muted">{t('common.none')}</span>;
  return (
    <Link href={`mailto:${contact.email}`} title={t('overview.emailTo', { name: contact.name })}>
      {contact.email}
    </Link>
  );
}

/** A tel: link (spaces dropped from the number in the link), or a dash. */
export function PhoneLink({ contact }: { contact: Pick<Contact, 'phone' | 'name'> }) {
  const { t } = useTranslation();
  if (!contact.phone) return <span className="muted">{t('common.none')}</span>;
  return (
    <Link href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`} title={t('overview.callTo', { name: contact.name })}>
      {contact.phone}
    </Link>
  );
}
