import { Alert, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { cooperationApi } from '../api/endpoints.ts';
import type { Member } from '../api/types.ts';
import { useCooperation } from '../components/CooperationContext.tsx';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { Loading } from '../components/Loading.tsx';
import { formatDay } from '../lib/format.ts';
import { useAsync } from '../lib/useAsync.ts';
import { usePageTitle } from '../lib/usePageTitle.ts';
import { hasRole, useSession } from '../session/SessionContext.tsx';
import { AddContactForm } from './member/AddContactForm.tsx';
import { ContactsTable } from './member/ContactsTable.tsx';
import { MemberUsers } from './member/MemberUsers.tsx';
import { NotFound } from './NotFound.tsx';
import { KIND_COLOR } from './overview/MemberCards.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One member: its details, the history of its contact people and (when allowed) its users. */
export function MemberPage() {
  const { id = '' } = useParams();
  // A fresh view per member: notices and forms do not carry over to the next member.
  return <MemberView key={id} id={id} />;
}

function MemberView({ id }: { id: string }) {
  const valid = UUID.test(id);
  const { t } = useTranslation();
  const { user } = useSession();
  const cooperation = useCooperation();
  const member = useAsync(() => cooperationApi.member(id), id, valid);
  const [notice, setNotice] = useState<string>();
  usePageTitle(member.data?.name ?? t('member.titleFallback'));

  if (!valid || (member.error instanceof ApiError && member.error.status === 404)) return <NotFound />;

  const back = (
    <Paragraph data-size="sm" className="back-link">
      <Link asChild>
        <RouterLink to="/">← {t('common.backToOverview')}</RouterLink>
      </Link>
    </Paragraph>
  );

  if (!member.data) {
    return (
      <>
        {back}
        <Heading level={1} data-size="lg">
          {t('member.titleFallback')}
        </Heading>
        {member.error ? <ErrorMessage error={member.error} onRetry={member.reload} /> : <Loading />}
      </>
    );
  }

  const m = member.data;
  const canEdit = hasRole(user, 'admin', 'leader');
  const canSeeUsers = hasRole(user, 'admin', 'leader', 'agent') || !!user?.roles.some((g) => g.memberId === m.id);
  const changed = (message: string) => {
    setNotice(message);
    member.reload();
    cooperation.reload();
  };

  return (
    <>
      {back}
      <div className="title-row">
        <Heading level={1} data-size="xl">
          {m.name}
        </Heading>
        <div className="title-row__tags">
          <Tag data-color={KIND_COLOR[m.kind]}>{t(`memberKinds.${m.kind}`)}</Tag>
          {!m.current && <Tag data-color="warning">{t('member.formerTag')}</Tag>}
        </div>
      </div>
      <div role="status" className="notice-region">
        {notice && <Alert data-color="success">{notice}</Alert>}
      </div>
      <MemberFacts member={m} />
      <ContactsTable member={m} canEdit={canEdit} onChanged={changed} />
      {canEdit && <AddContactForm memberId={m.id} onAdded={changed} />}
      {canSeeUsers && <MemberUsers member={m} />}
    </>
  );
}

function MemberFacts({ member }: { member: Member }) {
  const { t, i18n } = useTranslation();
  const { memberById } = useCooperation();
  const merged = member.mergedIntoMemberId ? memberById.get(member.mergedIntoMemberId) : undefined;
  const rows: [string, ReactNode][] = [
    [t('member.kind'), t(`memberKinds.${member.kind}`)],
    [t('overview.municipalityNumber'), member.municipalityNumber],
    [t('overview.organisationNumber'), member.organisationNumber],
    [t('member.memberSince'), formatDay(member.joinedOn, i18n.language)],
    [t('member.leftOn'), member.leftOn ? formatDay(member.leftOn, i18n.language) : null],
    [
      t('member.mergedInto'),
      merged ? (
        <Link asChild key="merged">
          <RouterLink to={`/members/${merged.id}`}>{merged.name}</RouterLink>
        </Link>
      ) : null,
    ],
    [t('member.emailDomains'), member.emailDomains.length > 0 ? member.emailDomains.join(', ') : null],
  ];
  return (
    <section aria-labelledby="facts-heading" className="section">
      <Heading level={2} data-size="sm" id="facts-heading">
        {t('member.details')}
      </Heading>
      <dl className="facts facts--grid">
        {rows
          .filter(([, value]) => value !== null && value !== undefined && value !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
