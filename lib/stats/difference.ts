import { wilsonInterval, Z_95, type Interval } from './wilson';

export interface Difference {
  /** p1 − p2, as a proportion. */
  estimate: number;
  /** 95% interval for p1 − p2 (Newcombe's hybrid score method). */
  interval: Interval;
}

/**
 * The difference between two independent proportions with Newcombe's hybrid score interval
 * ("method 10", Newcombe 1998), built from each proportion's Wilson interval. It keeps the Wilson
 * interval's good behaviour for small samples and extreme proportions. Null when either side has
 * no trials.
 */
export function proportionDifference(x1: number, n1: number, x2: number, n2: number, z = Z_95): Difference | null {
  const w1 = wilsonInterval(x1, n1, z);
  const w2 = wilsonInterval(x2, n2, z);
  if (!w1 || !w2) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const estimate = p1 - p2;
  const low = estimate - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2);
  const high = estimate + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2);
  return { estimate, interval: { low: Math.max(-1, low), high: Math.min(1, high) } };
}
