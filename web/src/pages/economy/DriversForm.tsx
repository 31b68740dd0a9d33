import { Button, Card, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { economyApi } from '../../api/endpoints.ts';
import { DRIVERS, type Driver, type EconomyDrivers } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { parseCount } from './format.ts';

const valuesFor = (drivers: EconomyDrivers, driver: Driver) =>
  Object.fromEntries(
    drivers.members.map((m) => {
      const v = m.values[driver];
      return [m.memberId, v === undefined ? '' : String(v)];
    }),
  ) as Record<string, string>;

/**
 * Enter one driver's values for the year's members (leader and administrator). A field left empty
 * is not sent; a formula key takes the values as they are when it is set.
 */
export function DriversForm({
  year,
  drivers,
  onSaved,
}: {
  year: number;
  drivers: EconomyDrivers;
  onSaved: (saved: EconomyDrivers, label: string) => void;
}) {
  const { t } = useTranslation();
  const [driver, setDriver] = useState<Driver>('population');
  const [values, setValues] = useState<Record<string, string>>(() => valuesFor(drivers, 'population'));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const label = t(`economy.drivers.names.${driver}`);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: Record<string, string> = {};
    const input: { memberId: string; driver: Driver; value: number }[] = [];
    for (const m of drivers.members) {
      const text = values[m.memberId] ?? '';
      if (!text.trim()) continue;
      const value = parseCount(text);
      if (value === undefined) found[m.memberId] = t('economy.issues.count');
      else input.push({ memberId: m.memberId, driver, value });
    }
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const saved = await economyApi.putDrivers(year, input);
      setValues(valuesFor(saved, driver));
      onSaved(saved, label);
    } catch (err) {
      setError(err);
      if (err instanceof ApiError) focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="drivers-form-heading" className="section">
      <Card className="form-card">
        <Heading level={2} data-size="sm" id="drivers-form-heading">
          {t('economy.drivers.formTitle', { year })}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t('economy.drivers.formIntro')}
        </Paragraph>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form">
          <SelectField
            label={t('economy.drivers.driver')}
            name="driver"
            value={driver}
            onChange={(e) => {
              const next = e.target.value as Driver;
              setDriver(next);
              setValues(valuesFor(drivers, next));
              setErrors({});
            }}
            options={DRIVERS.map((d) => ({ value: d, label: t(`economy.drivers.names.${d}`) }))}
          />
          <Fieldset>
            <Fieldset.Legend>{t('economy.drivers.valuesLegend', { driver: label })}</Fieldset.Legend>
            <div className="form--grid">
              {drivers.members.map((m) => (
                <Textfield
                  key={m.memberId}
                  label={m.name}
                  name={`driver-${m.memberId}`}
                  inputMode="numeric"
                  value={values[m.memberId] ?? ''}
                  onChange={(e) => setValues((v) => ({ ...v, [m.memberId]: e.target.value }))}
                  error={errors[m.memberId]}
                  autoComplete="off"
                />
              ))}
            </div>
          </Fieldset>
          <div className="button-row">
            <Button type="submit" loading={busy} data-color="accent">
              {t('economy.drivers.submit')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}
