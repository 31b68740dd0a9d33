import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../api/types.ts';
import type { MemberOption } from './memberOptions.ts';

export interface UserFilterValues {
  search: string;
  memberId: string;
  role: string;
  active: string;
}

interface Props {
  values: UserFilterValues;
  members: MemberOption[];
  onChange: (values: UserFilterValues) => void;
}

/** Search (applied as you type, after a pause), member, role and status filters. */
export function UserFilters({ values, members, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(values.search);

  useEffect(() => setSearch(values.search), [values.search]);
  useEffect(() => {
    if (search === values.search) return;
    const timer = setTimeout(() => onChange({ ...values, search }), 300);
    return () => clearTimeout(timer);
  }, [search, values, onChange]);

  const any = values.search || values.memberId || values.role || values.active;
  return (
    <search className="filters" aria-label={t('users.filters')}>
      <Textfield
        label={t('users.search')}
        className="filters__search"
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange({ ...values, search });
        }}
      />
      <Field>
        <Label>{t('users.member')}</Label>
        <Select value={values.memberId} onChange={(e) => onChange({ ...values, memberId: e.target.value })}>
          <Select.Option value="">{t('users.allMembers')}</Select.Option>
          {members.map((m) => (
            <Select.Option key={m.id} value={m.id}>
              {m.label}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('users.role')}</Label>
        <Select value={values.role} onChange={(e) => onChange({ ...values, role: e.target.value })}>
          <Select.Option value="">{t('users.allRoles')}</Select.Option>
          {ROLES.map((r) => (
            <Select.Option key={r} value={r}>
              {t(`roles.${r}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('users.status')}</Label>
        <Select value={values.active} onChange={(e) => onChange({ ...values, active: e.target.value })}>
          <Select.Option value="">{t('users.allStatuses')}</Select.Option>
          <Select.Option value="true">{t('users.activeFilter')}</Select.Option>
          <Select.Option value="false">{t('users.inactiveFilter')}</Select.Option>
        </Select>
      </Field>
      {any && (
        <div className="filters__clear">
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() => {
              setSearch('');
              onChange({ search: '', memberId: '', role: '', active: '' });
            }}
          >
            {t('users.clearFilters')}
          </Button>
        </div>
      )}
    </search>
  );
}
