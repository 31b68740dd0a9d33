// Compliance rules on device groups ("phones used with the Rover app must have at least 6 GB memory
// from 2024-11-01"): which devices a rule covers and what each fails. Pure.

import { addMonths, IN_SERVICE } from './rotation.ts';
import type { DeviceKind, DeviceStatus } from './tables.ts';

export interface Rule {
  kind: DeviceKind | null;
  /** the device group (e.g. the app they run: "Rover"), compared without case */
  groupName: string | null;
  categoryId: string | null;
  memberId: string | null;
  minMemoryMb: number | null;
  minStorageGb: number | null;
  maxAgeMonths: number | null;
  effectiveFrom: string;
}

export interface RuleDevice {
  kind: DeviceKind;
  status: DeviceStatus;
  memberId: string;
  categoryId: string;
  groups: string[];
  memoryMb: number | null;
  storageGb: number | null;
  purchasedOn: string | null;
}

export type Violation =
  | { code: 'memory_below'; actual: number; required: number }
  | { code: 'memory_unknown'; required: number }
  | { code: 'storage_below'; actual: number; required: number }
  | { code: 'storage_unknown'; required: number }
  | { code: 'too_old'; purchasedOn: string; limit: string }
  | { code: 'age_unknown'; maxAgeMonths: number };

/** Does the rule apply to the device at all (kind, group, category, member; only devices in service)? */
export function ruleCovers(rule: Rule, d: RuleDevice): boolean {
  if (!IN_SERVICE.includes(d.status)) return false;
  if (rule.kind !== null && rule.kind !== d.kind) return false;
  if (rule.categoryId !== null && rule.categoryId !== d.categoryId) return false;
  if (rule.memberId !== null && rule.memberId !== d.memberId) return false;
  if (rule.groupName !== null) {
    const g = rule.groupName.toLocaleLowerCase('nb');
    if (!d.groups.some((x) => x.toLocaleLowerCase('nb') === g)) return false;
  }
  return true;
}

/**
 * What the device fails of the rule on `day` ('YYYY-MM-DD'); empty when it complies or is not
 * covered. A value the device does not report (memory unknown) is a failure of its own, so the
 * system owner finds out rather than assuming the device is fine. The rule's start date is not
 * applied here: the list shows devices that will fail before the rule takes effect too.
 */
export function violations(rule: Rule, d: RuleDevice, day: string): Violation[] {
  if (!ruleCovers(rule, d)) return [];
  const out: Violation[] = [];
  if (rule.minMemoryMb !== null) {
    if (d.memoryMb === null) out.push({ code: 'memory_unknown', required: rule.minMemoryMb });
    else if (d.memoryMb < rule.minMemoryMb)
      out.push({ code: 'memory_below', actual: d.memoryMb, required: rule.minMemoryMb });
  }
  if (rule.minStorageGb !== null) {
    if (d.storageGb === null) out.push({ code: 'storage_unknown', required: rule.minStorageGb });
    else if (d.storageGb < rule.minStorageGb)
      out.push({ code: 'storage_below', actual: d.storageGb, required: rule.minStorageGb });
  }
  if (rule.maxAgeMonths !== null) {
    if (d.purchasedOn === null) out.push({ code: 'age_unknown', maxAgeMonths: rule.maxAgeMonths });
    else {
      const limit = addMonths(d.purchasedOn, rule.maxAgeMonths);
      if (limit <= day) out.push({ code: 'too_old', purchasedOn: d.purchasedOn, limit });
    }
  }
  return out;
}
