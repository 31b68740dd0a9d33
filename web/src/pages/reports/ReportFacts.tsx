import { Button, Card, Heading, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportsApi } from '../../api/endpoints.ts';
import type { Report } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { formatDateTime, formatDay, formatNumber } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { CasePicker } from './CasePicker.tsx';
import { asOfDay, focusSoon, periodText } from './shared.tsx';

type Changed = (next: Report, message: string, focus?: string) => void;

/** The report's facts; in draft, for those who may, a form to change its title, owner and case. */
export function ReportFacts({ report: r, onChanged }: { report: Report; onChanged: Changed }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [editing, setEditing] = useState(false);
  const none = <span className="muted">{t('common.none')}</span>;
  const facts: [string, ReactNode, string][] = [
    [t('reports.fields.kind'), t(`reports.kinds.${r.kind}`), 'kind'],
    [t('reports.fields.period'), periodText(r.kind, r.period, lng), 'period'],
    [t('reports.fields.asOf'), formatDay(asOfDay(r.kind, r.period), lng), 'asOf'],
    [t('reports.fields.version'), formatNumber(r.version, lng), 'version'],
    [t('reports.fields.versionDate'), formatDay(r.versionDate, lng), 'versionDate'],
    [t('reports.fields.documentOwner'), r.documentOwner || none, 'documentOwner'],
    [t('reports.fields.case'), r.caseNumber ?? (r.caseId ? t('reports.cases.unnumbered') : none), 'case'],
  ];
  if (r.submittedAt)
    facts.push([
      t('reports.fields.submittedAt'),
      <time key="s" dateTime={r.submittedAt}>
        {formatDateTime(r.submittedAt, lng)}
      </time>,
      'submittedAt',
    ]);
  if (r.approvedAt)
    facts.push([
      t('reports.fields.approved'),
      r.approvedBy
        ? t('reports.report.approvedBy', { date: formatDateTime(r.approvedAt, lng), name: r.approvedBy })
        : formatDateTime(r.approvedAt, lng),
      'approved',
    ]);
  return (
    <section aria-labelledby="report-facts-heading" className="section">
      <h2 id="report-facts-heading" className="visually-hidden">
        {t('reports.report.facts')}
      </h2>
      <dl className="facts facts--grid" data-testid="report-facts">
        {facts.map(([label, value, key]) => (
          <div key={key} data-fact={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {r.can.edit && !editing && (
        <div>
          <Button
            variant="secondary"
            data-size="sm"
            id="report-edit-open"
            onClick={() => {
              setEditing(true);
              focusSoon('#report-edit-heading');
            }}
          >
            {t('reports.report.editDetails')}
          </Button>
        </div>
      )}
      {r.can.edit && editing && (
        <DetailsForm
          report={r}
          onDone={(next, message) => {
            setEditing(false);
            if (next && message) onChanged(next, message);
            else focusSoon('#report-edit-open');
          }}
        />
      )}
    </section>
  );
}

/** Title, document owner and council case of a draft. */
function DetailsForm({ report: r, onDone }: { report: Report; onDone: (next?: Report, message?: string) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(r.title);
  const [owner, setOwner] = useState(r.documentOwner);
  const [caseId, setCaseId] = useState(r.caseId ?? '');
  const [errors, setErrors] = useState<{ title?: string; documentOwner?: string; caseId?: string }>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const year = Number(r.period.slice(0, 4));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: typeof errors = {};
    if (!title.trim()) found.title = t('issues.required');
    else if (title.trim().length > 200) found.title = t('reports.create.tooLong', { max: 200 });
    if (!owner.trim()) found.documentOwner = t('issues.required');
    else if (owner.trim().length > 200) found.documentOwner = t('reports.create.tooLong', { max: 200 });
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const next = await reportsApi.update(r.id, {
        title: title.trim(),
        documentOwner: owner.trim(),
        caseId: caseId || null,
      });
      onDone(next, t('reports.report.detailsSaved'));
    } catch (err) {
      const fields = fieldErrors(t, err);
      const mapped: typeof errors = {};
      if (fields.title) mapped.title = fields.title;
      if (fields.documentOwner) mapped.documentOwner = fields.documentOwner;
      if (fields.caseId) mapped.caseId = t('reports.create.invalidCase');
      setErrors(mapped);
      if (!shownOnFields(err, mapped)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className="form-card form-card--wide">
      <Heading level={3} data-size="xs" id="report-edit-heading" tabIndex={-1}>
        {t('reports.report.editDetails')}
      </Heading>
      {error !== undefined && <ErrorMessage error={error} level={4} />}
      <form onSubmit={submit} noValidate className="form form--grid">
        <Textfield
          label={t('reports.fields.title')}
          name="title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={errors.title}
          required
        />
        <Textfield
          label={t('reports.fields.documentOwner')}
          name="documentOwner"
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
          error={errors.documentOwner}
          required
        />
        <div className="form__full">
          <CasePicker
            years={[year, year + 1]}
            name="caseId"
            label={`${t('reports.fields.case')} ${t('common.optional')}`}
            description={t('reports.create.caseHelp')}
            emptyLabel={t('reports.cases.noCase')}
            value={caseId}
            onChange={setCaseId}
            error={errors.caseId}
          />
        </div>
        <div className="button-row form__full">
          <Button type="submit" loading={busy} data-color="accent">
            {t('reports.report.saveDetails')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => onDone()}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
