/** Waits between delivery attempts, in minutes; after the last one the mail is marked failed. */
export const RETRY_MINUTES = [1, 5, 15, 60, 240] as const;

/**
 * When to try again after the given number of failed attempts (1 = the first attempt failed), or
 * null when the mail has had all its attempts.
 */
export function nextAttemptAt(failedAttempts: number, now: Date): Date | null {
  const wait = RETRY_MINUTES[failedAttempts - 1];
  return wait === undefined ? null : new Date(now.getTime() + wait * 60_000);
}
