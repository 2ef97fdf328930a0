import { histVol, leverageDrag, maxDrawdown, valueAtRisk } from './risk';
import { KERNELS } from '../../test/reference';
import { relErr } from '../../test/tolerances';

/** Sums of ~30 log returns in doubles against 50-digit sums. */
const STATS_REL = 1e-12;
const CLOSED_FORM_REL = 1e-14;

describe('histVol against 50-digit mpmath (kernels.json)', () => {
  test.each(KERNELS.hist_vol)('%j', (series, ref) => {
    expect(relErr(histVol(series, 252), Number(ref))).toBeLessThanOrEqual(STATS_REL);
  });

  test('needs at least three prices', () => {
    expect(() => histVol([1, 2], 252)).toThrow('prices: 2 prices found; at least 3 are needed');
  });
});

describe('maxDrawdown', () => {
  test('peak 120 to trough 80 is −1/3; a rising series has none', () => {
    expect(maxDrawdown([100, 120, 90, 110, 80, 130])).toBe(-1 / 3);
    expect(maxDrawdown([1, 2, 3])).toBe(0);
    expect(() => maxDrawdown([5])).toThrow('at least 2 are needed');
  });
});

describe('leverageDrag (Avellaneda & Zhang 2010) against 50-digit mpmath', () => {
  test.each(KERNELS.leverage_drag)('L=%p vol=%p days=%p', (L, vol, days, ref) => {
    expect(relErr(leverageDrag(L, vol, days / 252), Number(ref))).toBeLessThanOrEqual(CLOSED_FORM_REL);
  });
});

describe('valueAtRisk against 50-digit mpmath', () => {
  test.each(KERNELS.value_at_risk)('V=%p vol=%p days=%p c=%p drift=%p', (V, vol, days, c, mu, ref) => {
    expect(relErr(valueAtRisk(V, vol, days / 252, c, mu), Number(ref))).toBeLessThanOrEqual(1e-13);
  });
});
