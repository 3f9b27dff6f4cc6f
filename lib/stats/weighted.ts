/**
 * The national figure weighted by crime volume: a stratified estimate with each force a stratum.
 * Every force reviews about the same number of files however many crimes it records, so the plain
 * pooled figure (Σ met / Σ relevant) over-represents small forces; weighting each force's proportion
 * by its share of the crimes recorded estimates the figure for crimes nationally instead.
 *
 * The variance is the textbook stratified one with a finite population correction (1 − f) per
 * force, so a force that reviewed all its files (a census) adds no sampling error.
 */
import { percentOneDecimal } from './rounding';
import { type Interval } from './wilson';

/**
 * The normal quantile for the 95% interval, 1.96 as the national estimate has always been
 * published; wilson.ts uses the unrounded 1.959964, which differs only in the fourth decimal of
 * the half-width. A caller can pass Z_95 from wilson.ts instead.
 */
export const Z_WEIGHTED_95 = 1.96;

/** One force's counts for a question. */
export interface ForceCounts {
  code: string;
  name: string;
  /** N: the force's crimes recorded in the sampling window (its population); null when not known. */
  populationSize: number | null;
  /** Files in the force's sample. */
  sampled: number;
  met: number;
  /** met + partly + not met. */
  relevant: number;
}

/** Why a force is left out of the weighted estimate. */
export type ExclusionReason = 'no-population-size' | 'sample-larger-than-population' | 'fewer-than-2-relevant';

export interface ExcludedForce {
  code: string;
  name: string;
  reason: ExclusionReason;
}

export interface IncludedForce {
  code: string;
  name: string;
  /** W = N / ΣN over the included forces. */
  weight: number;
  /** p = met / relevant. */
  proportion: number;
  /** f = sampled / N. */
  samplingFraction: number;
  /** W²·(1 − f)·p(1 − p)/(relevant − 1): this force's share of the variance. */
  varianceContribution: number;
}

export interface WeightedEstimate {
  /** Σ W·p, as a proportion; null when no force is included. */
  estimate: number | null;
  /** Σ W²·(1 − f)·p(1 − p)/(relevant − 1); null when no force is included. */
  variance: number | null;
  /** estimate ± z·√variance, clipped to 0–1; null when no force is included. */
  interval: Interval | null;
  /** In the order given. */
  included: IncludedForce[];
  /** In the order given, each with the first reason that applies (in the order of ExclusionReason). */
  excluded: ExcludedForce[];
}

function checkCounts(force: ForceCounts): void {
  const { populationSize, sampled, met, relevant } = force;
  const counts = [sampled, met, relevant, ...(populationSize === null ? [] : [populationSize])];
  if (counts.some((c) => !Number.isInteger(c) || c < 0) || met > relevant || relevant > sampled) {
    throw new RangeError(
      `weightedEstimate: ${force.code} needs whole numbers with 0 ≤ met ≤ relevant ≤ sampled, got ` +
        `${met} met of ${relevant} relevant, ${sampled} sampled, population ${populationSize ?? 'unknown'}`,
    );
  }
}

/** Whether a force can be weighted: its population size if so, the reason if not. */
function inclusion(force: ForceCounts): { populationSize: number } | { reason: ExclusionReason } {
  const { populationSize } = force;
  if (populationSize === null || populationSize === 0) return { reason: 'no-population-size' };
  if (force.sampled > populationSize) return { reason: 'sample-larger-than-population' };
  // One relevant file has no variance estimate (division by relevant − 1 = 0).
  if (force.relevant < 2) return { reason: 'fewer-than-2-relevant' };
  return { populationSize };
}

/**
 * The crime-volume-weighted estimate over `forces`. Forces without a population size, with a sample
 * larger than their population (inconsistent data, which would make 1 − f negative), or with fewer
 * than 2 relevant files are left out and named; the weights are shares of the included forces' N.
 * Impossible counts (met above relevant, relevant above sampled, negative or fractional) throw.
 */
export function weightedEstimate(forces: readonly ForceCounts[], z = Z_WEIGHTED_95): WeightedEstimate {
  const candidates: (ForceCounts & { populationSize: number })[] = [];
  const excluded: ExcludedForce[] = [];
  for (const force of forces) {
    checkCounts(force);
    const verdict = inclusion(force);
    if ('reason' in verdict) excluded.push({ code: force.code, name: force.name, reason: verdict.reason });
    else candidates.push({ ...force, populationSize: verdict.populationSize });
  }
  if (candidates.length === 0) return { estimate: null, variance: null, interval: null, included: [], excluded };

  const totalPopulation = candidates.reduce((sum, f) => sum + f.populationSize, 0);
  let estimate = 0;
  let variance = 0;
  const included = candidates.map((force): IncludedForce => {
    const weight = force.populationSize / totalPopulation;
    const proportion = force.met / force.relevant;
    const samplingFraction = force.sampled / force.populationSize;
    const varianceContribution = (weight * weight * (1 - samplingFraction) * proportion * (1 - proportion)) / (force.relevant - 1);
    estimate += weight * proportion;
    variance += varianceContribution;
    return { code: force.code, name: force.name, weight, proportion, samplingFraction, varianceContribution };
  });
  // Rounding can leave Σ W·p a hair outside 0–1 when every p is 0 or 1.
  estimate = Math.min(1, Math.max(0, estimate));
  const half = z * Math.sqrt(variance);
  return {
    estimate,
    variance,
    interval: { low: Math.max(0, estimate - half), high: Math.min(1, estimate + half) },
    included,
    excluded,
  };
}

/** The estimate and its interval as percentages to one decimal place (nulls stay null). */
export function weightedEstimatePercent(result: WeightedEstimate): { estimate: number | null; low: number | null; high: number | null } {
  return {
    estimate: result.estimate === null ? null : percentOneDecimal(result.estimate),
    low: result.interval ? percentOneDecimal(result.interval.low) : null,
    high: result.interval ? percentOneDecimal(result.interval.high) : null,
  };
}

/** A reason for leaving a force out, as a reader would say it ("fewer than 2 relevant files"). */
export function exclusionReasonText(reason: ExclusionReason): string {
  switch (reason) {
    case 'no-population-size':
      return 'no crimes-recorded figure (population size)';
    case 'sample-larger-than-population':
      return 'more files sampled than crimes recorded';
    case 'fewer-than-2-relevant':
      return 'fewer than 2 relevant files';
  }
}
