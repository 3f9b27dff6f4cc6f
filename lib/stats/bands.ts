/**
 * Judgement bands: the words a report puts on a figure ("a large majority of files"). A band set
 * is an ordered list of lower bounds in percent; each band runs from its `from` (inclusive) up to
 * the next band's `from` (exclusive), the last one up to 100% inclusive.
 *
 * A figure's band is decided by the exact proportion met/relevant, never by the rounded percentage
 * shown beside it: 64.99% (6,499 of 10,000) is below a band starting at 65% even though it would be
 * printed as 65.0%, and 65% exactly (13 of 20) is in it. The comparison is made in integers, which
 * is why a band's `from` may have at most one decimal place.
 *
 * A figure is "uncertain" when its 95% interval reaches into another band: the sample cannot tell
 * the two words apart. The interval is closed, so it reaches a band when it contains any value of
 * it: a low bound exactly on a boundary does not reach the band below (the boundary belongs to the
 * band above), while a high bound exactly on a boundary does reach the band above.
 */

export interface Band {
  /** Inclusive lower bound, in percent (0–100, at most one decimal place). */
  from: number;
  label: string;
}

/** More bands than this stop being words a reader can keep apart. */
export const MAX_BANDS = 10;

/** What is wrong with a band set, as messages for the person editing it; empty when it is valid. */
export function validateBandSet(bands: readonly Band[]): string[] {
  const problems: string[] = [];
  if (bands.length === 0) return ['Add at least one band, starting at 0%'];
  if (bands.length > MAX_BANDS) problems.push(`There can be at most ${MAX_BANDS} bands, not ${bands.length}`);
  const first = bands[0];
  if (first && first.from !== 0) problems.push(`The first band must start at 0%, not ${first.from}%`);
  const seen = new Map<string, number>();
  bands.forEach((band, i) => {
    const number = i + 1;
    const name = band.label.trim() === '' ? `Band ${number}` : `Band ${number} (‘${band.label.trim()}’)`;
    if (!Number.isFinite(band.from) || band.from < 0 || band.from > 100) {
      problems.push(`${name} must start between 0% and 100%, not ${band.from}%`);
    } else if (Math.abs(band.from * 10 - Math.round(band.from * 10)) > 1e-9) {
      problems.push(`${name} must start at a whole number or one decimal place, like 65 or 62.5, not ${band.from}%`);
    }
    const previous = bands[i - 1];
    if (previous && !(band.from > previous.from)) {
      problems.push(`${name} must start above band ${i}’s ${previous.from}%, not at ${band.from}%: bands go from lowest to highest`);
    }
    const label = band.label.trim();
    if (label === '') {
      problems.push(`Band ${number} needs a label`);
      return;
    }
    const key = label.toLowerCase();
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, number);
    else problems.push(`Band ${number}’s label ‘${label}’ is already used by band ${earlier}: each band needs its own label`);
  });
  return problems;
}

function checkBandSet(bands: readonly Band[]): void {
  const problems = validateBandSet(bands);
  if (problems.length > 0) throw new RangeError(`Invalid band set: ${problems.join('; ')}`);
}

/** A band's lower bound in tenths of a percent, an integer. */
function tenths(band: Band): number {
  return Math.round(band.from * 10);
}

/** The index of the band holding met/relevant, compared exactly: 1000·met ≥ tenths(from)·relevant. */
function indexForCount(bands: readonly Band[], met: number, relevant: number): number {
  let index = 0;
  bands.forEach((band, i) => {
    if (1000 * met >= tenths(band) * relevant) index = i;
  });
  return index;
}

/** The index of the band holding a percentage (0–100). */
function indexForPercent(bands: readonly Band[], percent: number): number {
  let index = 0;
  bands.forEach((band, i) => {
    if (percent >= band.from) index = i;
  });
  return index;
}

function checkCounts(met: number, relevant: number): void {
  if (!Number.isInteger(met) || !Number.isInteger(relevant) || met < 0 || met > relevant) {
    throw new RangeError(`bands need 0 ≤ met ≤ relevant (integers), got ${met} of ${relevant}`);
  }
}

function checkPercent(percent: number): void {
  if (!(percent >= 0 && percent <= 100)) throw new RangeError(`bands need a percentage from 0 to 100, got ${percent}`);
}

/**
 * The band of a percentage that is already a real value, such as an interval bound. For a figure
 * of files use bandFor, which works from the counts.
 */
export function bandForPercent(bands: readonly Band[], percent: number): Band {
  checkBandSet(bands);
  checkPercent(percent);
  const band = bands[indexForPercent(bands, percent)];
  if (!band) throw new RangeError('unreachable: a valid band set has a band for every percentage');
  return band;
}

/** The band of met of relevant files, from the exact proportion; null when no file is relevant. */
export function bandFor(bands: readonly Band[], met: number, relevant: number): Band | null {
  checkBandSet(bands);
  checkCounts(met, relevant);
  if (relevant === 0) return null;
  return bands[indexForCount(bands, met, relevant)] ?? null;
}

export interface BandAssignment {
  /** The band of the figure itself (met/relevant). */
  band: Band;
  /** True when the interval reaches into another band than the figure's. */
  uncertain: boolean;
  /** The labels of every band the interval (and the figure) covers, from lowest to highest. */
  spans: string[];
}

/**
 * A figure's band and whether its 95% interval (low and high in percent, unrounded) reaches into
 * another; null when no file is relevant. Should the interval somehow not contain the figure, the
 * figure's own band is still counted among those spanned.
 */
export function assignBand(
  bands: readonly Band[],
  met: number,
  relevant: number,
  interval: { low: number; high: number },
): BandAssignment | null {
  checkBandSet(bands);
  checkCounts(met, relevant);
  checkPercent(interval.low);
  checkPercent(interval.high);
  if (interval.low > interval.high) throw new RangeError(`bands need low ≤ high, got ${interval.low}–${interval.high}`);
  if (relevant === 0) return null;
  const point = indexForCount(bands, met, relevant);
  const from = Math.min(point, indexForPercent(bands, interval.low));
  const to = Math.max(point, indexForPercent(bands, interval.high));
  const band = bands[point];
  if (!band) throw new RangeError('unreachable: the figure’s band is in the set');
  return { band, uncertain: to > from, spans: bands.slice(from, to + 1).map((b) => b.label) };
}

/**
 * A theme's band: the lowest band among its key questions' bands, so that a theme is described no
 * better than its weakest key question. Questions with no figure (null) are passed over; null when
 * none has one. Bands are compared by their lower bound, so all should come from one band set.
 */
export function themeBand(keyQuestionBands: readonly (Band | null)[]): Band | null {
  let lowest: Band | null = null;
  for (const band of keyQuestionBands) {
    if (band && (lowest === null || band.from < lowest.from)) lowest = band;
  }
  return lowest;
}
