/** Percentages as published: one decimal place for data, whole numbers for reading; halves round up. */

/** A proportion (0–1) as a percentage to one decimal place. */
export function percentOneDecimal(proportion: number): number {
  return Math.round(proportion * 1000) / 10 + 0;
}

/**
 * 100 × part / whole to one decimal place; null when whole is 0. Works from the integers so that an
 * exact half (1 of 80 = 1.25%) rounds up, as a reader checking the figure by hand would expect.
 */
export function percentOf(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((1000 * part) / whole) / 10 + 0;
}

/** "90.0": a percentage with exactly one decimal place, for CSV; empty for null. */
export function formatOneDecimal(value: number | null): string {
  return value === null ? '' : value.toFixed(1);
}

/** A whole-number percentage for reading ("90%"), of an interval bound or other real proportion. */
export function wholePercent(proportion: number): number {
  return Math.round(proportion * 100) + 0;
}

/**
 * 100 × part / whole as a whole number, from the integers, so that an exact half rounds up
 * (23 of 40 is 57.5%, shown as 58%, as the CSV's 57.5 would be read). `whole` must be positive.
 */
export function wholePercentOf(part: number, whole: number): number {
  return Math.floor((200 * part + whole) / (2 * whole));
}
