import { Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import type { AgendaProps } from './Agenda.tsx';
import { Attachments } from './Attachments.tsx';
import { type GovCase, governanceApi } from './api.ts';
import { CaseForm, DecisionForm, PostponeForm } from './CaseForms.tsx';
import { ConfirmDialog, formatDate, Paragraphs } from './shared.tsx';

const focusById = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** One case on the agenda: what it is about, its attachments, its outcome, and the secretary's tools. */
export function CaseItem({
  meeting: m,
  rights,
  later,
  caseMeeting,
  onMeeting,
  onCase,
  reload,
  say,
  item: c,
  index,
}: AgendaProps & { item: GovCase; index: number }) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<'edit' | 'postpone'>();
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  // A recorded decision is shown as text; its form opens on request.
  const [editDecision, setEditDecision] = useState(false);
  const [busy, setBusy] = useState<'up' | 'down'>();
  const [error, setError] = useState<unknown>();
  const headingId = `case-${c.id}-heading`;
  const label = c.number ?? c.title;
  const active = c.status !== 'withdrawn' && c.status !== 'postponed';
  const tools = rights.open && !c.standard && active;
  const prev = m.cases[index - 1];
  const next = m.cases[index + 1];
  // The opening cases stay first.
  const canUp = tools && prev !== undefined && !prev.standard;
  const canDown = tools && next !== undefined;

  const move = async (dir: 'up' | 'down') => {
    if (busy) return;
    setBusy(dir);
    setError(undefined);
    try {
      const updated = await governanceApi.moveCase(c.id, dir === 'up' ? index - 1 : index + 1);
      onMeeting(updated);
      const moved = updated.cases.find((x) => x.id === c.id);
      say(
        t('governance.case.moved', { number: moved?.number ?? '', title: c.title, place: (moved?.position ?? 0) + 1 }),
      );
      // Keep the keyboard where it was: on the same button, or the heading when that end is reached.
      const pos = updated.cases.findIndex((x) => x.id === c.id);
      const still = dir === 'up' ? pos > 0 && !updated.cases[pos - 1]?.standard : pos < updated.cases.length - 1;
      focusById(still ? `case-${c.id}-${dir}` : headingId);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(undefined);
    }
  };

  const linkTo = (link: { id: string; number: string | null }) => {
    const meetingId = caseMeeting.get(link.id);
    const text = link.number ?? t('governance.case.unnumbered');
    return meetingId ? (
      <Link asChild>
        <RouterLink to={`/governance/meetings/${meetingId}#case-${link.id}`}>{text}</RouterLink>
      </Link>
    ) : (
      text
    );
  };

  return (
    <article className={`gov-case gov-case--${c.status}`} id={`case-${c.id}`} aria-labelledby={headingId}>
      <div className="gov-case__head">
        <Heading level={3} data-size="xs" id={headingId} tabIndex={-1}>
          {c.number && <span className="gov-case__number">{c.number}</span>} {c.title}
          {c.number && c.provisional && <span className="muted gov-provisional"> {t('governance.provisional')}</span>}
        </Heading>
        <div className="title-row__tags">
          <Tag data-color="neutral" data-size="sm">
            {t(`governance.caseKinds.${c.kind}`)}
          </Tag>
          {c.status !== 'open' && (
            <Tag data-color={c.status === 'decided' ? 'success' : 'warning'} data-size="sm">
              {t(`governance.caseStatus.${c.status}`)}
            </Tag>
          )}
        </div>
      </div>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('governance.case.owner')}</dt>
          <dd>{c.owner || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('governance.case.status')}</dt>
          <dd>{t(`governance.caseStatus.${c.status}`)}</dd>
        </div>
        {c.previous && (
          <div>
            <dt>{t('governance.case.continues')}</dt>
            <dd>{linkTo(c.previous)}</dd>
          </div>
        )}
        {c.postponedTo && (
          <div>
            <dt>{t('governance.case.postponedTo')}</dt>
            <dd>{linkTo(c.postponedTo)}</dd>
          </div>
        )}
      </dl>
      {c.background && (
        <div className="gov-case__block">
          <Heading level={4} data-size="2xs">
            {t('governance.case.background')}
          </Heading>
          <Paragraphs text={c.background} />
        </div>
      )}
      {c.proposedDecision && (
        <div className="gov-case__block">
          <Heading level={4} data-size="2xs">
            {t('governance.case.proposedDecision')}
          </Heading>
          <Paragraphs text={c.proposedDecision} />
        </div>
      )}
      {c.decision !== null && (
        <div className="gov-case__block gov-case__decision">
          <Heading level={4} data-size="2xs">
            {t('governance.case.decision')}
          </Heading>
          <Paragraphs text={c.decision} className="gov-decision-text" />
          {c.discussion && (
            <>
              <Heading level={5} data-size="2xs">
                {t('governance.case.discussion')}
              </Heading>
              <Paragraphs text={c.discussion} />
            </>
          )}
          {c.vote && (
            <Paragraph data-size="sm">
              {t('governance.case.vote', { for: c.vote.for, against: c.vote.against, abstain: c.vote.abstain })}
              {c.vote.note && ` ${c.vote.note}`}
            </Paragraph>
          )}
          {c.guests.length > 0 && (
            <Paragraph data-size="sm">{t('governance.case.guests', { names: c.guests.join(', ') })}</Paragraph>
          )}
          {rights.decide && active && (
            <div className="button-row">
              <Button
                type="button"
                variant="secondary"
                data-size="sm"
                aria-expanded={editDecision}
                aria-controls={`case-${c.id}-decision`}
                onClick={() => setEditDecision((x) => !x)}
              >
                {t('governance.decision.editTitle')}
                <span className="visually-hidden"> {t('governance.case.which', { label })}</span>
              </Button>
            </div>
          )}
        </div>
      )}
      <Attachments item={c} editable={rights.open && active} onCase={onCase} say={say} />
      {error !== undefined && <ErrorMessage error={error} level={4} />}
      {tools && (
        <div className="button-row gov-case__tools">
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            id={`case-${c.id}-up`}
            disabled={!canUp}
            loading={busy === 'up'}
            onClick={() => move('up')}
          >
            {t('governance.case.up')}
            <span className="visually-hidden"> {t('governance.case.which', { label })}</span>
          </Button>
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            id={`case-${c.id}-down`}
            disabled={!canDown}
            loading={busy === 'down'}
            onClick={() => move('down')}
          >
            {t('governance.case.down')}
            <span className="visually-hidden"> {t('governance.case.which', { label })}</span>
          </Button>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            aria-expanded={mode === 'edit'}
            aria-controls={`case-${c.id}-form`}
            onClick={() => setMode((x) => (x === 'edit' ? undefined : 'edit'))}
          >
            {t('governance.case.edit')}
            <span className="visually-hidden"> {t('governance.case.which', { label })}</span>
          </Button>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            aria-expanded={mode === 'postpone'}
            aria-controls={`case-${c.id}-form`}
            onClick={() => setMode((x) => (x === 'postpone' ? undefined : 'postpone'))}
          >
            {t('governance.case.postpone')}
            <span className="visually-hidden"> {t('governance.case.which', { label })}</span>
          </Button>
          <Button
            type="button"
            variant="tertiary"
            data-color="danger"
            data-size="sm"
            onClick={() => setConfirmWithdraw(true)}
          >
            {t('governance.case.withdraw')}
            <span className="visually-hidden"> {t('governance.case.which', { label })}</span>
          </Button>
        </div>
      )}
      <div id={`case-${c.id}-form`}>
        {mode === 'edit' && (
          <CaseForm
            idPrefix={`edit-${c.id}`}
            headingId={`edit-${c.id}-heading`}
            level={4}
            title={t('governance.caseForm.editTitle', { label })}
            submit={t('governance.caseForm.save')}
            initial={{
              title: c.title,
              kind: c.kind,
              ownerText: c.ownerText,
              background: c.background,
              proposedDecision: c.proposedDecision,
            }}
            onCancel={() => setMode(undefined)}
            onSubmit={async (input) => {
              const saved = await governanceApi.updateCase(c.id, input);
              onCase(saved);
              setMode(undefined);
              say(t('governance.caseForm.saved', { label: saved.number ?? saved.title }));
              focusById(headingId);
            }}
          />
        )}
        {mode === 'postpone' && (
          <PostponeForm
            item={c}
            later={later}
            onCancel={() => setMode(undefined)}
            onDone={(moved, to) => {
              setMode(undefined);
              reload();
              say(
                t('governance.postpone.done', {
                  label,
                  meeting: `${to.meetingNumber ?? ''} ${formatDate(to.date, i18n.language)}`.trim(),
                  number: moved.number ?? '',
                }),
              );
              focusById('agenda-heading');
            }}
          />
        )}
      </div>
      <div id={`case-${c.id}-decision`}>
        {rights.decide && active && (c.decision === null || editDecision) && (
          <DecisionForm
            item={c}
            onSaved={(saved) => {
              onCase(saved);
              setEditDecision(false);
              say(t('governance.decision.saved', { label: saved.number ?? saved.title }));
              // The form closes: the keyboard goes to the case, whose decision now shows.
              focusById(headingId);
            }}
          />
        )}
      </div>
      <ConfirmDialog
        id={`withdraw-${c.id}`}
        open={confirmWithdraw}
        danger
        title={t('governance.case.withdrawTitle', { label })}
        confirm={t('governance.case.withdrawConfirm')}
        onClose={() => setConfirmWithdraw(false)}
        onConfirm={async () => {
          const updated = await governanceApi.withdrawCase(c.id);
          setConfirmWithdraw(false);
          onMeeting(updated);
          say(t('governance.case.withdrawn', { label }));
        }}
        afterConfirm={() => document.getElementById('agenda-heading')?.focus()}
      >
        <Paragraph>
          {c.provisional ? t('governance.case.withdrawDraft', { title: c.title }) : t('governance.case.withdrawLocked')}
        </Paragraph>
      </ConfirmDialog>
    </article>
  );
}
