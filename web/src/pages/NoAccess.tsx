import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Role } from '../api/types.ts';
import { usePageTitle } from '../lib/usePageTitle.ts';

/** Shown instead of a page the user's roles do not open. */
export function NoAccess({ roles }: { roles: Role[] }) {
  const { t } = useTranslation();
  usePageTitle(t('noAccess.title'));
  const names = roles.map((r) => t(`roles.${r}`)).join(t('noAccess.or'));
  return (
    <section className="message-page" data-testid="no-access">
      <Heading level={1} data-size="lg">
        {t('noAccess.title')}
      </Heading>
      <Paragraph>{t('noAccess.text', { roles: names })}</Paragraph>
      <Paragraph>{t('noAccess.help')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('noAccess.home')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
