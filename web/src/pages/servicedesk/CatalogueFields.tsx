import { Checkbox, Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FormField, FormValue } from '../../api/types.ts';
import { isDay } from '../../lib/format.ts';

/** What the user has typed or chosen, by field key: text as typed, checkboxes as booleans. */
export type FieldValues = Record<string, string | boolean>;

export function emptyValues(fields: FormField[]): FieldValues {
  return Object.fromEntries(fields.map((f) => [f.key, f.type === 'checkbox' ? false : '']));
}

/** The problems the user can fix before sending, by field key (the server checks the same). */
export function validateFields(t: TFunction, fields: FormField[], values: FieldValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const v = values[f.key];
    const empty = v === undefined || v === '' || v === false || (typeof v === 'string' && !v.trim());
    if (empty) {
      if (f.required) out[f.key] = f.type === 'checkbox' ? t('issues.mustConfirm') : t('issues.required');
      continue;
    }
    if (f.type === 'number' && !Number.isFinite(Number(String(v).replace(',', '.')))) out[f.key] = t('issues.number');
    if (f.type === 'date' && !isDay(String(v))) out[f.key] = t('issues.date');
    if (f.type === 'select' && f.options && !f.options.includes(String(v))) out[f.key] = t('issues.invalidOption');
  }
  return out;
}

/** The answers as the API takes them: numbers as numbers, empty optional fields left out. */
export function toFormData(fields: FormField[], values: FieldValues): Record<string, FormValue> {
  const out: Record<string, FormValue> = {};
  for (const f of fields) {
    const v = values[f.key];
    if (f.type === 'checkbox') {
      out[f.key] = v === true;
      continue;
    }
    const s = typeof v === 'string' ? v.trim() : '';
    if (!s) continue;
    out[f.key] = f.type === 'number' ? Number(s.replace(',', '.')) : s;
  }
  return out;
}

interface Props {
  fields: FormField[];
  values: FieldValues;
  errors: Record<string, string>;
  onChange: (key: string, value: string | boolean) => void;
  /** prefix for element ids, unique on the page */
  idPrefix: string;
}

/** A catalogue item's own fields, each with its label, type and validation message. */
export function CatalogueFields({ fields, values, errors, onChange, idPrefix }: Props) {
  const { t } = useTranslation();
  const label = (f: FormField) => (f.required ? f.label : `${f.label} ${t('common.optional')}`);
  return (
    <>
      {fields.map((f) => {
        const id = `${idPrefix}-${f.key}`;
        const value = values[f.key];
        const text = typeof value === 'string' ? value : '';
        const error = errors[f.key];
        const common = { id, name: f.key, error, required: f.required } as const;
        switch (f.type) {
          case 'textarea':
            return (
              <Textfield
                key={f.key}
                {...common}
                className="form__full"
                label={label(f)}
                multiline
                rows={4}
                value={text}
                onChange={(e) => onChange(f.key, e.target.value)}
              />
            );
          case 'select':
            return (
              <Field key={f.key}>
                <Label>{label(f)}</Label>
                <Select
                  id={id}
                  name={f.key}
                  value={text}
                  required={f.required}
                  onChange={(e) => onChange(f.key, e.target.value)}
                >
                  <Select.Option value="">{t('sd.choose')}</Select.Option>
                  {(f.options ?? []).map((o) => (
                    <Select.Option key={o} value={o}>
                      {o}
                    </Select.Option>
                  ))}
                </Select>
                {error && <ValidationMessage>{error}</ValidationMessage>}
              </Field>
            );
          case 'checkbox':
            return (
              <Checkbox
                key={f.key}
                {...common}
                className="form__full"
                label={label(f)}
                checked={value === true}
                onChange={(e) => onChange(f.key, e.target.checked)}
              />
            );
          case 'number':
            return (
              <Textfield
                key={f.key}
                {...common}
                label={label(f)}
                type="text"
                inputMode="decimal"
                value={text}
                onChange={(e) => onChange(f.key, e.target.value)}
              />
            );
          case 'date':
            return (
              <Textfield
                key={f.key}
                {...common}
                label={label(f)}
                type="date"
                value={text}
                onChange={(e) => onChange(f.key, e.target.value)}
              />
            );
          default:
            return (
              <Textfield
                key={f.key}
                {...common}
                label={label(f)}
                value={text}
                onChange={(e) => onChange(f.key, e.target.value)}
              />
            );
        }
      })}
    </>
  );
}
