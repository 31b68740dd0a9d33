import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { RichDocView } from '../../components/rich-text/RichDocView.tsx';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { hasRole, useSession } from '../../session/SessionContext.tsx';
import { isNotFound } from '../governance/shared.tsx';
import { NotFound } from '../NotFound.tsx';
import { knowledgeApi } from './api.ts';
import { focusRakel, RakelPanel } from './Rakel.tsx';
import { Day, EDITORS, KindBadge } from './shared.tsx';

const SLUG = /^[a-z0-9-]{1,80}$/;

/** A help article as the portal shows it, with Rakel and a way to report a ticket below it. */
export function ArticlePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { slug = '' } = useParams();
  const valid = SLUG.test(slug);
  const article = useAsync(() => knowledgeApi.article(slug), slug, valid);
  // the answer for another article (the address changed) is not this one's
  const a = article.data?.slug === slug || article.data?.id === slug ? article.data : undefined;
  usePageTitle(a?.title ?? t('knowledge.article.loading'));

  if (!valid || (article.error !== undefined && isNotFound(article.error))) return <NotFound />;
  const back = <BackLink to="/knowledge">{t('knowledge.article.back')}</BackLink>;
  if (article.error !== undefined)
    return (
      <>
        {back}
        <ErrorMessage error={article.error} onRetry={article.reload} />
      </>
    );
  if (!a) return <Loading />;

  return (
    <>
      {back}
      <article className="kb-article" aria-labelledby="kb-article-title">
        <header className="kb-article__head">
          <Paragraph data-size="sm" className="eyebrow">
            {a.kind === 'elearning' ? t('knowledge.kinds.elearning') : t('knowledge.article.eyebrow')}
          </Paragraph>
          <Heading level={1} data-size="lg" id="kb-article-title">
            {a.title}
          </Heading>
          {a.summary && <Paragraph className="kb-article__summary">{a.summary}</Paragraph>}
          <p className="kb-article__meta">
            <KindBadge kind={a.kind} />
            <span>
              {t('knowledge.article.updated')} <Day iso={a.updatedAt} />
            </span>
            {hasRole(user, ...EDITORS) && (
              <Link asChild>
                <RouterLink to={`/knowledge/manage/${a.id}`}>{t('knowledge.article.edit')}</RouterLink>
              </Link>
            )}
          </p>
        </header>
        {a.videoUrl && (
          <Card className="kb-article__video" data-color="accent">
            <Paragraph>
              <Link href={a.videoUrl} rel="noopener noreferrer">
                {a.kind === 'elearning' ? t('knowledge.article.openCourse') : t('knowledge.article.watchVideo')}
              </Link>{' '}
              <span className="muted">{t('knowledge.article.external')}</span>
            </Paragraph>
          </Card>
        )}
        <RichDocView doc={a.body} className="kb-article__body" />
        {(a.tags.length > 0 || a.services.length > 0) && (
          <dl className="facts kb-article__facts">
            {a.tags.length > 0 && (
              <>
                <dt>{t('knowledge.article.tags')}</dt>
                <dd>
                  <ul className="kb-chips">
                    {a.tags.map((tag) => (
                      <li key={tag}>
                        <RouterLink to={`/knowledge?tag=${encodeURIComponent(tag)}`} className="kb-chip">
                          {tag}
                        </RouterLink>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            {a.services.length > 0 && (
              <>
                <dt>{t('knowledge.article.services')}</dt>
                <dd>{a.services.map((s) => s.name).join(', ')}</dd>
              </>
            )}
          </dl>
        )}
      </article>
      <section aria-labelledby="kb-help-heading" className="section kb-more-help">
        <Heading level={2} data-size="xs" id="kb-help-heading">
          {t('knowledge.article.notAnswered')}
        </Heading>
        <ul className="kb-more-help__links">
          <li>
            <Link asChild>
              <RouterLink to="#rakel" onClick={focusRakel}>
                {t('knowledge.article.askRakel')}
              </RouterLink>
            </Link>
          </li>
          <li>
            <Link asChild>
              <RouterLink to="/portal/report">{t('knowledge.article.report')}</RouterLink>
            </Link>
          </li>
        </ul>
      </section>
      <RakelPanel />
    </>
  );
}
