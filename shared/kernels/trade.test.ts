import fc from 'fast-check';
import { hitFirst, priceRange, tradeEv } from './trade';
import { normCdf } from './normal';
import { DeskError } from '../errors';
import { LIBREOFFICE, TRADE } from '../../test/reference';
import {
  HIT_FIRST_REL,
  IDENTITY_REL,
  LIBREOFFICE_TAU_MAX,
  LIBREOFFICE_TOUCH_ABS,
  MARTINGALE_ABS,
  QUANTLIB_TOUCH_REL,
  TRADE_EV_REL,
  relErr,
} from '../../test/tolerances';

/** Relative error, where a reference below the double range must come out below it too. */
function probErr(actual: number, ref: string): number {
  const r = Number(ref);
  if (r < 1e-300) return actual < 1e-290 ? 0 : 1;
  return relErr(actual, r);
}

function thrown(f: () => unknown): DeskError {
  try {
    f();
  } catch (e) {
    if (e instanceof DeskError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('hitFirst against 50-digit images and sine series (test/reference/trade.json)', () => {
  test.each(TRADE.hit_first)('spot %p target %p stop %p T %p vol %p drift %p', (spot, target, stop, T, vol, drift, pt, ps, pn) => {
    const [t, s, n] = hitFirst(spot, target, stop, T, vol, drift);
    expect(probErr(t, pt)).toBeLessThanOrEqual(HIT_FIRST_REL);
    expect(probErr(s, ps)).toBeLessThanOrEqual(HIT_FIRST_REL);
    expect(probErr(n, pn)).toBeLessThanOrEqual(HIT_FIRST_REL);
  });

  test('the table spans tiny probabilities, both directions and 1 day to 5 years', () => {
    const all = TRADE.hit_first.flatMap((r) => [Number(r[6]), Number(r[7]), Number(r[8])]).filter((x) => x > 0);
    expect(Math.min(...all)).toBeLessThan(1e-100);
    expect(TRADE.hit_first.some((r) => r[1] < r[0])).toBe(true);
    expect(Math.min(...TRADE.hit_first.map((r) => r[3]))).toBeLessThanOrEqual(1 / 252);
    expect(Math.max(...TRADE.hit_first.map((r) => r[3]))).toBe(5);
  });
});

describe('tradeEv against 50-digit references (Girsanov moment checked by quadrature)', () => {
  test.each(TRADE.trade_ev)('spot %p target %p stop %p T %p vol %p drift %p', (spot, target, stop, T, vol, drift, pnl, r) => {
    const [e, er] = tradeEv(spot, target, stop, T, vol, drift, 0);
    // relative, plus the absolute floor of a difference of prices (drift 0 gives exactly 0)
    const bound = TRADE_EV_REL * Math.abs(Number(pnl)) + MARTINGALE_ABS * spot;
    expect(Math.abs(e - Number(pnl))).toBeLessThanOrEqual(bound);
    expect(Math.abs(er - Number(r))).toBeLessThanOrEqual(bound / Math.abs(spot - stop));
  });
});

describe('worked values of issue #10 (spot 100, target 110, stop 95, 63 days, vol 0.30, drift 0.10)', () => {
  test('HIT_FIRST', () => {
    const [t, s, n] = hitFirst(100, 110, 95, 63 / 252, 0.3, 0.1);
    expect(relErr(t, 0.367013244177494)).toBeLessThan(2e-15);
    expect(relErr(s, 0.626452571005687)).toBeLessThan(2e-15);
    expect(relErr(n, 0.00653418481681908)).toBeLessThan(2e-14);
  });

  test('TRADE_EV', () => {
    const [pnl, r] = tradeEv(100, 110, 95, 63 / 252, 0.3, 0.1, 0);
    expect(relErr(pnl, 0.55316541058572)).toBeLessThan(1e-13);
    expect(relErr(r, 0.11063308211714)).toBeLessThan(1e-13);
    const [pnlCost, rCost] = tradeEv(100, 110, 95, 63 / 252, 0.3, 0.1, 0.2);
    expect(pnlCost).toBeCloseTo(0.55316541058572 - 0.2, 13);
    expect(rCost).toBeCloseTo((0.55316541058572 - 0.2) / 5, 13);
  });
});

describe('QuantLib AnalyticDoubleBarrierBinaryEngine (r = 0, q = −drift): P(touch either) = target_first + stop_first', () => {
  test.each(TRADE.quantlib_touch)('spot %p target %p stop %p T %p vol %p drift %p', (spot, target, stop, T, vol, drift, ql) => {
    const [t, s] = hitFirst(spot, target, stop, T, vol, drift);
    expect(relErr(t + s, ql)).toBeLessThanOrEqual(QUANTLIB_TOUCH_REL);
  });
});

describe('LibreOffice Calc OPT_PROB_HIT with both barriers (test/reference/libreoffice.json) = target_first + stop_first', () => {
  const converged = LIBREOFFICE.rows.filter((r) => r[6] <= LIBREOFFICE_TAU_MAX);
  test.each(converged)('spot %p target %p stop %p days %p vol %p drift %p (τ %p)', (spot, target, stop, days, vol, drift, _tau, calc) => {
    const [t, s] = hitFirst(spot, target, stop, days / 252, vol, drift);
    expect(Math.abs(t + s - Number(calc))).toBeLessThanOrEqual(LIBREOFFICE_TOUCH_ABS);
  });

  test('beyond Calc’s 10-term image series (τ > 5) the 50-digit references side with HIT_FIRST', () => {
    const beyond = LIBREOFFICE.rows.filter((r) => r[6] > LIBREOFFICE_TAU_MAX);
    expect(converged.length).toBeGreaterThanOrEqual(12);
    for (const [spot, target, stop, days, vol, drift, , calc] of beyond) {
      const ref = TRADE.hit_first.find(
        (r) => r[0] === spot && r[1] === target && r[2] === stop && r[3] === days / 252 && r[4] === vol && r[5] === drift,
      );
      expect(ref).toBeDefined();
      const [t, s, n] = hitFirst(spot, target, stop, days / 252, vol, drift);
      expect(probErr(n, ref![8])).toBeLessThanOrEqual(HIT_FIRST_REL);
      // Calc's 1 − value is its truncated survival, above the true one
      expect(t + s).toBeGreaterThan(Number(calc));
    }
  });
});

describe('hitFirst limits', () => {
  test('spot at the target, at the stop, and no time', () => {
    expect(hitFirst(110, 110, 95, 0.25, 0.3, 0.1)).toEqual([1, 0, 0]);
    expect(hitFirst(95, 110, 95, 0.25, 0.3, 0.1)).toEqual([0, 1, 0]);
    expect(hitFirst(100, 110, 95, 0, 0.3, 0.1)).toEqual([0, 0, 1]);
    expect(hitFirst(90, 90, 105, 0.25, 0.3, 0.1)).toEqual([1, 0, 0]); // short at its target
  });

  test('vol 0 follows the deterministic path S₀e^{μT}', () => {
    expect(hitFirst(100, 110, 95, 1, 0, 0.1)).toEqual([1, 0, 0]); // 100e^{0.1} = 110.5
    expect(hitFirst(100, 111, 95, 1, 0, 0.1)).toEqual([0, 0, 1]);
    expect(hitFirst(100, 110, 95, 1, 0, -0.06)).toEqual([0, 1, 0]); // 100e^{−0.06} = 94.2
    expect(hitFirst(100, 90, 105, 1, 0, 0.06)).toEqual([0, 1, 0]); // a short stopped out
    expect(hitFirst(100, 110, 95, 1, 0, 0)).toEqual([0, 0, 1]);
  });

  test('long horizon, log drift 0: P(target first) = (ln spot − ln stop)/(ln target − ln stop)', () => {
    for (const [spot, target, stop, vol] of [
      [100, 110, 95, 0.3],
      [100, 200, 50, 0.8],
      [100, 90, 120, 0.5],
    ]) {
      const [t, s, n] = hitFirst(spot, target, stop, 200, vol, (vol * vol) / 2);
      const exact = (Math.log(spot) - Math.log(stop)) / (Math.log(target) - Math.log(stop));
      expect(relErr(t, exact)).toBeLessThan(1e-14);
      expect(relErr(s, 1 - exact)).toBeLessThan(1e-14);
      expect(n).toBeLessThan(1e-100);
    }
  });

  test('long horizon with drift: gambler’s ruin (1 − e^{−2νa/σ²})/(1 − e^{−2νw/σ²})', () => {
    for (const [vol, drift] of [
      [0.3, 0.1],
      [0.2, -0.15],
      [0.05, 0.02],
      [1.2, 0.3],
    ]) {
      const nu = drift - (vol * vol) / 2;
      const a = Math.log(100 / 95);
      const w = Math.log(110 / 95);
      const exact = -Math.expm1((-2 * nu * a) / (vol * vol)) / -Math.expm1((-2 * nu * w) / (vol * vol));
      const [t, s] = hitFirst(100, 110, 95, 400, vol, drift);
      expect(relErr(t, exact)).toBeLessThan(1e-13);
      expect(relErr(s, 1 - exact)).toBeLessThan(1e-13);
    }
  });

  test('short horizon, far from the stop: target_first tends to the one-barrier touch probability', () => {
    // With the stop 50% away for one day, the double barrier cannot differ from the single one.
    const vol = 0.3;
    const nu = 0.1 - (vol * vol) / 2;
    const T = 1 / 252;
    const s = vol * Math.sqrt(T);
    const b = Math.log(1.02);
    const single = normCdf((nu * T - b) / s) + Math.exp((2 * nu * b) / (vol * vol)) * normCdf((-b - nu * T) / s);
    expect(relErr(hitFirst(100, 102, 50, T, vol, 0.1)[0], single)).toBeLessThan(1e-14);
  });

  test('a short is the long of 1/S: ln S ↦ −ln S with drift μ ↦ σ² − μ', () => {
    for (const [T, vol, drift] of [
      [63 / 252, 0.3, 0.1],
      [1 / 252, 0.5, -0.2],
      [3, 0.2, 0.05],
    ]) {
      const short = hitFirst(100, 90, 105, T, vol, drift);
      const mirror = hitFirst(1 / 100, 1 / 90, 1 / 105, T, vol, vol * vol - drift);
      for (let k = 0; k < 3; k++) expect(relErr(short[k], mirror[k])).toBeLessThan(1e-13);
    }
  });
});

describe('hitFirst and tradeEv properties (fast-check, fixed seed)', () => {
  const trade = fc.record({
    spot: fc.double({ min: 1, max: 1000, noNaN: true }),
    up: fc.double({ min: 1.0005, max: 3, noNaN: true }),
    down: fc.double({ min: 0.3, max: 0.9995, noNaN: true }),
    T: fc.double({ min: 1 / 252, max: 5, noNaN: true }),
    vol: fc.double({ min: 0.03, max: 1.5, noNaN: true }),
    drift: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
    long: fc.boolean(),
  });
  const levels = (t: { spot: number; up: number; down: number; long: boolean }): [number, number] =>
    t.long ? [t.spot * t.up, t.spot * t.down] : [t.spot * t.down, t.spot * t.up];

  test('the three probabilities are in [0, 1] and sum to 1', () => {
    fc.assert(
      fc.property(trade, (t) => {
        const [target, stop] = levels(t);
        const p = hitFirst(t.spot, target, stop, t.T, t.vol, t.drift);
        for (const x of p) expect(x >= 0 && x <= 1).toBe(true);
        expect(Math.abs(p[0] + p[1] + p[2] - 1)).toBeLessThan(1e-14);
      }),
      { seed: 10, numRuns: 2000 },
    );
  });

  test('monotone in the horizon: touching grows, neither shrinks', () => {
    fc.assert(
      fc.property(trade, fc.double({ min: 1.001, max: 3, noNaN: true }), (t, k) => {
        const [target, stop] = levels(t);
        const a = hitFirst(t.spot, target, stop, t.T, t.vol, t.drift);
        const b = hitFirst(t.spot, target, stop, t.T * k, t.vol, t.drift);
        expect(b[0]).toBeGreaterThanOrEqual(a[0] * (1 - 1e-13));
        expect(b[1]).toBeGreaterThanOrEqual(a[1] * (1 - 1e-13));
        expect(b[2]).toBeLessThanOrEqual(a[2] * (1 + 1e-13));
      }),
      { seed: 11, numRuns: 1000 },
    );
  });

  test('drift 0, cost 0: expected P&L 0 for every target, stop and horizon (S is a martingale; optional stopping)', () => {
    fc.assert(
      fc.property(trade, (t) => {
        const [target, stop] = levels(t);
        const [pnl, r] = tradeEv(t.spot, target, stop, t.T, t.vol, 0, 0);
        expect(Math.abs(pnl)).toBeLessThanOrEqual(MARTINGALE_ABS * t.spot);
        expect(Math.abs(r * Math.abs(t.spot - stop))).toBeLessThanOrEqual(MARTINGALE_ABS * t.spot);
      }),
      { seed: 12, numRuns: 2000 },
    );
  });

  test('the sign of the P&L follows the drift: dE[S_τ∧T] = μ·E[∫S dt]', () => {
    fc.assert(
      fc.property(trade, (t) => {
        const [target, stop] = levels(t);
        if (Math.abs(t.drift) < 1e-6) return;
        const [pnl] = tradeEv(t.spot, target, stop, t.T, t.vol, t.drift, 0);
        expect(Math.sign(pnl)).toBe(t.long ? Math.sign(t.drift) : -Math.sign(t.drift));
      }),
      { seed: 13, numRuns: 1000 },
    );
  });
});

describe('priceRange', () => {
  test('the central interval holds prob of S_T: P(S_T < low) = P(S_T > high) = (1 − prob)/2', () => {
    for (const [spot, T, vol, drift, prob] of [
      [100, 0.25, 0.3, 0.1, 0.9],
      [50, 2, 0.6, -0.1, 0.5],
      [100, 1 / 252, 0.2, 0, 0.999999],
    ]) {
      const [low, high] = priceRange(spot, T, vol, drift, prob);
      const nu = drift - (vol * vol) / 2;
      const s = vol * Math.sqrt(T);
      expect(relErr(normCdf((Math.log(low / spot) - nu * T) / s), (1 - prob) / 2)).toBeLessThan(1e-9);
      expect(relErr(normCdf((nu * T - Math.log(high / spot)) / s), (1 - prob) / 2)).toBeLessThan(1e-9);
    }
  });

  test('prob null is one standard deviation: spot·exp(νT ∓ σ√T)', () => {
    const [low, high] = priceRange(100, 1, 0.2, 0.05, null);
    expect(relErr(low, 100 * Math.exp(0.03 - 0.2))).toBeLessThan(IDENTITY_REL);
    expect(relErr(high, 100 * Math.exp(0.03 + 0.2))).toBeLessThan(IDENTITY_REL);
  });

  test('errors', () => {
    expect(thrown(() => priceRange(100, 1, 0.2, 0, 1)).rule).toBe('probability_range');
    expect(thrown(() => priceRange(0, 1, 0.2, 0, 0.5)).rule).toBe('positive');
  });
});

describe('errors name the rule and the argument', () => {
  test('stop on the same side of spot as the target', () => {
    const e = thrown(() => hitFirst(100, 110, 105, 1, 0.3, 0));
    expect([e.rule, e.arg, e.value]).toEqual(['levels_same_side', 'stop', 105]);
    expect(e.message).toBe(
      'stop: 105 is on the same side of spot 100 as target 110; the stop must be on the other side (below spot for a long, above for a short)',
    );
    expect(thrown(() => hitFirst(100, 90, 95, 1, 0.3, 0)).rule).toBe('levels_same_side');
    expect(thrown(() => tradeEv(100, 90, 95, 1, 0.3, 0, 0)).rule).toBe('levels_same_side');
  });

  test('target equal to the stop', () => {
    const e = thrown(() => hitFirst(100, 100, 100, 1, 0.3, 0));
    expect([e.rule, e.arg]).toEqual(['levels_equal', 'stop']);
  });

  test('non-positive prices, negative vol or horizon', () => {
    expect(thrown(() => hitFirst(0, 110, 95, 1, 0.3, 0)).arg).toBe('spot');
    expect(thrown(() => hitFirst(100, 110, -5, 1, 0.3, 0)).arg).toBe('stop');
    expect(thrown(() => hitFirst(100, 110, 95, 1, -0.3, 0)).rule).toBe('min');
    expect(thrown(() => hitFirst(100, 110, 95, -1, 0.3, 0)).rule).toBe('min');
  });

  test('TRADE_EV at the stop has no risk to divide by', () => {
    const e = thrown(() => tradeEv(95, 110, 95, 1, 0.3, 0, 0));
    expect([e.rule, e.arg]).toEqual(['no_risk', 'stop']);
  });
});
