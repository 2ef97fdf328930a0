import { callSpread, putHedge } from './options';
import { KERNELS } from '../../test/reference';
import { IDENTITY_REL, OPTION_STRATEGY_REL, relErr } from '../../test/tolerances';

// References: test/reference/kernels.json, written by kernels.py from the Black–Scholes–Merton closed
// forms at 80 digits with mpmath (Hull, Options, Futures, and Other Derivatives, 10th ed., §15.8,
// eqs. 15.20–15.21, dividend yield as in Merton 1973) and N(d₂) at the breakeven for the probability
// (Hull §15.8: N(d₂) is the risk-neutral probability of finishing above the strike), each row
// cross-checked against QuantLib's BlackCalculator / AnalyticEuropeanEngine. The first rows are the
// catalog's examples CALL_SPREAD(180, 180, 200, 20, 0.45, 0.04) and PUT_HEDGE(180, 160, 20, 0.45,
// 0.04) (year_days 252), then the same with a dividend yield.

describe('callSpread against 50-digit mpmath (test/reference/kernels.json)', () => {
  test.each(KERNELS.call_spread)(
    'S=%p low=%p high=%p T=%p vol=%p r=%p q=%p',
    (S, low, high, T, vol, r, q, debit, maxProfit, breakeven, prob) => {
      const row = callSpread(S, low, high, T, vol, r, q);
      expect(row).toHaveLength(4);
      [debit, maxProfit, breakeven, prob].forEach((ref, k) => {
        expect(relErr(row[k], Number(ref))).toBeLessThanOrEqual(OPTION_STRATEGY_REL);
      });
    },
  );

  test('the catalog example matches the 20-day, 180/200 spread of the table', () => {
    expect(KERNELS.call_spread[0].slice(0, 7)).toEqual([180, 180, 200, 20 / 252, 0.45, 0.04, 0]);
  });

  test('max profit + debit is the strike gap (payoff at and above the high strike)', () => {
    for (const [S, low, high, T, vol, r, q] of KERNELS.call_spread) {
      const [debit, maxProfit] = callSpread(S, low, high, T, vol, r, q);
      expect(relErr(maxProfit + debit, high - low)).toBeLessThanOrEqual(IDENTITY_REL);
    }
  });

  test('the strikes must be ordered', () => {
    expect(() => callSpread(100, 110, 100, 0.1, 0.3, 0, 0)).toThrow('high_strike: 100 must be above low_strike 110');
  });
});

describe('putHedge against 50-digit mpmath (test/reference/kernels.json)', () => {
  test.each(KERNELS.put_hedge)('S=%p K=%p T=%p vol=%p r=%p q=%p', (S, K, T, vol, r, q, cost, frac, maxLoss, breakeven) => {
    const row = putHedge(S, K, T, vol, r, q);
    expect(row).toHaveLength(4);
    [cost, frac, maxLoss, breakeven].forEach((ref, k) => {
      expect(relErr(row[k], Number(ref))).toBeLessThanOrEqual(OPTION_STRATEGY_REL);
    });
  });

  test('the catalog example matches the 20-day 160 put of the table', () => {
    expect(KERNELS.put_hedge[0].slice(0, 6)).toEqual([180, 160, 20 / 252, 0.45, 0.04, 0]);
  });
});
