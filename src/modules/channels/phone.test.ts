import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { batches } from './mail-in/poller.ts';
import { type PhoneDay, parseSeconds, phoneYear, readPhoneCsv } from './phone.ts';

describe('phone statistics', () => {
  it('reads durations as seconds or m:ss', () => {
    assert.equal(parseSeconds('31'), 31);
    assert.equal(parseSeconds('31,5'), 31.5);
    assert.equal(parseSeconds('4:30'), 270);
    assert.equal(parseSeconds('1:02:03'), 3723);
    assert.equal(parseSeconds('kort'), null);
  });

  it('reads a call log into Oslo days and a daily summary as given', () => {
    const log = readPhoneCsv(
      'Tidspunkt;Besvart;Ventetid;Samtaletid\n2021-03-31T22:30:00Z;ja;10;1:00\n31.03.2021 12:00;nei;50;\n',
    );
    assert.deepEqual(log.problems, []);
    assert.equal(log.format, 'calls');
    assert.deepEqual(log.days, [
      { day: '2021-03-31', callsReceived: 1, callsAnswered: 0, waitSecondsTotal: 0, talkSecondsTotal: 0 },
      { day: '2021-04-01', callsReceived: 1, callsAnswered: 1, waitSecondsTotal: 10, talkSecondsTotal: 60 },
    ]);
    const sum = readPhoneCsv('date,calls,answered,mean wait,mean talk\n2021-01-04,40,38,31,4:30');
    assert.equal(sum.format, 'summary');
    assert.deepEqual(sum.days[0], {
      day: '2021-01-04',
      callsReceived: 40,
      callsAnswered: 38,
      waitSecondsTotal: 1178,
      talkSecondsTotal: 10260,
    });
  });

  it('names every bad line and the columns it needs', () => {
    const r = readPhoneCsv(
      'Dato;Anrop;Besvart;Snitt ventetid;Snitt samtaletid\n2021-02-30;10;5;3;4\n2021-03-01;5;9;3;4\n2021-03-02;x;1;3;4',
    );
    assert.deepEqual(
      r.problems.map((p) => p.line),
      [2, 3, 4],
    );
    assert.match(readPhoneCsv('a;b\n1;2').problems[0]?.message ?? '', /Unknown columns/);
  });

  it('gives the annual report’s 2021 figures from a year of days (8,294 calls, 95 %, 31 s, 4.5 min)', () => {
    const day: PhoneDay = {
      day: '2021-06-01',
      callsReceived: 8294,
      callsAnswered: 7879,
      waitSecondsTotal: 7879 * 31,
      talkSecondsTotal: 7879 * 270,
    };
    const y = phoneYear(2021, [day]);
    assert.equal(y.total.callsReceived, 8294);
    assert.equal(Math.round((y.total.answerRate ?? 0) * 100), 95);
    assert.equal(y.total.meanWaitSeconds, 31);
    assert.equal((y.total.meanTalkSeconds ?? 0) / 60, 4.5);
    assert.equal(y.months[5]?.callsReceived, 8294);
    assert.equal(y.months[0]?.answerRate, null);
  });

  it('months add up to the year (property)', () => {
    const dayArb = fc.record({
      day: fc.integer({ min: 0, max: 364 }).map((n) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10)),
      callsReceived: fc.integer({ min: 0, max: 500 }),
      answeredShare: fc.double({ min: 0, max: 1, noNaN: true }),
      wait: fc.integer({ min: 0, max: 300 }),
    });
    fc.assert(
      fc.property(fc.array(dayArb, { maxLength: 60 }), (raw) => {
        const days: PhoneDay[] = raw.map((d) => {
          const answered = Math.floor(d.callsReceived * d.answeredShare);
          return {
            day: d.day,
            callsReceived: d.callsReceived,
            callsAnswered: answered,
            waitSecondsTotal: answered * d.wait,
            talkSecondsTotal: answered * 2 * d.wait,
          };
        });
        const y = phoneYear(2023, days);
        assert.equal(
          y.months.reduce((s, m) => s + m.callsReceived, 0),
          y.total.callsReceived,
        );
        assert.equal(
          y.months.reduce((s, m) => s + m.callsAnswered, 0),
          y.total.callsAnswered,
        );
        for (const m of y.months) if (m.answerRate !== null) assert.ok(m.answerRate >= 0 && m.answerRate <= 1);
      }),
    );
  });
});

describe('mailbox fetch batches', () => {
  it('keeps UID order, at most 50 mails or 64 MB a batch, and a huge mail alone (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120 * 1024 * 1024 }), { maxLength: 300 }), (sizeList) => {
        const uids = sizeList.map((_, i) => i + 1);
        const sizes = new Map(uids.map((u, i) => [u, sizeList[i] as number]));
        const out = batches(uids, sizes);
        assert.deepEqual(out.flat(), uids);
        for (const b of out) {
          assert.ok(b.length >= 1 && b.length <= 50);
          const bytes = b.reduce((s, u) => s + (sizes.get(u) ?? 0), 0);
          assert.ok(b.length === 1 || bytes <= 64 * 1024 * 1024);
          if (b.some((u) => (sizes.get(u) ?? 0) > 100 * 1024 * 1024)) assert.equal(b.length, 1);
        }
      }),
    );
  });
});
