import { Button, Card, Fieldset, Heading, Link, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { reportsApi } from '../../api/endpoints.ts';
import type { ReportKind, ReportListItem } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { addMonths, formatMonth, monthInOslo } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { CasePicker } from './CasePicker.tsx';
import type { ReportState } from './shared.tsx';
import { currentYear, isConflict, lastCompleteMonth, reportName } from './shared.tsx';

interface Values {
  kind: ReportKind;
  month: string;
  year: string;
  title: string;
  documentOwner: string;
  caseId: string;
}
type Errors = Partial<Record<'period' | 'title' | 'documentOwner' | 'caseId', string>>;

const initial = (): Values => ({
  kind: 'activity',
  month: lastCompleteMonth(),
  year: String(currentYear() - 1),
  title: '',
  documentOwner: '',
  caseId: '',
});

/** Months a report may be about: the ones that have ended, three years back, newest first. */
function monthChoices(lng: string) {
  const last = addMonths(monthInOslo(), -1);
  return Array.from({ length: 36 }, (_, i) => addMonths(last, -i)).map((m) => {
    const label = formatMonth(m, lng);
    return { value: m, label: label.charAt(0).toUpperCase() + label.slice(1) };
  });
}

/** "Ny rapport": kind, the month or year it is about, and optionally its title, owner and council case. */
export function NewReportForm({ existing, filtered }: { existing: ReportListItem[]; filtered: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>();
  /** the period has a report that is not approved: the one in the list, when the list shows it */
  const [clash, setClash] = useState<{ report?: ReportListItem }>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Values) => (e: { target: { value: string } }) => {
    const value = e.target.value;
    setValues((v) => ({ ...v, [key]: value }));
  };
  const period = values.kind === 'activity' ? values.month : values.year;
  const periodYear = Number(period.slice(0, 4));
  const years = Array.from({ length: 8 }, (_, i) => String(currentYear() - i));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: Errors = {};
    if (values.kind === 'activity' ? !/^\d{4}-(0[1-9]|1[0-2])$/.test(period) : !/^\d{4}$/.test(period))
      found.period = t(values.kind === 'activity' ? 'reports.create.chooseMonth' : 'reports.create.chooseYear');
    if (values.title.length > 200) found.title = t('reports.create.tooLong', { max: 200 });
    if (values.documentOwner.length > 200) found.documentOwner = t('reports.create.tooLong', { max: 200 });
    setErrors(found);
    setError(undefined);
    setClash(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const created = await reportsApi.create({
        kind: values.kind,
        period,
        ...(values.title.trim() && { title: values.title.trim() }),
        ...(values.documentOwner.trim() && { documentOwner: values.documentOwner.trim() }),
        caseId: values.caseId || null,
      });
      const state: ReportState = { message: t('reports.report.created', { title: created.title }) };
      navigate(`/reports/${created.id}`, { state });
    } catch (err) {
      if (isConflict(err)) {
        // the period has a report that is not approved yet: point to it (when the list shows it)
        setErrors({ period: t('reports.create.exists') });
        setClash({
          report: existing.find((r) => r.kind === values.kind && r.period === period && r.status !== 'approved'),
        });
        focusFirstInvalid(form);
        return;
      }
      const fields = fieldErrors(t, err);
      const mapped: Errors = {};
      if (fields.period || fields.kind) mapped.period = t('reports.create.invalidPeriod');
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
    <section aria-labelledby="report-new-heading" className="section">
      <Card className="form-card form-card--wide">
        <Heading level={2} data-size="sm" id="report-new-heading" tabIndex={-1}>
          {t('reports.create.title')}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t('reports.create.intro')}
        </Paragraph>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form form--grid" data-testid="new-report-form">
          <Fieldset className="form__full">
            <Fieldset.Legend>{t('reports.fields.kind')}</Fieldset.Legend>
            <div className="radio-row">
              {(['activity', 'annual'] as const).map((k) => (
                <Radio
                  key={k}
                  label={t(`reports.kinds.${k}`)}
                  name="kind"
                  value={k}
                  checked={values.kind === k}
                  onChange={() => {
                    setValues((v) => ({ ...v, kind: k, caseId: '' }));
                    setErrors({});
                    setClash(undefined);
                  }}
                />
              ))}
            </div>
          </Fieldset>
          {values.kind === 'activity' ? (
            <SelectField
              label={t('reports.create.month')}
              name="month"
              value={values.month}
              onChange={set('month')}
              options={monthChoices(lng)}
              error={errors.period}
            />
          ) : (
            <SelectField
              label={t('reports.create.year')}
              name="year"
              value={values.year}
              onChange={set('year')}
              options={years.map((y) => ({ value: y, label: y }))}
              error={errors.period}
            />
          )}
          <Paragraph data-size="sm" className="muted reports-new__name form__full">
            {t('reports.create.willBe', { name: reportName(t, values.kind, period, lng) })}
          </Paragraph>
          {clash?.report && (
            <Paragraph data-size="sm" className="form__full">
              <Link asChild>
                <RouterLink to={`/reports/${clash.report.id}`}>
                  {t('reports.create.openExisting', { title: clash.report.title })}
                </RouterLink>
              </Link>
            </Paragraph>
          )}
          {clash && !clash.report && filtered && (
            <Paragraph data-size="sm" className="form__full muted">
              {t('reports.create.existsHidden')}
            </Paragraph>
          )}
          <Textfield
            label={`${t('reports.fields.title')} ${t('common.optional')}`}
            description={t('reports.create.titleHelp')}
            name="title"
            value={values.title}
            onChange={set('title')}
            error={errors.title}
          />
          <Textfield
            label={`${t('reports.fields.documentOwner')} ${t('common.optional')}`}
            description={t('reports.create.ownerHelp')}
            name="documentOwner"
            value={values.documentOwner}
            onChange={set('documentOwner')}
            error={errors.documentOwner}
          />
          <div className="form__full">
            <CasePicker
              years={[periodYear, periodYear + 1]}
              name="caseId"
              label={`${t('reports.fields.case')} ${t('common.optional')}`}
              description={t('reports.create.caseHelp')}
              emptyLabel={t('reports.cases.noCase')}
              value={values.caseId}
              onChange={(caseId) => setValues((v) => ({ ...v, caseId }))}
              error={errors.caseId}
            />
          </div>
          <div className="button-row form__full">
            <Button type="submit" loading={busy} data-color="accent">
              {t('reports.create.submit')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}
