import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import type { ReportKind, ReportSection, ReportStatus } from '../../api/types.ts';
import { addMonths, formatDay, formatMonth, monthInOslo } from '../../lib/format.ts';

/** 'Oktober 2024' for an activity report's month, '2024' for an annual report's year. */
export function periodText(kind: ReportKind, period: string, lng: string): string {
  if (kind === 'annual') return period;
  const month = formatMonth(period, lng);
  return month.charAt(0).toUpperCase() + month.slice(1);
}

/**
 * The day an activity report's figures stand at: the first day after its month ('2024-10' →
 * 01.11.2024, the report "pr. 1.11.2024"); an annual report stands at the end of its year.
 */
export function asOfDay(kind: ReportKind, period: string): string {
  if (kind === 'annual') return `${period}-12-31`;
  return `${addMonths(period, 1)}-01`;
}

/** 'Økonomi- og aktivitetsrapport pr. 01.11.2024' / 'Årsrapport 2024'. */
export function reportName(t: TFunction, kind: ReportKind, period: string, lng: string): string {
  return kind === 'annual'
    ? t('reports.name.annual', { year: period })
    : t('reports.name.activity', { date: formatDay(asOfDay(kind, period), lng) });
}

/** The last month that has ended, in Norway ('YYYY-MM'): what a new activity report is usually about. */
export const lastCompleteMonth = () => addMonths(monthInOslo(), -1);

/** The current year in Norway. */
export const currentYear = () => Number(monthInOslo().slice(0, 4));

const STATUS_COLOR: Record<ReportStatus, 'neutral' | 'warning' | 'success'> = {
  draft: 'neutral',
  review: 'warning',
  approved: 'success',
};

export function StatusTag({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={STATUS_COLOR[status]} data-size="sm" className="nowrap" data-status={status}>
      {t(`reports.statuses.${status}`)}
    </Tag>
  );
}

/** The head of a reports page: the section's name, the page's h1 and an intro. */
export function PageHead({
  title,
  eyebrow,
  intro,
  children,
}: {
  title: string;
  eyebrow?: string;
  intro?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="page-head">
      <div>
        <Paragraph data-size="sm" className="eyebrow">
          {eyebrow ?? t('reports.title')}
        </Paragraph>
        <Heading level={1} data-size="lg" tabIndex={-1} className="reports-h1">
          {title}
        </Heading>
        {intro && <Paragraph className="muted intro__text">{intro}</Paragraph>}
      </div>
      {children}
    </div>
  );
}

/** A number with a fixed count of decimals, the Norwegian way ('26,0', '1,22'). */
export function formatDecimal(n: number, decimals: number, lng: string): string {
  return new Intl.NumberFormat(lng === 'en' ? 'en-GB' : 'nb-NO', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(n);
}

/** '1,22 %' */
export const formatPercent = (n: number, lng: string) => `${formatDecimal(n, 2, lng)}\u00a0%`;

/**
 * A decimal number as typed ('26', '26,5', '1 234.5') with at most `decimals` decimals → the number;
 * '' → null; anything else → undefined.
 */
export function parseDecimal(text: string, decimals: number): number | null | undefined {
  const s = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (s === '') return null;
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return undefined;
  if ((m[2] ?? '').length > decimals) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** A number for an input field: '26,5' (nb) / '26.5' (en), no grouping. */
export function decimalToInput(n: number | null, lng: string): string {
  if (n === null) return '';
  const s = String(n);
  return lng === 'en' ? s : s.replace('.', ',');
}

/** Whether a failed call was the server's 409 conflict. */
export const isConflict = (err: unknown) => err instanceof ApiError && err.status === 409;

/** Move focus to an element once React has rendered it (a result, a heading, a message). */
export const focusSoon = (selector: string) =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

/** What a page that leads to a report may tell it: a notice to show when it opens. */
export interface ReportState {
  message?: string;
}

/** A section as the report names it: '2.2 Kundeservice', or the title alone when it has no number. */
export const sectionLabel = (s: Pick<ReportSection, 'number' | 'title'>) =>
  s.number ? `${s.number} ${s.title}` : s.title;
