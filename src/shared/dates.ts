const osloDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day ('YYYY-MM-DD') an instant falls on in Norway. */
export function osloDate(instant: Date): string {
  return osloDay.format(instant);
}

const osloShort = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Oslo' });

/** An instant as Norwegians read it, in Norwegian time: '04.11.2024, 15:00'. */
export function osloDateTime(instant: Date): string {
  return osloShort.format(instant);
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is `s` a real calendar day in 'YYYY-MM-DD' form (2024-02-30 is not)? */
export function isCalendarDay(s: string): boolean {
  const m = DAY_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}
