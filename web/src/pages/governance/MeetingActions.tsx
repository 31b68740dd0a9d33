import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { governanceApi, governanceUrls, type Meeting } from './api.ts';
import { EditMeetingForm } from './MeetingForms.tsx';
import type { MeetingRights } from './MeetingPage.tsx';
import { ConfirmDialog, formatDate, timeRange } from './shared.tsx';

/** How many mails of a topic the action queued (the log before and after). */
const newMails = (before: Meeting, after: Meeting, topic: string) =>
  after.mails.filter((x) => x.topic === topic).length - before.mails.filter((x) => x.topic === topic).length;

const focusById = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * What the secretary does with a meeting, by its status: move it, send the notice (numbers lock),
 * write the minutes and send them for approval, cancel it; and the archive export once approved.
 */
export function MeetingActions({
  meeting: m,
  rights,
  onMeeting,
  say,
}: {
  meeting: Meeting;
  rights: MeetingRights;
  onMeeting: (m: Meeting) => void;
  say: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState<'notice' | 'cancel'>();
  const [minutesBusy, setMinutesBusy] = useState<'draft' | 'send'>();
  const [error, setError] = useState<unknown>();

  const canNotice = rights.open && m.status === 'planned';
  const canCancel = rights.open && m.heldAt === null;
  const openCases = m.cases.filter((c) => c.status !== 'withdrawn' && c.status !== 'postponed');
  const missing = openCases.filter((c) => c.decision === null);

  const minutes = async (send: boolean) => {
    if (minutesBusy) return;
    setMinutesBusy(send ? 'send' : 'draft');
    setError(undefined);
    try {
      const next = await governanceApi.minutes(m.id, send);
      onMeeting(next);
      const doc = next.documents.filter((d) => d.kind === 'minutes').sort((a, b) => b.version - a.version)[0];
      say(
        send
          ? t('governance.actions.minutesSent', { count: newMails(m, next, 'governance.minutes') })
          : t('governance.actions.minutesMade', { version: doc?.version ?? 1 }),
      );
      focusById('documents-heading');
    } catch (err) {
      setError(err);
    } finally {
      setMinutesBusy(undefined);
    }
  };

  return (
    <section aria-labelledby="meeting-actions-heading" className="section">
      <Heading level={2} data-size="sm" id="meeting-actions-heading">
        {t('governance.actions.title')}
      </Heading>
      {m.status === 'minutes_approved' && (
        <Paragraph>
          <Link href={governanceUrls.archive(m.id)} download>
            {t('governance.actions.archive')}
          </Link>
        </Paragraph>
      )}
      {rights.open && (
        <>
          <Paragraph data-size="sm" className="muted">
            {t(`governance.actions.help.${m.status}`)}
          </Paragraph>
          {error !== undefined && <ErrorMessage error={error} level={3} />}
          {rights.decide && missing.length > 0 && (
            <Paragraph data-size="sm" className="note">
              {t('governance.actions.missingDecisions', {
                numbers: missing.map((c) => c.number ?? c.title).join(', '),
              })}
            </Paragraph>
          )}
          <div className="button-row">
            {canNotice && (
              <Button type="button" data-color="accent" onClick={() => setConfirm('notice')}>
                {t('governance.actions.sendNotice')}
              </Button>
            )}
            {rights.decide && (
              <>
                <Button
                  type="button"
                  variant="secondary"
                  loading={minutesBusy === 'draft'}
                  onClick={() => minutes(false)}
                >
                  {t('governance.actions.makeMinutes')}
                </Button>
                <Button
                  type="button"
                  data-color="accent"
                  loading={minutesBusy === 'send'}
                  onClick={() => minutes(true)}
                >
                  {t('governance.actions.sendMinutes')}
                </Button>
              </>
            )}
            <Button
              type="button"
              variant="secondary"
              aria-expanded={editing}
              aria-controls="edit-meeting"
              onClick={() => setEditing((x) => !x)}
            >
              {t('governance.actions.edit')}
            </Button>
            {canCancel && (
              <Button type="button" variant="tertiary" data-color="danger" onClick={() => setConfirm('cancel')}>
                {t('governance.actions.cancel')}
              </Button>
            )}
          </div>
          <div id="edit-meeting">
            {editing && (
              <EditMeetingForm
                meeting={m}
                onCancel={() => setEditing(false)}
                onSaved={(next) => {
                  onMeeting(next);
                  setEditing(false);
                  say(
                    t('governance.actions.moved', {
                      number: next.meetingNumber ?? '',
                      date: formatDate(next.date, lng),
                      time: timeRange(next),
                    }),
                  );
                  focusById('meeting-heading');
                }}
              />
            )}
          </div>
        </>
      )}
      <ConfirmDialog
        id="confirm-notice"
        open={confirm === 'notice'}
        title={t('governance.actions.noticeTitle')}
        confirm={t('governance.actions.noticeConfirm')}
        onClose={() => setConfirm(undefined)}
        onConfirm={async () => {
          const next = await governanceApi.sendNotice(m.id);
          setConfirm(undefined);
          onMeeting(next);
          say(
            t('governance.actions.noticeSent', {
              number: next.meetingNumber ?? '',
              count: newMails(m, next, 'governance.notice'),
            }),
          );
        }}
        afterConfirm={() => document.getElementById('meeting-heading')?.focus()}
      >
        <Paragraph>
          {t('governance.actions.noticeText', { number: m.meetingNumber ?? '', count: openCases.length })}
        </Paragraph>
      </ConfirmDialog>
      <ConfirmDialog
        id="confirm-cancel"
        open={confirm === 'cancel'}
        danger
        title={t('governance.actions.cancelTitle')}
        confirm={t('governance.actions.cancelConfirm')}
        onClose={() => setConfirm(undefined)}
        onConfirm={async () => {
          const next = await governanceApi.cancelMeeting(m.id);
          setConfirm(undefined);
          onMeeting(next);
          say(t('governance.actions.cancelled'));
        }}
        afterConfirm={() => document.getElementById('meeting-heading')?.focus()}
      >
        <Paragraph>{t('governance.actions.cancelText', { date: formatDate(m.date, lng) })}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}
