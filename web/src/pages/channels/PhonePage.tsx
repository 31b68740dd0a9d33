import { Alert, Button, Card, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { channelsApi } from '../../api/endpoints.ts';
import type { PhoneFigures, PhoneImportResult } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formatDay, formatMonth, formatNumber, todayInOslo } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { hasRole, useSession } from '../../session/SessionContext.tsx';
import { ChannelsHead, DataTable, ListState } from './shared.tsx';

const thisYear = () => Number(todayInOslo().slice(0, 4));
const locale = (lng: string) => (lng === 'en' ? 'en-GB' : 'nb-NO');

/** 0.953 → '95 %' (whole per cent). */
export const formatRate = (rate: number | null, lng: string) =>
  rate === null ? '–' : new Intl.NumberFormat(locale(lng), { style: 'percent', maximumFractionDigits: 0 }).format(rate);

/** Seconds → whole seconds. */
export const formatSeconds = (s: number | null, lng: string) => (s === null ? '–' : formatNumber(Math.round(s), lng));

/** Seconds → minutes with one decimal ('4,5'). */
export const formatTalkMinutes = (s: number | null, lng: string) =>
  s === null
    ? '–'
    : new Intl.NumberFormat(locale(lng), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(s / 60);

/** Phone statistics: the telephony system's CSV imported, and calls, answer rate, wait and talk time per month. */
export function PhonePage() {
  const { t } = useTranslation();
  usePageTitle(t('channels.phone.title'));
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear();
  const stats = useAsync(() => channelsApi.phone(year), String(year));
  const years = [...new Set([...(stats.data?.years ?? []), thisYear(), year])].sort((a, b) => b - a);
  const canImport = hasRole(user, 'admin', 'agent');

  return (
    <>
      <ChannelsHead title={t('channels.phone.title')} intro={t('channels.phone.intro')}>
        <div className="toolbar-field">
          <SelectField
            label={t('channels.phone.year')}
            name="year"
            value={String(year)}
            onChange={(e) => setParams({ year: e.target.value }, { replace: true })}
            options={years.map((y) => ({ value: String(y), label: String(y) }))}
          />
        </div>
      </ChannelsHead>
      <section aria-labelledby="phone-heading" className="section">
        <Heading level={2} data-size="sm" id="phone-heading">
          {t('channels.phone.tableHeading', { year })}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t('channels.phone.definitions')}
        </Paragraph>
        <ListState list={stats} />
        {stats.data && stats.data.year === year && (
          <>
            {stats.data.total.callsReceived === 0 && (
              <Paragraph className="muted">{t('channels.phone.noCalls', { year })}</Paragraph>
            )}
            <PhoneTable months={stats.data.months} total={stats.data.total} year={year} />
          </>
        )}
      </section>
      {canImport && (
        <PhoneImport
          onImported={(r) => {
            const last = Number(r.lastDay.slice(0, 4));
            if (last && last !== year) setParams({ year: String(last) }, { replace: true });
            else stats.reload();
          }}
        />
      )}
    </>
  );
}

/** The figures' columns: data-col, heading and cell text (all numbers, right-aligned). */
const COLUMNS = [
  { col: 'calls', head: 'channels.phone.calls', text: (f, lng) => formatNumber(f.callsReceived, lng) },
  { col: 'answered', head: 'channels.phone.answered', text: (f, lng) => formatNumber(f.callsAnswered, lng) },
  { col: 'rate', head: 'channels.phone.rate', text: (f, lng) => formatRate(f.answerRate, lng), nowrap: true },
  { col: 'wait', head: 'channels.phone.wait', text: (f, lng) => formatSeconds(f.meanWaitSeconds, lng) },
  { col: 'talk', head: 'channels.phone.talk', text: (f, lng) => formatTalkMinutes(f.meanTalkSeconds, lng) },
] as const satisfies readonly {
  col: string;
  head: string;
  text: (f: PhoneFigures, lng: string) => string;
  nowrap?: boolean;
}[];

function PhoneTable({ months, total, year }: { months: PhoneFigures[]; total: PhoneFigures; year: number }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const cells = (f: PhoneFigures) =>
    COLUMNS.map((c) => (
      <Table.Cell key={c.col} className={'nowrap' in c ? 'num nowrap' : 'num'} data-col={c.col}>
        {c.text(f, lng)}
      </Table.Cell>
    ));
  const month = (m: string) => {
    const text = formatMonth(m, lng);
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  return (
    <DataTable
      label={t('channels.phone.caption', { year })}
      className="phone-table"
      columns={[t('channels.phone.month'), ...COLUMNS.map((c) => ({ text: t(c.head), className: 'num' }))]}
      foot={
        <Table.Row className="total-row" data-month="total">
          <Table.HeaderCell scope="row">{t('channels.phone.total', { year })}</Table.HeaderCell>
          {cells(total)}
        </Table.Row>
      }
    >
      {months.map((m) => (
        <Table.Row key={m.month} data-month={m.month}>
          <Table.HeaderCell scope="row">{month(m.month)}</Table.HeaderCell>
          {cells(m)}
        </Table.Row>
      ))}
    </DataTable>
  );
}

/** Upload the telephony system's CSV (read as text in the browser); a file with bad lines imports nothing. */
function PhoneImport({ onImported }: { onImported: (r: PhoneImportResult) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [file, setFile] = useState<File>();
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<{ fileName: string; report: PhoneImportResult }>();
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  // The outcome of an import takes the focus once it is shown.
  useEffect(() => {
    if (result) document.getElementById('phone-import-result')?.focus();
  }, [result]);
  useEffect(() => {
    if (error !== undefined) document.getElementById('phone-import-error')?.focus();
  }, [error]);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    setError(undefined);
    setResult(undefined);
    if (!file) {
      setFieldError(t('channels.phone.chooseFile'));
      requestAnimationFrame(() => inputRef.current?.focus());
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    try {
      const report = await channelsApi.importPhone(file.name, await file.text());
      setResult({ fileName: file.name, report });
      setFile(undefined);
      if (inputRef.current) inputRef.current.value = '';
      onImported(report);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const rejected = error instanceof ApiError && error.code === 'validation_failed';
  const problems = rejected ? error.issues : [];
  const caption = t('channels.phone.problemsCaption', { file: file?.name ?? '' });

  return (
    <section aria-labelledby="phone-import-heading" className="section">
      <Card className="form-card form-card--wide">
        <Heading level={2} data-size="sm" id="phone-import-heading">
          {t('channels.phone.importHeading')}
        </Heading>
        <Paragraph data-size="sm">{t('channels.phone.importHelp')}</Paragraph>
        <ul className="phone-formats">
          <li>{t('channels.phone.formatCalls')}</li>
          <li>{t('channels.phone.formatSummary')}</li>
        </ul>
        <form onSubmit={submit} noValidate className="form">
          <Textfield
            ref={inputRef}
            type="file"
            label={t('channels.phone.file')}
            description={t('channels.phone.fileHelp')}
            name="phoneFile"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(e) => {
              setFile((e.target as HTMLInputElement).files?.[0] ?? undefined);
              setFieldError(undefined);
            }}
            error={fieldError}
          />
          <div className="button-row">
            <Button type="submit" loading={busy} data-color="accent">
              {busy ? t('channels.phone.importing') : t('channels.phone.import')}
            </Button>
          </div>
        </form>
        {result && (
          <Alert data-color="success">
            <Heading level={3} data-size="xs" id="phone-import-result" tabIndex={-1}>
              {t('channels.phone.importedHeading')}
            </Heading>
            <Paragraph>
              {t('channels.phone.imported', {
                file: result.fileName,
                calls: formatNumber(result.report.calls, lng),
                days: formatNumber(result.report.days, lng),
                from: formatDay(result.report.firstDay, lng),
                to: formatDay(result.report.lastDay, lng),
                format: t(`channels.phone.formats.${result.report.format}`),
              })}
            </Paragraph>
          </Alert>
        )}
        <div id="phone-import-error" tabIndex={-1}>
          {error !== undefined && !rejected && <ErrorMessage error={error} level={3} />}
          {rejected && (
            <Alert data-color="danger">
              <Heading level={3} data-size="xs">
                {t('channels.phone.rejectedHeading')}
              </Heading>
              <Paragraph>
                {problems.length === 0
                  ? t('channels.phone.empty')
                  : t('channels.phone.rejected', { count: problems.length })}
              </Paragraph>
            </Alert>
          )}
          {problems.length > 0 && (
            <DataTable
              label={caption}
              caption={t('channels.phone.problems')}
              className="import-errors"
              small
              columns={[{ text: t('channels.phone.line'), className: 'num' }, t('channels.phone.problem')]}
            >
              {problems.map((p, i) => {
                const line = /^line (\d+)$/.exec(p.path)?.[1];
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the server's order is the identity
                  <Table.Row key={i} data-line={line ?? ''}>
                    <Table.HeaderCell scope="row" className="num">
                      {line ? formatNumber(Number(line), lng) : t('channels.phone.wholeFile')}
                    </Table.HeaderCell>
                    <Table.Cell className="wrap" lang="en">
                      {p.message}
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </DataTable>
          )}
        </div>
      </Card>
    </section>
  );
}
