import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MS, loginThrottle, RateLimiter } from './throttle.ts';

const at = (ms: number) => new Date(ms);
const NOW = 1_800_000_000_000;

describe('loginThrottle', () => {
  it('allows sign-in below the failure limit', () => {
    const failures = Array.from({ length: LOGIN_MAX_FAILURES - 1 }, (_, i) => at(NOW - i * 1000));
    assert.deepEqual(loginThrottle(failures, at(NOW)), { allowed: true, retryAfterSeconds: 0 });
  });

  it('locks at the limit until the oldest counted failure leaves the window', () => {
    const failures = Array.from({ length: LOGIN_MAX_FAILURES }, (_, i) => at(NOW - i * 60_000));
    const d = loginThrottle(failures, at(NOW));
    assert.equal(d.allowed, false);
    // The 5th most recent failure was 4 minutes ago: 11 minutes remain of the 15-minute window.
    assert.equal(d.retryAfterSeconds, 11 * 60);
    assert.equal(loginThrottle(failures, at(NOW + 11 * 60_000)).allowed, true);
  });

  it('ignores failures older than the window and in the future', () => {
    const old = Array.from({ length: 10 }, () => at(NOW - LOGIN_WINDOW_MS - 1));
    const future = Array.from({ length: 10 }, () => at(NOW + 1000));
    assert.equal(loginThrottle([...old, ...future], at(NOW)).allowed, true);
  });

  it('property: more failures never unlock, and a lock always ends within the window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: LOGIN_WINDOW_MS * 2 }), { maxLength: 30 }),
        fc.integer({ min: 0, max: LOGIN_WINDOW_MS }),
        (ago, extra) => {
          const failures = ago.map((a) => at(NOW - a));
          const d = loginThrottle(failures, at(NOW));
          const more = loginThrottle([...failures, at(NOW - extra)], at(NOW));
          if (!d.allowed) assert.equal(more.allowed, false);
          if (!d.allowed) {
            assert.ok(d.retryAfterSeconds >= 1 && d.retryAfterSeconds <= LOGIN_WINDOW_MS / 1000);
            assert.equal(loginThrottle(failures, at(NOW + d.retryAfterSeconds * 1000)).allowed, true);
          }
        },
      ),
    );
  });
});

describe('RateLimiter', () => {
  it('counts per key and resets with the window', () => {
    const rl = new RateLimiter(2, 1000);
    assert.equal(rl.hit('a', 0), 0);
    assert.equal(rl.hit('a', 10), 0);
    assert.equal(rl.hit('a', 500), 1);
    assert.equal(rl.hit('b', 500), 0);
    assert.equal(rl.hit('a', 1000), 0);
  });
});
