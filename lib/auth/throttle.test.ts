import { describe, expect, it } from 'vitest';
import { ACCOUNT_RULE, addressKey, lockedUntil, minutesLeft } from './throttle';

const MIN = 60_000;
const t0 = Date.parse('2026-01-01T09:00:00Z');

describe('sign-in throttling', () => {
  it('does not lock after nine failures', () => {
    const failures = Array.from({ length: 9 }, (_, i) => t0 + i * 1000);
    expect(lockedUntil(failures, t0 + 10_000, ACCOUNT_RULE)).toBeNull();
  });

  it('locks for 15 minutes after the tenth failure within 5 minutes', () => {
    const failures = Array.from({ length: 10 }, (_, i) => t0 + i * 20_000); // 10 in 3 minutes
    const last = t0 + 9 * 20_000;
    expect(lockedUntil(failures, last + 1000, ACCOUNT_RULE)).toBe(last + 15 * MIN);
    expect(lockedUntil(failures, last + 15 * MIN - 1, ACCOUNT_RULE)).toBe(last + 15 * MIN);
    expect(lockedUntil(failures, last + 15 * MIN, ACCOUNT_RULE)).toBeNull();
  });

  it('does not lock when ten failures are spread over more than 5 minutes', () => {
    const failures = Array.from({ length: 10 }, (_, i) => t0 + i * 40_000); // 6 minutes
    expect(lockedUntil(failures, t0 + 7 * MIN, ACCOUNT_RULE)).toBeNull();
  });

  it('ignores the order the failures come in and failures after now', () => {
    const failures = Array.from({ length: 10 }, (_, i) => t0 + (9 - i) * 1000);
    expect(lockedUntil(failures, t0 + 20_000, ACCOUNT_RULE)).toBe(t0 + 9000 + 15 * MIN);
    expect(lockedUntil([...failures.slice(1), t0 + 60 * MIN], t0 + 20_000, ACCOUNT_RULE)).toBeNull();
  });

  it('rounds the minutes left up, never showing zero', () => {
    expect(minutesLeft(t0 + 15 * MIN, t0)).toBe(15);
    expect(minutesLeft(t0 + 14 * MIN + 1, t0)).toBe(15);
    expect(minutesLeft(t0 + 1, t0)).toBe(1);
  });
});

describe('the key an address is counted under', () => {
  it('is an IPv4 address itself, and an IPv6 address’s /64 however it is written', () => {
    expect(addressKey('198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('2001:db8:aa:bb::1')).toBe('2001:db8:aa:bb::/64');
    expect(addressKey('2001:0DB8:00aa:00bb:1234:5678:9abc:def0')).toBe('2001:db8:aa:bb::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('unknown')).toBe('unknown');
  });
});
