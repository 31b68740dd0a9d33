// Demo data for the channels: phone statistics per working day from 2021 (the annual report's
// figures for 2021: 8,294 calls, 95 % answered, 31 s mean wait, 4.5 min mean talk time) to today,
// and alert rules that mail the system owners about critical and high incidents and new
// operational messages.
import type { Insertable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { PhoneDayTable } from '../modules/channels/tables.ts';
import { largestRemainder } from '../modules/economy/allocation.ts';
import { rat } from '../modules/economy/rational.ts';

/** Calls, answered share (‰), mean wait (s) and mean talk (s) a year; 2021 from the annual report. */
const YEARS: Record<number, { calls: number; answeredPermille: number; wait: number; talk: number }> = {
  2021: { calls: 8294, answeredPermille: 950, wait: 31, talk: 270 },
  2022: { calls: 7912, answeredPermille: 944, wait: 34, talk: 282 },
  2023: { calls: 7530, answeredPermille: 957, wait: 29, talk: 264 },
  2024: { calls: 7204, answeredPermille: 961, wait: 27, talk: 258 },
  2025: { calls: 6980, answeredPermille: 958, wait: 28, talk: 255 },
};

function workingDays(year: number, until: string) {
  const days: string[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
    const iso = d.toISOString().slice(0, 10);
    if (iso > until) break;
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) days.push(iso);
  }
  return days;
}

/** Monday-heavy weeks: Monday 1.4, Tuesday 1.1, … Friday 0.8 of an average day. */
const WEEKDAY_WEIGHT = [0, 14, 11, 10, 9, 8, 0];

export async function seedChannelsDemo(db: Db, cooperationId: string, now: Date) {
  const today = now.toISOString().slice(0, 10);
  const rows: Insertable<PhoneDayTable>[] = [];
  for (let year = 2021; year <= now.getUTCFullYear(); year++) {
    const base = YEARS[year] ?? (YEARS[2025] as (typeof YEARS)[number]);
    const yearDays = workingDays(year, `${year}-12-31`);
    const days = workingDays(year, today);
    if (days.length === 0) continue;
    // the year's figures spread over its working days; a year under way gets the days so far
    const weights = yearDays.map((d) => rat(BigInt(WEEKDAY_WEIGHT[new Date(`${d}T12:00:00Z`).getUTCDay()] ?? 0)));
    const calls = largestRemainder(base.calls, weights);
    const answeredTotal = Math.round((base.calls * base.answeredPermille) / 1000);
    const answered = largestRemainder(
      answeredTotal,
      calls.map((c) => rat(BigInt(c))),
    );
    const wait = largestRemainder(
      answeredTotal * base.wait,
      answered.map((a) => rat(BigInt(a))),
    );
    const talk = largestRemainder(
      answeredTotal * base.talk,
      answered.map((a) => rat(BigInt(a))),
    );
    days.forEach((day, i) => {
      rows.push({
        cooperation_id: cooperationId,
        day,
        calls_received: calls[i] ?? 0,
        calls_answered: answered[i] ?? 0,
        wait_seconds_total: wait[i] ?? 0,
        talk_seconds_total: talk[i] ?? 0,
        source: 'summary',
        imported_at: now,
      });
    });
  }
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('phone_day')
      .values(rows.slice(i, i + 1000))
      .execute();
  for (const rule of [
    { name: 'Kritiske og høye hendelser', event: 'incident_opened' as const },
    { name: 'Nye driftsmeldinger', event: 'message_published' as const },
  ]) {
    await db
      .insertInto('notify_rule')
      .values({
        id: crypto.randomUUID(),
        cooperation_id: cooperationId,
        name: rule.name,
        event: rule.event,
        priorities: ['critical', 'high'],
        email: true,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
}
