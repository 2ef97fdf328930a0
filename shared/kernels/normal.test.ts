import fc from 'fast-check';
import { MILLS_REST_FROM, millsRest, normCdf, normCdfGivenExp, normCdfScaled, normInv, normPdf } from './normal';
import { NORMAL } from '../../test/reference';
import { IDENTITY_REL, MILLS_REST_REL, NORMAL_CDF_REL, NORMAL_INV_REL, relErr } from '../../test/tolerances';

describe('normCdfGivenExp', () => {
  // The caller's e^{−x²/2} carries one rounding of its own; the mpmath table (50 digits) is the reference.
  test.each(NORMAL.cdf.filter(([x, ref]) => Number(ref) > 0 && Math.abs(Number(x)) < 37))(
    'Φ(%p) from e^{−x²/2} to 2e-15 relative',
    (x, ref) => {
      const v = Number(x);
      expect(relErr(normCdfGivenExp(v, Math.exp(-0.5 * v * v)), Number(ref))).toBeLessThanOrEqual(NORMAL_CDF_REL * (1 + 0.5 * v * v));
    },
  );
});

describe('normCdf', () => {
  // Reference: test/reference/normal.json, mpmath.ncdf at 50 digits on x = −37…8 (step 1/16 and 1/7).
  test.each(NORMAL.cdf.filter(([, ref]) => Number(ref) > 0))('Φ(%p) to 2e-15 relative', (x, ref) => {
    expect(relErr(normCdf(x), Number(ref))).toBeLessThanOrEqual(NORMAL_CDF_REL);
  });

  test('does not collapse to 0 below −8.3 like jStat and formulajs', () => {
    // mpmath.ncdf(-10) = 7.619853024160526065973343e-24
    expect(relErr(normCdf(-10), Number('7.619853024160526065973343e-24'))).toBeLessThanOrEqual(NORMAL_CDF_REL);
    expect(normCdf(-38)).toBeGreaterThan(0);
  });

  test('symmetry Φ(x) + Φ(−x) = 1 and monotonicity', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (x) => {
        expect(Math.abs(normCdf(x) + normCdf(-x) - 1)).toBeLessThanOrEqual(4e-16);
        expect(normCdf(x + 1e-3)).toBeGreaterThanOrEqual(normCdf(x));
      }),
      { seed: 20261124, numRuns: 500 },
    );
  });

  test('scaled lower tail Φ(z)·e^{z²/2} agrees with the direct product where both are finite', () => {
    for (let z = -30; z <= 0; z += 0.37) {
      expect(relErr(normCdfScaled(z), normCdf(z) * Math.exp((z * z) / 2))).toBeLessThanOrEqual(1e-13);
    }
  });

  test('density at 0 and 1 (closed form 1/√(2π)·e^{−x²/2})', () => {
    expect(relErr(normPdf(0), Number('0.3989422804014326779399461'))).toBeLessThanOrEqual(IDENTITY_REL);
    expect(relErr(normPdf(1), Number('0.2419707245191433497978302'))).toBeLessThanOrEqual(IDENTITY_REL);
  });
});

describe('millsRest', () => {
  // Reference: test/reference/normal.json, 1 − x·ncdf(−x)/npdf(x) by mpmath at 50 digits on
  // 241 points of [4√2, 40] (denser near 4√2, where the correction is largest).
  test.each(NORMAL.mills_rest)('1 − x·Φ(−x)/φ(x) at x = %p to 2e-15 relative', (x, ref) => {
    expect(x).toBeGreaterThanOrEqual(MILLS_REST_FROM * (1 - 1e-15));
    expect(relErr(millsRest(x), Number(ref))).toBeLessThanOrEqual(MILLS_REST_REL);
  });
});

describe('normInv', () => {
  // Reference: test/reference/normal.json, root of log Φ(x) = log p solved by mpmath at 50 digits,
  // p from 1e-300 to 1 − 1e-16.
  test.each(NORMAL.inv)('Φ⁻¹(%p) to 2e-15 relative', (p, ref) => {
    const expected = Number(ref);
    const got = normInv(p);
    if (expected === 0) expect(got).toBe(0);
    else expect(relErr(got, expected)).toBeLessThanOrEqual(NORMAL_INV_REL);
  });

  test('edges: 0, 1 and outside', () => {
    expect(normInv(0)).toBe(-Infinity);
    expect(normInv(1)).toBe(Infinity);
    expect(normInv(-0.1)).toBeNaN();
    expect(normInv(0.5)).toBe(0);
  });

  test('round trip Φ(Φ⁻¹(p)) = p within its conditioning (relative change of Φ is x² times that of x)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 0.5, noNaN: true }), (p) => {
        const x = normInv(p);
        expect(relErr(normCdf(x), p)).toBeLessThanOrEqual(4 * (1 + x * x) * Number.EPSILON);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
