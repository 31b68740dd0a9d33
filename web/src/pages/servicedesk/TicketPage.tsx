import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { serviceDeskApi } from '../../api/endpoints.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAsync } from '../../lib/useAsync.ts';
import { NotFound } from '../NotFound.tsx';
import { isDone, statusOf, useServiceDeskConfig } from './config.ts';
import { DuplicateForm, ResolveForm, WorkForm } from './TicketActions.tsx';
import { PriorityTag, SlaIndicator } from './TicketBits.tsx';
import { OrderAnswers, TicketFacts } from './TicketFacts.tsx';
import { TicketFiles } from './TicketFiles.tsx';
import { CommentForm, ReopenForm } from './TicketForms.tsx';
import { TicketHistory } from './TicketHistory.tsx';
import { useTicketView } from './useTicketView.tsx';

/** Where "back" goes: the queue with the filters it had, when the agent came from there. */
export interface TicketLinkState {
  queue?: string;
  created?: number;
}

/** The service desk's view of one ticket: every field, the full history and the actions. */
export function TicketPage() {
  const { id = '' } = useParams();
  return <AgentTicket key={id} id={id} />;
}

function AgentTicket({ id }: { id: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const config = useServiceDeskConfig();
  const { loaded, current, notFound, noticeRegion, setNotice, done } = useTicketView(id);
  const [queue] = useState(() => (location.state as TicketLinkState | null)?.queue);

  const created = (location.state as TicketLinkState | null)?.created;
  useEffect(() => {
    if (created === undefined) return;
    setNotice(t('register.created', { number: created }));
    navigate(location.pathname, { replace: true, state: { queue } });
  }, [created, location.pathname, navigate, t, queue, setNotice]);

  if (notFound) return <NotFound />;

  const back = <BackLink to={`/servicedesk${queue ?? ''}`}>{t('queue.back')}</BackLink>;
  if (!current || !config.data) {
    const error = loaded.error ?? config.error;
    return (
      <>
        {back}
        <Heading level={1} data-size="lg">
          {t('ticket.titleFallback')}
        </Heading>
        {noticeRegion}
        {error ? (
          <ErrorMessage
            error={error}
            onRetry={() => {
              loaded.reload();
              config.reload();
            }}
          />
        ) : (
          <Loading />
        )}
      </>
    );
  }

  const now = Date.now();
  const status = statusOf(config.data, current.status);
  const finished = isDone(current);
  const hasActions = current.access.work || (current.access.reopen && finished);

  return (
    <>
      {back}
      <div className="title-row">
        <Heading level={1} data-size="lg" className="break" id="ticket-heading" tabIndex={-1}>
          <span className="ticket-number">#{current.number}</span> {current.subject}
        </Heading>
        <div className="title-row__tags">
          <PriorityTag priority={current.priority} />
          <Tag data-color={finished ? 'success' : current.coreState === 'waiting' ? 'neutral' : 'info'} data-size="sm">
            {status?.name ?? current.status}
          </Tag>
          <SlaIndicator ticket={current} now={now} showDue={false} />
        </div>
      </div>
      {noticeRegion}
      {current.parentId && <ParentIncident id={current.parentId} />}
      <div className={hasActions ? 'ticket-layout' : 'ticket-layout ticket-layout--single'}>
        <div className="ticket-main">
          <section aria-labelledby="facts-heading" className="section">
            <Heading level={2} data-size="sm" id="facts-heading">
              {t('ticket.details')}
            </Heading>
            <TicketFacts ticket={current} config={config.data} view="agent" now={now} />
          </section>
          <section aria-labelledby="description-heading" className="section">
            <Heading level={2} data-size="sm" id="description-heading">
              {t('ticket.description')}
            </Heading>
            {current.description ? (
              <Paragraph className="pre-line ticket-description">{current.description}</Paragraph>
            ) : (
              <Paragraph className="muted">{t('ticket.noDescription')}</Paragraph>
            )}
          </section>
          {current.solution && (
            <section aria-labelledby="solution-heading" className="section">
              <Heading level={2} data-size="sm" id="solution-heading">
                {t('ticket.solution')}
              </Heading>
              <Paragraph className="pre-line">{current.solution}</Paragraph>
            </section>
          )}
          <OrderAnswers ticket={current} config={config.data} />
          <TicketFiles ticketId={current.id} />
          <section aria-labelledby="history-heading" className="section">
            <Heading level={2} data-size="sm" id="history-heading">
              {t('ticket.history')}
            </Heading>
            <Paragraph data-size="sm" className="muted">
              {t('ticket.historyHelp')}
            </Paragraph>
            <TicketHistory events={current.history} config={config.data} view="agent" />
          </section>
          {(current.access.commentPublic || current.access.commentInternal) && (
            <CommentForm ticket={current} onDone={done} />
          )}
        </div>
        {hasActions && (
          <aside className="ticket-side" aria-labelledby="actions-heading">
            <Heading level={2} data-size="sm" id="actions-heading">
              {t('ticket.actions')}
            </Heading>
            {current.access.work && <WorkForm ticket={current} config={config.data} onDone={done} />}
            {current.access.work && !finished && <ResolveForm ticket={current} onDone={done} />}
            {current.access.reopen && finished && <ReopenForm ticket={current} onDone={done} level={3} />}
            {current.access.work && !finished && <DuplicateForm ticket={current} onDone={done} />}
          </aside>
        )}
      </div>
    </>
  );
}

/** "Knyttet til hendelse #12": the incident this fault was attached to from an operational message. */
function ParentIncident({ id }: { id: string }) {
  const { t } = useTranslation();
  const parent = useAsync(() => serviceDeskApi.ticket(id), id);
  return (
    <Paragraph className="parent-incident">
      <Link asChild>
        <RouterLink to={`/servicedesk/tickets/${id}`}>
          {parent.data ? t('ticket.parentNumber', { number: parent.data.number }) : t('ticket.parent')}
        </RouterLink>
      </Link>
      {parent.data && <> – {parent.data.subject}</>}
    </Paragraph>
  );
}
