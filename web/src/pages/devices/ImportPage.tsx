import {
  Button,
  Card,
  Checkbox,
  Details,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { devicesApi } from '../../api/endpoints.ts';
import { DEVICE_FIELDS, type DeviceField, type DeviceImportJob, type ImportFormat } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { fileToBase64 } from '../economy/format.ts';
import { ImportResult, ImportsTable } from './ImportReport.tsx';
import { categoryOptions, focusSoon, memberOptions, PageHead, useDevices } from './shared.tsx';

const POLL_MS = 500;

/** Data rows in a CSV file, roughly (line breaks less the header): the reading phase's 100 %. */
async function estimateRows(file: Blob): Promise<number> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let lines = 0;
  for (const b of bytes) if (b === 10) lines++;
  if (bytes.length > 0 && bytes[bytes.length - 1] !== 10) lines++;
  return Math.max(0, lines - 1);
}

/**
 * Import a fleet export (Intune, or any CSV with a column mapping). The upload starts a job on the
 * server; the page polls it for progress and shows the report: counts, or every error with its line.
 */
export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('devices.import.title'));
  const imports = useAsync(() => devicesApi.imports(), 'imports');
  const [job, setJob] = useState<DeviceImportJob>();
  const [estimate, setEstimate] = useState(0);
  const [error, setError] = useState<unknown>();
  const [running, setRunning] = useState(false);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const poll = async (id: string) => {
    for (;;) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      if (!alive.current) return;
      const next = await devicesApi.importJob(id);
      if (!alive.current) return;
      setJob(next);
      if (next.status !== 'running') return next;
    }
  };

  const start = async (input: Parameters<typeof devicesApi.startImport>[0], file: File) => {
    setError(undefined);
    setJob(undefined);
    setRunning(true);
    try {
      setEstimate(await estimateRows(file));
      const { id } = await devicesApi.startImport(input);
      setJob({
        id,
        fileName: input.fileName,
        format: input.format,
        dryRun: input.dryRun,
        status: 'running',
        rows: 0,
        by: '',
        createdAt: new Date().toISOString(),
        finishedAt: null,
        progress: { phase: 'reading', done: 0, total: null },
        report: null,
      });
      focusSoon('#import-progress-heading');
      const done = await poll(id);
      if (done) {
        imports.reload();
        focusSoon('#import-result');
      }
    } catch (err) {
      setError(err);
      focusSoon('#import-error');
    } finally {
      setRunning(false);
    }
  };

  return (
    <>
      <PageHead title={t('devices.import.title')} intro={t('devices.import.intro')} />
      <ImportForm busy={running} onStart={start} />
      <div id="import-error" tabIndex={-1}>
        {error !== undefined && <ErrorMessage error={error} level={2} />}
      </div>
      {job && (
        <section aria-labelledby="import-progress-heading" className="section import-status">
          <Heading level={2} data-size="sm" id="import-progress-heading" tabIndex={-1}>
            {t('devices.import.statusTitle', { file: job.fileName })}
          </Heading>
          {job.status === 'running' ? <Progress job={job} estimate={estimate} /> : <ImportResult job={job} />}
        </section>
      )}
      <section aria-labelledby="imports-heading" className="section">
        <Heading level={2} data-size="sm" id="imports-heading">
          {t('devices.import.latest')}
        </Heading>
        {imports.error !== undefined && <ErrorMessage error={imports.error} onRetry={imports.reload} level={3} />}
        {!imports.data && imports.loading && <Loading />}
        {imports.data && <ImportsTable jobs={imports.data.items} />}
      </section>
    </>
  );
}

/** A real progress bar: rows read of the file's rows, then devices written of those to write. */
function Progress({ job, estimate }: { job: DeviceImportJob; estimate: number }) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => formatNumber(x, i18n.language);
  const p = job.progress ?? { phase: 'reading' as const, done: 0, total: null };
  const max = p.phase === 'writing' ? Math.max(1, p.total ?? 1) : Math.max(1, estimate, p.done);
  const value = Math.min(max, p.done);
  const text =
    p.phase === 'writing'
      ? t('devices.import.writing', { done: n(p.done), total: n(p.total ?? 0) })
      : p.phase === 'done'
        ? t('devices.import.finishing')
        : t('devices.import.reading', { done: n(p.done), total: n(estimate) });
  return (
    <div className="import-progress">
      {/* the phase is announced; the figures move too often to be read out each time */}
      <p role="status" className="import-progress__phase">
        {t(`devices.import.phases.${p.phase}`)}
      </p>
      <label htmlFor="import-progress-bar" className="import-progress__label">
        {text}
      </label>
      <progress id="import-progress-bar" max={max} value={value} aria-valuetext={text} />
    </div>
  );
}

function ImportForm({
  busy,
  onStart,
}: {
  busy: boolean;
  onStart: (input: Parameters<typeof devicesApi.startImport>[0], file: File) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { settings } = useDevices();
  const [file, setFile] = useState<File>();
  const [format, setFormat] = useState<ImportFormat>('intune');
  const [mapping, setMapping] = useState<Partial<Record<DeviceField, string>>>({});
  const [defaultMemberId, setDefaultMemberId] = useState('');
  const [defaultCategoryId, setDefaultCategoryId] = useState('');
  const [dryRun, setDryRun] = useState(false);
  const [fileError, setFileError] = useState<string>();

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    if (!file) {
      setFileError(t('devices.import.chooseFile'));
      requestAnimationFrame(() => form.querySelector<HTMLInputElement>('input[type="file"]')?.focus());
      return;
    }
    setFileError(undefined);
    const used = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v?.trim())) as typeof mapping;
    await onStart(
      {
        fileName: file.name,
        contentBase64: await fileToBase64(file),
        format,
        ...(format === 'csv' && Object.keys(used).length > 0 && { mapping: used }),
        defaultMemberId: defaultMemberId || null,
        defaultCategoryId: defaultCategoryId || null,
        dryRun,
      },
      file,
    );
  };

  return (
    <Card data-color="neutral" variant="tinted" className="form-card form-card--wide">
      <Heading level={2} data-size="sm">
        {t('devices.import.formTitle')}
      </Heading>
      <form onSubmit={submit} noValidate className="form">
        <Textfield
          type="file"
          label={t('devices.import.file')}
          description={t('devices.import.fileHelp')}
          name="fleetFile"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? undefined)}
          error={fileError}
        />
        <Fieldset>
          <Fieldset.Legend>{t('devices.import.format')}</Fieldset.Legend>
          <div className="radio-row">
            {(['intune', 'csv'] as const).map((f) => (
              <Radio
                key={f}
                label={t(`devices.import.formats.${f}`)}
                name="format"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
              />
            ))}
          </div>
        </Fieldset>
        {format === 'csv' && (
          <Details>
            <Details.Summary>{t('devices.import.mapping')}</Details.Summary>
            <Details.Content>
              <Paragraph data-size="sm">{t('devices.import.mappingHelp')}</Paragraph>
              <div className="form--grid">
                {DEVICE_FIELDS.map((f) => (
                  <Textfield
                    key={f}
                    label={t(`devices.import.fields.${f}`)}
                    name={`mapping.${f}`}
                    value={mapping[f] ?? ''}
                    onChange={(e) => setMapping((m) => ({ ...m, [f]: e.target.value }))}
                    autoComplete="off"
                  />
                ))}
              </div>
            </Details.Content>
          </Details>
        )}
        <div className="form--grid">
          <SelectField
            label={`${t('devices.import.defaultMember')} ${t('common.optional')}`}
            name="defaultMemberId"
            value={defaultMemberId}
            onChange={(e) => setDefaultMemberId(e.target.value)}
            empty={t('devices.import.noDefault')}
            options={memberOptions(settings)}
          />
          <SelectField
            label={`${t('devices.import.defaultCategory')} ${t('common.optional')}`}
            name="defaultCategoryId"
            value={defaultCategoryId}
            onChange={(e) => setDefaultCategoryId(e.target.value)}
            empty={t('devices.import.noDefault')}
            options={categoryOptions(settings)}
          />
        </div>
        <Paragraph data-size="sm" className="muted">
          {t('devices.import.defaultsHelp')}
        </Paragraph>
        <Checkbox
          label={t('devices.import.dryRun')}
          description={t('devices.import.dryRunHelp')}
          checked={dryRun}
          onChange={(e) => setDryRun(e.target.checked)}
        />
        <div className="button-row">
          <Button type="submit" loading={busy} data-color="accent">
            {busy ? t('devices.import.running') : t('devices.import.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
