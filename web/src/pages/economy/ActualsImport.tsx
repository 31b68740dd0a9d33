import { Alert, Button, Card, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { economyApi } from '../../api/endpoints.ts';
import type { ActualsImportReport, EconomyOperating } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDateTime, formatKroner, formatNumber } from '../../lib/format.ts';
import { fileToBase64 } from './format.ts';
import { monthOptions } from './shared.tsx';

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
  'missing_account',
  'unknown_account',
  'invalid_period',
  'wrong_period',
  'invalid_amount',
  'duplicate',
  'too_many_errors',
]);

/**
 * Upload an accounting export (CSV) of actuals. The server checks every row first: with any error
 * nothing is written, and the report lists each error with its line, which is shown in full.
 */
export function ActualsImport({ year, onImported }: { year: number; onImported: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File>();
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [report, setReport] = useState<ActualsImportReport>();
  const [busy, setBusy] = useState(false);
  const reportRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    setError(undefined);
    if (!file) {
      setFieldError(t('economy.actuals.chooseFile'));
      requestAnimationFrame(() => form.querySelector<HTMLInputElement>('input[type="file"]')?.focus());
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    setReport(undefined);
    try {
      const result = await economyApi.importActuals(year, file.name, await fileToBase64(file));
      setReport(result);
      if (!result.rejected) {
        setFile(undefined);
        if (inputRef.current) inputRef.current.value = '';
        onImported();
      }
      requestAnimationFrame(() => reportRef.current?.focus());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card data-color="neutral" variant="tinted" className="form-card form-card--wide">
      <Heading level={3} data-size="xs">
        {t('economy.actuals.formTitle', { year })}
      </Heading>
      {error !== undefined && <ErrorMessage error={error} level={4} />}
      <form onSubmit={submit} noValidate className="form">
        <Textfield
          ref={inputRef}
          type="file"
          label={t('economy.actuals.file')}
          description={t('economy.actuals.fileHelp')}
          name="actualsFile"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? undefined)}
          error={fieldError}
        />
        <div className="button-row">
          <Button type="submit" loading={busy} data-color="accent">
            {t('economy.actuals.submit')}
          </Button>
        </div>
      </form>
      {report && <ImportReport report={report} headingRef={reportRef} />}
    </Card>
  );
}

function ImportReport({
  report,
  headingRef,
}: {
  report: ActualsImportReport;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const months = monthOptions(report.year, lng);
  if (!report.rejected) {
    return (
      <Alert data-color="success" className="import-report">
        <Heading level={4} data-size="xs" ref={headingRef} tabIndex={-1}>
          {t('economy.actuals.importedTitle')}
        </Heading>
        <Paragraph>
          {t('economy.actuals.imported', {
            count: report.rows,
            file: report.fileName,
            periods: report.periods.map((p) => months[p - 1]?.label ?? p).join(', '),
            total: formatKroner(report.totalOre, lng),
          })}
        </Paragraph>
      </Alert>
    );
  }
  const caption = t('economy.actuals.errorsCaption', { file: report.fileName });
  return (
    <div className="import-report">
      <Alert data-color="danger">
        <Heading level={4} data-size="xs" ref={headingRef} tabIndex={-1}>
          {t('economy.actuals.rejectedTitle')}
        </Heading>
        <Paragraph>{t('economy.actuals.rejected', { count: report.errors.length, file: report.fileName })}</Paragraph>
      </Alert>
      <TableScroll label={caption}>
        <Table className="data-table import-errors" data-size="sm">
          <caption className="table-caption">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col" className="num">
                {t('economy.actuals.line')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('economy.actuals.field')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('economy.actuals.problem')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('economy.actuals.details')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {report.errors.map((issue, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the report's order is its identity
              <Table.Row key={i} data-line={issue.line ?? ''}>
                <Table.HeaderCell scope="row" className="num">
                  {issue.line === null ? t('economy.actuals.wholeFile') : formatNumber(issue.line, lng)}
                </Table.HeaderCell>
                <Table.Cell>{issue.field ? t(`economy.actuals.fields.${issue.field}`) : t('common.none')}</Table.Cell>
                <Table.Cell>
                  {KNOWN_CODES.has(issue.code) ? t(`economy.actuals.codes.${issue.code}`) : issue.code}
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

/** The files imported for the year, newest first as the server lists them. */
export function ImportsTable({ year, imports }: { year: number; imports: EconomyOperating['imports'] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const months = monthOptions(year, lng);
  const caption = t('economy.actuals.importsCaption', { year });
  if (imports.length === 0) return <Paragraph className="muted">{t('economy.actuals.noImports', { year })}</Paragraph>;
  return (
    <TableScroll label={caption}>
      <Table className="data-table imports-table" data-size="sm">
        <caption className="table-caption">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('economy.actuals.fileName')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('economy.actuals.periods')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('economy.actuals.rows')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('economy.actuals.total')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('economy.actuals.importedAt')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {imports.map((i) => (
            <Table.Row key={i.id}>
              <Table.HeaderCell scope="row" className="break">
                {i.fileName}
              </Table.HeaderCell>
              <Table.Cell>{i.periods.map((p) => months[p - 1]?.label ?? p).join(', ')}</Table.Cell>
              <Table.Cell className="num">{formatNumber(i.rows, lng)}</Table.Cell>
              <Table.Cell className="num nowrap">{formatKroner(i.totalOre, lng)}</Table.Cell>
              <Table.Cell>
                {t('economy.actuals.importedBy', {
                  at: formatDateTime(i.importedAt, lng),
                  by: i.importedBy,
                })}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
