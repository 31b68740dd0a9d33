import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDay, formatNumber } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { DataTable, ListState } from '../channels/shared.tsx';
import { knowledgeApi, type ReviewItem } from './api.ts';
import { Day, KnowledgeHead } from './shared.tsx';

/** "Til gjennomgang": published articles whose review date has passed, and those due within a month. */
export function ReviewPage() {
  const { t } = useTranslation();
  usePageTitle(t('knowledge.review.title'));
  const review = useAsync(() => knowledgeApi.review(), 'review');
  const data = review.data;
  return (
    <>
      <KnowledgeHead title={t('knowledge.review.title')} intro={t('knowledge.review.intro')} />
      <ListState list={review} />
      {data && (
        <>
          <ReviewSection
            id="kb-overdue-heading"
            heading={t('knowledge.review.overdue', { count: data.overdue.length })}
            none={t('knowledge.review.noneOverdue')}
            items={data.overdue}
            overdue
          />
          <ReviewSection
            id="kb-due-soon-heading"
            heading={t('knowledge.review.dueSoon', { count: data.dueSoon.length })}
            none={t('knowledge.review.noneDueSoon')}
            items={data.dueSoon}
          />
        </>
      )}
    </>
  );
}

function ReviewSection({
  id,
  heading,
  none,
  items,
  overdue,
}: {
  id: string;
  heading: string;
  none: string;
  items: ReviewItem[];
  overdue?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <section aria-labelledby={id} className="section">
      <Heading level={2} data-size="sm" id={id}>
        {heading}
      </Heading>
      {items.length === 0 ? (
        <Paragraph className="muted">{none}</Paragraph>
      ) : (
        <DataTable
          label={heading}
          hiddenCaption
          className={overdue ? 'kb-review-table kb-overdue-table' : 'kb-review-table kb-due-table'}
          columns={[
            t('knowledge.manage.articleTitle'),
            t('knowledge.manage.owner'),
            t('knowledge.manage.reviewOn'),
            overdue ? { text: t('knowledge.review.daysOverdue'), className: 'num' } : t('knowledge.review.daysLeft'),
            t('knowledge.manage.updated'),
          ]}
        >
          {items.map((x) => (
            <Table.Row key={x.id} data-article={x.id}>
              <Table.HeaderCell scope="row" className="wrap">
                <Link asChild>
                  <RouterLink to={`/knowledge/manage/${x.id}`}>{x.title}</RouterLink>
                </Link>
              </Table.HeaderCell>
              <Table.Cell>{x.ownerName ?? <span className="muted">{t('common.none')}</span>}</Table.Cell>
              <Table.Cell>
                <time dateTime={x.reviewOn} className="nowrap">
                  {formatDay(x.reviewOn, lng)}
                </time>
              </Table.Cell>
              <Table.Cell className={overdue ? 'num' : undefined}>
                {overdue
                  ? formatNumber(x.daysOverdue, lng)
                  : x.daysOverdue === 0
                    ? t('knowledge.review.today')
                    : t('knowledge.review.inDays', { count: -x.daysOverdue, n: formatNumber(-x.daysOverdue, lng) })}
              </Table.Cell>
              <Table.Cell>
                <Day iso={x.updatedAt} />
              </Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
    </section>
  );
}
