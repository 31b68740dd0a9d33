// Norwegian public holidays (helligdager) from date-holidays, reduced to the twelve statutory days:
// 1 Jan, Maundy Thursday, Good Friday, Easter Sunday and Monday, 1 May, 17 May, Ascension Day, Whit
// Sunday and Monday, 25 and 26 Dec. The library also returns observances (Fastelavn, Farsdag …) and
// bank days (Christmas Eve, New Year's Eve from 14:00); those are not closed days here — add them to a
// calendar's closedDays when the desk closes.
//
// date-holidays carries every country's rules: importing it costs ~100–250 ms, and each year ~10–20 ms.
// It is therefore loaded lazily (its CommonJS build, synchronously) the first time a calendar with
// publicHolidays 'NO' builds a year, so that merely importing the SLA module (e.g. by the CLI) is cheap.
import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';

let norway: Holidays | undefined;
const byYear = new Map<number, ReadonlySet<string>>();

/** Dates 'YYYY-MM-DD' of Norway's public holidays in `year` (cached per year). */
export function norwegianPublicHolidays(year: number): ReadonlySet<string> {
  let set = byYear.get(year);
  if (!set) {
    if (!norway) {
      const HolidaysClass = createRequire(import.meta.url)('date-holidays') as typeof Holidays;
      norway = new HolidaysClass('NO');
    }
    set = new Set(
      norway
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    byYear.set(year, set);
  }
  return set;
}
