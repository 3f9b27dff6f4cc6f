/** Sign-in throttling rules: pure, so they can be tested without a clock or a database. */

export interface ThrottleRule {
  /** Failures that trigger a lock… */
  limit: number;
  /** …when they fall within this many milliseconds… */
  windowMs: number;
  /** …lock for this long after the failure that reached the limit. */
  lockMs: number;
}

const MINUTE = 60_000;

/** After 10 failures in 5 minutes an account is refused for 15 minutes. */
export const ACCOUNT_RULE: ThrottleRule = { limit: 10, windowMs: 5 * MINUTE, lockMs: 15 * MINUTE };

/** A network address that fails often (many accounts, say) is refused too. */
export const ADDRESS_RULE: ThrottleRule = { limit: 50, windowMs: 5 * MINUTE, lockMs: 15 * MINUTE };

/** How far back failures matter for a rule. */
export function lookback(rule: ThrottleRule): number {
  return rule.windowMs + rule.lockMs;
}

/**
 * When the lock ends, if `failures` (times in ms, any order) put the key under a lock at `now`;
 * otherwise null.
 */
export function lockedUntil(failures: readonly number[], now: number, rule: ThrottleRule): number | null {
  const times = [...failures].filter((t) => t <= now).sort((a, b) => a - b);
  let until: number | null = null;
  for (let i = rule.limit - 1; i < times.length; i += 1) {
    const last = times[i] as number;
    const first = times[i - rule.limit + 1] as number;
    if (last - first <= rule.windowMs) {
      const end = last + rule.lockMs;
      if (end > now && (until === null || end > until)) until = end;
    }
  }
  return until;
}

/** Whole minutes left on a lock, rounded up, for the message ("try again in 15 minutes"). */
export function minutesLeft(until: number, now: number): number {
  return Math.max(1, Math.ceil((until - now) / MINUTE));
}
