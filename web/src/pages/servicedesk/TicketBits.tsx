import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationalMessage, Priority, Severity, Ticket } from '../../api/types.ts';
import { formatDateTime } from '../../lib/format.ts';
import { isDone, type SlaState, slaState } from './config.ts';

type Color = 'danger' | 'warning' | 'info' | 'neutral' | 'success' | 'accent';

const PRIORITY_COLOR: Record<Priority, Color> = {
  critical: 'danger',
  high: 'warning',
  medium: 'info',
  low: 'neutral',
};

export function PriorityTag({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={PRIORITY_COLOR[priority]} data-size="sm" className="nowrap">
      {t(`sd.priorities.${priority}`)}
    </Tag>
  );
}

const SLA_COLOR: Record<SlaState, Color> = {
  breached: 'danger',
  dueSoon: 'warning',
  paused: 'neutral',
  ok: 'success',
  met: 'success',
  none: 'neutral',
};

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="sla__icon" width={12} height={12} viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** A symbol next to the words, so the state is not told by colour alone (drawn, not a font glyph). */
function SlaIcon({ state }: { state: SlaState }) {
  switch (state) {
    case 'breached':
      return (
        <Icon>
          <path d="M6 1 11 10.5H1Z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
          <path d="M6 4.5v2.8M6 8.6v.4" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
        </Icon>
      );
    case 'dueSoon':
      return (
        <Icon>
          <circle cx="6" cy="6" r="4.8" fill="none" stroke="currentColor" strokeWidth="1.4" />
          <path d="M6 3.2V6l2 1.4" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
        </Icon>
      );
    case 'paused':
      return (
        <Icon>
          <rect x="2.5" y="2" width="2.4" height="8" rx="0.5" fill="currentColor" />
          <rect x="7.1" y="2" width="2.4" height="8" rx="0.5" fill="currentColor" />
        </Icon>
      );
    case 'ok':
    case 'met':
      return (
        <Icon>
          <path
            d="M2 6.3 4.7 9 10 3"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </Icon>
      );
    default:
      return (
        <Icon>
          <path d="M3 6h6" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
        </Icon>
      );
  }
}

/** The ticket's SLA state in words, colour and symbol, with the deadline that counts now. */
export function SlaIndicator({ ticket, now, showDue = true }: { ticket: Ticket; now: number; showDue?: boolean }) {
  const { t, i18n } = useTranslation();
  const { state, due, which } = slaState(ticket, now);
  return (
    <span className="sla">
      <Tag data-color={SLA_COLOR[state]} data-size="sm" className={`sla__tag sla__tag--${state}`}>
        <SlaIcon state={state} />
        {t(`sd.sla.${state}`)}
      </Tag>
      {showDue && due && !isDone(ticket) && state !== 'none' && (
        <span className="sla__due">
          {t(`sd.sla.${which}Due`)} <time dateTime={due}>{formatDateTime(due, i18n.language)}</time>
        </span>
      )}
    </span>
  );
}

const SEVERITY_COLOR: Record<Severity, 'info' | 'warning' | 'danger'> = {
  info: 'info',
  minor: 'info',
  major: 'warning',
  critical: 'danger',
};

/** One operational message as an alert: title, severity, text and period. */
export function MessageCard({
  message,
  level = 3,
  children,
}: {
  message: OperationalMessage;
  level?: 2 | 3 | 4;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <Alert data-color={SEVERITY_COLOR[message.severity]} className="op-message">
      <div className="op-message__head">
        <Heading level={level} data-size="xs">
          {message.title}
        </Heading>
        <Tag data-color={SEVERITY_COLOR[message.severity]} data-size="sm" variant="outline">
          {t(`sd.severities.${message.severity}`)}
        </Tag>
      </div>
      {message.body && <Paragraph className="pre-line">{message.body}</Paragraph>}
      <Paragraph data-size="sm" className="op-message__period">
        {t('sd.messagePeriod', { from: formatDateTime(message.startsAt, lng) })}
        {message.expectedEndAt && <> · {t('sd.expectedEnd', { at: formatDateTime(message.expectedEndAt, lng) })}</>}
      </Paragraph>
      {children}
    </Alert>
  );
}
