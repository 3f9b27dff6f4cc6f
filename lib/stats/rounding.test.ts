import { describe, expect, it } from 'vitest';
import { wholePercentOf } from './rounding';

describe('whole percentages for reading', () => {
  it('round exact halves up, from the integers', () => {
    expect(wholePercentOf(23, 40)).toBe(58);
    expect(wholePercentOf(29, 200)).toBe(15);
    expect(wholePercentOf(54, 60)).toBe(90);
    expect(wholePercentOf(0, 7)).toBe(0);
    expect(wholePercentOf(7, 7)).toBe(100);
  });

  it('are always the nearest whole number to 100 × part / whole', () => {
    for (let whole = 1; whole <= 200; whole += 1) {
      for (let part = 0; part <= whole; part += 1) {
        const k = wholePercentOf(part, whole);
        // (k − ½)·whole ≤ 100·part < (k + ½)·whole, in integers.
        expect((2 * k - 1) * whole <= 200 * part && 200 * part < (2 * k + 1) * whole, `${part}/${whole}`).toBe(true);
      }
    }
  });
});
