import { Button, Fieldset, Heading, Radio, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceDeskApi } from '../../api/endpoints.ts';
import type { TicketDetail } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { fieldErrors } from '../../lib/errors.ts';
import { focusFirstInvalid } from '../../lib/forms.ts';

interface Props {
  ticket: TicketDetail;
  /** the changed ticket and a sentence for the status message */
  onDone: (ticket: TicketDetail, message: string) => void;
  level?: 2 | 3;
}

/**
 * Write a comment. The requester's comments are always public; the service desk chooses between a
 * reply the requester sees and an internal note.
 */
export function CommentForm({ ticket, onDone, level = 2 }: Props) {
  const { t } = useTranslation();
  const canChoose = ticket.access.commentInternal && ticket.access.commentPublic;
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<'public' | 'internal'>(
    ticket.access.commentPublic ? 'public' : 'internal',
  );
  const [bodyError, setBodyError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    setError(undefined);
    if (!body.trim()) {
      setBodyError(t('issues.required'));
      return focusFirstInvalid(form);
    }
    setBodyError(undefined);
    setBusy(true);
    try {
      const isPublic = visibility === 'public';
      const next = await serviceDeskApi.comment(ticket.id, body.trim(), isPublic);
      setBody('');
      onDone(next, isPublic ? t('ticket.commented') : t('ticket.noted'));
    } catch (err) {
      const fields = fieldErrors(t, err);
      if (fields.body) {
        setBodyError(fields.body);
        focusFirstInvalid(form);
      } else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="comment-heading" className="section ticket-form">
      <Heading level={level} data-size="xs" id="comment-heading">
        {canChoose ? t('ticket.commentHeadingAgent') : t('ticket.commentHeading')}
      </Heading>
      {error !== undefined && <ErrorMessage error={error} level={level === 2 ? 3 : 4} />}
      <form onSubmit={submit} noValidate className="form">
        {canChoose && (
          <Fieldset>
            <Fieldset.Legend>{t('ticket.visibility')}</Fieldset.Legend>
            <div className="radio-row">
              <Radio
                label={t('ticket.visibilityPublic')}
                name="visibility"
                value="public"
                checked={visibility === 'public'}
                onChange={() => setVisibility('public')}
              />
              <Radio
                label={t('ticket.visibilityInternal')}
                name="visibility"
                value="internal"
                checked={visibility === 'internal'}
                onChange={() => setVisibility('internal')}
              />
            </div>
          </Fieldset>
        )}
        <Textfield
          label={
            canChoose && visibility === 'internal'
              ? t('ticket.noteBody')
              : canChoose
                ? t('ticket.replyBody')
                : t('ticket.commentBody')
          }
          name="body"
          multiline
          rows={4}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={bodyError}
          required
        />
        <div className="button-row">
          <Button type="submit" loading={busy} variant={visibility === 'internal' ? 'secondary' : 'primary'}>
            {visibility === 'internal' ? t('ticket.addNote') : t('ticket.send')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** Reopen a resolved ticket with a reason (the requester or the service desk). */
export function ReopenForm({ ticket, onDone, level = 2 }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const form = e.currentTarget;
    setError(undefined);
    if (!reason.trim()) {
      setReasonError(t('issues.required'));
      return focusFirstInvalid(form);
    }
    setReasonError(undefined);
    setBusy(true);
    try {
      const next = await serviceDeskApi.reopen(ticket.id, reason.trim());
      setReason('');
      onDone(next, t('ticket.reopened'));
    } catch (err) {
      const fields = fieldErrors(t, err);
      if (fields.reason) {
        setReasonError(fields.reason);
        focusFirstInvalid(form);
      } else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="reopen-heading" className="section ticket-form">
      <Heading level={level} data-size="xs" id="reopen-heading">
        {t('ticket.reopenHeading')}
      </Heading>
      {error !== undefined && <ErrorMessage error={error} level={level === 2 ? 3 : 4} />}
      <form onSubmit={submit} noValidate className="form">
        <Textfield
          label={t('ticket.reopenReason')}
          description={t('ticket.reopenHelp')}
          name="reason"
          multiline
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={reasonError}
          required
        />
        <div className="button-row">
          <Button type="submit" variant="secondary" loading={busy}>
            {t('ticket.reopen')}
          </Button>
        </div>
      </form>
    </section>
  );
}
