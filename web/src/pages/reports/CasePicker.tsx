import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import { formatDay } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { governanceApi, type MeetingListItem } from '../governance/api.ts';
import { meetingTitle } from '../governance/shared.tsx';

/** The council's meetings of some years, with the cases one may present a report in. */
async function councilMeetings(years: number[]): Promise<MeetingListItem[]> {
  const { bodies } = await governanceApi.bodies();
  const councils = bodies.filter((b) => b.kind === 'council');
  const lists = await Promise.all(
    councils.flatMap((b) => years.map((year) => governanceApi.meetings({ body: b.id, year }))),
  );
  return lists
    .flatMap((l) => l.meetings)
    .filter((m) => m.status !== 'cancelled' && m.cases.some((c) => c.status !== 'withdrawn'))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Choose a case of a council meeting (the case that presents a report, or the one its PDF is
 * attached to): one select, the meetings as groups of their cases.
 */
export function CasePicker({
  years,
  value,
  onChange,
  label,
  description,
  emptyLabel,
  error,
  name,
}: {
  years: number[];
  value: string;
  onChange: (caseId: string) => void;
  label: string;
  description?: string;
  /** the text of the empty choice; none: a case must be chosen */
  emptyLabel?: string;
  error?: string;
  name: string;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const key = years.join(',');
  const meetings = useAsync(() => councilMeetings(years), key);
  if (meetings.error !== undefined)
    return (
      <Field>
        <Label>{label}</Label>
        <ValidationMessage>{t('reports.cases.loadFailed')}</ValidationMessage>
      </Field>
    );
  if (!meetings.data) return <Loading label={t('reports.cases.loading')} />;
  const list = meetings.data;
  // a chosen case the lists do not hold (another year) stays as it is
  const known = value === '' || list.some((m) => m.cases.some((c) => c.id === value));
  return (
    <Field>
      <Label>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {emptyLabel !== undefined ? (
          <Select.Option value="">{emptyLabel}</Select.Option>
        ) : (
          <Select.Option value="" disabled>
            {t('reports.cases.choose')}
          </Select.Option>
        )}
        {!known && <Select.Option value={value}>{t('reports.cases.current')}</Select.Option>}
        {list.map((m) => (
          <optgroup key={m.id} label={`${meetingTitle(t, m, lng)} (${formatDay(m.date, lng)})`}>
            {m.cases
              .filter((c) => c.status !== 'withdrawn')
              .map((c) => (
                <Select.Option key={c.id} value={c.id}>
                  {c.number ? t('reports.cases.option', { number: c.number, title: c.title }) : c.title}
                </Select.Option>
              ))}
          </optgroup>
        ))}
      </Select>
      {list.length === 0 && <Field.Description>{t('reports.cases.none')}</Field.Description>}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
