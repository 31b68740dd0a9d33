// `samdrift sla …`: what-if SLA calculations on DEFAULT_POLICY (the database-backed policy comes later).
//   sla due --priority high --opened 2024-11-14T08:00:00+01:00 [--pause <from>/<to> …] [--json]
//   sla business-minutes --from <instant> --to <instant> [--json]
// Instants are ISO 8601 with Z or an offset; without an offset they are Oslo wall time. Bad input
// throws an AppError (an Error with one sentence), which the CLI prints as `samdrift: <message>`.

import { type Command, Option } from 'commander';
import { bad } from '../../../app/cli-output.ts';
import { calendarFor, DEFAULT_BUSINESS_CALENDAR, SUPPORTED_FROM, SUPPORTED_TO } from './calendar.ts';
import { DEFAULT_POLICY, dueTimes, type Pause, PRIORITIES, type Priority } from './sla.ts';
import { daysInMonth, formatInZone, zoneFor } from './zone.ts';

const OSLO = 'Europe/Oslo';

/** ISO 8601 with the Oslo offset, e.g. 2024-11-14T09:15:00+01:00. */
export function formatOslo(ms: number): string {
  return formatInZone(ms, zoneFor(OSLO));
}

/** Norwegian display format in Oslo time, e.g. 14.11.2024 09:15. */
export function formatOsloShort(ms: number): string {
  const p = zoneFor(OSLO).parts(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(p.day)}.${two(p.month)}.${p.year} ${two(p.hour)}:${two(p.minute)}`;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses an ISO 8601 instant ('2024-11-14T09:15:00+01:00', '…Z'); without an offset the time is Oslo
 * wall time. `what` names the option in the error message.
 */
export function parseInstant(text: string, what: string): number {
  const m = INSTANT.exec(text.trim());
  const malformed = () => bad(`${what} must be an ISO 8601 instant such as 2024-11-14T09:15:00+01:00 (got "${text}").`);
  if (!m) throw malformed();
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = Number(m[6] ?? 0);
  const millis = Number((m[7] ?? '').padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
    throw malformed();
  let t: number;
  const offset = m[8];
  if (offset === undefined) {
    t = zoneFor(OSLO).localToInstant(year, month, day, hour * 60 + minute) + second * 1000 + millis;
  } else {
    let offsetMs = 0;
    if (offset.toUpperCase() !== 'Z') {
      const digits = offset.replace(':', '');
      const oh = Number(digits.slice(1, 3));
      const om = Number(digits.slice(3, 5));
      if (oh > 23 || om > 59) throw malformed();
      offsetMs = (offset[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
    }
    t = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMs;
  }
  if (!(t >= SUPPORTED_FROM && t < SUPPORTED_TO)) throw bad(`${what} must lie between 1970 and 2199 (got "${text}").`);
  return t;
}

/** Parses '<from>/<to>' into a pause; `to` must not be before `from`. */
export function parsePause(text: string): Pause {
  const parts = text.split('/');
  if (parts.length !== 2)
    throw bad(`--pause must be two instants joined by "/", such as 2024-11-14T10:00+01:00/2024-11-14T12:00+01:00.`);
  const from = parseInstant(parts[0]!, '--pause start');
  const to = parseInstant(parts[1]!, '--pause end');
  if (to < from) throw bad(`--pause ends before it starts (${parts[0]} / ${parts[1]}).`);
  return { from, to };
}

function parsePriority(text: string | undefined): Priority {
  if (text === undefined) throw bad('--priority is required (critical, high, medium or low).');
  const p = text.trim().toLowerCase();
  if (!(PRIORITIES as readonly string[]).includes(p))
    throw bad(`--priority must be one of critical, high, medium or low (got "${text}").`);
  return p as Priority;
}

function required(value: string | undefined, name: string): string {
  if (value === undefined) throw bad(`${name} is required (an ISO 8601 instant such as 2024-11-14T09:15:00+01:00).`);
  return value;
}

const nbNumber = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });

function print(json: boolean, data: unknown, line: () => string) {
  console.log(json ? JSON.stringify(data, null, 2) : line());
}

/** Adds `sla due` and `sla business-minutes` to the program. */
export function registerSlaCommands(program: Command): void {
  const sla = program.command('sla').description('SLA what-if calculations (default ROR-IKT policy, Oslo time)');

  sla
    .command('due')
    .description('response and resolution due instants for a ticket')
    .option('--priority <priority>', 'critical, high, medium or low (required)')
    .option('--opened <instant>', 'when the ticket was opened, ISO 8601 (no offset = Oslo time) (required)')
    .addOption(
      new Option('--pause <from/to>', 'a pause of the clock, two instants joined by "/" (repeatable)')
        .argParser((value: string, previous: string[]) => [...previous, value])
        .default([], 'none'),
    )
    .option('--json', 'print JSON')
    .action((opts: { priority?: string; opened?: string; pause: string[]; json?: boolean }) => {
      const priority = parsePriority(opts.priority);
      const opened = parseInstant(required(opts.opened, '--opened'), '--opened');
      const pauses = opts.pause.map(parsePause);
      const due = dueTimes(DEFAULT_POLICY, priority, opened, pauses);
      print(
        !!opts.json,
        {
          responseDue: due.responseDue === null ? null : formatOslo(due.responseDue),
          resolutionDue: formatOslo(due.resolutionDue),
        },
        () =>
          `Svarfrist: ${due.responseDue === null ? 'ingen' : formatOsloShort(due.responseDue)} · Løsningsfrist: ${formatOsloShort(due.resolutionDue)}`,
      );
    });

  sla
    .command('business-minutes')
    .description('business minutes between two instants on the default business calendar (08:00–15:30)')
    .option('--from <instant>', 'start, ISO 8601 (no offset = Oslo time) (required)')
    .option('--to <instant>', 'end, ISO 8601 (no offset = Oslo time) (required)')
    .option('--json', 'print JSON')
    .action((opts: { from?: string; to?: string; json?: boolean }) => {
      const from = parseInstant(required(opts.from, '--from'), '--from');
      const to = parseInstant(required(opts.to, '--to'), '--to');
      if (to < from) throw bad(`--to must not be before --from (${opts.from} → ${opts.to}).`);
      const minutes = calendarFor(DEFAULT_BUSINESS_CALENDAR).businessMinutes(from, to);
      const h = Math.floor(minutes / 60);
      print(
        !!opts.json,
        { minutes },
        () => `Arbeidstid: ${nbNumber.format(minutes)} minutter (${h} t ${nbNumber.format(minutes - h * 60)} min)`,
      );
    });
}
