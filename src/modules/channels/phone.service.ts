// Phone statistics: importing the telephony system's CSV (the days it covers replace what was
// stored for them, so importing the same file twice changes nothing) and the figures per month.
import type { Actor } from '../../app/auth/roles.ts';
import { hasRole } from '../../app/auth/roles.ts';
import { AppError, forbidden } from '../../app/errors.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { auditChange } from '../audit/audit.service.ts';
import { type PhoneDay, phoneYear, readPhoneCsv } from './phone.ts';

const MAX_PROBLEMS = 50;

export async function importPhone(
  db: Db,
  actor: Actor,
  input: { fileName: string; text: string },
  now: Date,
  requestId?: string,
) {
  if (!hasRole(actor, 'admin', 'agent')) throw forbidden('Only the service desk imports phone statistics.');
  const read = readPhoneCsv(input.text);
  if (read.problems.length > 0) {
    throw new AppError(
      'validation_failed',
      `${input.fileName}: ${read.problems.length} line(s) could not be read; nothing was imported. First: line ${read.problems[0]?.line}: ${read.problems[0]?.message}.`,
      read.problems
        .slice(0, MAX_PROBLEMS)
        .map((p) => ({ path: `line ${p.line}`, message: p.message, code: 'invalid' })),
    );
  }
  if (read.days.length === 0) throw new AppError('validation_failed', `${input.fileName}: the file has no calls.`);
  return inTransaction(db, async (tx) => {
    const chunk = 1000;
    for (let i = 0; i < read.days.length; i += chunk) {
      await tx
        .insertInto('phone_day')
        .values(
          read.days.slice(i, i + chunk).map((d) => ({
            cooperation_id: actor.cooperationId,
            day: d.day,
            calls_received: d.callsReceived,
            calls_answered: d.callsAnswered,
            wait_seconds_total: d.waitSecondsTotal,
            talk_seconds_total: d.talkSecondsTotal,
            source: read.format,
            imported_at: now,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['cooperation_id', 'day']).doUpdateSet((eb) => ({
            calls_received: eb.ref('excluded.calls_received'),
            calls_answered: eb.ref('excluded.calls_answered'),
            wait_seconds_total: eb.ref('excluded.wait_seconds_total'),
            talk_seconds_total: eb.ref('excluded.talk_seconds_total'),
            source: eb.ref('excluded.source'),
            imported_at: eb.ref('excluded.imported_at'),
          })),
        )
        .execute();
    }
    const first = read.days[0]?.day ?? '';
    const last = read.days.at(-1)?.day ?? '';
    const calls = read.days.reduce((s, d) => s + d.callsReceived, 0);
    await auditChange(
      tx,
      actor,
      'update',
      'phone_day',
      actor.cooperationId,
      `Imported phone statistics ${first}–${last} from ${input.fileName}`,
      requestId,
      { format: read.format, days: read.days.length, calls },
    );
    return { format: read.format, days: read.days.length, calls, firstDay: first, lastDay: last };
  });
}

/** The days of a year, for the month table and the annual report. */
export async function phoneDays(db: Db, cooperationId: string, year: number): Promise<PhoneDay[]> {
  const rows = await db
    .selectFrom('phone_day')
    .select(['day', 'calls_received', 'calls_answered', 'wait_seconds_total', 'talk_seconds_total'])
    .where('cooperation_id', '=', cooperationId)
    .where('day', '>=', `${year}-01-01`)
    .where('day', '<=', `${year}-12-31`)
    .orderBy('day')
    .execute();
  return rows.map((r) => ({
    day: r.day,
    callsReceived: r.calls_received,
    callsAnswered: r.calls_answered,
    waitSecondsTotal: Number(r.wait_seconds_total),
    talkSecondsTotal: Number(r.talk_seconds_total),
  }));
}

export async function phoneStats(db: Db, actor: Actor, year: number) {
  if (!hasRole(actor, 'admin', 'agent', 'leader', 'council_member'))
    throw forbidden('Only the service desk, the leader and the council read the phone statistics.');
  const years = await db
    .selectFrom('phone_day')
    .select((eb) => eb.fn<string>('to_char', ['day', eb.val('YYYY')]).as('y'))
    .where('cooperation_id', '=', actor.cooperationId)
    .groupBy('y')
    .orderBy('y')
    .execute();
  return { ...phoneYear(year, await phoneDays(db, actor.cooperationId, year)), years: years.map((y) => Number(y.y)) };
}
