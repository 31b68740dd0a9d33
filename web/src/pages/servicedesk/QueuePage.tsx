import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate, useSearchParams } from 'react-router';
import { serviceDeskApi, type TicketQuery } from '../../api/endpoints.ts';
import type { ServiceDeskConfig, Ticket, TicketKind } from '../../api/types.ts';
import { useCooperation } from '../../components/CooperationContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { hasRole, useSession } from '../../session/SessionContext.tsx';
import { memberOptions } from '../users/memberOptions.ts';
import { statusOf, useServiceDeskConfig } from './config.ts';
import { QUEUE_FILTER_KEYS, QueueFilters, type QueueFilterValues } from './QueueFilters.tsx';
import { PriorityTag, SlaIndicator } from './TicketBits.tsx';
import type { TicketLinkState } from './TicketPage.tsx';

const PAGE_SIZE = 50;

/** Earlier pages' cursors, so "Previous page" can go back ('' is the first page). */
interface PagingState {
  prev?: string[];
}

function toQuery(f: QueueFilterValues, cursor: string | undefined): TicketQuery {
  const q: TicketQuery = { scope: 'queue', limit: PAGE_SIZE, cursor };
  if (f.search.trim()) q.search = f.search.trim();
  if (f.memberId) q.memberId = f.memberId;
  if (f.priority) q.priority = f.priority;
  if (f.kind) q.kind = f.kind as TicketKind;
  if (f.categoryId) q.categoryId = f.categoryId;
  if (f.teamId) q.teamId = f.teamId;
  if (f.assignee) q.assignee = f.assignee;
  if (f.risk === 'due_soon' || f.risk === 'breached') q.risk = f.risk;
  if (!f.state) q.coreState = 'new,open,waiting';
  else if (f.state.startsWith('core:')) q.coreState = f.state.slice(5);
  else if (f.state !== 'all') q.status = f.state;
  return q;
}

/** The service desk's queue: filters in the address, SLA state per ticket, paging by cursor. */
export function QueuePage() {
  const { t } = useTranslation();
  usePageTitle(t('queue.title'));
  const { user } = useSession();
  const { overview } = useCooperation();
  const config = useServiceDeskConfig();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();

  const filters = Object.fromEntries(
    QUEUE_FILTER_KEYS.map((k) => [k, params.get(k) ?? '']),
  ) as unknown as QueueFilterValues;
  const cursor = params.get('cursor') ?? undefined;
  const query = toQuery(filters, cursor);
  const list = useAsync(() => serviceDeskApi.tickets(query), JSON.stringify(query));
  const prev = (location.state as PagingState | null)?.prev ?? [];

  const setFilters = useCallback(
    (next: QueueFilterValues) => {
      const p = new URLSearchParams();
      for (const k of QUEUE_FILTER_KEYS) if (next[k]) p.set(k, next[k]);
      setParams(p, { replace: true });
    },
    [setParams],
  );

  const goTo = (nextCursor: string | undefined, stack: string[]) => {
    const p = new URLSearchParams(params);
    if (nextCursor) p.set('cursor', nextCursor);
    else p.delete('cursor');
    navigate({ search: p.toString() }, { state: { prev: stack } satisfies PagingState });
  };

  const agent = hasRole(user, 'agent', 'admin');
  const members = memberOptions(overview, t('users.formerSuffix'));
  const items = list.data?.items ?? [];
  const page = prev.length + 1;

  return (
    <>
      <div className="page-head">
        <div>
          <Heading level={1} data-size="lg">
            {t('queue.title')}
          </Heading>
          <Paragraph className="muted">{t('queue.intro')}</Paragraph>
        </div>
        {agent && (
          <div className="button-row">
            <Button asChild data-color="accent">
              <RouterLink to="/servicedesk/new">+ {t('register.title')}</RouterLink>
            </Button>
            <Button asChild variant="secondary">
              <RouterLink to="/servicedesk/messages">{t('messages.title')}</RouterLink>
            </Button>
          </div>
        )}
      </div>
      {config.error !== undefined && <ErrorMessage error={config.error} onRetry={config.reload} />}
      {config.data && <QueueFilters values={filters} config={config.data} members={members} onChange={setFilters} />}
      <p className="result-count" aria-live="polite">
        {list.data && (items.length === 0 ? t('queue.empty') : t('queue.showing', { count: items.length, page }))}
      </p>
      {list.error !== undefined && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {(list.loading || config.loading) && !list.data && <Loading />}
      {list.data && items.length > 0 && (
        <QueueTable tickets={items} config={config.data} busy={list.loading} queue={location.search} />
      )}
      {list.data && (cursor || list.data.nextCursor) && (
        <nav className="pager" aria-label={t('queue.pagination')}>
          {prev.length > 0 ? (
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => goTo(prev.at(-1) || undefined, prev.slice(0, -1))}
            >
              ← {t('queue.previous')}
            </Button>
          ) : (
            cursor && (
              <Button variant="secondary" data-size="sm" onClick={() => goTo(undefined, [])}>
                ← {t('queue.first')}
              </Button>
            )
          )}
          <span>{t('queue.page', { page })}</span>
          <Button
            variant="secondary"
            data-size="sm"
            disabled={!list.data.nextCursor}
            onClick={() => list.data?.nextCursor && goTo(list.data.nextCursor, [...prev, cursor ?? ''])}
          >
            {t('queue.next')} →
          </Button>
        </nav>
      )}
    </>
  );
}

function QueueTable({
  tickets,
  config,
  busy,
  queue,
}: {
  tickets: Ticket[];
  config: ServiceDeskConfig | undefined;
  busy: boolean;
  queue: string;
}) {
  const { t, i18n } = useTranslation();
  const { memberById } = useCooperation();
  const now = Date.now();
  const agentName = (ticket: Ticket) => (ticket.assigneeId ? (ticket.assigneeName ?? t('ticket.unknownAgent')) : null);
  const linkState: TicketLinkState = { queue };

  return (
    <TableScroll label={t('queue.caption')}>
      <Table className="data-table queue-table" data-size="sm" aria-busy={busy}>
        <caption className="visually-hidden">{t('queue.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('ticket.number')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('ticket.subject')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('ticket.member')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('ticket.priority')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('ticket.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('ticket.assignee')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('ticket.created')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('ticket.sla')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {tickets.map((ticket) => (
            <Table.Row key={ticket.id} data-ticket={ticket.number}>
              <Table.HeaderCell scope="row" className="nowrap">
                <Link asChild>
                  <RouterLink to={`/servicedesk/tickets/${ticket.id}`} state={linkState}>
                    #{ticket.number}
                  </RouterLink>
                </Link>
              </Table.HeaderCell>
              <Table.Cell className="break queue-table__subject">
                <span className="queue-table__title">{ticket.subject}</span>
                <span className="queue-table__sub">
                  {t(`sd.kinds.${ticket.kind}`)} · {ticket.requesterName}
                </span>
              </Table.Cell>
              <Table.Cell>
                {ticket.memberId ? (
                  memberById.get(ticket.memberId)?.name
                ) : (
                  <span className="muted">{t('ticket.noMember')}</span>
                )}
              </Table.Cell>
              <Table.Cell>
                <PriorityTag priority={ticket.priority} />
              </Table.Cell>
              <Table.Cell>{statusOf(config, ticket.status)?.name ?? ticket.status}</Table.Cell>
              <Table.Cell>{agentName(ticket) ?? <span className="muted">{t('ticket.unassigned')}</span>}</Table.Cell>
              <Table.Cell className="nowrap">
                <time dateTime={ticket.createdAt}>{formatDateTime(ticket.createdAt, i18n.language)}</time>
              </Table.Cell>
              <Table.Cell>
                <SlaIndicator ticket={ticket} now={now} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
