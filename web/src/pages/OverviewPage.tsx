import { Card, Heading, Paragraph, Skeleton } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useCooperation } from '../components/CooperationContext.tsx';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { Loading } from '../components/Loading.tsx';
import { usePageTitle } from '../lib/usePageTitle.ts';
import { BodiesSection } from './overview/BodiesSection.tsx';
import { FormerMembers } from './overview/FormerMembers.tsx';
import { MemberCards } from './overview/MemberCards.tsx';

/** The landing page: the cooperation, its members and contact people, former members and bodies. */
export function OverviewPage() {
  const { t } = useTranslation();
  const { overview, error, loading, reload } = useCooperation();
  usePageTitle(overview?.cooperation.name ?? t('overview.title'));

  if (error && !overview) {
    return (
      <>
        <Heading level={1} data-size="lg">
          {t('overview.title')}
        </Heading>
        <ErrorMessage error={error} onRetry={reload} />
      </>
    );
  }
  if (!overview) {
    return (
      <div aria-busy={loading}>
        <Heading level={1} data-size="lg">
          {t('overview.title')}
        </Heading>
        <Loading />
        <div className="card-grid" aria-hidden="true">
          {[1, 2, 3].map((n) => (
            <Card key={n}>
              <Skeleton variant="text" width="60%" />
              <Skeleton variant="text" width="90%" />
              <Skeleton variant="text" width="40%" />
            </Card>
          ))}
        </div>
      </div>
    );
  }
  const { cooperation } = overview;
  return (
    <>
      <section className="intro">
        <Heading level={1} data-size="xl">
          {cooperation.name}
        </Heading>
        <Paragraph data-size="lg" variant="long" className="intro__text">
          {cooperation.description}
        </Paragraph>
        <dl className="facts">
          <div>
            <dt>{t('overview.organisationForm')}</dt>
            <dd>{cooperation.organisationForm}</dd>
          </div>
        </dl>
      </section>
      <MemberCards overview={overview} />
      <FormerMembers overview={overview} />
      <BodiesSection bodies={overview.bodies} />
    </>
  );
}
