import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink.tsx';
import { useCooperation } from '../../components/CooperationContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDateTime, formatKroner } from '../../lib/format.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { useNotice } from '../economy/shared.tsx';
import { NotFound } from '../NotFound.tsx';
import { governanceApi, type Proposal } from './api.ts';
import { CommentForm, ProposalActions, WithdrawProposal } from './ProposalActions.tsx';
import { type ProposalLinkState, ProposalStatusTag } from './ProposalsPage.tsx';
import { isNotFound, Paragraphs, stageText } from './shared.tsx';

/** One proposal: what it asks for, where it is, its history, and what the actor may do with it. */
export function ProposalPage() {
  const { id = '' } = useParams();
  return <ProposalView key={id} id={id} />;
}

function ProposalView({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const location = useLocation();
  const navigate = useNavigate();
  const { memberById } = useCooperation();
  const proposal = useAsync(() => governanceApi.proposal(id), id);
  const p = proposal.data;
  const [notice, say] = useNotice();
  usePageTitle(p ? `${p.reference} ${p.title}` : t('governance.proposal.fallbackTitle'));
  // Where a proposal that became a case lives: its body's meetings name their cases.
  const meetings = useAsync(
    () => governanceApi.meetings({ body: p?.bodyId }),
    `${p?.bodyId}|${p?.caseId}`,
    !!p?.caseId,
  );
  const caseMeeting = meetings.data?.meetings.find((m) => m.cases.some((c) => c.id === p?.caseId));
  const caseNumber = caseMeeting?.cases.find((c) => c.id === p?.caseId)?.number;

  const submitted = (location.state as ProposalLinkState | null)?.submitted;
  useEffect(() => {
    if (!submitted || !p) return;
    say(t('governance.proposal.submitted', { reference: p.reference, body: p.bodyName }));
    navigate(location.pathname, { replace: true, state: null });
  }, [submitted, p, say, t, navigate, location.pathname]);

  if (proposal.error !== undefined && isNotFound(proposal.error)) return <NotFound />;
  const back = <BackLink to="/governance/proposals">{t('governance.proposal.back')}</BackLink>;
  if (!p) {
    return (
      <>
        {back}
        <Heading level={1} data-size="lg">
          {t('governance.proposal.fallbackTitle')}
        </Heading>
        {proposal.error !== undefined ? <ErrorMessage error={proposal.error} onRetry={proposal.reload} /> : <Loading />}
      </>
    );
  }

  const done = (next: Proposal, text: string) => {
    proposal.setData(next);
    say(text);
    requestAnimationFrame(() => document.getElementById('proposal-heading')?.focus());
  };
  const municipalities = p.memberIds.map((m) => memberById.get(m)?.name ?? m).join(', ');

  return (
    <>
      {back}
      <div className="title-row">
        <Heading level={1} data-size="lg" className="break" id="proposal-heading" tabIndex={-1}>
          <span className="gov-case__number">{p.reference}</span> {p.title}
        </Heading>
        <div className="title-row__tags">
          <ProposalStatusTag status={p.status} />
        </div>
      </div>
      {notice}
      <dl className="facts facts--grid">
        <div>
          <dt>{t('governance.proposals.stage')}</dt>
          <dd>{stageText(t, p.stage, p.bodyName)}</dd>
        </div>
        <div>
          <dt>{t('governance.proposals.status')}</dt>
          <dd>{t(`governance.proposalStatus.${p.status}`)}</dd>
        </div>
        <div>
          <dt>{t('governance.proposals.proposer')}</dt>
          <dd>{p.proposer ?? t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('governance.proposal.municipalities')}</dt>
          <dd>{municipalities || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('governance.proposal.cost')}</dt>
          <dd>{p.estimatedCostOre === null ? t('common.none') : formatKroner(p.estimatedCostOre, lng)}</dd>
        </div>
        <div>
          <dt>{t('governance.proposal.submittedAt')}</dt>
          <dd>{formatDateTime(p.createdAt, lng)}</dd>
        </div>
      </dl>
      {p.status === 'case' && (
        <Paragraph>
          {caseMeeting ? (
            <Link asChild>
              <RouterLink to={`/governance/meetings/${caseMeeting.id}#case-${p.caseId}`}>
                {t('governance.proposal.seeCase', { number: caseNumber ?? '' })}
              </RouterLink>
            </Link>
          ) : (
            t('governance.proposal.becameCase')
          )}
        </Paragraph>
      )}
      {p.status === 'project' && <Paragraph>{t('governance.proposal.becameProject')}</Paragraph>}
      <section aria-labelledby="need-heading" className="section">
        <Heading level={2} data-size="sm" id="need-heading">
          {t('governance.proposal.need')}
        </Heading>
        <Paragraphs text={p.need} />
        {p.benefit && (
          <>
            <Heading level={3} data-size="xs">
              {t('governance.proposal.benefit')}
            </Heading>
            <Paragraphs text={p.benefit} />
          </>
        )}
      </section>
      {(p.canAct || (p.mine && p.status === 'open')) && (
        <section aria-labelledby="proposal-actions-heading" className="section">
          <Heading level={2} data-size="sm" id="proposal-actions-heading">
            {t('governance.proposal.actionsTitle')}
          </Heading>
          {p.canAct && <ProposalActions proposal={p} onDone={done} />}
          {p.mine && p.status === 'open' && <WithdrawProposal proposal={p} onDone={done} />}
        </section>
      )}
      <section aria-labelledby="history-heading" className="section">
        <Heading level={2} data-size="sm" id="history-heading">
          {t('governance.proposal.history')}
        </Heading>
        <ol className="history plain-list">
          {(p.history ?? []).map((e) => (
            <li key={e.id} className={`history__item${e.action === 'comment' ? ' history__item--comment' : ''}`}>
              <Paragraph data-size="sm" className="history__meta">
                <strong>{t(`governance.events.${e.action}`)}</strong>
                {' – '}
                {stageText(t, e.stage, e.bodyName)}
                {' · '}
                {e.actor ?? t('common.none')}
                {' · '}
                <time dateTime={e.at}>{formatDateTime(e.at, lng)}</time>
              </Paragraph>
              {e.comment && <Paragraphs text={e.comment} />}
            </li>
          ))}
        </ol>
      </section>
      <CommentForm proposal={p} onDone={done} />
    </>
  );
}
