import fc from 'fast-check';
import { impliedProb, scenarioBayes, scenarioEv, scenarioProb } from './scenario';
import { KERNELS } from '../../test/reference';
import { ELEMENTARY_REL, IDENTITY_REL, SCENARIO_PROB_REL, relErr } from '../../test/tolerances';

describe('scenarioProb against the 50-digit formula (test/reference/kernels.json)', () => {
  // The table is in trading days (252 a year); the kernel takes T in years.
  test.each(KERNELS.scenario_prob)('spot %p target %p days %p vol %p drift %p %s', (spot, target, days, vol, drift, mode, ref) => {
    expect(relErr(scenarioProb(spot, target, days / 252, vol, drift, mode), Number(ref))).toBeLessThanOrEqual(SCENARIO_PROB_REL);
  });
});

describe('scenarioProb limits and identities', () => {
  test('zero drift of ln S: touch is exactly twice end (reflection principle)', () => {
    // drift = σ²/2 makes ν = 0.
    for (const [target, vol] of [
      [120, 0.3],
      [80, 0.5],
      [101, 0.1],
    ]) {
      const end = scenarioProb(100, target, 30 / 252, vol, (vol * vol) / 2, 'end');
      const touch = scenarioProb(100, target, 30 / 252, vol, (vol * vol) / 2, 'touch');
      expect(relErr(touch, 2 * end)).toBeLessThanOrEqual(IDENTITY_REL);
    }
  });

  test('target = spot: touch is 1', () => {
    expect(scenarioProb(100, 100, 20 / 252, 0.3, 0, 'touch')).toBe(1);
  });

  test('vol = 0 and T = 0 give the deterministic limit, never NaN', () => {
    expect(scenarioProb(100, 110, 1, 0, 0.1, 'end')).toBe(1); // 100·e^0.1 = 110.5 ≥ 110
    expect(scenarioProb(100, 111, 1, 0, 0.1, 'end')).toBe(0);
    expect(scenarioProb(100, 90, 1, 0, 0.1, 'touch')).toBe(0);
    expect(scenarioProb(100, 110, 0, 0.3, 0, 'end')).toBe(0);
    expect(scenarioProb(100, 100, 0, 0.3, 0, 'end')).toBe(1);
  });

  test('small vol and long horizon stay finite (no overflow of e^{2νb/σ²})', () => {
    // e^{2νb/σ²} = e^{2·0.05·ln 2/1e-6} would overflow; the probability is essentially 1 here
    // (the deterministic path reaches 200 after ln2/0.05 = 13.9 years < 20 years).
    const p = scenarioProb(100, 200, 20, 0.001, 0.05, 'touch');
    expect(Number.isFinite(p)).toBe(true);
    expect(p).toBeCloseTo(1, 12);
    const q = scenarioProb(100, 300, 20, 0.001, 0.05, 'touch'); // ln3/0.05 = 22 years > 20
    expect(q).toBeGreaterThanOrEqual(0);
    expect(q).toBeLessThan(1e-12);
  });
});

describe('scenarioProb properties (fast-check, fixed seed)', () => {
  const args = fc.record({
    spot: fc.double({ min: 1, max: 1000, noNaN: true }),
    ratio: fc.double({ min: 0.2, max: 5, noNaN: true }),
    days: fc.double({ min: 0.5, max: 2520, noNaN: true }),
    vol: fc.double({ min: 0.01, max: 2, noNaN: true }),
    drift: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
  });

  test('probabilities in [0, 1] and touch ≥ end', () => {
    fc.assert(
      fc.property(args, ({ spot, ratio, days, vol, drift }) => {
        const end = scenarioProb(spot, spot * ratio, days / 252, vol, drift, 'end');
        const touch = scenarioProb(spot, spot * ratio, days / 252, vol, drift, 'touch');
        expect(end).toBeGreaterThanOrEqual(0);
        expect(touch).toBeLessThanOrEqual(1);
        expect(touch).toBeGreaterThanOrEqual(end * (1 - 1e-15));
      }),
      { seed: 42, numRuns: 1000 },
    );
  });

  test('a farther target (same direction) is never more likely', () => {
    fc.assert(
      fc.property(args, fc.double({ min: 1.0001, max: 2, noNaN: true }), ({ spot, ratio, days, vol, drift }, step) => {
        const farther = ratio >= 1 ? ratio * step : ratio / step;
        for (const mode of ['end', 'touch'] as const) {
          const near = scenarioProb(spot, spot * ratio, days / 252, vol, drift, mode);
          const far = scenarioProb(spot, spot * farther, days / 252, vol, drift, mode);
          expect(far).toBeLessThanOrEqual(near + 1e-15);
        }
      }),
      { seed: 43, numRuns: 1000 },
    );
  });

  test('more volatility makes a target beyond the drifted median more likely ("end")', () => {
    // ∂z₁/∂σ > 0 exactly when c − m·T > σ²T/2 (m the drift toward the target): the target lies
    // beyond where the drift and the volatility drag alone would take the price.
    fc.assert(
      fc.property(args, fc.double({ min: 1.001, max: 1.5, noNaN: true }), ({ spot, ratio, days, vol, drift }, bump) => {
        const T = days / 252;
        const vHigh = Math.min(vol * bump, 2);
        const c = Math.abs(Math.log(ratio));
        const m = ratio >= 1 ? drift : -drift;
        fc.pre(c - m * T > (vHigh * vHigh * T) / 2 + 1e-9);
        const lo = scenarioProb(spot, spot * ratio, days / 252, vol, drift, 'end');
        const hi = scenarioProb(spot, spot * ratio, days / 252, vHigh, drift, 'end');
        expect(hi).toBeGreaterThanOrEqual(lo * (1 - 1e-12));
      }),
      { seed: 44, numRuns: 1000 },
    );
  });
});

describe('scenarioEv', () => {
  // The column's semiconductor view: bull 65% (+12%), base 25% (−5%), bear 10% (−20%). Exact
  // arithmetic: mean = 0.078 − 0.0125 − 0.02 = 0.0455; p_loss = 0.35.
  const p = [0.65, 0.25, 0.1];
  const o = [0.12, -0.05, -0.2];
  test('mean, stdev and p_loss (hand-computed exact decimals)', () => {
    expect(scenarioEv(p, o, 'mean')).toBeCloseTo(0.0455, 15);
    expect(scenarioEv(p, o, 'p_loss')).toBeCloseTo(0.35, 15);
    // Var = Σp(o − 0.0455)² = 0.65·0.0745² + 0.25·0.0955² + 0.1·0.2455²
    //     = 0.0036076625 + 0.0022800625 + 0.006027025 = 0.01191475 (= 47659/4000000, exact);
    // √0.01191475 to 50 digits (mpmath): 0.10915470672398877367614482691617502649931698985809.
    expect(relErr(scenarioEv(p, o, 'stdev'), Number('0.10915470672398877367614482691617502649931698985809'))).toBeLessThanOrEqual(
      ELEMENTARY_REL,
    );
  });

  test('probabilities must sum to 1 within 1e-9, and the message states the sum', () => {
    expect(() => scenarioEv([0.6, 0.3], [1, 2], 'mean')).toThrow('probabilities: sum to 0.9, not 1');
    expect(() => scenarioEv([1.2, -0.2], [1, 2], 'mean')).toThrow('probabilities (cell 1): 1.2 must be between 0 and 1');
    expect(scenarioEv([0.1, 0.2, 0.7 + 5e-10], [1, 1, 1], 'mean')).toBeCloseTo(1, 8);
  });
});

describe('scenarioBayes', () => {
  test("the catalog example: Bayes' rule by hand in exact fractions", () => {
    // joint = prior × likelihood = 0.65·0.3, 0.25·0.6, 0.1·0.9 = 0.195, 0.15, 0.09; evidence 0.435;
    // posteriors 195/435 = 13/29, 150/435 = 10/29, 90/435 = 6/29.
    const post = scenarioBayes([0.65, 0.25, 0.1], [0.3, 0.6, 0.9]);
    expect(post).toHaveLength(3);
    [13 / 29, 10 / 29, 6 / 29].forEach((exact, k) => expect(relErr(post[k], exact)).toBeLessThanOrEqual(ELEMENTARY_REL));
  });

  test('posteriors are prior × likelihood normalized, and sum to 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 }),
        (w, l) => {
          const total = w.reduce((a, b) => a + b, 0);
          const priors = w.map((x) => x / total);
          const like = l.slice(0, priors.length);
          fc.pre(like.some((x, k) => x * priors[k] > 0));
          const post = scenarioBayes(priors, like);
          expect(Math.abs(post.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(1e-14);
          post.forEach((x) => expect(x).toBeGreaterThanOrEqual(0));
        },
      ),
      { seed: 5, numRuns: 500 },
    );
  });

  test('zero evidence is an error', () => {
    expect(() => scenarioBayes([0.5, 0.5], [0, 0])).toThrow('the evidence has probability 0');
  });
});

describe('impliedProb', () => {
  test('(low_call − high_call) / ((high − low)·e^{−rT}), arbitrage outside [0, 1]', () => {
    expect(impliedProb(100, 110, 6.5, 2.9, 0, 0)).toBeCloseTo(0.36, 15);
    // T = 0.25, r = 0.04: p = 3.6 / (10·e^{−0.01}) = 0.36·e^{0.01}, to 50 digits (mpmath):
    expect(
      relErr(impliedProb(100, 110, 6.5, 2.9, 0.25, 0.04), Number('0.36361806015030050071517956448502961217065039254875')),
    ).toBeLessThanOrEqual(ELEMENTARY_REL);
    expect(() => impliedProb(100, 110, 2, 3, 0, 0)).toThrow('below 0, so the quotes allow arbitrage');
    expect(() => impliedProb(100, 110, 15, 3, 0, 0)).toThrow('above 1, so the quotes allow arbitrage');
    expect(() => impliedProb(110, 100, 5, 3, 0, 0)).toThrow('high_strike: 100 must be above low_strike 110');
  });
});
