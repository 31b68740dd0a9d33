import { Link, Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Priority, ServiceDeskConfig, TicketEvent } from '../../api/types.ts';
import { useCooperation } from '../../components/CooperationContext.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { categoryLabels, statusOf } from './config.ts';

interface Props {
  events: TicketEvent[];
  config: ServiceDeskConfig | undefined;
  /** 'agent' shows internal notes and bookkeeping events; links go to the matching ticket page */
  view: 'portal' | 'agent';
}

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** The ticket's history, oldest first: changes, comments (public and internal, marked), resolution. */
export function TicketHistory({ events, config, view }: Props) {
  const { t, i18n } = useTranslation();
  const { memberById } = useCooperation();
  const categories = categoryLabels(config?.categories ?? []);
  const names = {
    status: (key: unknown) => {
      const k = str(key);
      return k ? (statusOf(config, k)?.name ?? k) : t('common.none');
    },
    category: (id: unknown) => {
      const k = str(id);
      return k ? (categories.get(k) ?? t('ticket.unknownCategory')) : t('ticket.noCategory');
    },
    team: (id: unknown) => {
      const k = str(id);
      return k ? (config?.teams.find((x) => x.id === k)?.name ?? t('ticket.unknownTeam')) : t('ticket.noTeam');
    },
    member: (id: unknown) => {
      const k = str(id);
      return k ? (memberById.get(k)?.name ?? t('ticket.unknownMember')) : t('ticket.noMember');
    },
    priority: (p: unknown) => (str(p) ? t(`sd.priorities.${p as Priority}`) : t('common.none')),
  };
  const shown = view === 'agent' ? events : events.filter((e) => e.kind !== 'response');
  const base = view === 'agent' ? '/servicedesk/tickets' : '/portal/tickets';

  return (
    <ol className="history plain-list">
      {shown.map((e) => {
        const internal = e.kind === 'comment' && e.data.public !== true;
        return (
          <li
            key={e.id}
            className={`history__item history__item--${e.kind}${internal ? ' history__item--internal' : ''}`}
            data-event={e.kind}
          >
            <div className="history__meta">
              <span className="history__actor">{e.actorName || t('audit.system')}</span>
              <time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time>
              {e.kind === 'comment' && (
                <Tag data-color={internal ? 'warning' : 'info'} data-size="sm">
                  {internal ? t('history.internal') : view === 'agent' ? t('history.publicAgent') : t('history.public')}
                </Tag>
              )}
            </div>
            <div className="history__body">{describe(t, e, names, base)}</div>
          </li>
        );
      })}
    </ol>
  );
}

type Names = Record<'status' | 'category' | 'team' | 'member' | 'priority', (v: unknown) => string>;

function describe(t: TFunction, e: TicketEvent, names: Names, base: string): ReactNode {
  const d = e.data;
  switch (e.kind) {
    case 'created':
      return t('history.created', {
        channel: str(d.channel) ? t(`sd.channels.${d.channel}`) : t('common.none'),
      });
    case 'status':
      return t('history.status', { from: names.status(d.from), to: names.status(d.to) });
    case 'priority':
      return t('history.priority', { from: names.priority(d.from), to: names.priority(d.to) });
    case 'category':
      return t('history.category', { from: names.category(d.from), to: names.category(d.to) });
    case 'team':
      return t('history.team', { from: names.team(d.from), to: names.team(d.to) });
    case 'member':
      return t('history.member', { from: names.member(d.from), to: names.member(d.to) });
    case 'assign':
      return d.to
        ? t('history.assigned', { name: str(d.toName) ?? t('ticket.unknownAgent') })
        : t('history.unassigned');
    case 'response':
      return t('history.response');
    case 'comment':
      return <p className="history__text pre-line">{str(d.body)}</p>;
    case 'resolved':
      return (
        <>
          <p className="history__title">{t('history.resolved')}</p>
          <p className="history__text pre-line">{str(d.solution)}</p>
        </>
      );
    case 'reopened':
      return (
        <>
          <p className="history__title">{t('history.reopened')}</p>
          <p className="history__text pre-line">{str(d.reason)}</p>
        </>
      );
    case 'link': {
      // "I have this fault too": the user's fault attached to the incident of an operational message
      const attachedTo = str(d.attachedTo);
      if (attachedTo) {
        if (base !== '/servicedesk/tickets') return t('history.attachedToPortal');
        return (
          <>
            {t('history.attachedTo')}{' '}
            <Link asChild>
              <RouterLink to={`${base}/${attachedTo}`}>{t('history.theIncident')}</RouterLink>
            </Link>
          </>
        );
      }
      const attached = str(d.attached);
      if (attached) {
        // the requester of the incident cannot open another user's ticket
        if (base !== '/servicedesk/tickets') return `${t('history.attached')} #${String(d.number)}`;
        return (
          <>
            {t('history.attached')}{' '}
            <Link asChild>
              <RouterLink to={`${base}/${attached}`}>#{String(d.number)}</RouterLink>
            </Link>
          </>
        );
      }
      const other = str(d.duplicateOf) ?? str(d.duplicate);
      const link = other ? (
        <Link asChild>
          <RouterLink to={`${base}/${other}`}>#{String(d.number)}</RouterLink>
        </Link>
      ) : (
        `#${String(d.number)}`
      );
      return (
        <>
          {d.duplicateOf ? t('history.duplicateOf') : t('history.hasDuplicate')} {link}
        </>
      );
    }
    default:
      return e.kind;
  }
}
