/** Typed access to the committed high-precision reference tables (see the .py generators beside them). */
import normal from './normal.json';
import kernels from './kernels.json';
import trade from './trade.json';
import libreoffice from './libreoffice.json';
import examples from './examples.json';

export const NORMAL = normal as { source: string; cdf: [number, string][]; inv: [number, string][]; mills_rest: [number, string][] };
export const KERNELS = kernels as unknown as {
  source: string;
  scenario_prob: [number, number, number, number, number, 'end' | 'touch', string][];
  dcf_value: [number, number, number, number, number, string][];
  bs_price: ['call' | 'put', number, number, number, number, number, number, string][];
  bs_price_q0: ['call' | 'put', number, number, number, number, number, string, string, string][];
  hist_vol: [number[], string][];
  value_at_risk: [number, number, number, number, number, string][];
  leverage_drag: [number, number, number, string][];
  /** Condition number 1 + |S·Δ/V| of each bs_price row, same order (mpmath, not the kernel's delta). */
  bs_price_kappa: string[];
  /** S, low, high, T (years), vol, r, q, then debit, max profit, breakeven, P(S_T > breakeven). */
  call_spread: [number, number, number, number, number, number, number, string, string, string, string][];
  /** S, K, T (years), vol, r, q, then put cost, cost / S, max loss, breakeven. */
  put_hedge: [number, number, number, number, number, number, string, string, string, string][];
};

/** A catalog example's args as written in the catalog: values, text, or literal ranges. */
export type ExampleArgs = (number | string | boolean | null | (number | string | boolean | null)[][])[];

export interface ExampleReference {
  args: ExampleArgs;
  /** The independent value (nearest double), a number or a table for row/table results. */
  value: number | number[][];
  /** 50 significant digits of the same value (integers written exactly). */
  digits: string | string[][];
  /** The exact rational, where the result is one (e.g. "13/29"). */
  exact?: string | string[][];
  /** How the value was computed and from which formula/book (citation-quality). */
  source: string;
}

/**
 * Independent values of every catalog example, by function name, in the catalog's example order
 * (test/reference/examples.py: mpmath at 50 digits, exact rationals, QuantLib cross-checks).
 */
export const EXAMPLES = examples as unknown as { source: string; examples: Record<string, ExampleReference[]> };

/** trade.py: spot, target, stop, T (years), vol, drift, then the 50-digit values (as text). */
export const TRADE = trade as unknown as {
  source: string;
  hit_first: [number, number, number, number, number, number, string, string, string, string][];
  trade_ev: [number, number, number, number, number, number, string, string][];
  quantlib_touch: [number, number, number, number, number, number, number][];
};

/**
 * libreoffice.py: LibreOffice Calc's OPT_PROB_HIT with both barriers (the probability of touching
 * either by the horizon), run headless. Rows: spot, target, stop, days (252 a year), vol, drift,
 * τ = vol²T/w², then Calc's value (15 significant digits, as text).
 */
export const LIBREOFFICE = libreoffice as unknown as {
  source: string;
  note: string;
  rows: [number, number, number, number, number, number, number, string][];
};

/**
 * E. G. Haug, The Complete Guide to Option Pricing Formulas (McGraw-Hill, 1998), pp. 2-8, 24 and
 * 27, as printed (4 decimals) in QuantLib's test-suite/europeanoption.cpp, testValues().
 * Columns: type, strike, spot, q, r, t (years), vol, value.
 */
export const HAUG_VALUES: ['call' | 'put', number, number, number, number, number, number, number][] = [
  ['call', 65, 60, 0, 0.08, 0.25, 0.3, 2.1334],
  ['put', 95, 100, 0.05, 0.1, 0.5, 0.2, 2.4648],
  ['put', 19, 19, 0.1, 0.1, 0.75, 0.28, 1.7011],
  ['call', 19, 19, 0.1, 0.1, 0.75, 0.28, 1.7011],
  ['call', 1.6, 1.56, 0.08, 0.06, 0.5, 0.12, 0.0291],
  ['put', 70, 75, 0.05, 0.1, 0.5, 0.35, 4.087],
  ['call', 100, 90, 0.1, 0.1, 0.1, 0.15, 0.0205],
  ['call', 100, 100, 0.1, 0.1, 0.1, 0.15, 1.8734],
  ['call', 100, 110, 0.1, 0.1, 0.1, 0.15, 9.9413],
  ['call', 100, 90, 0.1, 0.1, 0.1, 0.25, 0.315],
  ['call', 100, 100, 0.1, 0.1, 0.1, 0.25, 3.1217],
  ['call', 100, 110, 0.1, 0.1, 0.1, 0.25, 10.3556],
  ['call', 100, 90, 0.1, 0.1, 0.5, 0.35, 4.9329],
  ['call', 100, 110, 0.1, 0.1, 0.5, 0.35, 15.3086],
  ['put', 100, 90, 0.1, 0.1, 0.1, 0.15, 9.921],
  ['put', 100, 110, 0.1, 0.1, 0.1, 0.15, 0.0408],
  ['put', 100, 110, 0.1, 0.1, 0.5, 0.35, 5.7963],
  ['put', 100, 90, 0.1, 0.1, 0.5, 0.25, 12.2149],
  ['call', 40, 42, 0.08, 0.04, 0.75, 0.35, 5.0975],
];

/**
 * Haug (1998) pp. 11-16 greeks as printed in QuantLib's europeanoption.cpp, testGreekValues():
 * greek, type, strike, spot, q, r, t, vol, value (vega and rho per unit, theta per year).
 */
export const HAUG_GREEKS: [string, 'call' | 'put', number, number, number, number, number, number, number][] = [
  ['delta', 'call', 100, 105, 0.1, 0.1, 0.5, 0.36, 0.5946],
  ['delta', 'put', 100, 105, 0.1, 0.1, 0.5, 0.36, -0.3566],
  ['gamma', 'call', 60, 55, 0, 0.1, 0.75, 0.3, 0.0278],
  ['gamma', 'put', 60, 55, 0, 0.1, 0.75, 0.3, 0.0278],
  ['vega', 'call', 60, 55, 0, 0.1, 0.75, 0.3, 18.9358],
  ['vega', 'put', 60, 55, 0, 0.1, 0.75, 0.3, 18.9358],
  ['theta', 'put', 405, 430, 0.05, 0.07, 1 / 12, 0.2, -31.1924],
  ['rho', 'call', 75, 72, 0, 0.09, 1, 0.19, 38.7325],
];
