import { Button, Dialog, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDay } from '../../lib/format.ts';
import type { MeetingHead, MeetingStatus, ProposalStage } from './api.ts';

/** 'YYYY-MM-DD' → '5.3.2024' (nb, as the council's documents write it) or '05/03/2024' (en). */
export function formatDate(day: string | null | undefined, lng: string): string {
  if (!day) return '';
  if (lng === 'en') return formatDay(day, lng);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${Number(m[3])}.${Number(m[2])}.${m[1]}` : day;
}

/** '08:15–12:00' */
export const timeRange = (m: Pick<MeetingHead, 'startTime' | 'endTime'>) => `${m.startTime}–${m.endTime}`;

/** The meeting's number ('2024/M7'), with '(foreløpig)' while it may still change. */
export function meetingNumberText(t: TFunction, m: Pick<MeetingHead, 'meetingNumber' | 'provisional'>): string {
  if (!m.meetingNumber) return t('governance.meeting.noNumber');
  return m.provisional ? `${m.meetingNumber} ${t('governance.provisional')}` : m.meetingNumber;
}

/** 'Samarbeidsråd 2024/M7' or 'Samarbeidsråd, møte 5.3.2024' when it has no number. */
export function meetingTitle(t: TFunction, m: MeetingHead, lng: string): string {
  return m.meetingNumber
    ? t('governance.meeting.title', { body: m.bodyName, number: m.meetingNumber })
    : t('governance.meeting.titleNoNumber', { body: m.bodyName, date: formatDate(m.date, lng) });
}

const STATUS_COLOR: Record<MeetingStatus, 'neutral' | 'info' | 'warning' | 'success' | 'danger'> = {
  planned: 'neutral',
  notice_sent: 'info',
  held: 'warning',
  minutes_sent: 'warning',
  minutes_approved: 'success',
  cancelled: 'danger',
};

export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={STATUS_COLOR[status]} data-size="sm" className="nowrap">
      {t(`governance.meetingStatus.${status}`)}
    </Tag>
  );
}

/** A text with blank lines between paragraphs, as paragraphs (single line breaks kept). */
export function Paragraphs({ text, className }: { text: string; className?: string }) {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {parts.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the text's order is its identity
        <Paragraph key={i} className={`pre-line ${className ?? ''}`.trim()}>
          {p}
        </Paragraph>
      ))}
    </>
  );
}

/** Where a proposal is: 'Faggruppe Teknisk', or 'Porteføljeråd' — the stage only when the body's name does not say it. */
export function stageText(t: TFunction, stage: ProposalStage, bodyName: string | null): string {
  const label = t(`governance.stages.${stage}`);
  if (!bodyName) return label;
  return bodyName.toLowerCase().startsWith(label.toLowerCase()) ? bodyName : `${label} (${bodyName})`;
}

/** Whether a failed call was a 404 (the page shows "not found" instead of an error). */
export const isNotFound = (err: unknown) => err instanceof ApiError && err.status === 404;

/** Today's year in Norway. */
export const thisYear = () =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(new Date()));

/**
 * Ask before an action that cannot be undone (send the notice, cancel a meeting, withdraw a case).
 * The native modal dialog keeps focus inside and gives it back to the trigger when closed; after a
 * confirmed action the trigger is often gone, so `afterConfirm` moves focus once the dialog has closed.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirm,
  danger,
  onConfirm,
  onClose,
  afterConfirm,
  id,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirm: string;
  danger?: boolean;
  /** resolves when done; a rejection is shown in the dialog */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  /** where focus goes after a confirmed action, once the dialog has closed (or gone with its page part) */
  afterConfirm?: () => void;
  id: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const confirmed = useRef(false);
  const after = useRef(afterConfirm);
  after.current = afterConfirm;
  // The dialog closes in its own effect (which runs before this one) and gives focus back to the
  // trigger; only then can focus move on.
  useEffect(() => {
    if (open || !confirmed.current) return;
    confirmed.current = false;
    after.current?.();
  }, [open]);
  useEffect(
    () => () => {
      if (confirmed.current) requestAnimationFrame(() => after.current?.());
    },
    [],
  );
  const run = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
      confirmed.current = true;
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={open}
      onClose={() => {
        setError(undefined);
        onClose();
      }}
      closeButton={t('common.close')}
      aria-labelledby={`${id}-title`}
      className="dialog dialog--narrow"
    >
      {open && (
        <div className="form">
          <Heading level={2} data-size="sm" id={`${id}-title`}>
            {title}
          </Heading>
          {children}
          {error !== undefined && <ErrorMessage error={error} level={3} />}
          <div className="button-row">
            <Button type="button" data-color={danger ? 'danger' : 'accent'} loading={busy} onClick={run}>
              {confirm}
            </Button>
            <Button type="button" variant="secondary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
