import { Button, Card, Details, Heading, Link, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { serviceDeskApi } from '../api/endpoints.ts';
import type { OperationalMessage, Ticket } from '../api/types.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { Loading } from '../components/Loading.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { formatDateTime } from '../lib/format.ts';
import { useAction } from '../lib/useAction.ts';
import { useAsync } from '../lib/useAsync.ts';
import { usePageTitle } from '../lib/usePageTitle.ts';
import { hasRole, useSession } from '../session/SessionContext.tsx';
import { MyDevices } from './devices/MyDevices.tsx';
import { statusOf, useServiceDeskConfig } from './servicedesk/config.ts';
import { FeedAddresses } from './servicedesk/FeedAddresses.tsx';
import { MessageCard } from './servicedesk/TicketBits.tsx';

const PAGE_SIZE = 25;

/** Self-service for everyone: current operational messages, report a fault, order, and one's own tickets. */
export function PortalPage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.title'));
  return (
    <>
      <div className="page-head">
        <div>
          <Heading level={1} data-size="lg">
            {t('portal.title')}
          </Heading>
          <Paragraph className="muted">{t('portal.intro')}</Paragraph>
        </div>
      </div>
      <CurrentMessages />
      <section aria-labelledby="portal-actions-heading" className="section">
        <Heading level={2} data-size="sm" id="portal-actions-heading">
          {t('portal.whatNow')}
        </Heading>
        <ul className="card-grid plain-list">
          <li>
            <Card data-color="accent" className="action-card">
              <Heading level={3} data-size="xs">
                <Link asChild>
                  <RouterLink to="/portal/report">{t('portal.report')}</RouterLink>
                </Link>
              </Heading>
              <Paragraph data-size="sm">{t('portal.reportText')}</Paragraph>
            </Card>
          </li>
          <li>
            <Card data-color="accent" className="action-card">
              <Heading level={3} data-size="xs">
                <Link asChild>
                  <RouterLink to="/portal/order">{t('portal.order')}</RouterLink>
                </Link>
              </Heading>
              <Paragraph data-size="sm">{t('portal.orderText')}</Paragraph>
            </Card>
          </li>
        </ul>
      </section>
      <MyDevices />
      <MyTickets />
    </>
  );
}

function CurrentMessages() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { hash } = useLocation();
  const messages = useAsync(() => serviceDeskApi.messages(), 'current');
  const items = messages.data?.items ?? [];

  // The public feeds link to /portal#melding-<id>: once the messages are here, go to that one.
  useEffect(() => {
    if (!messages.data || !hash.startsWith('#melding-')) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [messages.data, hash]);

  return (
    <section aria-labelledby="portal-messages-heading" className="section">
      <Heading level={2} data-size="sm" id="portal-messages-heading">
        {t('portal.messages')}
      </Heading>
      {messages.error !== undefined && <ErrorMessage error={messages.error} onRetry={messages.reload} level={3} />}
      {messages.loading && !messages.data && <Loading />}
      {messages.data && items.length === 0 && <Paragraph className="muted">{t('portal.noMessages')}</Paragraph>}
      {items.length > 0 && (
        <ul className="plain-list op-messages">
          {items.map((m) => (
            <li key={m.id} id={`melding-${m.id}`} tabIndex={-1} className="op-messages__item">
              <MessageCard message={m} level={3}>
                <AttachFault message={m} />
              </MessageCard>
            </li>
          ))}
        </ul>
      )}
      {hasRole(user, 'admin', 'agent', 'leader') && (
        <Details className="feed-details">
          <Details.Summary>{t('messages.feeds')}</Details.Summary>
          <Details.Content>
            <FeedAddresses />
          </Details.Content>
        </Details>
      )}
    </section>
  );
}

/**
 * "Jeg har også denne feilen": the user's own fault, attached to the message's incident, with an
 * optional description; then the new ticket's page.
 */
function AttachFault({ message }: { message: OperationalMessage }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [description, setDescription] = useState('');
  const openRef = useRef<HTMLButtonElement>(null);
  const fieldId = `attach-${message.id}`;
  // busy until the new ticket's page is shown
  const { busy, error, setError, act } = useAction(async () => {
    const ticket = await serviceDeskApi.attachToMessage(message.id, description.trim() || undefined);
    navigate(`/portal/tickets/${ticket.id}`, { state: { created: ticket.number } });
  }, true);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!busy) void act();
  };

  if (!open) {
    return (
      <div className="op-message__actions">
        <Button
          ref={openRef}
          variant="secondary"
          data-size="sm"
          aria-label={t('portal.attachLabel', { title: message.title })}
          onClick={() => {
            setOpen(true);
            requestAnimationFrame(() => document.getElementById(fieldId)?.focus());
          }}
        >
          {t('portal.attach')}
        </Button>
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="form form--compact attach-fault">
      {error !== undefined && <ErrorMessage error={error} level={4} />}
      <Textfield
        id={fieldId}
        label={`${t('portal.attachDescription')} ${t('common.optional')}`}
        description={t('portal.attachHelp')}
        name="description"
        multiline
        rows={3}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        maxLength={5000}
      />
      <div className="button-row">
        <Button type="submit" data-size="sm" loading={busy} data-color="accent">
          {t('portal.attachSubmit')}
        </Button>
        <Button
          type="button"
          data-size="sm"
          variant="tertiary"
          onClick={() => {
            setOpen(false);
            setError(undefined);
            requestAnimationFrame(() => openRef.current?.focus());
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

interface More {
  items: Ticket[];
  nextCursor: string | null;
  focusId?: string;
}

function MyTickets() {
  const { t, i18n } = useTranslation();
  const config = useServiceDeskConfig();
  const first = useAsync(() => serviceDeskApi.tickets({ scope: 'mine', limit: PAGE_SIZE }), 'mine');
  const [more, setMore] = useState<More>();
  const [moreError, setMoreError] = useState<unknown>();
  const [loadingMore, setLoadingMore] = useState(false);
  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const nextCursor = more ? more.nextCursor : first.data?.nextCursor;

  useEffect(() => {
    if (more?.focusId) document.querySelector<HTMLElement>(`[data-ticket="${more.focusId}"] a`)?.focus();
  }, [more?.focusId]);

  const loadMore = async () => {
    if (!nextCursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await serviceDeskApi.tickets({ scope: 'mine', limit: PAGE_SIZE, cursor: nextCursor });
      setMore({
        items: [...(more?.items ?? []), ...page.items],
        nextCursor: page.nextCursor,
        focusId: page.items[0]?.id,
      });
    } catch (err) {
      setMoreError(err);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section aria-labelledby="my-tickets-heading" className="section">
      <Heading level={2} data-size="sm" id="my-tickets-heading">
        {t('portal.myTickets')}
      </Heading>
      {first.error !== undefined && <ErrorMessage error={first.error} onRetry={first.reload} level={3} />}
      {first.loading && !first.data && <Loading />}
      {first.data && items.length === 0 && <Paragraph className="muted">{t('portal.noTickets')}</Paragraph>}
      {items.length > 0 && (
        <TableScroll label={t('portal.myTickets')}>
          <Table className="data-table my-tickets">
            <caption className="visually-hidden">{t('portal.myTickets')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('ticket.number')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ticket.subject')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ticket.kind')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ticket.status')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ticket.created')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ticket.updated')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((ticket) => (
                <Table.Row key={ticket.id} data-ticket={ticket.id}>
                  <Table.HeaderCell scope="row" className="nowrap">
                    <Link asChild>
                      <RouterLink to={`/portal/tickets/${ticket.id}`}>#{ticket.number}</RouterLink>
                    </Link>
                  </Table.HeaderCell>
                  <Table.Cell className="break">{ticket.subject}</Table.Cell>
                  <Table.Cell>{t(`sd.kinds.${ticket.kind}`)}</Table.Cell>
                  <Table.Cell>{statusOf(config.data, ticket.status)?.name ?? ticket.status}</Table.Cell>
                  <Table.Cell className="nowrap">
                    <time dateTime={ticket.createdAt}>{formatDateTime(ticket.createdAt, i18n.language)}</time>
                  </Table.Cell>
                  <Table.Cell className="nowrap">
                    <time dateTime={ticket.updatedAt}>{formatDateTime(ticket.updatedAt, i18n.language)}</time>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {moreError !== undefined && <ErrorMessage error={moreError} onRetry={loadMore} level={3} />}
      {nextCursor && (
        <div className="load-more">
          <Button variant="secondary" onClick={loadMore} loading={loadingMore}>
            {loadingMore ? t('common.loadingMore') : t('common.showMore')}
          </Button>
        </div>
      )}
    </section>
  );
}
