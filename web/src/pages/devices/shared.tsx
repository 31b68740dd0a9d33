import { Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useOutletContext } from 'react-router';
import { ApiError, withQuery } from '../../api/client.ts';
import {
  DEVICE_KINDS,
  DEVICE_STATUSES,
  type DeviceKind,
  type DeviceQuery,
  type DeviceSettings,
  type DeviceStatus,
} from '../../api/types.ts';
import type { SelectOption } from '../../components/SelectField.tsx';
import { addMonths, formatDay, formatMonth, formatNumber, monthInOslo } from '../../lib/format.ts';

/** What every devices page gets from the section's layout: the settings and what the user may do. */
export interface DevicesContext {
  settings: DeviceSettings;
  reloadSettings: () => void;
}

export const useDevices = () => useOutletContext<DevicesContext>();

export const isKind = (v: string | null): v is DeviceKind => DEVICE_KINDS.includes(v as DeviceKind);
export const isStatus = (v: string | null): v is DeviceStatus => DEVICE_STATUSES.includes(v as DeviceStatus);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: string | null | undefined): v is string => !!v && UUID.test(v);
export const isMonth = (v: string | null): v is string => !!v && /^\d{4}-(0[1-9]|1[0-2])$/.test(v);

export const kindOptions = (t: TFunction): SelectOption[] =>
  DEVICE_KINDS.map((k) => ({ value: k, label: t(`devices.kinds.${k}`) }));

export const statusOptions = (t: TFunction): SelectOption[] =>
  DEVICE_STATUSES.map((s) => ({ value: s, label: t(`devices.statuses.${s}`) }));

export const memberOptions = (s: DeviceSettings): SelectOption[] =>
  s.members.map((m) => ({ value: m.id, label: m.name }));

/** Categories as options; archived ones only when chosen already. */
export const categoryOptions = (s: DeviceSettings, keep?: string | null): SelectOption[] =>
  s.categories.filter((c) => !c.archived || c.id === keep).map((c) => ({ value: c.id, label: c.name }));

/** The months offered by the month pickers: two years back and one ahead, newest first; `keep` is added. */
export function monthOptions(lng: string, keep?: string): SelectOption[] {
  const now = monthInOslo();
  const months = Array.from({ length: 37 }, (_, i) => addMonths(now, 12 - i));
  if (keep && !months.includes(keep)) months.push(keep);
  months.sort().reverse();
  return months.map((m) => ({ value: m, label: formatMonth(m, lng) }));
}

/** The device list filtered by `q`: the address a count links to. */
export const deviceListUrl = (q: DeviceQuery) => withQuery('/devices/list', { ...q });

/** Memory in megabytes → '6 GB', '5,6 GB'. */
export function formatMemory(mb: number | null, lng: string): string {
  if (mb === null) return '';
  const gb = mb / 1024;
  return `${new Intl.NumberFormat(lng === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 1 }).format(gb)}\u00a0GB`;
}

/** Storage in gigabytes → '128 GB'. */
export const formatStorage = (gb: number | null, lng: string) =>
  gb === null ? '' : `${formatNumber(gb, lng)}\u00a0GB`;

/** A count in a table: a link to the devices behind it when the user may list them and it is not 0. */
export function CountCell({
  value,
  to,
  cell,
  className = '',
  rowSpan,
}: {
  value: number;
  to?: string;
  rowSpan?: number;
  /** data-cell, for tests and styling */
  cell?: string;
  className?: string;
}) {
  const { i18n } = useTranslation();
  const text = formatNumber(value, i18n.language);
  return (
    <Table.Cell className={`num ${className}`.trim()} data-cell={cell} rowSpan={rowSpan}>
      {to && value > 0 ? (
        <Link asChild>
          <RouterLink to={to}>{text}</RouterLink>
        </Link>
      ) : (
        text
      )}
    </Table.Cell>
  );
}

/** An expiry date, marked when it has passed. */
export function ExpiryDate({ day, expired }: { day: string | null; expired: boolean }) {
  const { t, i18n } = useTranslation();
  if (!day) return <span className="muted">{t('devices.unknown')}</span>;
  return (
    <span className="nowrap">
      {formatDay(day, i18n.language)}
      {expired && (
        <>
          {' '}
          <Tag data-color="danger" data-size="sm">
            {t('devices.expired')}
          </Tag>
        </>
      )}
    </span>
  );
}

/** The head of a devices page: the section's name, the page's h1 and an intro. */
export function PageHead({ title, intro, children }: { title: string; intro?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="page-head">
      <div>
        <Paragraph data-size="sm" className="eyebrow">
          {t('devices.title')}
        </Paragraph>
        <Heading level={1} data-size="lg" tabIndex={-1} className="devices-h1">
          {title}
        </Heading>
        {intro && <Paragraph className="muted intro__text">{intro}</Paragraph>}
      </div>
      {children}
    </div>
  );
}

/** Previous and next page of a list, with where in it one is. */
export function Pager({
  page,
  pages,
  label,
  onPage,
}: {
  page: number;
  pages: number;
  label: string;
  onPage: (page: number) => void;
}) {
  const { t, i18n } = useTranslation();
  if (pages <= 1) return null;
  const n = (x: number) => formatNumber(x, i18n.language);
  return (
    <nav className="pager" aria-label={label}>
      <Button variant="secondary" data-size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ← {t('devices.pager.previous')}
      </Button>
      <span>{t('devices.pager.page', { page: n(page), pages: n(pages) })}</span>
      <Button variant="secondary" data-size="sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('devices.pager.next')} →
      </Button>
    </nav>
  );
}

/** A whole number typed in a field ('6', ' 12 ') → the number; '' → null; anything else → undefined. */
export function parseWhole(text: string): number | null | undefined {
  const s = text.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return null;
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Move focus to an element once React has rendered it (a result, a heading, a message). */
export const focusSoon = (selector: string) =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

/** The code of the server's first issue on a field (path `field` or `field.<n>`), if any. */
export function issueCode(err: unknown, field: string): string | undefined {
  if (!(err instanceof ApiError)) return undefined;
  return err.issues.find((i) => i.path === field || i.path.startsWith(`${field}.`))?.code;
}

/** Rows of a per-member table grouped by member, in the server's order (one tbody each). */
export function byMember<T extends { memberId: string }>(rows: T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const r of rows) groups.set(r.memberId, [...(groups.get(r.memberId) ?? []), r]);
  return [...groups.values()];
}

/** Where a device's page leads back to: the list (or rule) it was opened from, filters and all. */
export interface BackState {
  back: string;
  backLabel: string;
}
