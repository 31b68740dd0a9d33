import { Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { reportsApi } from '../../api/endpoints.ts';
import { REPORT_KINDS, REPORT_STATUSES, type ReportKind, type ReportList, type ReportStatus } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { NewReportForm } from './NewReportForm.tsx';
import { currentYear, PageHead, periodText, reportName, StatusTag } from './shared.tsx';

const isKind = (v: string | null): v is ReportKind => REPORT_KINDS.includes(v as ReportKind);
const isStatus = (v: string | null): v is ReportStatus => REPORT_STATUSES.includes(v as ReportStatus);

/** The reports, newest period first, filtered by kind, year and status (kept in the address), and "Ny rapport". */
export function ReportListPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  usePageTitle(t('reports.list.title'));
  const [params, setParams] = useSearchParams();
  const kind = isKind(params.get('kind')) ? (params.get('kind') as ReportKind) : undefined;
  const status = isStatus(params.get('status')) ? (params.get('status') as ReportStatus) : undefined;
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 2000 && yearParam <= 2100 ? yearParam : undefined;
  const query = { kind, year, status };
  const reports = useAsync<ReportList>(() => reportsApi.list(query), JSON.stringify(query));

  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const thisYear = currentYear();
  const years = Array.from({ length: 8 }, (_, i) => String(thisYear - i));
  if (year && !years.includes(String(year))) years.push(String(year));

  const items = reports.data?.items ?? [];
  const caption = t('reports.list.caption');
  const filtered = kind || year || status;

  return (
    <>
      <PageHead title={t('reports.list.title')} intro={t('reports.list.intro')} />
      <search className="filters reports-filters" aria-label={t('reports.list.filters')}>
        <SelectField
          label={t('reports.fields.kind')}
          name="kind"
          value={kind ?? ''}
          onChange={(e) => setFilter('kind', e.target.value)}
          empty={t('reports.list.allKinds')}
          options={REPORT_KINDS.map((k) => ({ value: k, label: t(`reports.kinds.${k}`) }))}
        />
        <SelectField
          label={t('reports.fields.year')}
          name="year"
          value={year ? String(year) : ''}
          onChange={(e) => setFilter('year', e.target.value)}
          empty={t('reports.list.allYears')}
          options={years.map((y) => ({ value: y, label: y }))}
        />
        <SelectField
          label={t('reports.fields.status')}
          name="status"
          value={status ?? ''}
          onChange={(e) => setFilter('status', e.target.value)}
          empty={t('reports.list.allStatuses')}
          options={REPORT_STATUSES.map((s) => ({ value: s, label: t(`reports.statuses.${s}`) }))}
        />
      </search>
      <section aria-labelledby="reports-list-heading" className="section">
        <h2 id="reports-list-heading" className="visually-hidden">
          {caption}
        </h2>
        {reports.error !== undefined && <ErrorMessage error={reports.error} onRetry={reports.reload} />}
        {!reports.data && reports.loading && <Loading />}
        <p className="result-count" role="status" data-testid="report-count">
          {reports.data &&
            !reports.loading &&
            t('reports.list.count', { count: items.length, n: formatNumber(items.length, lng) })}
        </p>
        {reports.data && items.length === 0 && (
          <Paragraph className="muted">
            {filtered ? t('reports.list.emptyFiltered') : t('reports.list.empty')}
          </Paragraph>
        )}
        {items.length > 0 && (
          <TableScroll label={caption}>
            <Table className="data-table reports-table" data-size="sm" aria-busy={reports.loading || undefined}>
              <caption className="table-caption">{caption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('reports.fields.title')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('reports.fields.kind')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('reports.fields.period')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="num">
                    {t('reports.fields.version')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('reports.fields.status')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('reports.fields.updatedAt')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((r) => (
                  <Table.Row key={r.id} data-report={r.id} data-period={r.period} data-kind={r.kind}>
                    <Table.HeaderCell scope="row" className="break">
                      <Link asChild>
                        <RouterLink to={`/reports/${r.id}`}>
                          {r.title || reportName(t, r.kind, r.period, lng)}
                        </RouterLink>
                      </Link>
                    </Table.HeaderCell>
                    <Table.Cell>{t(`reports.kinds.${r.kind}`)}</Table.Cell>
                    <Table.Cell className="nowrap" data-cell="period">
                      {periodText(r.kind, r.period, lng)}
                    </Table.Cell>
                    <Table.Cell className="num">{formatNumber(r.version, lng)}</Table.Cell>
                    <Table.Cell>
                      <StatusTag status={r.status} />
                    </Table.Cell>
                    <Table.Cell className="nowrap">
                      <time dateTime={r.updatedAt}>{formatDateTime(r.updatedAt, lng)}</time>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>
      {reports.data?.can.create && <NewReportForm existing={reports.data.items} filtered={!!filtered} />}
    </>
  );
}
