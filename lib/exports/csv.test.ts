import { describe, expect, it } from 'vitest';
import { csvField, csvRow } from './csv';

describe('CSV fields', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvRow(['a,b', 'say "hi"', 'two\nlines', 3])).toBe('"a,b","say ""hi""","two\nlines",3\r\n');
  });

  it('keeps any text a spreadsheet would run as a formula from running, whichever column it is in', () => {
    for (const text of ['=HYPERLINK("http://evil.example","click")', '+1', '-CCTV not seized', '@SUM(A1)']) {
      expect(csvField(text).replace(/^"/, '').startsWith("'"), text).toBe(true);
    }
    expect(csvField('46/12345/17')).toBe('46/12345/17');
  });

  it('writes numbers as numbers, negative ones included', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(null)).toBe('');
  });
});
