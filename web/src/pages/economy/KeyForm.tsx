import {
  Button,
  Card,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { economyApi } from '../../api/endpoints.ts';
import {
  DRIVERS,
  type Driver,
  type EconomyDrivers,
  type EconomyKey,
  type EconomyKeys,
  type KeyInput,
  type KeyPurpose,
} from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { isDecimal, sumPercentages } from './format.ts';

interface Values {
  kind: 'fixed' | 'formula';
  /** per member id */
  percentages: Record<string, string>;
  normalize: boolean;
  equal: string;
  weights: Partial<Record<Driver, string>>;
  decision: string;
}

function valuesOf(key: EconomyKey | null): Values {
  const spec = key?.spec;
  return {
    kind: spec?.kind ?? 'fixed',
    percentages: spec?.kind === 'fixed' ? { ...spec.percentages } : {},
    normalize: spec?.kind === 'fixed' ? spec.normalize : false,
    equal: spec?.kind === 'formula' ? spec.equal : '',
    weights: spec?.kind === 'formula' ? Object.fromEntries(spec.drivers.map((d) => [d.driver, d.weight])) : {},
    decision: key?.decision ?? '',
  };
}

const KEY_CODES = new Set([
  'shares_not_100',
  'shares_zero',
  'weights_not_100',
  'missing_driver',
  'driver_zero',
  'invalid_share',
  'invalid_weight',
  'invalid_driver',
  'no_members',
]);

/** The server's refusal of a key in words, by its code (the English message is not shown). */
function keyErrorText(t: TFunction, err: unknown, sent: KeyInput, year: number, lng: string): string | undefined {
  if (!(err instanceof ApiError) || err.code !== 'validation_failed') return undefined;
  const code = err.issues.find((i) => i.code && KEY_CODES.has(i.code))?.code;
  if (!code) return undefined;
  const sum =
    sent.kind === 'fixed'
      ? sumPercentages(
          sent.percentages.map((p) => p.percent),
          lng,
        )
      : sumPercentages([sent.equal, ...sent.drivers.map((d) => d.weight)], lng);
  if ((code === 'shares_not_100' || code === 'weights_not_100') && sum)
    return t(`economy.keys.errors.${code}`, { sum });
  if (code === 'shares_not_100' || code === 'weights_not_100') return t(`economy.keys.errors.${code}_noSum`);
  return t(`economy.keys.errors.${code}`, { year });
}

type Errors = { members?: Record<string, string>; equal?: string; weights?: Partial<Record<Driver, string>> };

/**
 * Set a key (leader and administrator): fixed percentages per member, or a formula of an equal part
 * and weights per driver. A refusal (shares that do not add up to 100 %) is shown next to the fields.
 */
export function KeyForm({
  year,
  keys,
  members,
  onSaved,
}: {
  year: number;
  keys: EconomyKeys;
  members: EconomyDrivers['members'];
  onSaved: (key: EconomyKey) => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [purpose, setPurpose] = useState<KeyPurpose>('operating');
  const [values, setValues] = useState<Values>(() => valuesOf(keys.operating));
  const [errors, setErrors] = useState<Errors>({});
  const [keyError, setKeyError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const keyErrorRef = useRef<HTMLParagraphElement>(null);

  const filled = members.filter((m) => (values.percentages[m.memberId] ?? '').trim());
  const liveSum = sumPercentages(
    filled.map((m) => values.percentages[m.memberId] ?? ''),
    lng,
  );

  const choosePurpose = (next: KeyPurpose) => {
    setPurpose(next);
    setValues(valuesOf(keys[next]));
    setErrors({});
    setKeyError(undefined);
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: Errors = {};
    let input: KeyInput;
    const decision = values.decision.trim() || undefined;
    if (values.kind === 'fixed') {
      const memberErrors: Record<string, string> = {};
      for (const m of filled)
        if (!isDecimal(values.percentages[m.memberId] ?? '')) memberErrors[m.memberId] = t('economy.issues.percent');
      if (filled.length === 0 && members[0]) memberErrors[members[0].memberId] = t('economy.keys.atLeastOne');
      if (Object.keys(memberErrors).length > 0) found.members = memberErrors;
      input = {
        kind: 'fixed',
        percentages: filled.map((m) => ({
          memberId: m.memberId,
          percent: (values.percentages[m.memberId] ?? '').trim(),
        })),
        normalize: values.normalize,
        decision,
      };
    } else {
      if (!values.equal.trim()) found.equal = t('issues.required');
      else if (!isDecimal(values.equal)) found.equal = t('economy.issues.percent');
      const weightErrors: Partial<Record<Driver, string>> = {};
      const drivers = DRIVERS.filter((d) => (values.weights[d] ?? '').trim());
      for (const d of drivers) if (!isDecimal(values.weights[d] ?? '')) weightErrors[d] = t('economy.issues.percent');
      if (Object.keys(weightErrors).length > 0) found.weights = weightErrors;
      input = {
        kind: 'formula',
        equal: values.equal.trim(),
        drivers: drivers.map((d) => ({ driver: d, weight: (values.weights[d] ?? '').trim() })),
        decision,
      };
    }
    setErrors(found);
    setKeyError(undefined);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const saved = await economyApi.setKey(year, purpose, input);
      setValues(valuesOf(saved));
      onSaved(saved);
    } catch (err) {
      const text = keyErrorText(t, err, input, year, lng);
      if (text) {
        setKeyError(text);
        requestAnimationFrame(() => keyErrorRef.current?.focus());
      } else setError(err);
    } finally {
      setBusy(false);
    }
  };

  const errorId = 'key-form-error';
  const keyErrorMessage = keyError && (
    <ValidationMessage id={errorId} ref={keyErrorRef} tabIndex={-1} className="key-form__error">
      {keyError}
    </ValidationMessage>
  );

  return (
    <section aria-labelledby="key-form-heading" className="section">
      <Card className="form-card">
        <Heading level={2} data-size="sm" id="key-form-heading">
          {t('economy.keys.formTitle', { year })}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t('economy.keys.formIntro')}
        </Paragraph>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form key-form">
          <SelectField
            label={t('economy.keys.which')}
            name="purpose"
            value={purpose}
            onChange={(e) => choosePurpose(e.target.value as KeyPurpose)}
            options={(['operating', 'investment'] as const).map((p) => ({
              value: p,
              label: t(`economy.keys.purpose.${p}`),
            }))}
          />
          <Fieldset>
            <Fieldset.Legend>{t('economy.keys.kind')}</Fieldset.Legend>
            <div className="radio-row">
              {(['fixed', 'formula'] as const).map((k) => (
                <Radio
                  key={k}
                  label={t(`economy.keys.kinds.${k}`)}
                  name="key-kind"
                  value={k}
                  checked={values.kind === k}
                  onChange={() => {
                    setValues((v) => ({ ...v, kind: k }));
                    setKeyError(undefined);
                  }}
                />
              ))}
            </div>
          </Fieldset>
          {values.kind === 'fixed' ? (
            <Fieldset aria-describedby={keyError ? errorId : undefined}>
              <Fieldset.Legend>{t('economy.keys.percentLegend')}</Fieldset.Legend>
              <Fieldset.Description>{t('economy.keys.percentHelp')}</Fieldset.Description>
              <div className="form--grid">
                {members.map((m) => (
                  <Textfield
                    key={m.memberId}
                    label={m.name}
                    name={`percent-${m.memberId}`}
                    suffix="%"
                    inputMode="decimal"
                    value={values.percentages[m.memberId] ?? ''}
                    onChange={(e) =>
                      setValues((v) => ({ ...v, percentages: { ...v.percentages, [m.memberId]: e.target.value } }))
                    }
                    error={errors.members?.[m.memberId]}
                    autoComplete="off"
                  />
                ))}
              </div>
              <Paragraph data-size="sm" className="key-form__sum">
                {liveSum ? t('economy.keys.sum', { sum: liveSum }) : t('economy.keys.sumUnknown')}
              </Paragraph>
              {keyErrorMessage}
              <Checkbox
                label={t('economy.keys.normalize')}
                description={t('economy.keys.normalizeHelp')}
                name="normalize"
                checked={values.normalize}
                onChange={(e) => setValues((v) => ({ ...v, normalize: e.target.checked }))}
              />
            </Fieldset>
          ) : (
            <Fieldset aria-describedby={keyError ? errorId : undefined}>
              <Fieldset.Legend>{t('economy.keys.formulaLegend')}</Fieldset.Legend>
              <Fieldset.Description>{t('economy.keys.formulaHelp')}</Fieldset.Description>
              <Textfield
                label={t('economy.keys.equalPart')}
                name="equal"
                suffix="%"
                inputMode="decimal"
                value={values.equal}
                onChange={(e) => setValues((v) => ({ ...v, equal: e.target.value }))}
                error={errors.equal}
                autoComplete="off"
                required
              />
              <div className="form--grid">
                {DRIVERS.map((d) => (
                  <Textfield
                    key={d}
                    label={`${t(`economy.drivers.names.${d}`)} ${t('common.optional')}`}
                    name={`weight-${d}`}
                    suffix="%"
                    inputMode="decimal"
                    value={values.weights[d] ?? ''}
                    onChange={(e) => setValues((v) => ({ ...v, weights: { ...v.weights, [d]: e.target.value } }))}
                    error={errors.weights?.[d]}
                    autoComplete="off"
                  />
                ))}
              </div>
              {keyErrorMessage}
            </Fieldset>
          )}
          <Textfield
            label={`${t('economy.keys.decision')} ${t('common.optional')}`}
            description={t('economy.keys.decisionHelp')}
            name="decision"
            value={values.decision}
            onChange={(e) => setValues((v) => ({ ...v, decision: e.target.value }))}
            maxLength={500}
            autoComplete="off"
          />
          <div className="button-row">
            <Button type="submit" loading={busy} data-color="accent">
              {t('economy.keys.submit')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}
