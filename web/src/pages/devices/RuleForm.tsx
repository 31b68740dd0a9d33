import { Button, Card, Checkbox, Fieldset, Heading, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { devicesApi } from '../../api/endpoints.ts';
import type { DeviceKind, DeviceRule, RuleInput } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { isDay, todayInOslo } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { categoryOptions, kindOptions, memberOptions, parseWhole, useDevices } from './shared.tsx';

interface Values {
  name: string;
  description: string;
  kind: DeviceKind | '';
  groupName: string;
  memberId: string;
  categoryId: string;
  minMemoryGb: string;
  minStorageGb: string;
  maxAgeMonths: string;
  effectiveFrom: string;
  active: boolean;
}
type Errors = Partial<Record<keyof Values, string>>;

/** Gigabytes as typed ('6', '5,5') → megabytes; '' → null; not a size → undefined. */
function gbToMb(text: string): number | null | undefined {
  const s = text.trim().replace(',', '.');
  if (s === '') return null;
  if (!/^\d+(\.\d+)?$/.test(s)) return undefined;
  const mb = Math.round(Number(s) * 1024);
  return mb >= 1 ? mb : undefined;
}

const mbToGb = (mb: number | null, lng: string) =>
  mb === null
    ? ''
    : new Intl.NumberFormat(lng === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 2, useGrouping: false }).format(
        mb / 1024,
      );

const valuesOf = (r: DeviceRule | undefined, lng: string): Values => ({
  name: r?.name ?? '',
  description: r?.description ?? '',
  kind: r?.kind ?? '',
  groupName: r?.groupName ?? '',
  memberId: r?.memberId ?? '',
  categoryId: r?.categoryId ?? '',
  minMemoryGb: mbToGb(r?.minMemoryMb ?? null, lng),
  minStorageGb: r?.minStorageGb == null ? '' : String(r.minStorageGb),
  maxAgeMonths: r?.maxAgeMonths == null ? '' : String(r.maxAgeMonths),
  effectiveFrom: r?.effectiveFrom ?? todayInOslo(),
  active: r?.active ?? true,
});

/**
 * Create or change a compliance rule: which devices (kind, group such as "Rover", member,
 * category) and what they need (memory, storage, age), from a day on.
 */
export function RuleForm({
  rule,
  onSaved,
  onCancel,
}: {
  /** the rule to change; none: a new rule */
  rule?: DeviceRule;
  onSaved: (r: DeviceRule, message: string) => void;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { settings } = useDevices();
  const [values, setValues] = useState<Values>(() => valuesOf(rule, i18n.language));
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const headingId = rule ? 'rule-edit-heading' : 'rule-new-heading';

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const minMemoryMb = gbToMb(values.minMemoryGb);
    const minStorageGb = parseWhole(values.minStorageGb);
    const maxAgeMonths = parseWhole(values.maxAgeMonths);
    const found: Errors = {};
    if (!values.name.trim()) found.name = t('issues.required');
    if (minMemoryMb === undefined) found.minMemoryGb = t('devices.rules.form.sizeInvalid');
    if (minStorageGb === undefined || minStorageGb === 0) found.minStorageGb = t('devices.wholePositive');
    if (maxAgeMonths === undefined || maxAgeMonths === 0 || (maxAgeMonths ?? 0) > 240)
      found.maxAgeMonths = t('devices.rules.form.ageRange');
    if (!found.minMemoryGb && !found.minStorageGb && !found.maxAgeMonths) {
      if (minMemoryMb === null && minStorageGb === null && maxAgeMonths === null)
        found.minMemoryGb = t('devices.rules.form.needOne');
    }
    if (!isDay(values.effectiveFrom)) found.effectiveFrom = t('issues.date');
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    const input: RuleInput = {
      name: values.name.trim(),
      description: values.description.trim(),
      kind: values.kind || null,
      groupName: values.groupName.trim() || null,
      memberId: values.memberId || null,
      categoryId: values.categoryId || null,
      minMemoryMb: minMemoryMb ?? null,
      minStorageGb: minStorageGb ?? null,
      maxAgeMonths: maxAgeMonths ?? null,
      effectiveFrom: values.effectiveFrom,
      active: values.active,
    };
    setBusy(true);
    try {
      const saved = rule ? await devicesApi.updateRule(rule.id, input) : await devicesApi.createRule(input);
      if (!rule) setValues(valuesOf(undefined, i18n.language));
      onSaved(
        saved,
        rule
          ? t('devices.rules.form.saved', { name: saved.name })
          : t('devices.rules.form.created', { name: saved.name }),
      );
    } catch (err) {
      const fields = fieldErrors(t, err);
      const mapped: Errors = {};
      if (fields.name) mapped.name = fields.name;
      if (fields.minMemoryMb) mapped.minMemoryGb = t('devices.rules.form.needOne');
      if (fields.effectiveFrom) mapped.effectiveFrom = t('issues.date');
      setErrors(mapped);
      if (!shownOnFields(err, mapped)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className="section">
      <Card className="form-card form-card--wide">
        <Heading level={2} data-size="sm" id={headingId} tabIndex={-1}>
          {rule ? t('devices.rules.form.titleEdit', { name: rule.name }) : t('devices.rules.form.titleNew')}
        </Heading>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form form--grid">
          <Textfield
            label={t('devices.rules.form.name')}
            name="name"
            value={values.name}
            onChange={set('name')}
            error={errors.name}
            required
          />
          <Textfield
            label={t('devices.rules.form.effectiveFrom')}
            type="date"
            name="effectiveFrom"
            value={values.effectiveFrom}
            onChange={set('effectiveFrom')}
            error={errors.effectiveFrom}
            required
          />
          <Textfield
            className="form__full"
            label={`${t('devices.rules.form.description')} ${t('common.optional')}`}
            name="description"
            multiline
            rows={2}
            value={values.description}
            onChange={set('description')}
          />
          <Fieldset className="form__full">
            <Fieldset.Legend>{t('devices.rules.form.appliesTo')}</Fieldset.Legend>
            <Fieldset.Description>{t('devices.rules.form.appliesToHelp')}</Fieldset.Description>
            <div className="form--grid">
              <SelectField
                label={t('devices.kind')}
                name="kind"
                value={values.kind}
                onChange={set('kind')}
                empty={t('devices.allKinds')}
                options={kindOptions(t)}
              />
              <Textfield
                label={t('devices.rules.form.groupName')}
                description={t('devices.rules.form.groupHelp')}
                name="groupName"
                value={values.groupName}
                onChange={set('groupName')}
              />
              <SelectField
                label={t('devices.member')}
                name="memberId"
                value={values.memberId}
                onChange={set('memberId')}
                empty={t('devices.allMembers')}
                options={memberOptions(settings)}
              />
              <SelectField
                label={t('devices.category')}
                name="categoryId"
                value={values.categoryId}
                onChange={set('categoryId')}
                empty={t('devices.allCategories')}
                options={categoryOptions(settings, values.categoryId)}
              />
            </div>
          </Fieldset>
          <Fieldset className="form__full">
            <Fieldset.Legend>{t('devices.rules.form.requirements')}</Fieldset.Legend>
            <Fieldset.Description>{t('devices.rules.form.requirementsHelp')}</Fieldset.Description>
            <div className="form--grid">
              <Textfield
                label={t('devices.rules.form.minMemoryGb')}
                name="minMemoryGb"
                inputMode="decimal"
                value={values.minMemoryGb}
                onChange={set('minMemoryGb')}
                error={errors.minMemoryGb}
              />
              <Textfield
                label={t('devices.rules.form.minStorageGb')}
                name="minStorageGb"
                inputMode="numeric"
                value={values.minStorageGb}
                onChange={set('minStorageGb')}
                error={errors.minStorageGb}
              />
              <Textfield
                label={t('devices.rules.form.maxAgeMonths')}
                name="maxAgeMonths"
                inputMode="numeric"
                value={values.maxAgeMonths}
                onChange={set('maxAgeMonths')}
                error={errors.maxAgeMonths}
              />
            </div>
          </Fieldset>
          <Checkbox
            className="form__full"
            label={t('devices.rules.form.active')}
            checked={values.active}
            onChange={(e) => setValues((v) => ({ ...v, active: e.target.checked }))}
          />
          <div className="button-row form__full">
            <Button type="submit" loading={busy} data-color="accent">
              {rule ? t('devices.rules.form.submitEdit') : t('devices.rules.form.submitNew')}
            </Button>
            {onCancel && (
              <Button type="button" variant="secondary" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            )}
          </div>
        </form>
      </Card>
    </section>
  );
}
