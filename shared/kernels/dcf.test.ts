import fc from 'fast-check';
import { dcfReprice, dcfValue, impliedGrowth, peReprice, unitPresentValue } from './dcf';
import { KERNELS } from '../../test/reference';
import { DCF_REL, relErr } from '../../test/tolerances';

describe('dcfValue against 50-digit term-by-term sums (test/reference/kernels.json)', () => {
  test.each(KERNELS.dcf_value)('cf %p g %p r %p n %p gT %p', (cf, g, r, n, gt, ref) => {
    expect(relErr(dcfValue(cf, g, r, n, gt), Number(ref))).toBeLessThanOrEqual(DCF_REL);
  });
});

describe('dcfValue closed forms', () => {
  test('years = 0 is the Gordon growth model: D₀(1+g)/(r − g) (2·1.05/0.05 = 42)', () => {
    expect(relErr(dcfValue(2, 0.3, 0.1, 0, 0.05), 42)).toBeLessThanOrEqual(DCF_REL);
  });

  test('growth = discount is exact: stage one is n·CF, not 0/0', () => {
    // n = 5 years at g = r = 9%: 5 + 1.025/(0.09 − 0.025)
    expect(relErr(unitPresentValue(0.09, 0.09, 5, 0.025), 5 + 1.025 / 0.065)).toBeLessThanOrEqual(DCF_REL);
  });

  test('discount must exceed terminal growth', () => {
    expect(() => dcfValue(1, 0.1, 0.02, 5, 0.025)).toThrow('discount: 0.02 must exceed terminal_growth 0.025');
  });
});

describe('dcfReprice', () => {
  test('identical assumptions return the price exactly', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: -0.5, max: 1, noNaN: true }),
        fc.double({ min: 0.03, max: 0.3, noNaN: true }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        fc.integer({ min: 0, max: 30 }),
        (price, g, r, m, n) => {
          expect(dcfReprice(price, g, g, r, r, m, m, n, 0.025)).toBe(price);
        },
      ),
      { seed: 3, numRuns: 1000 },
    );
  });

  test('is the ratio of two DCF values (checked against the 50-digit sums)', () => {
    // kernels.json rows 2 and 3: unit PV at g = 15% and g = 20%, r = 9%, n = 5, gT = 2.5%.
    const pv15 = Number(KERNELS.dcf_value[2][5]);
    const pv20 = Number(KERNELS.dcf_value[3][5]);
    expect(relErr(dcfReprice(180, 0.15, 0.2, 0.09, 0.09, 1, 1, 5, 0.025), (180 * pv20) / pv15)).toBeLessThanOrEqual(DCF_REL);
  });

  test('names the discount argument that breaks the Gordon condition', () => {
    expect(() => dcfReprice(100, 0.1, 0.1, 0.09, 0.02, 1, 1, 5, 0.025)).toThrow('new_discount: 0.02 must exceed');
  });
});

describe('impliedGrowth', () => {
  test('inverts dcfValue (round trip over growth, discount and horizon)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.5, max: 2, noNaN: true }),
        fc.double({ min: 0.05, max: 0.2, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        (g, r, n) => {
          const price = dcfValue(3.2, g, r, n, 0.025);
          expect(Math.abs(impliedGrowth(price, 3.2, r, n, 0.025) - g)).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(g)));
        },
      ),
      { seed: 12, numRuns: 500 },
    );
  });

  test('recovers the 50-digit reference case (kernels.json row 1: 10% growth)', () => {
    expect(Math.abs(impliedGrowth(Number(KERNELS.dcf_value[0][5]), 100, 0.09, 5, 0.025) - 0.1)).toBeLessThanOrEqual(1e-13);
  });

  test('errors: a price out of reach, a non-positive cash flow, no growth stage', () => {
    expect(() => impliedGrowth(0.5, 100, 0.09, 5, 0.025)).toThrow('price: 0.5 is outside what any growth from -99% to +1000% gives');
    expect(() => impliedGrowth(100, -1, 0.09, 5, 0.025)).toThrow('cash_flow: -1 must be > 0');
    expect(() => impliedGrowth(100, 1, 0.09, 0, 0.025)).toThrow('years: 0 leaves no stage-one growth');
  });
});

describe('peReprice', () => {
  test('keeps the current multiple by default, or applies the one given', () => {
    expect(peReprice(180, 4, 5, null)).toBe(225);
    expect(peReprice(180, 4, 5, 40)).toBe(200);
    expect(() => peReprice(180, -2, 5, null)).toThrow('old_eps: -2 must be > 0 to keep the current multiple; give new_pe');
  });
});
