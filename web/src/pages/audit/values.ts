import type { TFunction } from 'i18next';
import type { RoleGrant } from '../../api/types.ts';
import { roleLabel } from '../../components/RoleList.tsx';
import { formatDateTime, formatDay } from '../../lib/format.ts';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const isGrant = (v: unknown): v is RoleGrant =>
  typeof v === 'object' && v !== null && 'role' in v && typeof (v as { role: unknown }).role === 'string';

/** A value from an audit record's before/after, readable: dates, member names, roles. */
export function displayValue(
  t: TFunction,
  lng: string,
  key: string,
  value: unknown,
  memberName: (id: string) => string | undefined,
): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'string') {
    if (/memberId$/i.test(key)) return memberName(value) ?? value;
    if (ISO_INSTANT.test(value)) return formatDateTime(value, lng);
    if (ISO_DAY.test(value)) return formatDay(value, lng);
    return value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return t('common.none');
    if (value.every(isGrant)) return value.map((g) => roleLabel(t, g, memberName)).join(', ');
    return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
  }
  return JSON.stringify(value);
}

/** The name of what an entry is about, from its record: e-mail, name or title. */
export function subjectOf(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): string | undefined {
  for (const record of [after, before]) {
    if (!record) continue;
    for (const key of ['email', 'name', 'title']) {
      const v = record[key];
      if (typeof v === 'string' && v) return v;
    }
  }
  return undefined;
}
