import { Button, Fieldset, Heading, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceDeskApi } from '../../api/endpoints.ts';
import type { TicketDetail } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useTextAction } from './useTextAction.ts';

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
  const [visibility, setVisibility] = useState<'public' | 'internal'>(
    ticket.access.commentPublic ? 'public' : 'internal',
  );
  const {
    value: body,
    setValue: setBody,
    fieldError: bodyError,
    error,
    busy,
    submit,
  } = useTextAction(
    'body',
    async (text) => {
      const isPublic = visibility === 'public';
      const next = await serviceDeskApi.comment(ticket.id, text, isPublic);
      return [next, isPublic ? t('ticket.commented') : t('ticket.noted')];
    },
    onDone,
  );

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
  const {
    value: reason,
    setValue: setReason,
    fieldError: reasonError,
    error,
    busy,
    submit,
  } = useTextAction(
    'reason',
    async (text) => [await serviceDeskApi.reopen(ticket.id, text), t('ticket.reopened')],
    onDone,
  );

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
