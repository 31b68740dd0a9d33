// A body's yearly meeting plan as an iCalendar file (RFC 5545) that members subscribe to or import.
//
// NOTE: times are written as UTC instants (DTSTART:20240214T071500Z), computed from the Europe/Oslo
// wall time of the meeting, not as TZID=Europe/Oslo local times: a TZID needs a VTIMEZONE block, which
// ical-generator only writes through a timezone generator package we do not have, and with a TZID
// ical-generator formats a native Date with the *process's* local getters. Every calendar client shows
// UTC instants in the reader's own zone, so nothing is lost.

import ical, { ICalEventStatus } from 'ical-generator';
import { formatInZone, parseCivil, zoneFor } from '../../servicedesk/sla/zone.ts';
import type { PlannedMeeting } from './model.ts';

const OSLO = zoneFor('Europe/Oslo');
const CLOCK_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant (epoch milliseconds) of a Norwegian wall time: `date` 'YYYY-MM-DD' at `time` 'HH:MM' in
 * Europe/Oslo, DST-correct (2024-02-14 08:15 is 07:15Z, 2024-06-12 08:15 is 06:15Z).
 * NOTE: shared by the governance documents; it belongs in src/shared/dates.ts beside osloDate().
 */
export function osloInstant(date: string, time: string): number {
  const day = parseCivil(date);
  if (!day) throw new RangeError(`"${date}" is not a calendar day (YYYY-MM-DD).`);
  const clock = CLOCK_RE.exec(time);
  if (!clock) throw new RangeError(`"${time}" is not a time of day (HH:MM).`);
  return OSLO.localToInstant(day.year, day.month, day.day, Number(clock[1]) * 60 + Number(clock[2]));
}

/** ISO 8601 with the Oslo offset of that moment: "2024-11-14T08:15:00+01:00". */
export function osloIso(date: string, time: string): string {
  return formatInZone(osloInstant(date, time), OSLO);
}

export interface MeetingPlanOptions {
  cooperationName: string;
  bodyName: string;
  year: number;
  meetings: PlannedMeeting[];
  /** the domain part of every UID ("samdrift.ror-ikt.no"): UIDs must stay the same across exports */
  uidDomain: string;
  /**
   * DTSTAMP of every event: when the plan was exported or last changed. Defaults to 1 January of
   * `year` (00:00Z) so that the file is a pure function of its input.
   */
  stamp?: Date;
}

/** "Møteplan 2025 – Samarbeidsrådet (ROR-IKT)": the name calendar apps show for a subscription. */
function calendarName(o: MeetingPlanOptions): string {
  return `Møteplan ${o.year} – ${o.bodyName} (${o.cooperationName})`;
}

/**
 * The meeting plan as an iCalendar file: one VEVENT per meeting, in date order, with the stable UID
 * `<meeting id>@<uidDomain>` (so a re-import updates instead of duplicating), summary
 * "<bodyName> <meetingNumber>", location the place, and start and end as UTC instants of the Oslo wall
 * times. A cancelled meeting stays in the file with STATUS:CANCELLED and SEQUENCE:1, so clients that
 * already have it mark it cancelled rather than keep it.
 */
export function meetingPlanIcs(opts: MeetingPlanOptions): string {
  if (!/^[A-Za-z0-9.-]+$/.test(opts.uidDomain))
    throw new RangeError(`"${opts.uidDomain}" is not a domain name for calendar UIDs.`);
  const stamp = opts.stamp ?? new Date(Date.UTC(opts.year, 0, 1));
  const cal = ical({ prodId: { company: 'Samdrift', product: 'Moteplan', language: 'NB' }, name: calendarName(opts) });

  const meetings = [...opts.meetings].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.startTime.localeCompare(b.startTime) ||
      a.meetingNumber.localeCompare(b.meetingNumber) ||
      a.id.localeCompare(b.id),
  );
  for (const m of meetings) {
    const start = osloInstant(m.date, m.startTime);
    const end = osloInstant(m.date, m.endTime);
    if (end <= start)
      throw new RangeError(`Meeting ${m.meetingNumber} ends (${m.endTime}) before it starts (${m.startTime}).`);
    const about = `${opts.bodyName} for ${opts.cooperationName}, møte ${m.meetingNumber}.`;
    cal.createEvent({
      id: `${m.id}@${opts.uidDomain}`,
      start: new Date(start),
      end: new Date(end),
      stamp,
      summary: `${opts.bodyName} ${m.meetingNumber}`,
      location: m.place.trim() === '' ? null : m.place,
      description: m.cancelled ? `${about} Møtet er avlyst.` : about,
      status: m.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      sequence: m.cancelled ? 1 : 0,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off
  return `${cal.toString()}\r\n`;
}
