// Phone statistics from the telephony system: a call log (one row per call) or a daily summary,
// read from CSV into days, and days summed into months. Pure.
//
// Definitions (as in the annual report): calls received are every call that reached the queue;
// answer rate = answered / received; mean wait and mean talk time are over answered calls.
import { parse } from 'csv-parse/sync';
import { isCalendarDay, osloDate } from '../../shared/dates.ts';
import { parseTimestamp } from '../servicedesk/import/dates.ts';

export interface PhoneDay {
  day: string;
  callsReceived: number;
  callsAnswered: number;
  waitSecondsTotal: number;
  talkSecondsTotal: number;
}

export interface PhoneProblem {
  line: number;
  message: string;
}

const ALIASES: Record<string, string[]> = {
  time: ['tidspunkt', 'starttid', 'start', 'time', 'timestamp', 'call start', 'anropstid'],
  date: ['dato', 'date', 'dag', 'day'],
  answered: ['besvart', 'answered', 'status', 'besvarte', 'answered calls'],
  calls: ['anrop', 'calls', 'mottatte anrop', 'antall anrop', 'calls received', 'innkommende'],
  wait: ['ventetid', 'wait', 'wait time', 'queue time', 'køtid'],
  talk: ['samtaletid', 'talk', 'talk time', 'varighet', 'duration'],
  meanWait: ['snitt ventetid', 'gjennomsnittlig ventetid', 'mean wait', 'avg wait', 'average wait'],
  meanTalk: ['snitt samtaletid', 'gjennomsnittlig samtaletid', 'mean talk', 'avg talk', 'average talk'],
};

const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s*\((s|sek|sekunder|seconds)\)$/, '')
    .replace(/\s+/g, ' ');

function columnsOf(header: string[]) {
  const found: Partial<Record<keyof typeof ALIASES, number>> = {};
  header.forEach((h, i) => {
    const n = norm(h);
    for (const [key, names] of Object.entries(ALIASES)) {
      if (names.includes(n) && found[key as keyof typeof ALIASES] === undefined) found[key as keyof typeof ALIASES] = i;
    }
  });
  return found;
}

/** "31", "31,5", "0:31", "4:30", "1:02:03" → seconds; null when not a duration. */
export function parseSeconds(v: string): number | null {
  const s = v.trim();
  if (/^\d+([.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(s);
  if (m) return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  return null;
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'besvart', 'answered']);
const NO = new Set(['nei', 'n', 'no', 'false', '0', 'tapt', 'ubesvart', 'missed', 'abandoned', 'lost', 'avbrutt']);

function dayOf(value: string): string | null {
  const s = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return null;
}

/**
 * Read a call log or a daily summary (detected by its columns: a summary counts calls per date).
 * Returns the days and every problem with its line number; a file with problems imports nothing.
 */
export function readPhoneCsv(text: string): {
  format: 'calls' | 'summary';
  days: PhoneDay[];
  problems: PhoneProblem[];
} {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const delimiter = [';', ',', '\t'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0];
  const rows: string[][] = parse(text.replace(/^\uFEFF/, ''), {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  });
  const problems: PhoneProblem[] = [];
  const header = rows[0] ?? [];
  const col = columnsOf(header);
  const summary = col.calls !== undefined && col.date !== undefined;
  const days = new Map<string, PhoneDay>();
  const dayRow = (day: string) => {
    let d = days.get(day);
    if (!d) {
      d = { day, callsReceived: 0, callsAnswered: 0, waitSecondsTotal: 0, talkSecondsTotal: 0 };
      days.set(day, d);
    }
    return d;
  };
  if (!summary && (col.time === undefined || col.answered === undefined)) {
    return {
      format: 'calls',
      days: [],
      problems: [
        {
          line: 1,
          message:
            'Unknown columns. A call log needs "tidspunkt" and "besvart" (and "ventetid", "samtaletid"); a daily summary needs "dato", "anrop", "besvart", "snitt ventetid", "snitt samtaletid".',
        },
      ],
    };
  }
  for (const [i, r] of rows.slice(1).entries()) {
    const line = i + 2;
    const cell = (k: keyof typeof ALIASES) => (col[k] === undefined ? '' : (r[col[k]!] ?? ''));
    const seconds = (k: keyof typeof ALIASES, required: boolean) => {
      const v = cell(k);
      if (!v) {
        if (required) problems.push({ line, message: `${k}: missing` });
        return 0;
      }
      const s = parseSeconds(v);
      if (s === null || s < 0) {
        problems.push({ line, message: `${k}: "${v}" is not a duration (seconds or m:ss)` });
        return 0;
      }
      return s;
    };
    if (summary) {
      const day = dayOf(cell('date'));
      if (!day || !isCalendarDay(day)) {
        problems.push({ line, message: `date: "${cell('date')}" is not a date` });
        continue;
      }
      const calls = Number(cell('calls'));
      const answered = Number(cell('answered'));
      if (!Number.isInteger(calls) || calls < 0) {
        problems.push({ line, message: `calls: "${cell('calls')}" is not a count` });
        continue;
      }
      if (!Number.isInteger(answered) || answered < 0 || answered > calls) {
        problems.push({ line, message: `answered: "${cell('answered')}" must be a count no larger than calls` });
        continue;
      }
      const d = dayRow(day);
      if (d.callsReceived > 0) {
        problems.push({ line, message: `date: ${day} appears twice` });
        continue;
      }
      d.callsReceived = calls;
      d.callsAnswered = answered;
      d.waitSecondsTotal = Math.round(seconds('meanWait', answered > 0) * answered);
      d.talkSecondsTotal = Math.round(seconds('meanTalk', answered > 0) * answered);
      continue;
    }
    const t = parseTimestamp(cell('time'), 'Europe/Oslo');
    if (!t.ok) {
      problems.push({ line, message: `time: "${cell('time')}" is not a date and time` });
      continue;
    }
    const a = cell('answered').toLowerCase();
    const answered = YES.has(a) ? true : NO.has(a) ? false : null;
    if (answered === null) {
      problems.push({ line, message: `answered: "${cell('answered')}" is neither yes nor no` });
      continue;
    }
    const d = dayRow(osloDate(new Date(t.ms)));
    d.callsReceived++;
    if (answered) {
      d.callsAnswered++;
      d.waitSecondsTotal += Math.round(seconds('wait', false));
      d.talkSecondsTotal += Math.round(seconds('talk', false));
    }
  }
  return {
    format: summary ? 'summary' : 'calls',
    days: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
    problems,
  };
}

export interface PhoneMonth {
  month: string;
  callsReceived: number;
  callsAnswered: number;
  /** answered / received, exact; rounded only when shown */
  answerRate: number | null;
  meanWaitSeconds: number | null;
  meanTalkSeconds: number | null;
}

function figures(key: string, days: PhoneDay[]): PhoneMonth {
  const received = days.reduce((s, d) => s + d.callsReceived, 0);
  const answered = days.reduce((s, d) => s + d.callsAnswered, 0);
  const wait = days.reduce((s, d) => s + d.waitSecondsTotal, 0);
  const talk = days.reduce((s, d) => s + d.talkSecondsTotal, 0);
  return {
    month: key,
    callsReceived: received,
    callsAnswered: answered,
    answerRate: received ? answered / received : null,
    meanWaitSeconds: answered ? wait / answered : null,
    meanTalkSeconds: answered ? talk / answered : null,
  };
}

/** The twelve months of a year (months without calls show zero) and the year's own figures. */
export function phoneYear(year: number, days: PhoneDay[]) {
  const months = Array.from({ length: 12 }, (_, i) => {
    const key = `${year}-${String(i + 1).padStart(2, '0')}`;
    return figures(
      key,
      days.filter((d) => d.day.startsWith(key)),
    );
  });
  const total = figures(
    String(year),
    days.filter((d) => d.day.startsWith(`${year}-`)),
  );
  return { year, months, total };
}
