import { describe, expect, it } from 'vitest';
import { Prng } from './prng';

describe('the seeded generator (xoshiro128**)', () => {
  it('matches the reference implementation from a known state', () => {
    // State (1, 2, 3, 4): the first outputs worked by hand from xoshiro128starstar.c.
    const small = Prng.fromState([1, 2, 3, 4]);
    expect([small.nextUint32(), small.nextUint32()]).toEqual([11520, 0]);
    // Outputs the C reference gives from this state (as published with other ports of it).
    const reference = Prng.fromState([0x964d4a0c, 0xd40ab895, 0xad7fdecb, 0x3006f0f0]);
    expect(Array.from({ length: 4 }, () => reference.nextUint32())).toEqual([0xf1391922, 0x6fe53806, 0xa5be2840, 0xf510ee70]);
  });

  it('gives the same sequence for the same seed, and a different one for another seed', () => {
    const run = (seed: string) => {
      const prng = new Prng(seed);
      return Array.from({ length: 5 }, () => prng.nextUint32());
    };
    expect(run('peel-2017')).toEqual(run('peel-2017'));
    expect(run('peel-2017')).not.toEqual(run('peel-2018'));
    // Pinned: SHA-256 seeding must not change, or every recorded draw would stop reproducing.
    expect(run('peel-2017')).toEqual([3956275311, 702430568, 949032121, 2370076632, 898728706]);
  });

  it('picks below a bound without bias and refuses a bound it cannot meet', () => {
    const prng = new Prng('bounds');
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i += 1) {
      const k = prng.nextBelow(3);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    for (const c of counts) expect(c).toBeGreaterThan(800);
    expect(() => prng.nextBelow(0)).toThrow(RangeError);
    expect(() => prng.nextBelow(1.5)).toThrow(RangeError);
  });

  it('shuffles into a permutation of the same items', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = new Prng('shuffle').shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });
});
