import fc from 'fast-check';
import { bsGreek, bsPrice, impliedVol, type Greek, type OptionType } from './blackscholes';
import { HAUG_GREEKS, HAUG_VALUES, KERNELS } from '../../test/reference';
import { BS_PRICE_REL_PER_COND, relErr } from '../../test/tolerances';

/** Haug's tables are printed to 4 decimals. */
const HAUG_ABS = 1e-4;
/** Finite differences (central, relative step 1e-5): truncation + rounding. */
const FD_REL = 2e-6;
/** IMPLIED_VOL round trip, absolute in volatility, issue #3. */
const IV_ABS = 1e-10;

describe('bsPrice', () => {
  test.each(HAUG_VALUES)('Haug (1998): %s K=%p S=%p q=%p r=%p t=%p vol=%p → %p', (type, K, S, q, r, t, vol, value) => {
    expect(Math.abs(bsPrice(type, S, K, t, vol, r, q) - value)).toBeLessThanOrEqual(HAUG_ABS);
  });

  // 50-digit mpmath values (test/reference/kernels.json): deep in/out of the money, one minute to
  // five years. The error allowed is 8 ulps times the price's condition number 1 + |Δ·S/C|, also
  // computed in mpmath (bs_price_kappa, same order as bs_price), not from the kernel's delta.
  test.each(KERNELS.bs_price.map((row, k) => [...row, KERNELS.bs_price_kappa[k]] as const))(
    'mpmath grid: %s S=%p K=%p T=%p vol=%p',
    (type, S, K, T, vol, r, q, ref, kappa) => {
      expect(relErr(bsPrice(type, S, K, T, vol, r, q), Number(ref))).toBeLessThanOrEqual(BS_PRICE_REL_PER_COND * Number(kappa));
    },
  );

  test('Hull, Options, Futures and Other Derivatives, Example 15.6: S=42, K=40, r=10%, σ=20%, T=0.5 → call 4.76, put 0.81', () => {
    expect(bsPrice('call', 42, 40, 0.5, 0.2, 0.1, 0)).toBeCloseTo(4.76, 2);
    expect(bsPrice('put', 42, 40, 0.5, 0.2, 0.1, 0)).toBeCloseTo(0.81, 2);
  });

  test('T → 0 and vol → 0 give the discounted intrinsic value, never NaN', () => {
    expect(bsPrice('call', 100, 100, 0, 0.3, 0.05, 0)).toBe(0);
    expect(bsPrice('put', 100, 110, 0, 0.3, 0.05, 0)).toBe(10);
    expect(bsPrice('call', 100, 90, 1, 0, 0.05, 0)).toBeCloseTo(100 - 90 * Math.exp(-0.05), 12);
    expect(bsPrice('call', 100, 100, 1e-300, 0.3, 0, 0)).toBeGreaterThanOrEqual(0);
  });

  test('put–call parity C − P = S e^{−qT} − K e^{−rT}', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 0.3, max: 3, noNaN: true }),
        fc.double({ min: 0.001, max: 5, noNaN: true }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        fc.double({ min: -0.02, max: 0.1, noNaN: true }),
        fc.double({ min: 0, max: 0.08, noNaN: true }),
        (S, m, T, vol, r, q) => {
          const K = S * m;
          const lhs = bsPrice('call', S, K, T, vol, r, q) - bsPrice('put', S, K, T, vol, r, q);
          const rhs = S * Math.exp(-q * T) - K * Math.exp(-r * T);
          expect(Math.abs(lhs - rhs)).toBeLessThanOrEqual(1e-13 * (S + K));
        },
      ),
      { seed: 11, numRuns: 2000 },
    );
  });
});

describe('bsGreek', () => {
  test.each(HAUG_GREEKS)('Haug (1998) pp. 11-16: %s %s K=%p S=%p q=%p r=%p t=%p vol=%p → %p', (greek, type, K, S, q, r, t, vol, value) => {
    let g = bsGreek(greek as Greek, type, S, K, t, vol, r, q);
    if (greek === 'vega' || greek === 'rho') g *= 100; // ours are per percentage point
    expect(Math.abs(g - value)).toBeLessThanOrEqual(HAUG_ABS);
  });

  test('analytic greeks agree with central finite differences of bsPrice over a grid', () => {
    for (const type of ['call', 'put'] as OptionType[])
      for (const K of [70, 95, 100, 110, 140])
        for (const T of [0.05, 0.5, 2])
          for (const vol of [0.1, 0.3, 0.8]) {
            const S = 100;
            const r = 0.04;
            const q = 0.015;
            const price = (s = S, t = T, v = vol, rr = r) => bsPrice(type, s, K, t, v, rr, q);
            const h = 1e-4 * S;
            const fdDelta = (price(S + h) - price(S - h)) / (2 * h);
            const fdGamma = (price(S + h) - 2 * price(S) + price(S - h)) / (h * h);
            const hv = 1e-5;
            const fdVega = (price(S, T, vol + hv) - price(S, T, vol - hv)) / (2 * hv) / 100;
            const ht = 1e-6;
            const fdTheta = -(price(S, T + ht) - price(S, T - ht)) / (2 * ht);
            const hr = 1e-6;
            const fdRho = (price(S, T, vol, r + hr) - price(S, T, vol, r - hr)) / (2 * hr) / 100;
            const scale = price() + 1e-3; // errors relative to the option's size
            expect(Math.abs(bsGreek('delta', type, S, K, T, vol, r, q) - fdDelta)).toBeLessThanOrEqual(FD_REL);
            expect(Math.abs(bsGreek('gamma', type, S, K, T, vol, r, q) - fdGamma)).toBeLessThanOrEqual(1e-4 * Math.max(1, fdGamma));
            expect(Math.abs(bsGreek('vega', type, S, K, T, vol, r, q) - fdVega)).toBeLessThanOrEqual(FD_REL * scale);
            expect(Math.abs(bsGreek('theta', type, S, K, T, vol, r, q) - fdTheta)).toBeLessThanOrEqual(FD_REL * 10 * scale);
            expect(Math.abs(bsGreek('rho', type, S, K, T, vol, r, q) - fdRho)).toBeLessThanOrEqual(FD_REL * scale);
          }
  });

  test('expiry and zero volatility give the deterministic limits', () => {
    expect(bsGreek('delta', 'call', 100, 90, 0, 0.3, 0.05, 0)).toBe(1);
    expect(bsGreek('delta', 'put', 100, 90, 0, 0.3, 0.05, 0)).toBe(0);
    expect(bsGreek('gamma', 'call', 100, 100, 0, 0.3, 0.05, 0)).toBe(0);
    expect(bsGreek('vega', 'call', 100, 100, 1, 0, 0.05, 0)).toBe(0);
  });
});

describe('impliedVol', () => {
  test('round-trips bsPrice over strikes, expiries and vols to 1e-10 where vega allows', () => {
    let checked = 0;
    let skipped = 0;
    for (const type of ['call', 'put'] as OptionType[])
      for (const K of [20, 50, 80, 95, 100, 105, 120, 200, 500])
        for (const T of [1 / (252 * 390), 1 / 252, 5 / 252, 0.25, 1, 5])
          for (const vol of [0.01, 0.05, 0.2, 0.6, 1.5, 3]) {
            const S = 100;
            const p = bsPrice(type, S, K, T, vol, 0.05, 0.02);
            // Skip where the price cannot pin the volatility to 1e-10: a change of 1e-10 in vol
            // moves the price by less than a few ulps of it (vega underflow, or all intrinsic).
            const vega = bsGreek('vega', type, S, K, T, vol, 0.05, 0.02) * 100;
            if (!(vega * IV_ABS > 8 * Number.EPSILON * p) || p < 1e-300) {
              skipped++;
              continue;
            }
            expect(Math.abs(impliedVol(p, type, S, K, T, 0.05, 0.02) - vol)).toBeLessThanOrEqual(IV_ABS);
            checked++;
          }
    expect(checked).toBeGreaterThan(400);
    expect(skipped).toBeLessThan(checked);
  });

  test('errors state the bound: below intrinsic, at or above the maximum', () => {
    expect(() => impliedVol(5, 'call', 100, 90, 0.5, 0, 0)).toThrow(
      'price: 5 is below the intrinsic value 10; no volatility reproduces it',
    );
    expect(() => impliedVol(100, 'call', 100, 90, 0.5, 0, 0)).toThrow('price: 100 is at or above the no-arbitrage maximum 100');
    expect(() => impliedVol(1, 'call', 100, 90, 0, 0, 0)).toThrow('T: 0 leaves no time value');
  });

  test('a price exactly at intrinsic value implies zero volatility', () => {
    expect(impliedVol(10, 'call', 100, 90, 0.5, 0, 0)).toBe(0);
  });
});
