import { Button, Card, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { fieldErrors } from '../../lib/errors.ts';
import { todayInOslo } from '../../lib/format.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { useAsync } from '../../lib/useAsync.ts';
import { governanceApi, type Proposal, type ProposalActionKind } from './api.ts';
import { ConfirmDialog, formatDate, thisYear } from './shared.tsx';

type Done = (next: Proposal, notice: string) => void;
type Step = Exclude<ProposalActionKind, 'comment' | 'withdraw'>;

/**
 * The body that holds an open proposal moves it: forward (naming the professional group when it
 * leaves the innovation council), return, reject or close; at the council it becomes a case or an
 * investment project.
 */
export function ProposalActions({ proposal: p, onDone }: { proposal: Proposal; onDone: Done }) {
  const steps: Step[] = [
    ...(p.stage !== 'council' ? (['forward'] as const) : []),
    ...(p.stage !== 'innovation_council' ? (['return'] as const) : []),
    'reject',
    'close',
  ];
  return (
    <>
      {/* A new stage offers other steps: start the form afresh. */}
      <StepForm key={p.stage} proposal={p} steps={steps} onDone={onDone} />
      {p.stage === 'council' && <ToCaseForm proposal={p} onDone={onDone} />}
      {(p.stage === 'council' || p.stage === 'portfolio_board') && <ToProjectForm proposal={p} onDone={onDone} />}
    </>
  );
}

function StepForm({ proposal: p, steps, onDone }: { proposal: Proposal; steps: Step[]; onDone: Done }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>(steps[0] ?? 'close');
  const [groupId, setGroupId] = useState('');
  const [comment, setComment] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const needsGroup = step === 'forward' && p.stage === 'innovation_council';
  const bodies = useAsync(() => governanceApi.bodies(), 'bodies', p.stage === 'innovation_council');
  const groups = (bodies.data?.bodies ?? []).filter((b) => b.kind === 'group');

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    if (needsGroup && !groupId) {
      setFieldError(t('governance.proposal.chooseGroup'));
      return focusFirstInvalid(form);
    }
    setBusy(true);
    setError(undefined);
    setFieldError(undefined);
    try {
      const next = await governanceApi.actOnProposal(p.id, step, comment.trim(), needsGroup ? groupId : undefined);
      setComment('');
      onDone(next, t(`governance.proposal.done.${step}`, { body: next.bodyName }));
    } catch (err) {
      if (fieldErrors(t, err).bodyId) {
        setFieldError(t('governance.proposal.chooseGroup'));
        focusFirstInvalid(form);
      } else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card data-color="neutral" variant="tinted" className="form-card">
      <Heading level={3} data-size="xs" id="step-heading">
        {t('governance.proposal.stepTitle', { body: p.bodyName })}
      </Heading>
      {error !== undefined && <ErrorMessage error={error} level={4} />}
      <form onSubmit={submit} noValidate className="form" aria-labelledby="step-heading">
        <Fieldset>
          <Fieldset.Legend>{t('governance.proposal.what')}</Fieldset.Legend>
          <div className="radio-row">
            {steps.map((s) => (
              <Radio
                key={s}
                label={t(`governance.proposal.steps.${s}`)}
                name="proposalStep"
                value={s}
                checked={step === s}
                onChange={() => setStep(s)}
              />
            ))}
          </div>
        </Fieldset>
        {needsGroup && (
          <SelectField
            label={t('governance.proposal.group')}
            name="groupId"
            value={groupId}
            onChange={(e) => setGroupId(e.target.value)}
            empty={t('governance.choose')}
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
            error={fieldError}
          />
        )}
        <Textfield
          label={`${t('governance.proposal.stepComment')} ${t('common.optional')}`}
          name="stepComment"
          multiline
          rows={3}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          maxLength={10_000}
        />
        <div className="button-row">
          <Button type="submit" loading={busy} data-color={step === 'reject' ? 'danger' : 'accent'}>
            {t(`governance.proposal.steps.${step}`)}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** "Gjør til sak": the proposal becomes a case on a coming meeting of the council. */
function ToCaseForm({ proposal: p, onDone }: { proposal: Proposal; onDone: Done }) {
  const { t, i18n } = useTranslation();
  const today = todayInOslo();
  const meetings = useAsync(() => governanceApi.meetings({ body: p.bodyId }), p.bodyId);
  const coming = (meetings.data?.meetings ?? []).filter(
    (m) => m.date >= today && m.status !== 'cancelled' && m.status !== 'minutes_approved',
  );
  const [meetingId, setMeetingId] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const chosen = coming.some((m) => m.id === meetingId) ? meetingId : (coming[0]?.id ?? '');

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    if (!chosen) {
      setFieldError(t('governance.proposal.chooseMeeting'));
      return focusFirstInvalid(form);
    }
    setBusy(true);
    setError(undefined);
    setFieldError(undefined);
    try {
      const next = await governanceApi.proposalToCase(p.id, chosen);
      const m = coming.find((x) => x.id === chosen);
      onDone(
        next,
        t('governance.proposal.done.case', { meeting: m?.meetingNumber ?? formatDate(m?.date, i18n.language) }),
      );
    } catch (err) {
      if (fieldErrors(t, err).meetingId) {
        setFieldError(t('governance.proposal.chooseMeeting'));
        focusFirstInvalid(form);
      } else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card data-color="neutral" variant="tinted" className="form-card">
      <Heading level={3} data-size="xs" id="to-case-heading">
        {t('governance.proposal.toCase')}
      </Heading>
      {error !== undefined && <ErrorMessage error={error} level={4} />}
      {meetings.error !== undefined && <ErrorMessage error={meetings.error} onRetry={meetings.reload} level={4} />}
      {meetings.data && coming.length === 0 ? (
        <Paragraph data-size="sm" className="muted">
          {t('governance.proposal.noMeetings')}{' '}
          <RouterLink to={`/governance/meetings?body=${p.bodyId}`}>{t('governance.proposal.planMeeting')}</RouterLink>
        </Paragraph>
      ) : (
        <form onSubmit={submit} noValidate className="form" aria-labelledby="to-case-heading">
          <SelectField
            label={t('governance.proposal.meeting')}
            name="toCaseMeeting"
            value={chosen}
            onChange={(e) => setMeetingId(e.target.value)}
            options={coming.map((m) => ({
              value: m.id,
              label: `${m.meetingNumber ?? ''} ${formatDate(m.date, i18n.language)}`.trim(),
            }))}
            error={fieldError}
          />
          <div className="button-row">
            <Button type="submit" loading={busy} data-color="accent">
              {t('governance.proposal.toCaseSubmit')}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}

/** "Gjør til investeringsprosjekt": the proposal becomes a project of a year's investment budget. */
function ToProjectForm({ proposal: p, onDone }: { proposal: Proposal; onDone: Done }) {
  const { t } = useTranslation();
  const current = thisYear();
  const [year, setYear] = useState(String(current + 1));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      onDone(
        await governanceApi.proposalToProject(p.id, Number(year)),
        t('governance.proposal.done.project', { year }),
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card data-color="neutral" variant="tinted" className="form-card">
      <Heading level={3} data-size="xs" id="to-project-heading">
        {t('governance.proposal.toProject')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('governance.proposal.toProjectHelp')}
      </Paragraph>
      {error !== undefined && <ErrorMessage error={error} level={4} />}
      <form onSubmit={submit} noValidate className="form" aria-labelledby="to-project-heading">
        <SelectField
          label={t('governance.proposal.year')}
          name="projectYear"
          value={year}
          onChange={(e) => setYear(e.target.value)}
          options={[0, 1, 2, 3].map((i) => ({ value: String(current + i), label: String(current + i) }))}
        />
        <div className="button-row">
          <Button type="submit" loading={busy} data-color="accent">
            {t('governance.proposal.toProjectSubmit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** The proposer takes the proposal back (asked first). */
export function WithdrawProposal({ proposal: p, onDone }: { proposal: Proposal; onDone: Done }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="button-row">
      <Button type="button" variant="secondary" data-color="danger" onClick={() => setOpen(true)}>
        {t('governance.proposal.withdraw')}
      </Button>
      <ConfirmDialog
        id="withdraw-proposal"
        open={open}
        danger
        title={t('governance.proposal.withdrawTitle', { reference: p.reference })}
        confirm={t('governance.proposal.withdrawConfirm')}
        onClose={() => setOpen(false)}
        onConfirm={async () => {
          const next = await governanceApi.actOnProposal(p.id, 'withdraw', '');
          setOpen(false);
          onDone(next, t('governance.proposal.done.withdraw'));
        }}
        afterConfirm={() => document.getElementById('proposal-heading')?.focus()}
      >
        <Paragraph>{t('governance.proposal.withdrawText')}</Paragraph>
      </ConfirmDialog>
    </div>
  );
}

/** Anyone signed in may comment on a proposal. */
export function CommentForm({ proposal: p, onDone }: { proposal: Proposal; onDone: Done }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    if (!comment.trim()) {
      setFieldError(t('governance.proposal.commentRequired'));
      return focusFirstInvalid(form);
    }
    setBusy(true);
    setError(undefined);
    setFieldError(undefined);
    try {
      const next = await governanceApi.actOnProposal(p.id, 'comment', comment.trim());
      setComment('');
      onDone(next, t('governance.proposal.done.comment'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="comment-heading" className="section">
      <Card className="form-card">
        <Heading level={2} data-size="sm" id="comment-heading">
          {t('governance.proposal.commentTitle')}
        </Heading>
        {error !== undefined && <ErrorMessage error={error} level={3} />}
        <form onSubmit={submit} noValidate className="form">
          <Textfield
            label={t('governance.proposal.comment')}
            name="proposalComment"
            multiline
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            error={fieldError}
            maxLength={10_000}
            required
          />
          <div className="button-row">
            <Button type="submit" loading={busy} data-color="accent">
              {t('governance.proposal.commentSubmit')}
            </Button>
          </div>
        </form>
      </Card>
    </section>
  );
}
