import { Button, Card, Checkbox, Fieldset, Heading, Radio, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { fieldErrors, shownOnFields } from '../../lib/errors.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';
import { parseCount } from '../economy/format.ts';
import { CASE_KINDS, type CaseInput, type CaseKind, type GovCase, governanceApi, type MeetingListItem } from './api.ts';
import { formatDate } from './shared.tsx';

const EMPTY: CaseInput = { title: '', kind: 'decision', ownerText: '', background: '', proposedDecision: '' };
type CaseErrors = Partial<Record<keyof CaseInput, string>>;

/** Add a case to the agenda, or change one: title, kind, owner, background and proposed decision. */
export function CaseForm({
  initial,
  headingId,
  level,
  title,
  submit: submitLabel,
  onSubmit,
  onCancel,
  idPrefix = 'new-case',
}: {
  initial?: CaseInput;
  headingId: string;
  level: 2 | 3 | 4;
  title: string;
  submit: string;
  /** resolves when saved; a rejection is shown on the form */
  onSubmit: (input: CaseInput) => Promise<void>;
  onCancel?: () => void;
  idPrefix?: string;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<CaseInput>(initial ?? EMPTY);
  const [errors, setErrors] = useState<CaseErrors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof CaseInput) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: CaseErrors = {};
    if (!values.title.trim()) found.title = t('issues.required');
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      await onSubmit({
        title: values.title.trim(),
        kind: values.kind,
        ownerText: values.ownerText.trim(),
        background: values.background.trim(),
        proposedDecision: values.proposedDecision.trim(),
      });
      if (!initial) setValues(EMPTY);
    } catch (err) {
      const byField = fieldErrors(t, err);
      const fields: CaseErrors = {};
      for (const k of Object.keys(EMPTY) as (keyof CaseInput)[]) if (byField[k]) fields[k] = byField[k];
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card data-color="neutral" variant={initial ? 'tinted' : 'default'} className="form-card">
      <Heading level={level} data-size={level === 2 ? 'sm' : 'xs'} id={headingId}>
        {title}
      </Heading>
      {error !== undefined && <ErrorMessage error={error} level={level === 4 ? 4 : ((level + 1) as 3 | 4)} />}
      <form onSubmit={submit} noValidate className="form">
        <Textfield
          label={t('governance.caseForm.title')}
          name={`${idPrefix}-title`}
          value={values.title}
          onChange={set('title')}
          error={errors.title}
          maxLength={300}
          autoComplete="off"
          required
        />
        <Fieldset>
          <Fieldset.Legend>{t('governance.caseForm.kind')}</Fieldset.Legend>
          <div className="radio-row">
            {CASE_KINDS.map((k) => (
              <Radio
                key={k}
                label={t(`governance.caseKinds.${k}`)}
                name={`${idPrefix}-kind`}
                value={k}
                checked={values.kind === k}
                onChange={() => setValues((v) => ({ ...v, kind: k as CaseKind }))}
              />
            ))}
          </div>
        </Fieldset>
        <Textfield
          label={`${t('governance.caseForm.owner')} ${t('common.optional')}`}
          description={t('governance.caseForm.ownerHelp')}
          name={`${idPrefix}-owner`}
          value={values.ownerText}
          onChange={set('ownerText')}
          error={errors.ownerText}
          maxLength={200}
          autoComplete="off"
        />
        <Textfield
          label={`${t('governance.caseForm.background')} ${t('common.optional')}`}
          description={t('governance.caseForm.backgroundHelp')}
          name={`${idPrefix}-background`}
          multiline
          rows={6}
          value={values.background}
          onChange={set('background')}
          error={errors.background}
          maxLength={50_000}
        />
        <Textfield
          label={`${t('governance.caseForm.proposedDecision')} ${t('common.optional')}`}
          name={`${idPrefix}-proposed`}
          multiline
          rows={3}
          value={values.proposedDecision}
          onChange={set('proposedDecision')}
          error={errors.proposedDecision}
          maxLength={5_000}
        />
        <div className="button-row">
          <Button type="submit" loading={busy} data-color="accent">
            {submitLabel}
          </Button>
          {onCancel && (
            <Button type="button" variant="secondary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </div>
      </form>
    </Card>
  );
}

interface DecisionValues {
  decision: string;
  discussion: string;
  voted: boolean;
  for: string;
  against: string;
  abstain: string;
  note: string;
  guests: string;
}
type DecisionErrors = Partial<Record<keyof DecisionValues, string>>;

/** The outcome of a case at the meeting: decision, a summary of the discussion, a vote and guests. */
export function DecisionForm({ item: c, onSaved }: { item: GovCase; onSaved: (c: GovCase) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<DecisionValues>({
    decision: c.decision ?? c.proposedDecision,
    discussion: c.discussion,
    voted: c.vote !== null,
    for: c.vote ? String(c.vote.for) : '',
    against: c.vote ? String(c.vote.against) : '',
    abstain: c.vote ? String(c.vote.abstain) : '',
    note: c.vote?.note ?? '',
    guests: c.guests.join('\n'),
  });
  const [errors, setErrors] = useState<DecisionErrors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof DecisionValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const prefix = `decision-${c.id}`;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const found: DecisionErrors = {};
    if (!values.decision.trim()) found.decision = t('governance.decision.required');
    const count = (key: 'for' | 'against' | 'abstain') => {
      const n = parseCount(values[key] || '0');
      if (n === undefined || n > 1000) found[key] = t('governance.decision.count');
      return n ?? 0;
    };
    const vote = values.voted
      ? { for: count('for'), against: count('against'), abstain: count('abstain'), note: values.note.trim() }
      : null;
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    try {
      const saved = await governanceApi.recordDecision(c.id, {
        decision: values.decision.trim(),
        discussion: values.discussion.trim(),
        vote,
        guests: values.guests
          .split('\n')
          .map((g) => g.trim())
          .filter(Boolean),
      });
      onSaved(saved);
    } catch (err) {
      const byField = fieldErrors(t, err);
      const fields: DecisionErrors = {};
      if (byField.decision) fields.decision = t('governance.decision.required');
      if (byField.discussion) fields.discussion = byField.discussion;
      if (byField.guests) fields.guests = t('governance.decision.guestsInvalid');
      if (byField.vote) fields.for = t('governance.decision.count');
      setErrors(fields);
      if (!shownOnFields(err, fields)) setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card data-color="neutral" variant="tinted" className="form-card gov-decision-form">
      <Heading level={4} data-size="xs" id={`${prefix}-heading`}>
        {c.decision === null ? t('governance.decision.title') : t('governance.decision.editTitle')}
      </Heading>
      {error !== undefined && <ErrorMessage error={error} level={4} />}
      <form onSubmit={submit} noValidate className="form" aria-labelledby={`${prefix}-heading`}>
        <Textfield
          label={t('governance.decision.decision')}
          name={`${prefix}-decision`}
          multiline
          rows={3}
          value={values.decision}
          onChange={set('decision')}
          error={errors.decision}
          maxLength={5_000}
          required
        />
        <Textfield
          label={`${t('governance.decision.discussion')} ${t('common.optional')}`}
          name={`${prefix}-discussion`}
          multiline
          rows={3}
          value={values.discussion}
          onChange={set('discussion')}
          error={errors.discussion}
          maxLength={50_000}
        />
        <Checkbox
          label={t('governance.decision.voted')}
          checked={values.voted}
          onChange={(e) => setValues((v) => ({ ...v, voted: e.target.checked }))}
        />
        {values.voted && (
          <Fieldset>
            <Fieldset.Legend>{t('governance.decision.vote')}</Fieldset.Legend>
            <div className="form--grid gov-vote">
              <Textfield
                label={t('governance.decision.for')}
                inputMode="numeric"
                name={`${prefix}-for`}
                value={values.for}
                onChange={set('for')}
                error={errors.for}
                autoComplete="off"
              />
              <Textfield
                label={t('governance.decision.against')}
                inputMode="numeric"
                name={`${prefix}-against`}
                value={values.against}
                onChange={set('against')}
                error={errors.against}
                autoComplete="off"
              />
              <Textfield
                label={t('governance.decision.abstain')}
                inputMode="numeric"
                name={`${prefix}-abstain`}
                value={values.abstain}
                onChange={set('abstain')}
                error={errors.abstain}
                autoComplete="off"
              />
              <Textfield
                className="form__full"
                label={`${t('governance.decision.voteNote')} ${t('common.optional')}`}
                name={`${prefix}-note`}
                value={values.note}
                onChange={set('note')}
                maxLength={500}
                autoComplete="off"
              />
            </div>
          </Fieldset>
        )}
        <Textfield
          label={`${t('governance.decision.guests')} ${t('common.optional')}`}
          description={t('governance.decision.guestsHelp')}
          name={`${prefix}-guests`}
          multiline
          rows={2}
          value={values.guests}
          onChange={set('guests')}
          error={errors.guests}
        />
        <div className="button-row">
          <Button type="submit" loading={busy} data-color="accent">
            {t('governance.decision.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** Postpone a case to a later meeting of the same body. */
export function PostponeForm({
  item: c,
  later,
  onDone,
  onCancel,
}: {
  item: GovCase;
  later: MeetingListItem[];
  onDone: (moved: GovCase, to: MeetingListItem) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [to, setTo] = useState(later[0]?.id ?? '');
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    const target = later.find((m) => m.id === to);
    if (!target) {
      setFieldError(t('governance.postpone.choose'));
      return focusFirstInvalid(form);
    }
    setBusy(true);
    setError(undefined);
    setFieldError(undefined);
    try {
      onDone(await governanceApi.postponeCase(c.id, target.id), target);
    } catch (err) {
      const fields = fieldErrors(t, err);
      if (fields.toMeetingId) setFieldError(t('governance.postpone.invalid'));
      else setError(err);
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card data-color="neutral" variant="tinted" className="form-card">
      <Heading level={4} data-size="xs" id={`postpone-${c.id}-heading`}>
        {t('governance.postpone.title')}
      </Heading>
      {error !== undefined && <ErrorMessage error={error} level={4} />}
      {later.length === 0 ? (
        <>
          <p className="muted">{t('governance.postpone.none')}</p>
          <div className="button-row">
            <Button type="button" variant="secondary" onClick={onCancel}>
              {t('common.close')}
            </Button>
          </div>
        </>
      ) : (
        <form onSubmit={submit} noValidate className="form">
          <SelectField
            label={t('governance.postpone.meeting')}
            name={`postpone-${c.id}`}
            value={to}
            onChange={(e) => setTo(e.target.value)}
            options={later.map((m) => ({
              value: m.id,
              label: `${m.meetingNumber ?? ''} ${formatDate(m.date, i18n.language)}`.trim(),
            }))}
            error={fieldError}
          />
          <div className="button-row">
            <Button type="submit" loading={busy} data-color="accent">
              {t('governance.postpone.submit')}
            </Button>
            <Button type="button" variant="secondary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
