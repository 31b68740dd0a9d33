import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCalendarDay, osloDate } from './dates.ts';

describe('dates', () => {
  it('osloDate uses Norwegian time, across midnight and DST', () => {
    assert.equal(osloDate(new Date('2024-12-31T23:30:00Z')), '2025-01-01'); // CET, +1
    assert.equal(osloDate(new Date('2024-06-30T22:30:00Z')), '2024-07-01'); // CEST, +2
    assert.equal(osloDate(new Date('2024-06-30T21:30:00Z')), '2024-06-30');
  });

  it('isCalendarDay accepts real days only', () => {
    assert.ok(isCalendarDay('2024-02-29'));
    assert.equal(isCalendarDay('2023-02-29'), false);
    assert.equal(isCalendarDay('2024-13-01'), false);
    assert.equal(isCalendarDay('14.11.2024'), false);
  });
});
