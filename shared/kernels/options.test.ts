import { bsPrice } from './blackscholes';
import { callSpread, putHedge } from './options';
import { normCdf } from './normal';
import { IDENTITY_REL, relErr } from '../../test/tolerances';

describe('callSpread', () => {
  test('is the difference of two calls; profit, breakeven and probability follow from it', () => {
    const [debit, maxProfit, breakeven, prob] = callSpread(180, 180, 200, 20 / 252, 0.45, 0.04, 0);
    const expectedDebit = bsPrice('call', 180, 180, 20 / 252, 0.45, 0.04, 0) - bsPrice('call', 180, 200, 20 / 252, 0.45, 0.04, 0);
    expect(debit).toBe(expectedDebit);
    expect(maxProfit).toBeCloseTo(20 - expectedDebit, 12);
    expect(breakeven).toBeCloseTo(180 + expectedDebit, 12);
    // Risk-neutral P(S_T > B) = Φ(d₂(B)) (Hull, 10th ed., §15.8: N(d₂) is the probability of exercise).
    const s = 0.45 * Math.sqrt(20 / 252);
    const F = 180 * Math.exp(0.04 * (20 / 252));
    expect(relErr(prob, normCdf(Math.log(F / breakeven) / s - s / 2))).toBeLessThanOrEqual(IDENTITY_REL);
    expect(debit).toBeGreaterThan(0);
    expect(debit).toBeLessThan(20);
  });

  test('the strikes must be ordered', () => {
    expect(() => callSpread(100, 110, 100, 0.1, 0.3, 0, 0)).toThrow('high_strike: 100 must be above low_strike 110');
  });
});

describe('putHedge', () => {
  test('cost, cost fraction, maximum loss including premium and breakeven for one share', () => {
    const [cost, frac, maxLoss, breakeven] = putHedge(180, 160, 20 / 252, 0.45, 0.04, 0);
    expect(cost).toBe(bsPrice('put', 180, 160, 20 / 252, 0.45, 0.04, 0));
    expect(frac).toBe(cost / 180);
    expect(maxLoss).toBeCloseTo(20 + cost, 12);
    expect(breakeven).toBeCloseTo(180 + cost, 12);
  });
});
