import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { DeviceImportJob, DeviceImportReport } from '../../api/types.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';

const KNOWN_CODES = new Set([
  'too_large',
  'not_csv',
  'mixed_encoding',
  'empty',
  'missing_column',
  'duplicate_column',
  'truncated',
  'invalid_csv',
  'wrong_field_count',
  'too_many_rows',
  'missing_serial',
  'invalid_serial',
  'duplicate_serial',
  'unknown_kind',
  'unknown_member',
  'unknown_category',
  'invalid_number',
  'invalid_date',
  'future_date',
  'unknown_status',
  'too_many_errors',
]);

const isReport = (r: DeviceImportJob['report']): r is DeviceImportReport =>
  !!r && typeof r === 'object' && 'rejected' in r;

/** The end of an import: what it created, changed and left alone; or every error with its line; or why it failed. */
export function ImportResult({ job }: { job: DeviceImportJob }) {
  const { t } = useTranslation();
  const report = job.report;
  if (isReport(report)) return report.rejected ? <Rejected report={report} /> : <Done report={report} />;
  return (
    <Alert data-color="danger" className="import-report">
      <Heading level={3} data-size="xs" id="import-result" tabIndex={-1}>
        {t('devices.import.failedTitle')}
      </Heading>
      <Paragraph>{t('devices.import.failed', { file: job.fileName })}</Paragraph>
      {report && 'message' in report && (
        <Paragraph data-size="sm" lang="en">
          {report.message}
        </Paragraph>
      )}
    </Alert>
  );
}

function Done({ report }: { report: DeviceImportReport }) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => formatNumber(x, i18n.language);
  const counts = [
    ['created', report.created],
    ['updated', report.updated],
    ['unchanged', report.unchanged],
  ] as const;
  return (
    <Alert data-color="success" className="import-report">
      <Heading level={3} data-size="xs" id="import-result" tabIndex={-1}>
        {report.dryRun ? t('devices.import.dryRunTitle') : t('devices.import.doneTitle')}
      </Heading>
      <Paragraph>
        {t(report.dryRun ? 'devices.import.wouldBe' : 'devices.import.done', {
          count: report.rows,
          rows: n(report.rows),
          file: report.fileName,
        })}
      </Paragraph>
      <dl className="facts import-counts">
        {counts.map(([key, value]) => (
          <div key={key} data-count={key}>
            <dt>{t(`devices.import.counts.${key}`)}</dt>
            <dd>{n(value)}</dd>
          </div>
        ))}
      </dl>
      {report.purchaseFromEnrollment > 0 && (
        <Paragraph data-size="sm">
          {t('devices.import.purchaseFromEnrollment', {
            count: report.purchaseFromEnrollment,
            n: n(report.purchaseFromEnrollment),
          })}
        </Paragraph>
      )}
      {report.withoutPurchaseDate > 0 && (
        <Paragraph data-size="sm">
          {t('devices.import.withoutPurchaseDate', {
            count: report.withoutPurchaseDate,
            n: n(report.withoutPurchaseDate),
          })}
        </Paragraph>
      )}
    </Alert>
  );
}

function Rejected({ report }: { report: DeviceImportReport }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const caption = t('devices.import.errorsCaption', { file: report.fileName });
  return (
    <div className="import-report">
      <Alert data-color="danger">
        <Heading level={3} data-size="xs" id="import-result" tabIndex={-1}>
          {t('devices.import.rejectedTitle')}
        </Heading>
        <Paragraph>
          {t('devices.import.rejected', {
            count: report.errors.length,
            n: formatNumber(report.errors.length, lng),
            file: report.fileName,
          })}
        </Paragraph>
      </Alert>
      <TableScroll label={caption}>
        <Table className="data-table import-errors" data-size="sm">
          <caption className="table-caption">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col" className="num">
                {t('devices.import.line')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('devices.import.field')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('devices.import.problem')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('devices.import.details')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {report.errors.map((issue, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the report's order is its identity
              <Table.Row key={i} data-line={issue.line ?? ''} data-code={issue.code}>
                <Table.HeaderCell scope="row" className="num">
                  {issue.line === null ? t('devices.import.wholeFile') : formatNumber(issue.line, lng)}
                </Table.HeaderCell>
                <Table.Cell>{issue.field ? t(`devices.import.fields.${issue.field}`) : t('common.none')}</Table.Cell>
                <Table.Cell>
                  {KNOWN_CODES.has(issue.code) ? t(`devices.import.codes.${issue.code}`) : issue.code}
                </Table.Cell>
                <Table.Cell className="break" lang="en">
                  {issue.message}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </div>
  );
}

/** The latest imports of the cooperation, newest first. */
export function ImportsTable({ jobs }: { jobs: DeviceImportJob[] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const caption = t('devices.import.latestCaption');
  if (jobs.length === 0) return <Paragraph className="muted">{t('devices.import.noImports')}</Paragraph>;
  return (
    <TableScroll label={caption}>
      <Table className="data-table imports-table" data-size="sm">
        <caption className="table-caption">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('devices.import.columns.file')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('devices.import.format')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('devices.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('devices.import.columns.rows')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('devices.import.columns.by')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {jobs.map((j) => (
            <Table.Row key={j.id}>
              <Table.HeaderCell scope="row" className="break">
                {j.fileName}
              </Table.HeaderCell>
              <Table.Cell>{t(`devices.import.formats.${j.format}`)}</Table.Cell>
              <Table.Cell>
                {t(`devices.import.statuses.${j.status}`)}
                {j.dryRun && ` ${t('devices.import.dryRunSuffix')}`}
              </Table.Cell>
              <Table.Cell className="num">{formatNumber(j.rows, lng)}</Table.Cell>
              <Table.Cell>
                {t('devices.import.byAt', { by: j.by || t('common.none'), at: formatDateTime(j.createdAt, lng) })}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
