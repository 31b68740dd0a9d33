import { Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormValue, ServiceDeskConfig, Ticket } from '../../api/types.ts';
import { useCooperation } from '../../components/CooperationContext.tsx';
import { formatDateTime, formatDay, formatMinutes, formatNumber, isDay } from '../../lib/format.ts';
import { categoryLabels, statusOf } from './config.ts';
import { PriorityTag, SlaIndicator } from './TicketBits.tsx';

interface Props {
  ticket: Ticket;
  config: ServiceDeskConfig | undefined;
  view: 'portal' | 'agent';
  now: number;
}

/** The ticket's facts as a definition list; the service desk sees the bookkeeping too. */
export function TicketFacts({ ticket, config, view, now }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { memberById } = useCooperation();
  const agent = view === 'agent';
  const category = ticket.categoryId ? categoryLabels(config?.categories ?? []).get(ticket.categoryId) : undefined;
  const time = (iso: string | null) => (iso ? <time dateTime={iso}>{formatDateTime(iso, lng)}</time> : null);
  const agentName = ticket.assigneeId ? (ticket.assigneeName ?? t('ticket.unknownAgent')) : t('ticket.unassigned');
  const team = ticket.teamId ? config?.teams.find((x) => x.id === ticket.teamId)?.name : undefined;

  const rows: [string, ReactNode][] = [
    [t('ticket.status'), statusOf(config, ticket.status)?.name ?? ticket.status],
    [t('ticket.kind'), t(`sd.kinds.${ticket.kind}`)],
    [
      t('ticket.priority'),
      agent ? <PriorityTag key="priority" priority={ticket.priority} /> : t(`sd.priorities.${ticket.priority}`),
    ],
    [t('ticket.category'), category ?? t('ticket.noCategory')],
    [
      t('ticket.requester'),
      agent ? (
        <>
          {ticket.requesterName}
          {ticket.requesterEmail && (
            <>
              {' '}
              <a href={`mailto:${ticket.requesterEmail}`} className="break">
                {ticket.requesterEmail}
              </a>
            </>
          )}
        </>
      ) : (
        ticket.requesterName
      ),
    ],
    [t('ticket.member'), ticket.memberId ? (memberById.get(ticket.memberId)?.name ?? null) : t('ticket.noMember')],
    [t('ticket.channel'), t(`sd.channels.${ticket.channel}`)],
    [t('ticket.created'), time(ticket.createdAt)],
    [t('ticket.updated'), time(ticket.updatedAt)],
    [t('ticket.resolvedAt'), time(ticket.resolvedAt)],
    [t('ticket.closedAt'), time(ticket.closedAt)],
  ];
  if (agent) {
    rows.push(
      [t('ticket.assignee'), agentName],
      [t('ticket.team'), team ?? t('ticket.noTeam')],
      [t('ticket.sla'), <SlaIndicator key="sla" ticket={ticket} now={now} showDue={false} />],
      [t('ticket.responseDue'), time(ticket.sla.responseDue)],
      [t('ticket.firstResponse'), time(ticket.firstResponseAt)],
      [t('ticket.resolutionDue'), time(ticket.sla.resolutionDue)],
      [
        t('ticket.businessTime'),
        ticket.sla.businessMinutes !== null ? formatMinutes(ticket.sla.businessMinutes, lng) : null,
      ],
      [t('ticket.reopenCount'), ticket.reopenCount > 0 ? formatNumber(ticket.reopenCount, lng) : null],
    );
  }

  return (
    <dl className="facts facts--grid ticket-facts">
      {rows
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** What was ordered: the catalogue entry and the answers to its fields, by their labels. */
export function OrderAnswers({ ticket, config, level = 2 }: Omit<Props, 'view' | 'now'> & { level?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  if (!ticket.catalogueItemId) return null;
  const item = config?.catalogue.find((i) => i.id === ticket.catalogueItemId);
  const data = ticket.formData ?? {};
  const keys = item ? item.formFields.map((f) => f.key).filter((k) => k in data) : Object.keys(data);
  const show = (v: FormValue): string => {
    if (v === true) return t('common.yes');
    if (v === false) return t('common.no');
    if (v === null || v === '') return t('common.none');
    if (typeof v === 'number') return formatNumber(v, i18n.language);
    return isDay(v) ? formatDay(v, i18n.language) : v;
  };
  return (
    <section aria-labelledby="order-heading" className="section">
      <Heading level={level} data-size="xs" id="order-heading">
        {t('ticket.order', { name: item?.name ?? t('ticket.unknownItem') })}
      </Heading>
      {keys.length > 0 && (
        <dl className="facts facts--grid">
          {keys.map((k) => (
            <div key={k}>
              <dt>{item?.formFields.find((f) => f.key === k)?.label ?? k}</dt>
              <dd className="pre-line">{show(data[k] ?? null)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
