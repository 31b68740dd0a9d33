import { Button, Card, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { economyApi } from '../../api/endpoints.ts';
import { type BudgetLineInput, type EconomyOperating, EXPENSE_TYPES, type ExpenseType } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { pathErrors, shownOnFields } from '../../lib/errors.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { oreToInput, parseKroner } from './format.ts';

interface Line {
  budget: string;
  forecast: string;
  comment: string;
}
type Lines = Record<ExpenseType, Line>;
type Errors = Partial<Record<`${ExpenseType}.${keyof Line}`, string>>;

/** The stored lines as fields, exact to the øre; an empty forecast means none (the budget stands). */
function linesOf(op: EconomyOperating, lng: string): Lines {
  const byType = new Map(op.lines.map((l) => [l.expenseType, l]));
  return Object.fromEntries(
    EXPENSE_TYPES.map((type) => {
      const l = byType.get(type);
      return [
        type,
        {
          budget: oreToInput(l?.budgetOre ?? 0, lng),
          forecast: l?.forecastOre == null ? '' : oreToInput(l.forecastOre, lng),
          comment: l?.forecastComment ?? '',
        },
      ];
    }),
  ) as Lines;
}

const same = (a: Line, b: Line) => a.budget === b.budget && a.forecast === b.forecast && a.comment === b.comment;

/**
 * Budget, forecast and comment per expense type (leader and administrator). Amounts in kroner with
 * a decimal comma, sent as øre; only the lines that were changed are sent.
 */
export function BudgetForm({ year, onSaved }: { year: number; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const source = useAsync(() => economyApi.operating(year, 1), `${year}|budget`);
  const [start, setStart] = useState<Lines>();
  const [values, setValues] = useState<Lines>();
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>();
  const [unchanged, setUnchanged] = useState(false);
  const [busy, setBusy] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the fields follow a new load, not a language switch
  useEffect(() => {
    if (!source.data) return;
    const lines = linesOf(source.data, lng);
    setStart(lines);
    setValues(lines);
  }, [source.data]);

  const set = (type: ExpenseType, key: keyof Line) => (e: { target: { value: string } }) =>
    setValues((v) => (v ? { ...v, [type]: { ...v[type], [key]: e.target.value } } : v));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy || !values || !start) return;
    const form = e.currentTarget;
    const found: Errors = {};
    const lines: BudgetLineInput[] = [];
    for (const type of EXPENSE_TYPES) {
      const line = values[type];
      if (same(line, start[type])) continue;
      const budgetOre = parseKroner(line.budget);
      if (!line.budget.trim()) found[`${type}.budget`] = t('issues.required');
      else if (budgetOre === undefined) found[`${type}.budget`] = t('economy.issues.amount');
      const forecastOre = line.forecast.trim() ? parseKroner(line.forecast) : null;
      if (forecastOre === undefined) found[`${type}.forecast`] = t('economy.issues.amount');
      if (budgetOre !== undefined && forecastOre !== undefined)
        lines.push({ expenseType: type, budgetOre, forecastOre, forecastComment: line.comment.trim() });
    }
    setErrors(found);
    setError(undefined);
    setUnchanged(false);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    if (lines.length === 0) {
      setUnchanged(true);
      return;
    }
    setBusy(true);
    try {
      await economyApi.putBudget(year, lines);
      source.reload();
      onSaved();
    } catch (err) {
      const byPath = pathErrors(t, err);
      const fields: Errors = {};
      lines.forEach((l, i) => {
        if (byPath[`lines.${i}.budgetOre`]) fields[`${l.expenseType}.budget`] = byPath[`lines.${i}.budgetOre`];
        if (byPath[`lines.${i}.forecastOre`]) fields[`${l.expenseType}.forecast`] = byPath[`lines.${i}.forecastOre`];
        if (byPath[`lines.${i}.forecastComment`])
          fields[`${l.expenseType}.comment`] = byPath[`lines.${i}.forecastComment`];
      });
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="budget-form-heading" className="section">
      <Card className="form-card form-card--wide">
        <Heading level={2} data-size="sm" id="budget-form-heading">
          {t('economy.budget.title', { year })}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t('economy.budget.intro')}
        </Paragraph>
        {source.error !== undefined && <ErrorMessage error={source.error} onRetry={source.reload} level={3} />}
        {source.loading && !values && <Loading />}
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        {values && (
          <form onSubmit={submit} noValidate className="form">
            {EXPENSE_TYPES.map((type) => {
              const label = t(`economy.expenseTypes.${type}`);
              return (
                <Fieldset key={type} className="budget-line" data-expense-type={type}>
                  <Fieldset.Legend>{label}</Fieldset.Legend>
                  <div className="budget-line__fields">
                    <Textfield
                      label={t('economy.budget.budgetKr')}
                      inputMode="decimal"
                      value={values[type].budget}
                      onChange={set(type, 'budget')}
                      error={errors[`${type}.budget`]}
                      autoComplete="off"
                    />
                    <Textfield
                      label={`${t('economy.budget.forecastKr')} ${t('common.optional')}`}
                      inputMode="decimal"
                      value={values[type].forecast}
                      onChange={set(type, 'forecast')}
                      error={errors[`${type}.forecast`]}
                      autoComplete="off"
                    />
                    <Textfield
                      label={`${t('economy.budget.comment')} ${t('common.optional')}`}
                      value={values[type].comment}
                      onChange={set(type, 'comment')}
                      error={errors[`${type}.comment`]}
                      maxLength={2000}
                      autoComplete="off"
                    />
                  </div>
                </Fieldset>
              );
            })}
            <div className="button-row">
              <Button type="submit" loading={busy} data-color="accent">
                {t('economy.budget.submit')}
              </Button>
            </div>
            <p role="status" className="form-status">
              {unchanged ? t('economy.budget.unchanged') : ''}
            </p>
          </form>
        )}
      </Card>
    </section>
  );
}
