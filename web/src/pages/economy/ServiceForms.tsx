import { Button, Card, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { economyApi } from '../../api/endpoints.ts';
import type { EconomyDrivers, EconomyService, EconomyServices } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { parseCount, parseKroner } from './format.ts';

const SERVICE = { name: '', per: 'month' as 'month' | 'unit', price: '', description: '' };
type ServiceValues = typeof SERVICE;
type ServiceErrors = Partial<Record<keyof ServiceValues, string>>;

/** Add a chargeable service with its price per month or per unit (leader and administrator). */
export function AddServiceForm({ onAdded }: { onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ServiceValues>(SERVICE);
  const [errors, setErrors] = useState<ServiceErrors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (key: 'name' | 'price' | 'description') => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: ServiceErrors = {};
    if (!values.name.trim()) found.name = t('issues.required');
    const priceOre = values.price.trim() ? parseKroner(values.price) : undefined;
    if (!values.price.trim()) found.price = t('issues.required');
    else if (priceOre === undefined) found.price = t('economy.issues.amount');
    else if (priceOre < 0) found.price = t('economy.issues.notNegative');
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0 || priceOre === undefined) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const name = values.name.trim();
      await economyApi.createService({
        name,
        per: values.per,
        priceOre,
        description: values.description.trim() || undefined,
      });
      setValues(SERVICE);
      onAdded(name);
    } catch (err) {
      const byField = fieldErrors(t, err);
      const fields: ServiceErrors = {};
      if (err instanceof ApiError && err.code === 'conflict') fields.name = t('economy.services.nameTaken');
      if (byField.name) fields.name = byField.name;
      if (byField.priceOre) fields.price = byField.priceOre;
      setErrors(fields);
      if (Object.keys(fields).length === 0) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="add-service-heading" className="section">
      <Card className="form-card">
        <Heading level={2} data-size="sm" id="add-service-heading">
          {t('economy.services.addTitle')}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t('economy.services.addIntro')}
        </Paragraph>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form">
          <div className="form--grid">
            <Textfield
              label={t('economy.services.name')}
              name="serviceName"
              value={values.name}
              onChange={set('name')}
              error={errors.name}
              maxLength={200}
              autoComplete="off"
              required
            />
            <Textfield
              label={t('economy.services.priceKr')}
              description={t('economy.amountHelp')}
              name="price"
              inputMode="decimal"
              value={values.price}
              onChange={set('price')}
              error={errors.price}
              autoComplete="off"
              required
            />
          </div>
          <Fieldset>
            <Fieldset.Legend>{t('economy.services.perLegend')}</Fieldset.Legend>
            <div className="radio-row">
              {(['month', 'unit'] as const).map((p) => (
                <Radio
                  key={p}
                  label={t(`economy.services.perOption.${p}`)}
                  name="service-per"
                  value={p}
                  checked={values.per === p}
                  onChange={() => setValues((v) => ({ ...v, per: p }))}
                />
              ))}
            </div>
          </Fieldset>
          <Textfield
            label={`${t('economy.services.description')} ${t('common.optional')}`}
            name="serviceDescription"
            value={values.description}
            onChange={set('description')}
            error={errors.description}
            maxLength={2000}
            autoComplete="off"
          />
          <div className="button-row">
            <Button type="submit" loading={busy} data-color="accent">
              {t('economy.services.add')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}

const quantitiesOf = (service: EconomyService | undefined) =>
  Object.fromEntries((service?.lines ?? []).map((l) => [l.memberId, String(l.quantity)])) as Record<string, string>;

/** Quantities of one service per member for the year (leader and administrator). */
export function QuantitiesForm({
  year,
  services,
  members,
  onSaved,
}: {
  year: number;
  services: EconomyService[];
  members: EconomyDrivers['members'];
  onSaved: (saved: EconomyServices, name: string) => void;
}) {
  const { t } = useTranslation();
  const [serviceId, setServiceId] = useState(services[0]?.id ?? '');
  const service = services.find((s) => s.id === serviceId);
  const [values, setValues] = useState<Record<string, string>>(() => quantitiesOf(services[0]));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy || !service) return;
    const form = e.currentTarget;
    const found: Record<string, string> = {};
    const quantities: { serviceId: string; memberId: string; quantity: number }[] = [];
    for (const m of members) {
      const text = values[m.memberId] ?? '';
      if (!text.trim()) continue;
      const quantity = parseCount(text);
      if (quantity === undefined) found[m.memberId] = t('economy.issues.count');
      else quantities.push({ serviceId: service.id, memberId: m.memberId, quantity });
    }
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const saved = await economyApi.putQuantities(year, quantities);
      setValues(quantitiesOf(saved.services.find((s) => s.id === service.id)));
      onSaved(saved, service.name);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="quantities-heading" className="section">
      <Card className="form-card">
        <Heading level={2} data-size="sm" id="quantities-heading">
          {t('economy.services.quantitiesTitle', { year })}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t('economy.services.quantitiesIntro')}
        </Paragraph>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form">
          <SelectField
            label={t('economy.services.service')}
            name="serviceId"
            value={serviceId}
            onChange={(e) => {
              setServiceId(e.target.value);
              setValues(quantitiesOf(services.find((s) => s.id === e.target.value)));
              setErrors({});
            }}
            options={services.map((s) => ({ value: s.id, label: s.name }))}
          />
          <Fieldset>
            <Fieldset.Legend>{t('economy.services.quantitiesLegend', { name: service?.name ?? '' })}</Fieldset.Legend>
            <div className="form--grid">
              {members.map((m) => (
                <Textfield
                  key={m.memberId}
                  label={m.name}
                  name={`quantity-${m.memberId}`}
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
              {t('economy.services.saveQuantities')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}

const MEASURE = { title: '', amount: '', consequence: '' };
type MeasureValues = typeof MEASURE;

/** Add a savings measure with its amount and consequence (leader and administrator). */
export function AddMeasureForm({ year, onAdded }: { year: number; onAdded: (title: string) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<MeasureValues>(MEASURE);
  const [errors, setErrors] = useState<Partial<MeasureValues>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof MeasureValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: Partial<MeasureValues> = {};
    if (!values.title.trim()) found.title = t('issues.required');
    const amountOre = values.amount.trim() ? parseKroner(values.amount) : undefined;
    if (!values.amount.trim()) found.amount = t('issues.required');
    else if (amountOre === undefined) found.amount = t('economy.issues.amount');
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0 || amountOre === undefined) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const title = values.title.trim();
      await economyApi.createMeasure(year, {
        title,
        amountOre,
        consequence: values.consequence.trim() || undefined,
      });
      setValues(MEASURE);
      onAdded(title);
    } catch (err) {
      const byField = fieldErrors(t, err);
      const fields: Partial<MeasureValues> = {};
      if (byField.title) fields.title = byField.title;
      if (byField.amountOre) fields.amount = byField.amountOre;
      if (byField.consequence) fields.consequence = byField.consequence;
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="add-measure-heading" className="section">
      <Card className="form-card">
        <Heading level={2} data-size="sm" id="add-measure-heading">
          {t('economy.measures.addTitle', { year })}
        </Heading>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form">
          <div className="form--grid">
            <Textfield
              label={t('economy.measures.measure')}
              name="measureTitle"
              value={values.title}
              onChange={set('title')}
              error={errors.title}
              maxLength={200}
              autoComplete="off"
              required
            />
            <Textfield
              label={t('economy.measures.amountKr')}
              description={t('economy.amountHelp')}
              name="measureAmount"
              inputMode="decimal"
              value={values.amount}
              onChange={set('amount')}
              error={errors.amount}
              autoComplete="off"
              required
            />
          </div>
          <Textfield
            label={`${t('economy.measures.consequence')} ${t('common.optional')}`}
            name="consequence"
            multiline
            rows={3}
            value={values.consequence}
            onChange={set('consequence')}
            error={errors.consequence}
            maxLength={10_000}
          />
          <div className="button-row">
            <Button type="submit" loading={busy} data-color="accent">
              {t('economy.measures.add')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}
