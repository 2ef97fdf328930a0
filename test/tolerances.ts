/**
 * Named tolerances for every numeric assertion. Relative unless the name says ABS. Each is the
 * accuracy the kernel promises, not what it happens to achieve today.
 */

/** Φ and Φ⁻¹ against 50-digit mpmath: issue #3's "machine precision" target. */
export const NORMAL_CDF_REL = 2e-15;

/**
 * The Mills ratio's remainder 1 − x·Φ(−x)/φ(x) from Cody's rational form against 50-digit mpmath:
 * the same 2e-15 budget as Φ (Cody's correction term carries his approximation's relative error).
 */
export const MILLS_REST_REL = 2e-15;
export const NORMAL_INV_REL = 2e-15;

/** SCENARIO_PROB against the 50-digit first-passage formula. */
export const SCENARIO_PROB_REL = 1e-12;

/** DCF_VALUE / DCF_REPRICE against term-by-term 50-digit sums. */
export const DCF_REL = 1e-13;

/** Two evaluations of the same quantity by different algebra (identities, symmetries). */
export const IDENTITY_REL = 1e-14;

/**
 * BS_PRICE against 50-digit mpmath, per unit of the value's condition number κ = 1 + |S·Δ/V|
 * (kernels.json `bs_price_kappa`, one per `bs_price` row, computed in mpmath): a handful of correctly
 * rounded operations (exp, log, Φ, one subtraction) each cost an ulp or two amplified by κ; 8 ulps
 * per unit of κ is that budget, fixed here and not derived from the kernel.
 */
export const BS_PRICE_REL_PER_COND = 8 * Number.EPSILON;

/**
 * CALL_SPREAD and PUT_HEDGE columns against 50-digit mpmath: the README's 1e-12 relative promise for
 * option values, carried through one sum or difference of option values of comparable size.
 */
export const OPTION_STRATEGY_REL = 1e-12;

/** A closed form of a few correctly rounded operations (a ratio, an exp) against its exact value. */
export const ELEMENTARY_REL = 1e-14;

/**
 * HIT_FIRST against the 50-digit double-barrier references (images and sine series agreeing to 30
 * digits), each of the three probabilities in relative terms down to 1e-300; relative accuracy
 * degrades only when spot is within a tiny fraction of σ√T of a barrier (see trade.ts).
 */
export const HIT_FIRST_REL = 1e-12;

/** TRADE_EV: expected P&L relative, plus MARTINGALE_ABS·spot (it is a difference of prices). */
export const TRADE_EV_REL = 1e-11;

/** Drift 0: the P&L of any stop/target/horizon is 0 by optional stopping, to this fraction of spot. */
export const MARTINGALE_ABS = 1e-13;

/** QuantLib's AnalyticDoubleBarrierBinaryEngine (a fixed, truncated sine series in doubles). */
export const QUANTLIB_TOUCH_REL = 1e-6;

/**
 * LibreOffice Calc's OPT_PROB_HIT (both barriers) against target_first + stop_first, absolute: Calc
 * sums the image series in doubles and returns 1 − (knock-out value), good to a few ulps of 1, and
 * writes 15 significant digits. Only where Calc's image series (at most 10 terms) has converged:
 * τ = vol²T/w² ≤ LIBREOFFICE_TAU_MAX (its 10th term is then below e^{−200/τ} = e^{−40}).
 */
export const LIBREOFFICE_TOUCH_ABS = 1e-14;
export const LIBREOFFICE_TAU_MAX = 5;

/** PORTFOLIO_VAR / RISK_CONTRIB: sums of n products, relative. */
export const PORTFOLIO_REL = 1e-12;

export function relErr(actual: number, expected: number): number {
  if (expected === 0) return Math.abs(actual);
  return Math.abs(actual - expected) / Math.abs(expected);
}

/** American options against QuantLib's QdFpAmericanEngine (test/reference/american.json), issue #11. */
export const AMERICAN_REL = 1e-9;
/** … or absolute, per unit of strike, where the price is tiny (deep out of the money). */
export const AMERICAN_ABS_STRIKE = 1e-12;
/** American greeks against central differences of the reference prices (relative). */
export const AMERICAN_GREEK_REL = 1e-6;
/** AMERICAN_IMPLIED_VOL round trip, absolute in volatility, where the price pins the volatility. */
export const AMERICAN_IV_ABS = 1e-8;
