import { describe, expect, it } from 'vitest';
import { errorDigest, withoutQuery } from './request-errors';

describe('request errors', () => {
  it('logs a path without its query string or fragment', () => {
    expect(withoutQuery('/admin/audit?actor=jo%40example.org')).toBe('/admin/audit');
    expect(withoutQuery('/files/12#answers')).toBe('/files/12');
    expect(withoutQuery('/files/12')).toBe('/files/12');
  });

  it('reads the digest Next.js gives an error, if any', () => {
    expect(errorDigest(Object.assign(new Error('x'), { digest: '2416506718' }))).toBe('2416506718');
    expect(errorDigest(new Error('x'))).toBeUndefined();
    expect(errorDigest('a string')).toBeUndefined();
    expect(errorDigest({ digest: 42 })).toBeUndefined();
  });
});
