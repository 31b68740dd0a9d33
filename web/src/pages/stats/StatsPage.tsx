import { Alert, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { serviceDeskApi } from '../../api/endpoints.ts';
import { useCooperation } from '../../components/CooperationContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { addMonths, formatDateTime, formatMonth, monthInOslo } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { hasRole, useSession } from '../../session/SessionContext.tsx';
import {
  AgeProfile,
  Channels,
  CriticalAndHigh,
  DataQuality,
  NewTickets,
  OpenTrend,
  ResolutionTimes,
  SlaByPriority,
} from './StatsSections.tsx';

const MONTHS_BACK = 36;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The service desk's monthly figures as the council report has them: new tickets, the open trend,
 * SLA, resolution times, the age of open tickets, critical and high incidents, channels and data quality.
 */
export function StatsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('stats.title'));
  const { user } = useSession();
  const { overview, memberById } = useCooperation();
  const [params, setParams] = useSearchParams();

  // Staff see the whole cooperation; a system owner sees their own member(s) only.
  const staff = hasRole(user, 'agent', 'admin', 'leader');
  const ownMembers = (user?.roles ?? [])
    .filter((g) => g.role === 'system_owner' && g.memberId)
    .map((g) => g.memberId as string);
  const memberChoices = staff
    ? (overview?.members ?? []).map((m) => ({ id: m.id, name: m.name }))
    : ownMembers.map((id) => ({ id, name: memberById.get(id)?.name ?? id }));

  const thisMonth = monthInOslo();
  const requested = params.get('month') ?? '';
  const month = MONTH.test(requested) && requested <= thisMonth ? requested : thisMonth;
  const requestedMember = params.get('memberId') ?? '';
  const memberId = staff
    ? requestedMember
    : ownMembers.includes(requestedMember)
      ? requestedMember
      : (ownMembers[0] ?? '');

  const stats = useAsync(
    () => serviceDeskApi.stats(month, memberId || undefined),
    `${month}|${memberId}`,
    staff || !!memberId,
  );

  const set = useCallback(
    (key: 'month' | 'memberId', value: string) => {
      const p = new URLSearchParams(params);
      if (value && !(key === 'month' && value === thisMonth)) p.set(key, value);
      else p.delete(key);
      setParams(p, { replace: true });
    },
    [params, setParams, thisMonth],
  );

  const months = Array.from({ length: MONTHS_BACK }, (_, i) => addMonths(thisMonth, -i));
  if (!months.includes(month)) months.push(month);
  const lng = i18n.language;
  const memberName = memberId ? memberChoices.find((m) => m.id === memberId)?.name : undefined;
  const data = stats.data;

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('stats.title')}
      </Heading>
      <Paragraph className="muted">{t('stats.intro')}</Paragraph>
      <search className="filters stats-filters" aria-label={t('stats.filters')}>
        <Field>
          <Label>{t('stats.month')}</Label>
          <Select value={month} onChange={(e) => set('month', e.target.value)}>
            {months.map((m) => (
              <Select.Option key={m} value={m}>
                {formatMonth(m, lng)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('stats.member')}</Label>
          <Select value={memberId} onChange={(e) => set('memberId', e.target.value)}>
            {staff && <Select.Option value="">{t('stats.allMembers')}</Select.Option>}
            {memberChoices.map((m) => (
              <Select.Option key={m.id} value={m.id}>
                {m.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </search>
      <p className="result-count" aria-live="polite">
        {data &&
          (memberName
            ? t('stats.showingFor', { month: formatMonth(data.month, lng), member: memberName })
            : t('stats.showing', { month: formatMonth(data.month, lng) }))}
      </p>
      {!staff && ownMembers.length === 0 && <Paragraph>{t('stats.noMember')}</Paragraph>}
      {stats.error !== undefined && <ErrorMessage error={stats.error} onRetry={stats.reload} />}
      {stats.loading && !data && <Loading />}
      {data && data.complete === false && (
        <Alert data-color="info">
          <Paragraph>
            {t('stats.preliminary', {
              month: formatMonth(data.month, lng),
              at: data.generatedAt ? formatDateTime(data.generatedAt, lng) : '',
            })}
          </Paragraph>
        </Alert>
      )}
      {data && (
        <div className="stats" aria-busy={stats.loading}>
          <NewTickets stats={data} />
          <OpenTrend stats={data} />
          <SlaByPriority stats={data} />
          <ResolutionTimes stats={data} />
          <AgeProfile stats={data} />
          <CriticalAndHigh stats={data} ticketBase={staff ? '/servicedesk/tickets' : '/portal/tickets'} />
          <Channels stats={data} />
          <DataQuality stats={data} ticketBase={staff ? '/servicedesk/tickets' : '/portal/tickets'} />
        </div>
      )}
    </>
  );
}
