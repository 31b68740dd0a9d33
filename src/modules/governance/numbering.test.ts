import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  assignNumbers,
  formatCaseNumber,
  type MeetingForNumbering,
  numberMeetings,
  parseCaseNumber,
  reorder,
} from './numbering.ts';

const meeting = (id: string, date: string, locked: number | null = null, cancelled = false): MeetingForNumbering => ({
  id,
  date,
  createdAt: '2024-01-01T00:00:00Z',
  locked,
  cancelled,
});
const numbers = (m: Map<string, number | null>) => Object.fromEntries(m);

describe('meeting numbers', () => {
  it('count the meetings of a year in date order', () => {
    const plan = ['2024-12-11', '2024-02-14', '2024-04-10', '2024-06-12'].map((d, i) => meeting(`m${i}`, d));
    assert.deepEqual(numbers(numberMeetings(plan)), { m1: 1, m2: 2, m3: 3, m0: 4 });
  });

  it('follow a meeting moved to another month before its notice', () => {
    const plan = [meeting('feb', '2024-02-14', 1), meeting('apr', '2024-04-10'), meeting('jun', '2024-06-12')];
    // April's meeting moves to July: June becomes M2, the moved meeting M3
    plan[1] = meeting('apr', '2024-07-03');
    assert.deepEqual(numbers(numberMeetings(plan)), { feb: 1, jun: 2, apr: 3 });
  });

  it('keep a locked number when the meeting moves after its notice', () => {
    const plan = [
      meeting('feb', '2024-02-14', 1),
      meeting('apr', '2024-05-15', 2), // moved from April to May after the notice went out
      meeting('may', '2024-05-02'),
    ];
    // the meeting now before it cannot take M2 (published) and gets the next free number
    assert.deepEqual(numbers(numberMeetings(plan)), { feb: 1, may: 3, apr: 2 });
  });

  it('give a cancelled meeting no number before its notice, and keep it after', () => {
    const before = [meeting('a', '2024-02-14', 1), meeting('b', '2024-03-13', null, true), meeting('c', '2024-04-10')];
    assert.deepEqual(numbers(numberMeetings(before)), { a: 1, b: null, c: 2 });
    const after = [meeting('a', '2024-02-14', 1), meeting('b', '2024-03-13', 2, true), meeting('c', '2024-04-10')];
    assert.deepEqual(numbers(numberMeetings(after)), { a: 1, b: 2, c: 3 });
  });

  it('start again at M1 in a new year (the caller numbers each year on its own)', () => {
    const y2024 = [meeting('nov', '2024-11-14', 7), meeting('dec', '2024-12-11')];
    const y2025 = [meeting('feb', '2025-02-12')];
    assert.deepEqual(numbers(numberMeetings(y2024)), { nov: 7, dec: 8 });
    assert.deepEqual(numbers(numberMeetings(y2025)), { feb: 1 });
  });

  it('reproduce the seeds: 14.11.2024 is the council’s seventh meeting of 2024', () => {
    const dates = ['01-24', '03-06', '04-17', '05-29', '06-19', '10-09', '11-14'];
    const plan = dates.map((d, i) => meeting(`m${i + 1}`, `2024-${d}`));
    assert.equal(numberMeetings(plan).get('m7'), 7);
  });
});

describe('case numbers', () => {
  it('follow the agenda order before the notice', () => {
    const order = reorder(['a', 'b', 'c', 'd'], 'd', 2);
    assert.deepEqual(order, ['a', 'b', 'd', 'c']);
    const n = assignNumbers(order.map((id) => ({ id, locked: null })));
    assert.deepEqual(numbers(n), { a: 1, b: 2, d: 3, c: 4 });
  });

  it('stay when cases are reordered after the notice; a late case takes the next free number', () => {
    const locked = ['a', 'b', 'c'].map((id, i) => ({ id, locked: i + 1 }));
    const moved = reorder(
      locked.map((s) => s.id),
      'c',
      0,
    );
    const late = [...moved.slice(0, 1), 'new', ...moved.slice(1)];
    const slots = late.map((id) => ({ id, locked: locked.find((s) => s.id === id)?.locked ?? null }));
    assert.deepEqual(numbers(assignNumbers(slots)), { c: 3, new: 4, a: 1, b: 2 });
  });

  it('leave a gap where a case was withdrawn after the notice, and close it before', () => {
    const after = [
      { id: 'a', locked: 1 },
      { id: 'c', locked: 3 },
    ];
    assert.deepEqual(numbers(assignNumbers(after)), { a: 1, c: 3 });
    const before = [
      { id: 'a', locked: null },
      { id: 'c', locked: null },
    ];
    assert.deepEqual(numbers(assignNumbers(before)), { a: 1, c: 2 });
  });

  it('format and parse', () => {
    assert.equal(formatCaseNumber(2024, 7, 3), '2024/M7-003');
    assert.equal(formatCaseNumber(2024, 12, 1234), '2024/M12-1234');
    assert.deepEqual(parseCaseNumber(' 2023/M6-004 '), { year: 2023, meeting: 6, item: 4 });
    assert.equal(parseCaseNumber('2023/M6-04'), null);
  });

  it('a postponed case gets a new number in the later meeting', () => {
    // 2024/M6-005 postponed to the next meeting, whose agenda has two opening cases and one more
    const next = assignNumbers([
      { id: 'open1', locked: null },
      { id: 'open2', locked: null },
      { id: 'report', locked: null },
      { id: 'postponed', locked: null },
    ]);
    assert.equal(formatCaseNumber(2024, 7, next.get('postponed') as number), '2024/M7-004');
  });

  it('are unique, positive, and keep every locked number (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ locked: fc.boolean(), skip: fc.boolean() }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 1000 }),
        (spec, seed) => {
          // locked numbers: a random distinct subset of 1..60
          const pool = Array.from({ length: 60 }, (_, i) => i + 1).sort(
            (a, b) => ((a * 7919 + seed) % 61) - ((b * 7919 + seed) % 61),
          );
          const slots = spec.map((s, i) => ({
            id: `s${i}`,
            locked: s.locked ? (pool[i] as number) : null,
            skip: s.skip,
          }));
          const out = assignNumbers(slots);
          const given = [...out.values()].filter((n): n is number => n !== null);
          assert.equal(new Set(given).size, given.length);
          for (const s of slots) {
            if (s.locked !== null) assert.equal(out.get(s.id), s.locked);
            else if (s.skip) assert.equal(out.get(s.id), null);
            else assert.ok((out.get(s.id) as number) > 0);
          }
          // without locks and skips, numbers are exactly 1..n in order
          const plain = assignNumbers(spec.map((_, i) => ({ id: `p${i}`, locked: null })));
          assert.deepEqual(
            [...plain.values()],
            spec.map((_, i) => i + 1),
          );
        },
      ),
    );
  });
});
