import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format';

describe('formatDateTime', () => {
  it('writes UK time on a 12-hour clock, as GOV.UK does', () => {
    expect(formatDateTime('2017-06-05T13:04:00Z')).toBe('5 June 2017 at 2:04pm'); // summer time
    expect(formatDateTime('2017-01-05T13:04:00Z')).toBe('5 January 2017 at 1:04pm');
  });

  it('calls the hour after midnight 12, never 0', () => {
    expect(formatDateTime('2026-11-26T00:05:00Z')).toBe('26 November 2026 at 12:05am');
    expect(formatDateTime('2026-11-26T12:30:00Z')).toBe('26 November 2026 at 12:30pm');
  });
});
