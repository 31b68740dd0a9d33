import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CORE_STATES, PRIORITIES, type ServiceDeskConfig, TICKET_KINDS } from '../../api/types.ts';
import type { MemberOption } from '../users/memberOptions.ts';
import { categoryOptions } from './config.ts';

export interface QueueFilterValues {
  search: string;
  memberId: string;
  priority: string;
  kind: string;
  categoryId: string;
  teamId: string;
  assignee: string;
  /** '' = active (new, open, waiting); 'all'; 'core:<state>'; or a status key */
  state: string;
  risk: string;
}

export const QUEUE_FILTER_KEYS: (keyof QueueFilterValues)[] = [
  'search',
  'memberId',
  'priority',
  'kind',
  'categoryId',
  'teamId',
  'assignee',
  'state',
  'risk',
];

interface Props {
  values: QueueFilterValues;
  config: ServiceDeskConfig;
  members: MemberOption[];
  onChange: (values: QueueFilterValues) => void;
}

/** The queue's filters; each change applies at once (search after a pause) and lives in the address. */
export function QueueFilters({ values, config, members, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(values.search);
  useEffect(() => setSearch(values.search), [values.search]);
  useEffect(() => {
    if (search === values.search) return;
    const timer = setTimeout(() => onChange({ ...values, search }), 350);
    return () => clearTimeout(timer);
  }, [search, values, onChange]);

  const select = (key: keyof QueueFilterValues) => (e: { target: { value: string } }) =>
    onChange({ ...values, [key]: e.target.value });
  const any = QUEUE_FILTER_KEYS.some((k) => values[k]);
  const categories = categoryOptions(config.categories);

  return (
    <search className="filters queue-filters" aria-label={t('queue.filters')}>
      <Textfield
        label={t('queue.search')}
        description={t('queue.searchHelp')}
        className="filters__search"
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange({ ...values, search });
        }}
      />
      <Field>
        <Label>{t('queue.state')}</Label>
        <Select value={values.state} onChange={select('state')}>
          <Select.Option value="">{t('queue.stateActive')}</Select.Option>
          <Select.Option value="all">{t('queue.stateAll')}</Select.Option>
          <Select.Optgroup label={t('queue.coreStates')}>
            {CORE_STATES.map((s) => (
              <Select.Option key={s} value={`core:${s}`}>
                {t(`sd.coreStates.${s}`)}
              </Select.Option>
            ))}
          </Select.Optgroup>
          <Select.Optgroup label={t('queue.statuses')}>
            {config.statuses.map((s) => (
              <Select.Option key={s.key} value={s.key}>
                {s.name}
              </Select.Option>
            ))}
          </Select.Optgroup>
        </Select>
      </Field>
      <Field>
        <Label>{t('queue.assignee')}</Label>
        <Select value={values.assignee} onChange={select('assignee')}>
          <Select.Option value="">{t('queue.anyone')}</Select.Option>
          <Select.Option value="me">{t('queue.mine')}</Select.Option>
          <Select.Option value="none">{t('queue.unassigned')}</Select.Option>
          {config.agents.map((a) => (
            <Select.Option key={a.id} value={a.id}>
              {a.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('queue.risk')}</Label>
        <Select value={values.risk} onChange={select('risk')}>
          <Select.Option value="">{t('queue.anyRisk')}</Select.Option>
          <Select.Option value="due_soon">{t('queue.dueSoon')}</Select.Option>
          <Select.Option value="breached">{t('queue.breached')}</Select.Option>
        </Select>
      </Field>
      <Field>
        <Label>{t('queue.priority')}</Label>
        <Select value={values.priority} onChange={select('priority')}>
          <Select.Option value="">{t('queue.allPriorities')}</Select.Option>
          <Select.Option value="critical,high">{t('queue.criticalAndHigh')}</Select.Option>
          {PRIORITIES.map((p) => (
            <Select.Option key={p} value={p}>
              {t(`sd.priorities.${p}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('queue.member')}</Label>
        <Select value={values.memberId} onChange={select('memberId')}>
          <Select.Option value="">{t('queue.allMembers')}</Select.Option>
          {members.map((m) => (
            <Select.Option key={m.id} value={m.id}>
              {m.label}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('queue.kind')}</Label>
        <Select value={values.kind} onChange={select('kind')}>
          <Select.Option value="">{t('queue.allKinds')}</Select.Option>
          {TICKET_KINDS.map((k) => (
            <Select.Option key={k} value={k}>
              {t(`sd.kinds.${k}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('queue.category')}</Label>
        <Select value={values.categoryId} onChange={select('categoryId')}>
          <Select.Option value="">{t('queue.allCategories')}</Select.Option>
          {categories.map((c) => (
            <Select.Option key={c.id} value={c.id}>
              {c.label}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('queue.team')}</Label>
        <Select value={values.teamId} onChange={select('teamId')}>
          <Select.Option value="">{t('queue.allTeams')}</Select.Option>
          {config.teams.map((x) => (
            <Select.Option key={x.id} value={x.id}>
              {x.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {any && (
        <div className="filters__clear">
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() => {
              setSearch('');
              onChange(Object.fromEntries(QUEUE_FILTER_KEYS.map((k) => [k, ''])) as unknown as QueueFilterValues);
            }}
          >
            {t('queue.clearFilters')}
          </Button>
        </div>
      )}
    </search>
  );
}
