import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types.ts';
import { formatDay, todayInOslo } from '../../lib/format.ts';
import type { ArticleKind, ArticleStatus } from './api.ts';

/** Who writes and publishes articles (and sees the vocabulary and Rakel's dialogues). */
export const EDITORS: Role[] = ['admin', 'agent'];
/** Who reads the usage figures. */
export const FIGURE_READERS: Role[] = ['admin', 'agent', 'leader'];

/** The eyebrow, heading and introduction of a knowledge page. */
export function KnowledgeHead({
  title,
  intro,
  eyebrow,
  children,
}: {
  title: string;
  intro?: ReactNode;
  eyebrow?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="page-head">
      <div>
        <Paragraph data-size="sm" className="eyebrow">
          {eyebrow ?? t('knowledge.title')}
        </Paragraph>
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {intro && <Paragraph className="muted intro__text">{intro}</Paragraph>}
      </div>
      {children}
    </div>
  );
}

/** 'E-læring' on e-learning; nothing on an ordinary article unless `always`. */
export function KindBadge({ kind, always }: { kind: ArticleKind; always?: boolean }) {
  const { t } = useTranslation();
  if (kind !== 'elearning' && !always) return null;
  return (
    <Tag data-color={kind === 'elearning' ? 'info' : 'neutral'} data-size="sm" className="nowrap">
      {t(`knowledge.kinds.${kind}`)}
    </Tag>
  );
}

const STATUS_COLOR: Record<ArticleStatus, 'neutral' | 'success' | 'warning'> = {
  draft: 'warning',
  published: 'success',
  archived: 'neutral',
};

export function StatusTag({ status }: { status: ArticleStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={STATUS_COLOR[status]} data-size="sm" className="nowrap" data-status={status}>
      {t(`knowledge.statuses.${status}`)}
    </Tag>
  );
}

/** A calendar day of an ISO instant in Norway ('2026-11-21T08:00:00Z' → '2026-11-21'). */
export const dayOf = (iso: string) => todayInOslo(new Date(iso));

/** An instant as its day, '21.11.2026', in a <time>. */
export function Day({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  const day = dayOf(iso);
  return (
    <time dateTime={day} className="nowrap">
      {formatDay(day, i18n.language)}
    </time>
  );
}

/** A review date, marked 'forfalt' when it has passed. */
export function ReviewDate({ day, overdue }: { day: string | null; overdue: boolean }) {
  const { t, i18n } = useTranslation();
  if (!day) return <span className="muted">{t('common.none')}</span>;
  return (
    <span className="review-date">
      <time dateTime={day} className="nowrap">
        {formatDay(day, i18n.language)}
      </time>
      {overdue && (
        <Tag data-color="danger" data-size="sm" className="nowrap">
          {t('knowledge.manage.overdue')}
        </Tag>
      )}
    </span>
  );
}

/** The calendar day `n` days after `day` ('YYYY-MM-DD'; a negative `n` goes back). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** 'skriver, kø , Teams' → ['skriver', 'kø', 'Teams'] (empty entries left out). */
export const splitList = (text: string) =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
