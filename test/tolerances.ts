/**
 * Named tolerances for every numeric assertion. Relative unless the name says ABS. Each is the
 * accuracy the kernel promises, not what it happens to achieve today.
 */

/** Φ and Φ⁻¹ against 50-digit mpmath: issue #3's "machine precision" target. */
export const NORMAL_CDF_REL = 2e-15;
export const NORMAL_INV_REL = 2e-15;

/** SCENARIO_PROB against the 50-digit first-passage formula. */
export const SCENARIO_PROB_REL = 1e-12;

/** DCF_VALUE / DCF_REPRICE against term-by-term 50-digit sums. */
export const DCF_REL = 1e-13;

/** Two evaluations of the same quantity by different algebra (identities, symmetries). */
export const IDENTITY_REL = 1e-14;

export function relErr(actual: number, expected: number): number {
  if (expected === 0) return Math.abs(actual);
  return Math.abs(actual - expected) / Math.abs(expected);
}
