import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Member, MemberKind, Overview } from '../../api/types.ts';
import { EmailLink, PhoneLink } from '../../components/ContactLines.tsx';
import { formatDay } from '../../lib/format.ts';

export const KIND_COLOR: Record<MemberKind, string> = { host: 'brand1', partner: 'accent', associated: 'neutral' };

/** The current members as cards, each with its current contact people. */
export function MemberCards({ overview }: { overview: Overview }) {
  const { t, i18n } = useTranslation();
  const count = overview.members.length;
  return (
    <section aria-labelledby="members-heading" className="section">
      <Heading level={2} data-size="md" id="members-heading">
        {t('overview.members')}
      </Heading>
      <Paragraph className="muted">
        {count === 0
          ? t('overview.noMembers')
          : t('overview.membersIntro', { count, date: formatDay(overview.date, i18n.language) })}
      </Paragraph>
      <ul className="card-grid plain-list">
        {overview.members.map((m) => (
          <li key={m.id}>
            <MemberCard member={m} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function MemberCard({ member }: { member: Member }) {
  const { t, i18n } = useTranslation();
  return (
    <Card className="member-card">
      <div className="member-card__head">
        <Heading level={3} data-size="sm">
          <Link asChild>
            <RouterLink to={`/members/${member.id}`}>{member.name}</RouterLink>
          </Link>
        </Heading>
        <Tag data-color={KIND_COLOR[member.kind]} data-size="sm">
          {t(`memberKinds.${member.kind}`)}
        </Tag>
      </div>
      <dl className="facts facts--compact">
        {member.municipalityNumber && (
          <div>
            <dt>{t('overview.municipalityNumber')}</dt>
            <dd>{member.municipalityNumber}</dd>
          </div>
        )}
        <div>
          <dt>{t('overview.memberSince')}</dt>
          <dd>{formatDay(member.joinedOn, i18n.language)}</dd>
        </div>
      </dl>
      <Heading level={4} data-size="2xs" className="member-card__contacts-heading">
        {t('overview.contacts')}
      </Heading>
      {member.contacts.length === 0 ? (
        <Paragraph data-size="sm" className="muted">
          {t('overview.noContacts')}
        </Paragraph>
      ) : (
        <ul className="contact-list plain-list">
          {member.contacts.map((c) => (
            <li key={c.id}>
              <span className="contact-list__name">{c.name}</span>
              <span className="contact-list__title">{c.title}</span>
              {c.email && <EmailLink contact={c} />}
              {c.phone && <PhoneLink contact={c} />}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
