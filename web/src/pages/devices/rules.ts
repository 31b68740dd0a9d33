// Rules and what devices fail of them, in words.
import type { TFunction } from 'i18next';
import type { DeviceRule, DeviceSettings, Violation } from '../../api/types.ts';
import { formatDay, formatNumber } from '../../lib/format.ts';
import { formatMemory } from './shared.tsx';

/** Which devices the rule covers: 'mobiltelefoner i gruppen Rover hos Molde kommune'. */
export function ruleScope(t: TFunction, r: DeviceRule, s: DeviceSettings): string {
  const parts = [
    r.kind ? t(`devices.kindsPlural.${r.kind}`) : t('devices.rules.allDevices'),
    r.groupName && t('devices.rules.inGroup', { group: r.groupName }),
    r.categoryId && t('devices.list.inCategory', { name: s.categories.find((c) => c.id === r.categoryId)?.name ?? '' }),
    r.memberId && t('devices.rules.atMember', { member: s.members.find((m) => m.id === r.memberId)?.name ?? '' }),
  ].filter(Boolean);
  const text = parts.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What the rule requires: 'minst 6 GB minne, høyst 48 måneder gammel'. */
export function ruleRequirements(t: TFunction, r: DeviceRule, lng: string): string {
  return [
    r.minMemoryMb !== null && t('devices.rules.req.memory', { size: formatMemory(r.minMemoryMb, lng) }),
    r.minStorageGb !== null && t('devices.rules.req.storage', { size: `${formatNumber(r.minStorageGb, lng)}\u00a0GB` }),
    r.maxAgeMonths !== null && t('devices.rules.req.age', { count: r.maxAgeMonths }),
  ]
    .filter(Boolean)
    .join(', ');
}

/** 'Gjelder fra 01.11.2024', 'Trer i kraft 01.01.2027' or 'Ikke aktiv'. */
export function ruleWhen(t: TFunction, r: DeviceRule, lng: string): string {
  const date = formatDay(r.effectiveFrom, lng);
  if (!r.active) return t('devices.rules.inactive');
  return r.inEffect ? t('devices.rules.effectiveFrom', { date }) : t('devices.rules.upcoming', { date });
}

/** A failure in words: 'Minne 4 GB, krav 6 GB'. */
export function violationText(t: TFunction, v: Violation, lng: string): string {
  const gb = (n: number) => `${formatNumber(n, lng)}\u00a0GB`;
  switch (v.code) {
    case 'memory_below':
      return t('devices.violations.memory_below', {
        actual: formatMemory(v.actual, lng),
        required: formatMemory(v.required, lng),
      });
    case 'memory_unknown':
      return t('devices.violations.memory_unknown', { required: formatMemory(v.required, lng) });
    case 'storage_below':
      return t('devices.violations.storage_below', { actual: gb(v.actual), required: gb(v.required) });
    case 'storage_unknown':
      return t('devices.violations.storage_unknown', { required: gb(v.required) });
    case 'too_old':
      return t('devices.violations.too_old', {
        purchased: formatDay(v.purchasedOn, lng),
        limit: formatDay(v.limit, lng),
      });
    case 'age_unknown':
      return t('devices.violations.age_unknown', { count: v.maxAgeMonths });
  }
}
