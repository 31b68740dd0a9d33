import assert from 'node:assert/strict';
import { test } from 'node:test';
import { meetingPlanIcs, osloInstant, osloIso } from './ics.ts';
import type { PlannedMeeting } from './model.ts';

const meetings: PlannedMeeting[] = [
  {
    id: '7d1c6a4e-2f7b-4f0e-9a51-3c2d1e0f9b88',
    meetingNumber: '2024/M3',
    date: '2024-06-12',
    startTime: '08:15',
    endTime: '12:00',
    place: 'Rådhuset, Molde; møterom «Øst»',
    cancelled: true,
  },
  {
    id: '1a2b3c4d-0000-4000-8000-000000000001',
    meetingNumber: '2024/M1',
    date: '2024-02-14',
    startTime: '08:15',
    endTime: '12:00',
    place: 'Del (Storgata 33, 3.etg)',
    cancelled: false,
  },
];

const plan = () =>
  meetingPlanIcs({
    cooperationName: 'ROR-IKT',
    bodyName: 'Samarbeidsrådet',
    year: 2024,
    meetings,
    uidDomain: 'samdrift.example.no',
  });

/** The unfolded content lines of each VEVENT (RFC 5545 folds at 75 octets with CRLF + space). */
function events(ics: string): Map<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const out: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      out.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return out;
}

test('Oslo wall time becomes the right instant in winter and in summer', () => {
  assert.equal(new Date(osloInstant('2024-02-14', '08:15')).toISOString(), '2024-02-14T07:15:00.000Z');
  assert.equal(new Date(osloInstant('2024-06-12', '08:15')).toISOString(), '2024-06-12T06:15:00.000Z');
  assert.equal(osloIso('2024-11-14', '08:15'), '2024-11-14T08:15:00+01:00');
  assert.throws(() => osloInstant('2024-02-30', '08:15'), RangeError);
  assert.throws(() => osloInstant('2024-02-14', '8:15'), RangeError);
});

test('the plan has one event per meeting with UTC times, stable UIDs and summaries', () => {
  const ics = plan();
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  assert.match(ics, /\r\nX-WR-CALNAME:Møteplan 2024 – Samarbeidsrådet \(ROR-IKT\)\r\n/);
  const [feb, jun] = events(ics);
  assert.ok(feb && jun, 'two events, in date order');

  assert.equal(feb.get('UID'), '1a2b3c4d-0000-4000-8000-000000000001@samdrift.example.no');
  assert.equal(feb.get('DTSTART'), '20240214T071500Z');
  assert.equal(feb.get('DTEND'), '20240214T110000Z');
  assert.equal(feb.get('SUMMARY'), 'Samarbeidsrådet 2024/M1');
  assert.equal(feb.get('LOCATION'), 'Del (Storgata 33\\, 3.etg)');
  assert.equal(feb.get('STATUS'), 'CONFIRMED');
  assert.equal(feb.get('SEQUENCE'), '0');

  assert.equal(jun.get('UID'), '7d1c6a4e-2f7b-4f0e-9a51-3c2d1e0f9b88@samdrift.example.no');
  assert.equal(jun.get('DTSTART'), '20240612T061500Z');
  assert.equal(jun.get('DTEND'), '20240612T100000Z');
  assert.equal(jun.get('STATUS'), 'CANCELLED');
  assert.equal(jun.get('SEQUENCE'), '1');
  assert.equal(jun.get('LOCATION'), 'Rådhuset\\, Molde\\; møterom «Øst»');
  assert.match(jun.get('DESCRIPTION') ?? '', /avlyst/);
});

test('the plan is a pure function of its input', () => {
  assert.equal(plan(), plan());
  const [first] = events(plan());
  assert.equal(first?.get('DTSTAMP'), '20240101T000000Z');
  const stamped = meetingPlanIcs({
    cooperationName: 'ROR-IKT',
    bodyName: 'Samarbeidsrådet',
    year: 2024,
    meetings,
    uidDomain: 'samdrift.example.no',
    stamp: new Date('2024-01-20T10:00:00Z'),
  });
  assert.equal(events(stamped)[0]?.get('DTSTAMP'), '20240120T100000Z');
});

test('an impossible meeting or UID domain is refused', () => {
  const base = {
    cooperationName: 'ROR-IKT',
    bodyName: 'Samarbeidsrådet',
    year: 2024,
    uidDomain: 'samdrift.example.no',
  };
  assert.throws(() => meetingPlanIcs({ ...base, meetings: [{ ...meetings[1]!, endTime: '08:00' }] }), RangeError);
  assert.throws(() => meetingPlanIcs({ ...base, meetings: [{ ...meetings[1]!, date: '14.02.2024' }] }), RangeError);
  assert.throws(() => meetingPlanIcs({ ...base, uidDomain: 'bad domain', meetings }), RangeError);
});
