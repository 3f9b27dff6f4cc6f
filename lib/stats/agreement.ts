/**
 * Agreement between a file's first and second (moderation) review, question by question
 * (CONTRACTS.md section 8). Three chance-corrected statistics are given beside the plain percentage
 * because each fails in a different way on file-review data, where most answers are "met":
 * Cohen's kappa collapses when one category dominates (high agreement, low kappa), Gwet's AC1 does
 * not, and Krippendorff's alpha corrects for small samples. Readers can see all three.
 *
 * Everything is computed from integer counts and divided once at the end, so that a figure checked
 * by hand from the same counts comes out the same, and an undefined statistic is null, never NaN.
 */
import { percentOf, percentOneDecimal } from './rounding';
import { wilsonInterval } from './wilson';

/** What an answer counts as (CONTRACTS.md section 5, `counts_as`), in the order findings list them. */
export const COUNTS_AS = ['met', 'partly', 'not_met', 'not_applicable'] as const;
export type CountsAs = (typeof COUNTS_AS)[number];

/** The answers that make a question relevant to a file: they enter the denominator of a finding. */
const RELEVANT: ReadonlySet<CountsAs> = new Set<CountsAs>(['met', 'partly', 'not_met']);

/** One moderated file's two judgements for a question: [first review, second review]. */
export type Pair<C extends string = string> = readonly [C, C];

export interface Agreement {
  /** Pairs counted. */
  pairs: number;
  /** Pairs where both judgements are the same category. */
  agreed: number;
  /** 100 × agreed / pairs, one decimal place; null without pairs. */
  percentAgreement: number | null;
  /** 95% Wilson interval of agreed / pairs, in percent to one decimal place; null without pairs. */
  interval: { low: number; high: number } | null;
  /** Cohen's kappa; null without pairs or when chance agreement is 1 (both used one category only). */
  kappa: number | null;
  /** Gwet's AC1 over the categories the question can take; null without pairs or with fewer than 2 categories. */
  ac1: number | null;
  /** Krippendorff's alpha (nominal, two coders); null without pairs or when no category varies. */
  alpha: number | null;
}

/**
 * Agreement statistics for paired judgements over `categories`, the categories the question can
 * take (which sets AC1's q, whether or not each was observed). A pair naming a category outside the
 * list is a programming error, so it throws rather than being quietly dropped.
 */
export function agreement<C extends string>(categories: readonly C[], pairs: readonly Pair<C>[]): Agreement {
  const index = new Map<C, number>();
  categories.forEach((c, i) => {
    if (index.has(c)) throw new RangeError(`agreement: category '${c}' is listed twice`);
    index.set(c, i);
  });
  const q = categories.length;
  // first[k], second[k]: how often each reviewer chose category k.
  const first = new Array<number>(q).fill(0);
  const second = new Array<number>(q).fill(0);
  let agreed = 0;
  for (const [a, b] of pairs) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) {
      throw new RangeError(`agreement: pair [${a}, ${b}] names a category not in [${categories.join(', ')}]`);
    }
    first[i] = (first[i] ?? 0) + 1;
    second[j] = (second[j] ?? 0) + 1;
    if (i === j) agreed += 1;
  }
  const n = pairs.length;
  if (n === 0) return { pairs: 0, agreed: 0, percentAgreement: null, interval: null, kappa: null, ac1: null, alpha: null };

  // Σ a_k·b_k (kappa's chance agreement × n²) and Σ t_k² with t_k = a_k + b_k, the number of the
  // 2n judgements in category k (AC1's π_k × 2n, and alpha's n_k).
  let sumProducts = 0;
  let sumTotalsSquared = 0;
  for (let k = 0; k < q; k += 1) {
    const a = first[k] ?? 0;
    const b = second[k] ?? 0;
    sumProducts += a * b;
    sumTotalsSquared += (a + b) ** 2;
  }
  const wilson = wilsonInterval(agreed, n);
  return {
    pairs: n,
    agreed,
    percentAgreement: percentOf(agreed, n),
    interval: wilson && { low: percentOneDecimal(wilson.low), high: percentOneDecimal(wilson.high) },
    kappa: cohensKappa(n, agreed, sumProducts),
    ac1: gwetsAc1(n, agreed, q, sumTotalsSquared),
    alpha: krippendorffsAlpha(n, agreed, sumTotalsSquared),
  };
}

/**
 * κ = (pₒ − pₑ) / (1 − pₑ), pₒ = agreed / n, pₑ = Σ a_k·b_k / n². Multiplying through by n² keeps
 * it in integers: κ = (n·agreed − Σab) / (n² − Σab). Undefined when pₑ = 1.
 */
function cohensKappa(n: number, agreed: number, sumProducts: number): number | null {
  const denominator = n * n - sumProducts;
  return denominator === 0 ? null : finiteOrNull((n * agreed - sumProducts) / denominator);
}

/**
 * AC1 = (pₒ − pₑ) / (1 − pₑ), pₑ = Σ π_k(1 − π_k) / (q − 1), π_k = t_k / 2n. Since Σ π_k = 1,
 * Σ π_k(1 − π_k) = (4n² − Σt²) / 4n²; multiplying through by 4n²(q − 1) keeps it in integers.
 * pₑ ≤ 1/q, so the denominator is never 0 once q ≥ 2.
 */
function gwetsAc1(n: number, agreed: number, q: number, sumTotalsSquared: number): number | null {
  if (q < 2) return null;
  const spread = 4 * n * n - sumTotalsSquared; // 4n² · Σ π_k(1 − π_k)
  const numerator = 4 * n * (q - 1) * agreed - spread;
  const denominator = 4 * n * n * (q - 1) - spread;
  return denominator === 0 ? null : finiteOrNull(numerator / denominator);
}

/**
 * α = 1 − (N − 1)·Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k over the coincidence matrix, N = 2n judgements.
 * Each disagreeing pair puts one coincidence in o_ck and one in o_kc, so Σ_{c≠k} o_ck = 2(n − agreed);
 * and Σ_{c≠k} n_c·n_k = N² − Σ n_c². Undefined when every judgement is the same category.
 */
function krippendorffsAlpha(n: number, agreed: number, sumTotalsSquared: number): number | null {
  const expected = 4 * n * n - sumTotalsSquared;
  if (expected === 0) return null;
  return finiteOrNull(1 - ((2 * n - 1) * 2 * (n - agreed)) / expected);
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/**
 * A statistic to three decimal places for CSV ("0.375"); empty for null. Rounds half up from the
 * value and never writes "-0.000": a tiny negative kappa reads as 0.000, as a reader would write it.
 */
export function formatThreeDecimals(value: number | null): string {
  if (value === null) return '';
  if (!Number.isFinite(value)) throw new RangeError(`formatThreeDecimals: ${value} is not a finite number`);
  return (Math.round(value * 1000) / 1000 + 0).toFixed(3);
}

/**
 * A moderated file's judgements for one question: what each review's answer counts as, or null
 * when the question was not asked of the file in that review (its applies-when rule was false).
 */
export interface FileJudgements {
  first: CountsAs | null;
  second: CountsAs | null;
}

/**
 * The pairs a question's agreement is computed over (CONTRACTS.md section 8): a file counts when at
 * least one review found the question relevant (met, partly or not met). A question not asked counts
 * as not applicable, so "asked and met" against "not asked" is a disagreement, as it should be: the
 * reviewers disagreed about the file's facts that decide whether it applies.
 */
export function agreementPairs(files: readonly FileJudgements[]): Pair<CountsAs>[] {
  const pairs: Pair<CountsAs>[] = [];
  for (const file of files) {
    const a = file.first ?? 'not_applicable';
    const b = file.second ?? 'not_applicable';
    if (RELEVANT.has(a) || RELEVANT.has(b)) pairs.push([a, b]);
  }
  return pairs;
}

/**
 * The categories a question can take, for AC1's q: the distinct `counts_as` values of its scale's
 * options, plus not applicable when it has an applies-when rule (a question not asked counts as
 * not applicable), in the order met, partly, not met, not applicable.
 */
export function questionCategories(scaleCountsAs: readonly CountsAs[], hasAppliesWhen: boolean): CountsAs[] {
  const present = new Set<CountsAs>(scaleCountsAs);
  if (hasAppliesWhen) present.add('not_applicable');
  return COUNTS_AS.filter((c) => present.has(c));
}
