import crypto from 'node:crypto';

/**
 * A seeded pseudo-random generator that gives the same sequence on every machine:
 * xoshiro128** (Blackman and Vigna, 2018, https://prng.di.unimi.it/xoshiro128starstar.c) on 32-bit
 * unsigned integers, its 128-bit state taken from the first 16 bytes of SHA-256(seed as UTF-8),
 * read as four little-endian words. Only integer arithmetic is used (Math.imul and shifts), so no
 * floating-point rounding can differ between machines. prng.test.ts checks it against the
 * reference implementation's published outputs.
 *
 * Not for secrets: it is predictable by design, so that anyone with the seed can repeat a draw.
 */
export class Prng {
  private s: Uint32Array;

  constructor(seed: string) {
    const digest = crypto.createHash('sha256').update(seed, 'utf8').digest();
    this.s = new Uint32Array([digest.readUInt32LE(0), digest.readUInt32LE(4), digest.readUInt32LE(8), digest.readUInt32LE(12)]);
    // An all-zero state would only ever yield zeros.
    if (this.s.every((w) => w === 0)) this.s[0] = 1;
  }

  /** A generator started from a given 128-bit state, to check against reference test vectors. */
  static fromState(words: readonly [number, number, number, number]): Prng {
    const prng = new Prng('');
    prng.s = new Uint32Array(words);
    return prng;
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const s = this.s;
    const s0 = s[0] as number;
    const s1 = s[1] as number;
    const s2 = s[2] as number;
    const s3 = s[3] as number;
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    const n2 = (s2 ^ s0) >>> 0;
    const n3 = (s3 ^ s1) >>> 0;
    s[1] = s1 ^ n2;
    s[0] = s0 ^ n3;
    s[2] = n2 ^ t;
    s[3] = rotl(n3, 11);
    return result;
  }

  /** A uniform integer in [0, n), without modulo bias (rejection sampling). */
  nextBelow(n: number): number {
    if (!Number.isInteger(n) || n <= 0 || n > 0x1_0000_0000) throw new RangeError(`nextBelow needs 1 ≤ n ≤ 2^32, got ${n}`);
    const limit = 0x1_0000_0000 - (0x1_0000_0000 % n);
    for (;;) {
      const x = this.nextUint32();
      if (x < limit) return x % n;
    }
  }

  /** A Fisher–Yates shuffle of a copy of `items`. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = this.nextBelow(i + 1);
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.nextBelow(items.length)] as T;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
