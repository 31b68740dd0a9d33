import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { serviceDeskApi } from '../../api/endpoints.ts';
import type { TicketDetail } from '../../api/types.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { NotFound } from '../NotFound.tsx';
import { isDone, statusOf, useServiceDeskConfig } from '../servicedesk/config.ts';
import { OrderAnswers, TicketFacts } from '../servicedesk/TicketFacts.tsx';
import { CommentForm, ReopenForm } from '../servicedesk/TicketForms.tsx';
import { TicketHistory } from '../servicedesk/TicketHistory.tsx';

/** After an action whose form goes away (resolve, reopen, duplicate), continue from the ticket's heading. */
function keepFocus() {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) document.getElementById('ticket-heading')?.focus();
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The requester's view of a ticket: status, the public history, comments, and reopening when resolved. */
export function PortalTicketPage() {
  const { id = '' } = useParams();
  return <PortalTicket key={id} id={id} />;
}

function PortalTicket({ id }: { id: string }) {
  const valid = UUID.test(id);
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const config = useServiceDeskConfig();
  const loaded = useAsync(() => serviceDeskApi.ticket(id), id, valid);
  const [ticket, setTicket] = useState<TicketDetail>();
  const [notice, setNotice] = useState<string>();
  const current = ticket ?? loaded.data;
  usePageTitle(current ? `#${current.number} ${current.subject}` : t('ticket.titleFallback'));

  // "Your ticket has number #12", once, after reporting or ordering.
  const created = (location.state as { created?: number } | null)?.created;
  useEffect(() => {
    if (created === undefined) return;
    setNotice(t('ticket.created_notice', { number: created }));
    navigate(location.pathname, { replace: true, state: null });
  }, [created, location.pathname, navigate, t]);

  if (!valid || (loaded.error instanceof ApiError && loaded.error.status === 404)) return <NotFound />;

  const back = <BackLink to="/portal">{t('portal.back')}</BackLink>;
  const noticeRegion = (
    <div role="status" className="notice-region">
      {notice && <Alert data-color="success">{notice}</Alert>}
    </div>
  );

  if (!current) {
    return (
      <>
        {back}
        <Heading level={1} data-size="lg">
          {t('ticket.titleFallback')}
        </Heading>
        {noticeRegion}
        {loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : <Loading />}
      </>
    );
  }

  const done = (next: TicketDetail, message: string) => {
    setTicket(next);
    setNotice(undefined);
    requestAnimationFrame(() => {
      setNotice(message);
      keepFocus();
    });
  };
  const status = statusOf(config.data, current.status);

  return (
    <>
      {back}
      <div className="title-row">
        <Heading level={1} data-size="lg" className="break" id="ticket-heading" tabIndex={-1}>
          <span className="ticket-number">#{current.number}</span> {current.subject}
        </Heading>
        <div className="title-row__tags">
          <Tag data-color={isDone(current) ? 'success' : 'info'}>{status?.name ?? current.status}</Tag>
        </div>
      </div>
      {noticeRegion}
      {current.coreState === 'waiting' && current.access.commentPublic && (
        <Alert data-color="info">
          <Paragraph>{t('ticket.waitingForYou', { status: status?.name ?? current.status })}</Paragraph>
        </Alert>
      )}
      {current.solution && isDone(current) && (
        <Alert data-color="success" className="solution">
          <Heading level={2} data-size="xs">
            {t('ticket.solution')}
          </Heading>
          <Paragraph className="pre-line">{current.solution}</Paragraph>
        </Alert>
      )}
      <section aria-labelledby="facts-heading" className="section">
        <Heading level={2} data-size="sm" id="facts-heading">
          {t('ticket.details')}
        </Heading>
        <TicketFacts ticket={current} config={config.data} view="portal" now={Date.now()} />
      </section>
      {current.description && (
        <section aria-labelledby="description-heading" className="section">
          <Heading level={2} data-size="sm" id="description-heading">
            {t('ticket.description')}
          </Heading>
          <Paragraph className="pre-line ticket-description">{current.description}</Paragraph>
        </section>
      )}
      <OrderAnswers ticket={current} config={config.data} />
      <section aria-labelledby="history-heading" className="section">
        <Heading level={2} data-size="sm" id="history-heading">
          {t('ticket.history')}
        </Heading>
        <TicketHistory events={current.history} config={config.data} view="portal" />
      </section>
      {current.access.reopen && isDone(current) && !current.duplicateOfId && (
        <ReopenForm ticket={current} onDone={done} />
      )}
      {current.access.commentPublic && current.coreState !== 'closed' && <CommentForm ticket={current} onDone={done} />}
    </>
  );
}
