import { describe, expect, it } from 'vitest';
import { safeCallbackUrl, safeReturnTo } from './users';

describe('where sign-in may send someone back to', () => {
  it('keeps paths on this service, with their query', () => {
    expect(safeReturnTo('/files/12?x=1')).toBe('/files/12?x=1');
    expect(safeReturnTo('/inspections/peel-2017/forces/kent')).toBe('/inspections/peel-2017/forces/kent');
  });

  it('never sends anyone to another site, however the address is dressed up', () => {
    for (const attack of [
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example/phish',
      '/\n/evil.example',
      '/\r/evil.example',
      'https://evil.example',
      'evil.example',
      '/%09/evil.example',
      ' /files/1',
      '/files/1#\u2028',
      '/..//evil.example/x',
      '/a/../..//evil.example/x',
      '/.//evil.example',
      '/%2e%2e//evil.example/x',
      '/%2E%2E/%2E%2E//evil.example',
      '/%2F%2Fevil.example',
      '/%5C%5Cevil.example',
      '/..\\/evil.example',
      '/%2e%2e/\\evil.example',
      'javascript:alert(1)',
      '/javascript:alert(1)//',
      'JaVaScRiPt:alert(1)',
      '\\\\evil.example',
    ]) {
      const target = safeReturnTo(attack);
      expect(new URL(target, 'http://here.example').origin, attack).toBe('http://here.example');
      expect(target.startsWith('//'), attack).toBe(false);
    }
  });

  it('returns the normalised path, never a form that becomes protocol-relative later', () => {
    expect(safeReturnTo('/..//evil.example/x')).toBe('/');
    expect(safeReturnTo('/%2e%2e//evil.example/x')).toBe('/');
    expect(safeReturnTo('/files/../your-files')).toBe('/your-files');
    expect(safeReturnTo('/files/12/./check')).toBe('/files/12/check');
  });

  it('does not return to the sign-in, sign-out or API addresses', () => {
    expect(safeReturnTo('/sign-out')).toBe('/');
    expect(safeReturnTo('/api/v1/inspections/x/findings')).toBe('/');
    expect(safeReturnTo(undefined)).toBe('/');
  });
});

describe('where next-auth may redirect (callbackUrl)', () => {
  const base = 'http://localhost:3000';
  it('keeps this service’s own paths, given whole or as a path', () => {
    expect(safeCallbackUrl(`${base}/files/12`, base)).toBe(`${base}/files/12`);
    expect(safeCallbackUrl('/your-files', base)).toBe(`${base}/your-files`);
  });

  it('drops line breaks and other sites, so nothing can be added to a header or a log line', () => {
    for (const forged of [
      `${base}/files/1\r\nSet-Cookie: x=1`,
      '/x\r\n{"level":"info","msg":"forged"}',
      '/x%0d%0aforged',
      'https://evil.example/',
      `${base}.evil.example/`,
      '//evil.example',
    ]) {
      const target = safeCallbackUrl(forged, base);
      expect(target, forged).toMatch(/^http:\/\/localhost:3000\/[^\r\n]*$/);
      expect(new URL(target).origin, forged).toBe(base);
      expect(target, forged).not.toMatch(/forged|evil|Set-Cookie/);
    }
  });
});
