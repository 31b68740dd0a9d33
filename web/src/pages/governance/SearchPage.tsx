import { Button, Heading, Link, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { governanceApi, type SearchResult } from './api.ts';
import { ProposalStatusTag } from './ProposalsPage.tsx';
import { formatDate } from './shared.tsx';

/** Search cases, decisions and proposals (Norwegian full text: "budsjett" also finds "budsjettet"). */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  usePageTitle(q ? t('governance.search.pageTitleQuery', { q }) : t('governance.search.pageTitle'));
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const result = useAsync(() => governanceApi.search(q), q, q !== '');
  const data = q ? result.data : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = new URLSearchParams(params);
    if (text.trim()) p.set('q', text.trim());
    else p.delete('q');
    setParams(p);
  };

  return (
    <>
      <Paragraph data-size="sm" className="eyebrow">
        {t('governance.title')}
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('governance.search.title')}
      </Heading>
      <Paragraph className="muted">{t('governance.search.intro')}</Paragraph>
      <search className="gov-search">
        <form onSubmit={submit} noValidate className="gov-search__form">
          <Textfield
            label={t('governance.search.label')}
            name="q"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={200}
            autoComplete="off"
          />
          <Button type="submit" data-color="accent">
            {t('governance.search.submit')}
          </Button>
        </form>
      </search>
      <p role="status" className="result-count">
        {q && data
          ? t('governance.search.count', {
              q,
              cases: t('governance.search.cases', { count: data.cases.length }),
              proposals: t('governance.search.proposalsCount', { count: data.proposals.length }),
            })
          : ''}
      </p>
      {q && result.error !== undefined && <ErrorMessage error={result.error} onRetry={result.reload} />}
      {q && result.loading && !data && <Loading />}
      {data && <Results data={data} busy={result.loading} />}
    </>
  );
}

function Results({ data, busy }: { data: SearchResult; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const casesCaption = t('governance.search.casesCaption', { q: data.query });
  const proposalsCaption = t('governance.search.proposalsCaption', { q: data.query });
  return (
    <>
      <section aria-labelledby="case-results-heading" className="section">
        <Heading level={2} data-size="sm" id="case-results-heading">
          {t('governance.search.casesTitle')}
        </Heading>
        {data.cases.length === 0 ? (
          <Paragraph className="muted">{t('governance.search.noCases')}</Paragraph>
        ) : (
          <TableScroll label={casesCaption}>
            <Table className="data-table gov-search-cases" data-size="sm" aria-busy={busy}>
              <caption className="table-caption">{casesCaption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('governance.search.number')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('governance.search.caseTitle')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('governance.search.body')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('governance.search.date')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('governance.search.status')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.cases.map((c) => (
                  <Table.Row key={c.id}>
                    <Table.HeaderCell scope="row" className="nowrap">
                      <Link asChild>
                        <RouterLink to={`/governance/meetings/${c.meetingId}#case-${c.id}`}>
                          {c.number ?? t('governance.case.unnumbered')}
                        </RouterLink>
                      </Link>
                    </Table.HeaderCell>
                    <Table.Cell className="break">{c.title}</Table.Cell>
                    <Table.Cell>{c.bodyName}</Table.Cell>
                    <Table.Cell className="nowrap">{formatDate(c.date, lng)}</Table.Cell>
                    <Table.Cell>{t(`governance.caseStatus.${c.status}`)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="proposal-results-heading" className="section">
        <Heading level={2} data-size="sm" id="proposal-results-heading">
          {t('governance.search.proposalsTitle')}
        </Heading>
        {data.proposals.length === 0 ? (
          <Paragraph className="muted">{t('governance.search.noProposals')}</Paragraph>
        ) : (
          <TableScroll label={proposalsCaption}>
            <Table className="data-table gov-search-proposals" data-size="sm" aria-busy={busy}>
              <caption className="table-caption">{proposalsCaption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('governance.proposals.reference')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('governance.proposals.titleField')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('governance.proposals.stage')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('governance.proposals.status')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {data.proposals.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.HeaderCell scope="row" className="nowrap">
                      <Link asChild>
                        <RouterLink to={`/governance/proposals/${p.id}`}>{p.reference}</RouterLink>
                      </Link>
                    </Table.HeaderCell>
                    <Table.Cell className="break">{p.title}</Table.Cell>
                    <Table.Cell>{t(`governance.stages.${p.stage}`)}</Table.Cell>
                    <Table.Cell>
                      <ProposalStatusTag status={p.status} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
