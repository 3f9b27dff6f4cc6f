/** One stratum's share of a sample. */
export interface Allocation<K extends string> {
  key: K;
  population: number;
  sample: number;
}

/**
 * Splits a sample across strata in proportion to their populations, by the largest-remainder
 * (Hamilton) method: each stratum first gets the whole part of sampleSize × population / total;
 * the places left over go one each to the strata with the largest remainders. Ties go to the larger
 * population, then to the stratum listed first. Integer arithmetic throughout, so the result is
 * the same on every machine. Each stratum gets at most its population, and the shares sum to
 * sampleSize exactly.
 */
export function allocateProportional<K extends string>(
  strata: readonly { key: K; population: number }[],
  sampleSize: number,
): Allocation<K>[] {
  const total = strata.reduce((sum, s) => sum + s.population, 0);
  if (strata.some((s) => !Number.isSafeInteger(s.population) || s.population < 0))
    throw new RangeError('populations must be whole numbers of 0 or more');
  if (!Number.isSafeInteger(sampleSize) || sampleSize < 0 || sampleSize > total)
    throw new RangeError(`a sample of ${sampleSize} cannot be drawn from a population of ${total}`);
  if (total === 0) return strata.map((s) => ({ key: s.key, population: 0, sample: 0 }));

  const shares = strata.map((s, index) => {
    const product = sampleSize * s.population; // ≤ total², far below 2^53 for any file we accept
    return { key: s.key, population: s.population, index, sample: Math.floor(product / total), remainder: product % total };
  });
  let leftOver = sampleSize - shares.reduce((sum, s) => sum + s.sample, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || b.population - a.population || a.index - b.index);
  for (const share of byRemainder) {
    if (leftOver === 0) break;
    share.sample += 1;
    leftOver -= 1;
  }
  return shares.map(({ key, population, sample }) => ({ key, population, sample }));
}
