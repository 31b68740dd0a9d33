import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Rule, type RuleDevice, ruleCovers, violations } from './compliance.ts';

const rover: Rule = {
  kind: 'phone',
  groupName: 'Rover',
  categoryId: null,
  memberId: null,
  minMemoryMb: 6144,
  minStorageGb: null,
  maxAgeMonths: null,
  effectiveFrom: '2024-11-01',
};
const phone = (memoryMb: number | null, extra: Partial<RuleDevice> = {}): RuleDevice => ({
  kind: 'phone',
  status: 'in_use',
  memberId: 'm',
  categoryId: 'c',
  groups: ['rover'],
  memoryMb,
  storageGb: 64,
  purchasedOn: '2022-03-01',
  ...extra,
});

describe('compliance rules', () => {
  it('the Rover rule: 4 GB fails, 6 GB passes, unknown memory is reported', () => {
    assert.deepEqual(violations(rover, phone(4096), '2024-11-14'), [
      { code: 'memory_below', actual: 4096, required: 6144 },
    ]);
    assert.deepEqual(violations(rover, phone(6144), '2024-11-14'), []);
    assert.deepEqual(violations(rover, phone(null), '2024-11-14'), [{ code: 'memory_unknown', required: 6144 }]);
  });
  it('covers only phones in the group that are in service', () => {
    assert.equal(ruleCovers(rover, phone(4096, { groups: [] })), false);
    assert.equal(ruleCovers(rover, phone(4096, { kind: 'tablet' })), false);
    assert.equal(ruleCovers(rover, phone(4096, { status: 'retired' })), false);
    assert.equal(ruleCovers(rover, phone(4096, { status: 'in_repair' })), true);
    assert.equal(ruleCovers({ ...rover, memberId: 'other' }, phone(4096)), false);
  });
  it('maximum age counts from the purchase date, on leap days too', () => {
    const rule: Rule = { ...rover, groupName: null, minMemoryMb: null, maxAgeMonths: 48 };
    const d = phone(6144, { purchasedOn: '2020-02-29' });
    assert.deepEqual(violations(rule, d, '2024-02-28'), []);
    assert.deepEqual(violations(rule, d, '2024-02-29'), [
      { code: 'too_old', purchasedOn: '2020-02-29', limit: '2024-02-29' },
    ]);
    assert.deepEqual(violations(rule, phone(6144, { purchasedOn: null }), '2024-02-29'), [
      { code: 'age_unknown', maxAgeMonths: 48 },
    ]);
  });
});
