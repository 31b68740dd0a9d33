import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NotFound } from '../NotFound.tsx';
import { isDone, statusOf, useServiceDeskConfig } from '../servicedesk/config.ts';
import { OrderAnswers, TicketFacts } from '../servicedesk/TicketFacts.tsx';
import { TicketFiles } from '../servicedesk/TicketFiles.tsx';
import { CommentForm, ReopenForm } from '../servicedesk/TicketForms.tsx';
import { TicketHistory } from '../servicedesk/TicketHistory.tsx';
import { useTicketView } from '../servicedesk/useTicketView.tsx';

/** The requester's view of a ticket: status, the public history, comments, and reopening when resolved. */
export function PortalTicketPage() {
  const { id = '' } = useParams();
  return <PortalTicket key={id} id={id} />;
}

function PortalTicket({ id }: { id: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const config = useServiceDeskConfig();
  const { loaded, current, notFound, noticeRegion, setNotice, done } = useTicketView(id);

  // "Your ticket has number #12", once, after reporting or ordering.
  const created = (location.state as { created?: number } | null)?.created;
  useEffect(() => {
    if (created === undefined) return;
    setNotice(t('ticket.created_notice', { number: created }));
    navigate(location.pathname, { replace: true, state: null });
  }, [created, location.pathname, navigate, t, setNotice]);

  if (notFound) return <NotFound />;

  const back = <BackLink to="/portal">{t('portal.back')}</BackLink>;
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
      {current.parentId && !isDone(current) && (
        <Alert data-color="info" className="parent-incident">
          <Paragraph>{t('ticket.attachedPortal')}</Paragraph>
        </Alert>
      )}
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
      <TicketFiles ticketId={current.id} />
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
