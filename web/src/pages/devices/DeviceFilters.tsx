import { Button, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetURLSearchParams } from 'react-router';
import { SelectField } from '../../components/SelectField.tsx';
import { categoryOptions, kindOptions, memberOptions, statusOptions, useDevices } from './shared.tsx';

const SORTS = ['serial', 'expires', 'lastSeen', 'member', 'name'] as const;

/**
 * The device list's filters, kept in the address: member, category, kind, status and a search
 * (applied a moment after the last key). A table cell's own filters (cell, month …) stay until cleared.
 */
export function DeviceFilters({ params, setParams }: { params: URLSearchParams; setParams: SetURLSearchParams }) {
  const { t } = useTranslation();
  const { settings } = useDevices();
  const value = (k: string) => params.get(k) ?? '';
  const [search, setSearch] = useState(value('q'));
  const q = value('q');

  useEffect(() => setSearch(q), [q]);
  const set = (key: string, v: string) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (v) p.set(key, v);
        else p.delete(key);
        p.delete('offset');
        return p;
      },
      { replace: true },
    );
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new search text starts the timer
  useEffect(() => {
    if (search === q) return;
    const timer = setTimeout(() => set('q', search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);

  const any = [...params.keys()].some((k) => k !== 'sort');
  return (
    <search className="filters devices-filters" aria-label={t('devices.list.filters')}>
      <Textfield
        label={t('devices.list.search')}
        description={t('devices.list.searchHelp')}
        className="filters__search"
        type="search"
        name="q"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') set('q', search.trim());
        }}
      />
      <SelectField
        label={t('devices.member')}
        name="memberId"
        value={value('memberId')}
        onChange={(e) => set('memberId', e.target.value)}
        empty={t('devices.allMembers')}
        options={memberOptions(settings)}
      />
      <SelectField
        label={t('devices.category')}
        name="categoryId"
        value={value('categoryId')}
        onChange={(e) => set('categoryId', e.target.value)}
        empty={t('devices.allCategories')}
        options={categoryOptions(settings, value('categoryId'))}
      />
      <SelectField
        label={t('devices.kind')}
        name="kind"
        value={value('kind')}
        onChange={(e) => set('kind', e.target.value)}
        empty={t('devices.allKinds')}
        options={kindOptions(t)}
      />
      <SelectField
        label={t('devices.status')}
        name="status"
        value={value('status')}
        onChange={(e) => set('status', e.target.value)}
        empty={t('devices.allStatuses')}
        options={statusOptions(t)}
      />
      <SelectField
        label={t('devices.list.sort')}
        name="sort"
        value={value('sort')}
        onChange={(e) => set('sort', e.target.value)}
        empty={t('devices.list.sortDefault')}
        options={SORTS.map((s) => ({ value: s, label: t(`devices.list.sorts.${s}`) }))}
      />
      {any && (
        <div className="filters__clear">
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() => {
              setSearch('');
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            {t('devices.list.clear')}
          </Button>
        </div>
      )}
    </search>
  );
}
