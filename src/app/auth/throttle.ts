/** Sign-in lockout policy: after MAX_FAILURES failures within WINDOW, wait until the window clears. */
export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export interface ThrottleDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Decide whether another sign-in attempt may be tried, from the times of recent failures for
 * the same identifier. Pure: the caller supplies the failures and the clock.
 */
export function loginThrottle(failures: Date[], now: Date): ThrottleDecision {
  const windowStart = now.getTime() - LOGIN_WINDOW_MS;
  const recent = failures
    .map((d) => d.getTime())
    .filter((t) => t > windowStart && t <= now.getTime())
    .sort((a, b) => b - a);
  if (recent.length < LOGIN_MAX_FAILURES) return { allowed: true, retryAfterSeconds: 0 };
  // Locked until the MAX_FAILURES-th most recent failure falls out of the window.
  const pivot = recent[LOGIN_MAX_FAILURES - 1] as number;
  const retryAfterMs = pivot + LOGIN_WINDOW_MS - now.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
}

/**
 * A fixed-window counter per key (client address) held in memory: a cheap first line against
 * password spraying across many accounts, before the per-account lockout.
 */
export class RateLimiter {
  private readonly hits = new Map<string, { windowStart: number; count: number }>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Count one hit; returns seconds to wait when over the limit, else 0. */
  hit(key: string, nowMs: number): number {
    const entry = this.hits.get(key);
    if (!entry || nowMs - entry.windowStart >= this.windowMs) {
      if (this.hits.size > 10_000) this.prune(nowMs);
      this.hits.set(key, { windowStart: nowMs, count: 1 });
      return 0;
    }
    entry.count++;
    if (entry.count <= this.limit) return 0;
    return Math.ceil((entry.windowStart + this.windowMs - nowMs) / 1000);
  }

  private prune(nowMs: number) {
    for (const [k, v] of this.hits) if (nowMs - v.windowStart >= this.windowMs) this.hits.delete(k);
  }
}
