import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const ENTITY_TYPES = ['user', 'member_contact', 'cooperation'] as const;
export const ACTIONS = ['create', 'update', 'delete', 'login', 'logout', 'login_failed', 'restore', 'seed'] as const;

export interface AuditFilterValues {
  entityType: string;
  action: string;
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilterValues = { entityType: '', action: '', from: '', to: '' };

interface Props {
  values: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}

export function AuditFilters({ values, onApply }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(values);
  const [rangeError, setRangeError] = useState<string>();
  // Follow the applied filters (the URL) when they change, not on every render of the page: a list that
  // finishes loading must not throw away what the user has just chosen but not yet applied.
  const applied = JSON.stringify(values);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `applied` stands for `values` by content
  useEffect(() => setDraft(values), [applied]);

  const set = (key: keyof AuditFilterValues) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) return setRangeError(t('audit.invalidRange'));
    setRangeError(undefined);
    onApply(draft);
  };
  const any = Object.values(values).some(Boolean);

  return (
    <search>
      <form className="filters" onSubmit={submit} aria-label={t('audit.filters')} noValidate>
        <Field>
          <Label>{t('audit.entityType')}</Label>
          <Select value={draft.entityType} onChange={set('entityType')}>
            <Select.Option value="">{t('audit.allEntityTypes')}</Select.Option>
            {ENTITY_TYPES.map((x) => (
              <Select.Option key={x} value={x}>
                {t(`audit.entityTypes.${x}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('audit.action')}</Label>
          <Select value={draft.action} onChange={set('action')}>
            <Select.Option value="">{t('audit.allActions')}</Select.Option>
            {ACTIONS.map((x) => (
              <Select.Option key={x} value={x}>
                {t(`audit.actions.${x}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          label={t('audit.from')}
          type="date"
          value={draft.from}
          onChange={set('from')}
          max={draft.to || undefined}
        />
        <Textfield
          label={t('audit.to')}
          type="date"
          value={draft.to}
          onChange={set('to')}
          min={draft.from || undefined}
          error={rangeError}
        />
        <div className="filters__actions">
          <Button type="submit" data-size="sm">
            {t('audit.apply')}
          </Button>
          {any && (
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => onApply(NO_FILTERS)}>
              {t('audit.clear')}
            </Button>
          )}
        </div>
      </form>
    </search>
  );
}
