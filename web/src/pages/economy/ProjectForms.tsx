import { Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { economyApi } from '../../api/endpoints.ts';
import type { EconomyProject } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { isDay } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { oreToInput, parseKroner } from './format.ts';

/** An amount field's value → øre; an error text in `found` when it cannot be read. */
function readAmount<K extends string>(
  text: string,
  key: K,
  found: Partial<Record<K, string>>,
  message: string,
  required?: string,
): number | null | undefined {
  if (!text.trim()) {
    if (required) found[key] = required;
    return null;
  }
  const ore = parseKroner(text);
  if (ore === undefined) found[key] = message;
  return ore;
}

/** Map the API's field errors onto a form's fields (…Ore → the kroner field). */
function apiFieldErrors<K extends string>(t: Parameters<typeof fieldErrors>[0], err: unknown, keys: readonly K[]) {
  const byField = fieldErrors(t, err);
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) {
    const message = byField[k] ?? byField[`${k}Ore`];
    if (message) out[k] = message;
  }
  return out;
}

const EMPTY = { area: '', name: '', description: '', budget: '', actual: '', forecast: '', deadline: '' };
type Values = typeof EMPTY;
const KEYS = Object.keys(EMPTY) as (keyof Values)[];

/** Add an investment project (leader and administrator). */
export function AddProjectForm({ year, onAdded }: { year: number; onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Partial<Values>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: Partial<Values> = {};
    const amount = t('economy.issues.amount');
    if (!values.name.trim()) found.name = t('issues.required');
    const budgetOre = readAmount(values.budget, 'budget', found, amount, t('issues.required'));
    const actualOre = readAmount(values.actual, 'actual', found, amount);
    const forecastOre = readAmount(values.forecast, 'forecast', found, amount);
    if (values.deadline && !isDay(values.deadline)) found.deadline = t('issues.date');
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0 || budgetOre === null || budgetOre === undefined) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const created = await economyApi.createProject(year, {
        area: values.area.trim() || undefined,
        name: values.name.trim(),
        description: values.description.trim() || undefined,
        budgetOre,
        actualOre: actualOre ?? undefined,
        forecastOre: forecastOre ?? null,
        deadline: values.deadline || null,
      });
      setValues(EMPTY);
      onAdded(created.name);
    } catch (err) {
      const fields = apiFieldErrors(t, err, KEYS);
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="add-project-heading" className="section">
      <Card className="form-card">
        <Heading level={2} data-size="sm" id="add-project-heading">
          {t('economy.projects.addTitle', { year })}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t('economy.amountHelp')}
        </Paragraph>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form form--grid">
          <Textfield
            label={t('economy.projects.name')}
            name="projectName"
            value={values.name}
            onChange={set('name')}
            error={errors.name}
            maxLength={200}
            autoComplete="off"
            required
          />
          <Textfield
            label={`${t('economy.projects.area')} ${t('common.optional')}`}
            name="area"
            value={values.area}
            onChange={set('area')}
            error={errors.area}
            maxLength={200}
            autoComplete="off"
          />
          <Textfield
            label={t('economy.projects.budgetKr')}
            name="budget"
            inputMode="decimal"
            value={values.budget}
            onChange={set('budget')}
            error={errors.budget}
            autoComplete="off"
            required
          />
          <Textfield
            label={`${t('economy.projects.actualKr')} ${t('common.optional')}`}
            name="actual"
            inputMode="decimal"
            value={values.actual}
            onChange={set('actual')}
            error={errors.actual}
            autoComplete="off"
          />
          <Textfield
            label={`${t('economy.projects.forecastKr')} ${t('common.optional')}`}
            description={t('economy.projects.forecastHelp')}
            name="forecast"
            inputMode="decimal"
            value={values.forecast}
            onChange={set('forecast')}
            error={errors.forecast}
            autoComplete="off"
          />
          <Textfield
            label={`${t('economy.projects.deadline')} ${t('common.optional')}`}
            name="deadline"
            type="date"
            value={values.deadline}
            onChange={set('deadline')}
            error={errors.deadline}
          />
          <Textfield
            className="form__full"
            label={`${t('economy.projects.description')} ${t('common.optional')}`}
            name="description"
            multiline
            rows={3}
            value={values.description}
            onChange={set('description')}
            error={errors.description}
            maxLength={5000}
          />
          <div className="button-row form__full">
            <Button type="submit" loading={busy} data-color="accent">
              {t('economy.projects.add')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}

const EDIT_KEYS = ['actual', 'forecast'] as const;
type EditValues = { projectId: string; actual: string; forecast: string };
type EditErrors = Partial<Record<'projectId' | 'actual' | 'forecast', string>>;

/** Enter a project's actuals and forecast (leader and administrator). */
export function EditProjectForm({
  projects,
  onSaved,
}: {
  projects: EconomyProject[];
  onSaved: (name: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const valuesOf = (p: EconomyProject | undefined): EditValues => ({
    projectId: p?.id ?? '',
    actual: p ? oreToInput(p.actualOre, lng) : '',
    forecast: p && p.forecastOre !== null ? oreToInput(p.forecastOre, lng) : '',
  });
  const [values, setValues] = useState<EditValues>(() => valuesOf(undefined));
  const [errors, setErrors] = useState<EditErrors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const project = projects.find((p) => p.id === values.projectId);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: EditErrors = {};
    const amount = t('economy.issues.amount');
    if (!project) found.projectId = t('issues.invalidOption');
    const actualOre = readAmount(values.actual, 'actual', found, amount, t('issues.required'));
    const forecastOre = readAmount(values.forecast, 'forecast', found, amount);
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0 || !project || actualOre === null || actualOre === undefined)
      return focusFirstInvalid(form);
    setBusy(true);
    try {
      const saved = await economyApi.updateProject(project.id, { actualOre, forecastOre: forecastOre ?? null });
      setValues(valuesOf(saved));
      onSaved(saved.name);
    } catch (err) {
      const fields = apiFieldErrors(t, err, EDIT_KEYS);
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="edit-project-heading" className="section">
      <Card className="form-card">
        <Heading level={2} data-size="sm" id="edit-project-heading">
          {t('economy.projects.editTitle')}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t('economy.projects.editIntro')}
        </Paragraph>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form form--grid">
          <SelectField
            label={t('economy.projects.project')}
            name="projectId"
            value={values.projectId}
            onChange={(e) => setValues(valuesOf(projects.find((p) => p.id === e.target.value)))}
            empty={t('economy.choose')}
            options={projects.map((p) => ({ value: p.id, label: p.name }))}
            error={errors.projectId}
          />
          <Textfield
            label={t('economy.projects.actualKr')}
            name="editActual"
            inputMode="decimal"
            value={values.actual}
            onChange={(e) => setValues((v) => ({ ...v, actual: e.target.value }))}
            error={errors.actual}
            disabled={!project}
            autoComplete="off"
            required
          />
          <Textfield
            label={`${t('economy.projects.forecastKr')} ${t('common.optional')}`}
            description={t('economy.projects.forecastHelp')}
            name="editForecast"
            inputMode="decimal"
            value={values.forecast}
            onChange={(e) => setValues((v) => ({ ...v, forecast: e.target.value }))}
            error={errors.forecast}
            disabled={!project}
            autoComplete="off"
          />
          <div className="button-row form__full">
            <Button type="submit" loading={busy} data-color="accent">
              {t('economy.projects.save')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}
