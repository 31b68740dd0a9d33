import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { SelectField } from '../../components/SelectField.tsx';
import { addMonths, formatMonth, formatNumber, monthInOslo } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { DataTable, ListState, When } from '../channels/shared.tsx';
import { isMonth } from '../devices/shared.tsx';
import { knowledgeApi, type UsageView } from './api.ts';
import { KnowledgeHead } from './shared.tsx';

/** How far back the month picker goes. */
const MONTHS_BACK = 48;

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Bruk": the portal's figures of a month – views, visitors, top articles, searches without hits, Rakel. */
export function UsagePage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  usePageTitle(t('knowledge.usage.title'));
  const [params, setParams] = useSearchParams();
  const thisMonth = monthInOslo();
  const requested = params.get('month');
  const month = isMonth(requested) && requested <= thisMonth ? requested : thisMonth;
  const usage = useAsync(() => knowledgeApi.usage(month), month);
  const data = usage.data?.month === month ? usage.data : undefined;

  const months = Array.from({ length: MONTHS_BACK }, (_, i) => addMonths(thisMonth, -i));
  if (!months.includes(month)) months.push(month);

  return (
    <>
      <KnowledgeHead title={t('knowledge.usage.title')} intro={t('knowledge.usage.intro')} />
      <div className="section-toolbar section-toolbar--end">
        <div className="toolbar-field">
          <SelectField
            label={t('knowledge.usage.month')}
            name="month"
            value={month}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              if (e.target.value === thisMonth) next.delete('month');
              else next.set('month', e.target.value);
              setParams(next, { replace: true });
            }}
            options={months.map((m) => ({ value: m, label: capitalised(formatMonth(m, lng)) }))}
          />
        </div>
      </div>
      <ListState
        list={usage}
        counted={data ? t('knowledge.usage.showing', { month: formatMonth(data.month, lng) }) : ''}
      />
      {data && <Figures data={data} busy={usage.loading} />}
    </>
  );
}

function Figure({ name, value, sub, id }: { name: string; value: number; sub?: string; id: string }) {
  const { i18n } = useTranslation();
  return (
    <div className="kb-figure" data-figure={id}>
      <dt>{name}</dt>
      <dd>
        <span className="kb-figure__value">{formatNumber(value, i18n.language)}</span>
        {sub && <span className="kb-figure__sub">{sub}</span>}
      </dd>
    </div>
  );
}

function Figures({ data, busy }: { data: UsageView; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const n = (x: number) => formatNumber(x, lng);
  const previous = capitalised(formatMonth(data.previous.month, lng));
  const monthText = formatMonth(data.month, lng);
  return (
    <div className="kb-usage" aria-busy={busy || undefined}>
      <section aria-labelledby="kb-usage-visits" className="section">
        <Heading level={2} data-size="sm" id="kb-usage-visits">
          {t('knowledge.usage.visits')}
        </Heading>
        <dl className="kb-figures">
          <Figure
            id="views"
            name={t('knowledge.usage.views')}
            value={data.views}
            sub={t('knowledge.usage.previous', { month: previous, n: n(data.previous.views) })}
          />
          <Figure
            id="visitors"
            name={t('knowledge.usage.uniqueVisitors')}
            value={data.uniqueVisitors}
            sub={t('knowledge.usage.previous', { month: previous, n: n(data.previous.uniqueVisitors) })}
          />
          <Figure
            id="since-launch"
            name={t('knowledge.usage.sinceLaunch')}
            value={data.visitorsSinceLaunch}
            sub={t('knowledge.usage.sinceLaunchHelp')}
          />
        </dl>
      </section>
      <section aria-labelledby="kb-usage-top" className="section">
        <Heading level={2} data-size="sm" id="kb-usage-top">
          {t('knowledge.usage.topArticles')}
        </Heading>
        {data.topArticles.length === 0 ? (
          <Paragraph className="muted">{t('knowledge.usage.noViews')}</Paragraph>
        ) : (
          <DataTable
            label={t('knowledge.usage.topCaption', { month: monthText })}
            hiddenCaption
            className="kb-top-table"
            small
            columns={[
              { text: t('knowledge.usage.rank'), className: 'num' },
              t('knowledge.usage.article'),
              { text: t('knowledge.usage.views'), className: 'num' },
            ]}
          >
            {data.topArticles.map((a, i) => (
              <Table.Row key={a.articleId} data-article={a.articleId}>
                <Table.Cell className="num">{n(i + 1)}</Table.Cell>
                <Table.HeaderCell scope="row" className="wrap">
                  <Link asChild>
                    <RouterLink to={`/knowledge/articles/${a.articleId}`}>{a.title}</RouterLink>
                  </Link>
                </Table.HeaderCell>
                <Table.Cell className="num">{n(a.views)}</Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="kb-usage-search" className="section">
        <Heading level={2} data-size="sm" id="kb-usage-search">
          {t('knowledge.usage.search')}
        </Heading>
        <dl className="kb-figures">
          <Figure id="searches" name={t('knowledge.usage.searches')} value={data.searches} />
          <Figure id="zero" name={t('knowledge.usage.zeroResultSearches')} value={data.zeroResultSearches} />
        </dl>
        {data.zeroResultQueries.length > 0 && (
          <DataTable
            label={t('knowledge.usage.zeroCaption', { month: monthText })}
            className="kb-zero-table"
            small
            columns={[
              t('knowledge.usage.query'),
              { text: t('knowledge.usage.times'), className: 'num' },
              t('knowledge.usage.last'),
            ]}
          >
            {data.zeroResultQueries.map((q) => (
              <Table.Row key={q.query}>
                <Table.HeaderCell scope="row" className="wrap" lang="nb">
                  {q.query}
                </Table.HeaderCell>
                <Table.Cell className="num">{n(q.times)}</Table.Cell>
                <Table.Cell>
                  <When iso={q.last} />
                </Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="kb-usage-rakel" className="section">
        <Heading level={2} data-size="sm" id="kb-usage-rakel">
          {t('knowledge.usage.rakel')}
        </Heading>
        <dl className="kb-figures">
          <Figure id="conversations" name={t('knowledge.usage.conversations')} value={data.rakel.conversations} />
          <Figure id="questions" name={t('knowledge.usage.questions')} value={data.rakel.questions} />
          <Figure id="unanswered" name={t('knowledge.usage.unanswered')} value={data.rakel.unanswered} />
          <Figure id="dialogues" name={t('knowledge.usage.dialogues')} value={data.rakel.dialogues} />
        </dl>
      </section>
    </div>
  );
}
