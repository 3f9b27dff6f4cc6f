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

/**
 * The key the per-address rule counts under: an IPv4 address as it is, an IPv6 address by its /64
 * (one household or machine commonly holds a whole /64, and could otherwise try again from each
 * of its addresses). An IPv4-mapped IPv6 address counts as its IPv4 address.
 */
export function addressKey(ip: string): string {
  const address = ip.trim().toLowerCase().replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped) return mapped[1] as string;
  if (!address.includes(':')) return address;
  const [head, tail = ''] = address.split('::', 2) as [string, string?];
  const front = head ? head.split(':') : [];
  const back = address.includes('::') && tail ? tail.split(':') : [];
  // An embedded IPv4 tail takes two groups; it never reaches the first four.
  const groups = address.includes('::')
    ? [...front, ...Array<string>(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back]
    : front;
  if (groups.length < 4 || groups.slice(0, 4).some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return address;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
