import fc from 'fast-check';
import { CAP_TOL, portfolioSize, portfolioVar, riskContrib, smallestEigenvalue } from './portfolio';
import { positionSize } from './sizing';
import { DeskError } from '../errors';
import { PORTFOLIO_REL, relErr } from '../../test/tolerances';

/** A cap as the kernel holds it: exact in the decimals typed, i.e. to POSITION_SIZE's relative 1e-12. */
const capped = (cap: number): number => cap + CAP_TOL * Math.abs(cap);

function thrown(f: () => unknown): DeskError {
  try {
    f();
  } catch (e) {
    if (e instanceof DeskError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

/** A valid n×n correlation matrix from a k-factor model: C = S(BBᵀ + diag)S, S scaling to a unit diagonal. */
function factorCorrelation(n: number, k: number, seed: number): number[][] {
  let x = seed;
  const rand = (): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648 - 0.5;
  };
  const B = Array.from({ length: n }, () => Array.from({ length: k }, rand));
  const cov = B.map((bi, i) => B.map((bj, j) => bi.reduce((s, v, f) => s + v * bj[f], 0) + (i === j ? 0.05 : 0)));
  return cov.map((row, i) => row.map((v, j) => (i === j ? 1 : v / Math.sqrt(cov[i][i] * cov[j][j]))));
}

describe('portfolioSize', () => {
  test('a long and a short, caps per position only (worked by hand)', () => {
    // 180/171: risk 2000/9 = 222.2 shares, weight 25000/180 = 138.9 → 138; 50/55 short: risk 400, weight 500 → 400
    const rows = portfolioSize(100000, [180, 50], [171, 55], 0.02, 0.05, 0.25, 0.1, 1);
    expect(rows).toEqual([
      [138, 138 * 180, 138 * 9],
      [-400, 20000, 2000],
    ]);
  });

  test('the heat cap scales every position by the same factor before flooring', () => {
    // heat before the cap: 138.89·9 + 400·5 = 3250 > 2000 → factor 2000/3250: 85.47 → 85, 246.15 → 246
    const rows = portfolioSize(100000, [180, 50], [171, 55], 0.02, 0.02, 0.25, 0.1, 1);
    expect(rows.map((r) => r[0])).toEqual([85, -246]);
    expect((rows[0][2] as number) + (rows[1][2] as number)).toBeLessThanOrEqual(2000);
  });

  test('the cash floor caps the gross value', () => {
    // raw 138.89·180 + 400·50 = 45000 > (1 − 0.7)·100000 = 30000 → factor 2/3: 92.59 → 92, 266.67 → 266
    const rows = portfolioSize(100000, [180, 50], [171, 55], 0.02, 0.05, 0.25, 0.7, 1);
    expect(rows.map((r) => r[0])).toEqual([92, -266]);
  });

  test('blank positions give blank rows; lots of 100', () => {
    const rows = portfolioSize(100000, [180, null, 50], [171, null, 55], 0.02, 0.05, 0.25, 0.1, 100);
    expect(rows).toEqual([
      [100, 18000, 900],
      [null, null, null],
      [-400, 20000, 2000],
    ]);
  });

  test('with non-binding portfolio caps each position is exactly POSITION_SIZE', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 1, max: 500, noNaN: true }), fc.double({ min: 0.5, max: 1.5, noNaN: true })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.double({ min: 0.001, max: 0.05, noNaN: true }),
        fc.double({ min: 0.02, max: 0.5, noNaN: true }),
        fc.constantFrom(1, 10, 100),
        (pos, riskPct, maxWeight, lot) => {
          const entries = pos.map(([e]) => e);
          const stops = pos.map(([e, k]) => (k === 1 ? e * 0.9 : e * k));
          const rows = portfolioSize(1e6, entries, stops, riskPct, 1e9, maxWeight, 0, lot);
          // the gross cap binds (cash floor 0) when the weights before rounding add to more than 1
          const grossRaw = entries.reduce(
            (s, e, i) => s + Math.min((riskPct * 1e6) / Math.abs(e - stops[i]), (maxWeight * 1e6) / e) * e,
            0,
          );
          if (grossRaw > 1e6) return;
          rows.forEach((r, i) => {
            let single: number;
            try {
              single = positionSize(1e6, riskPct, entries[i], stops[i], maxWeight, lot);
            } catch {
              expect(r[0]).toBe(0); // POSITION_SIZE says "not even one lot fits"; in a book that position is 0
              return;
            }
            expect(r[0]).toBe(single); // the same exact floor and cap slack (CAP_TOL) as POSITION_SIZE
          });
        },
      ),
      { seed: 20, numRuns: 500 },
    );
  });

  test("every cap holds on the returned numbers to CAP_TOL, the exact floor's 1e-12 (fast-check, lots 0.1 to 100)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1000, max: 1e8, noNaN: true }),
        fc.array(fc.tuple(fc.double({ min: 0.01, max: 5000, noNaN: true }), fc.double({ min: 0.2, max: 1.8, noNaN: true })), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(0.1, 1, 3, 7, 10, 100),
        (account, pos, riskPct, maxHeat, maxWeight, cashFloor, lot) => {
          const entries = pos.map(([e]) => e);
          const stops = pos.map(([e, k]) => (k === 1 ? e * 0.95 : e * k));
          const rows = portfolioSize(account, entries, stops, riskPct, maxHeat, maxWeight, cashFloor, lot);
          let heat = 0;
          let gross = 0;
          rows.forEach(([shares, value, risk], i) => {
            const q = shares as number;
            expect(value).toBe(Math.abs(q) * entries[i]);
            expect(risk).toBe(Math.abs(q) * Math.abs(entries[i] - stops[i]));
            expect(Math.sign(q) * (entries[i] - stops[i])).toBeGreaterThanOrEqual(0);
            expect(risk as number).toBeLessThanOrEqual(capped(riskPct * account));
            expect(value as number).toBeLessThanOrEqual(capped(maxWeight * account));
            const lots = Math.abs(q) / lot;
            expect(Math.abs(lots - Math.round(lots))).toBeLessThan(1e-9);
            heat += risk as number;
            gross += value as number;
          });
          expect(heat).toBeLessThanOrEqual(capped(maxHeat * account));
          expect(gross).toBeLessThanOrEqual(capped((1 - cashFloor) * account));
        },
      ),
      { seed: 21, numRuns: 1000 },
    );
  });

  test("one position is sized as POSITION_SIZE sizes it: the exact floor, not the double's rounding", () => {
    // 0.25 × 100 = 25 exactly. 0.29 × 100 = 28.999999999999996 in doubles: the user typed a 29 budget, so
    // 29 shares at 1 per share (a loss of 29 is within CAP_TOL of the cap), as POSITION_SIZE says.
    expect(portfolioSize(100, [1], [0], 0.25, 1, 1, 0, 1)[0]).toEqual([25, 25, 25]);
    expect(portfolioSize(100, [1], [0], 0.29, 1, 1, 0, 1)[0][0]).toBe(29);
    expect(positionSize(100, 0.29, 1, 0, 1, 1)).toBe(29);
  });

  test('more lots than a double counts one by one (> 2^53) still finish, within every cap', () => {
    // lot 1e-300: the raw count is ~1e303 lots, where subtracting one lot changes nothing
    const [[shares, value, risk]] = portfolioSize(1e6, [3], [1], 0.3, 0.1, 1, 0, 1e-300);
    expect(risk as number).toBeLessThanOrEqual(capped(0.1 * 1e6));
    expect(value).toBe(Math.abs(shares as number) * 3);
    expect(shares as number).toBeGreaterThan((0.99 * (0.1 * 1e6)) / 2);
  });

  test('errors: a stop at the entry names the cell; bad entries; mismatched lengths', () => {
    const e = thrown(() => portfolioSize(100000, [180, 50], [171, 50], 0.02, 0.05, 0.25, 0.1, 1));
    expect([e.rule, e.arg, e.cell]).toEqual(['no_risk', 'stops', '2']);
    expect(e.message).toBe('stops (cell 2): 50 equals entry 50; there is no risk per share');
    expect(thrown(() => portfolioSize(100000, [-1], [5], 0.02, 0.05, 0.25, 0.1, 1)).rule).toBe('positive');
    expect(thrown(() => portfolioSize(100000, [1, 2], [5], 0.02, 0.05, 0.25, 0.1, 1)).rule).toBe('size_mismatch');
    expect(thrown(() => portfolioSize(100000, [1], [5], 0.02, 0.05, 0.25, 0.1, 0)).rule).toBe('positive');
  });
});

describe('portfolioVar', () => {
  // z and φ(z)/(1 − c) at 30 digits from mpmath (√2·erfinv(2c − 1), npdf)
  const Z99 = 2.326347874040841; // 2.32634787404084110088560616335
  const ES99 = 2.665214220345805; // 2.66521422034580481321630080859
  const Z95 = 1.6448536269514726; // 1.64485362695147271486384890799
  const ES95 = 2.062712807507426; // 2.06271280750742601926920571441

  test('one position: VaR = z·|value|·vol·√T, ES = φ(z)/(1 − c)·|value|·vol·√T', () => {
    const [v, es] = portfolioVar([1e6], [0.2], null, 1, 0.99);
    expect(relErr(v, Z99 * 2e5)).toBeLessThan(PORTFOLIO_REL);
    expect(relErr(es, ES99 * 2e5)).toBeLessThan(PORTFOLIO_REL);
    const [v2, es2] = portfolioVar([-5e5], [0.3], 0.5, 10 / 252, 0.95);
    expect(relErr(v2, Z95 * 1.5e5 * Math.sqrt(10 / 252))).toBeLessThan(PORTFOLIO_REL);
    expect(relErr(es2, ES95 * 1.5e5 * Math.sqrt(10 / 252))).toBeLessThan(PORTFOLIO_REL);
  });

  test('zero correlation: VaR = √Σ single VaR²; correlation 1 (null): the sum of single VaRs', () => {
    const values = [1e6, -3e5, 2e5, 4e5];
    const vols = [0.2, 0.35, 0.6, 0.15];
    const single = values.map((v, i) => portfolioVar([v], [vols[i]], null, 0.5, 0.99)[0]);
    const identity = values.map((_, i) => values.map((__, j) => (i === j ? 1 : 0)));
    const root = Math.sqrt(single.reduce((s, x) => s + x * x, 0));
    expect(relErr(portfolioVar(values, vols, 0, 0.5, 0.99)[0], root)).toBeLessThan(PORTFOLIO_REL);
    expect(relErr(portfolioVar(values, vols, identity, 0.5, 0.99)[0], root)).toBeLessThan(PORTFOLIO_REL);
    const longs = [1e6, 3e5, 2e5];
    const sumSingle = longs.map((v, i) => portfolioVar([v], [vols[i]], null, 0.5, 0.99)[0]).reduce((a, b) => a + b, 0);
    expect(relErr(portfolioVar(longs, vols.slice(0, 3), null, 0.5, 0.99)[0], sumSingle)).toBeLessThan(PORTFOLIO_REL);
  });

  test('two positions: σ² = w₁² + w₂² + 2ρw₁w₂, matrix and scalar alike', () => {
    const rho = -0.35;
    const w1 = 1e6 * 0.2;
    const w2 = 5e5 * 0.4;
    const sigma = Math.sqrt(w1 * w1 + w2 * w2 + 2 * rho * w1 * w2);
    expect(relErr(portfolioVar([1e6, 5e5], [0.2, 0.4], rho, 1, 0.99)[0], Z99 * sigma)).toBeLessThan(PORTFOLIO_REL);
    const m = portfolioVar(
      [1e6, 5e5],
      [0.2, 0.4],
      [
        [1, rho],
        [rho, 1],
      ],
      1,
      0.99,
    );
    expect(relErr(m[0], Z99 * sigma)).toBeLessThan(PORTFOLIO_REL);
    expect(relErr(m[1], ES99 * sigma)).toBeLessThan(PORTFOLIO_REL);
  });

  test('semidefinite matrices are accepted: all ones (rank 1) and a sample correlation of 3 returns for 6 assets (rank 2)', () => {
    const ones = Array.from({ length: 6 }, () => Array(6).fill(1) as number[]);
    expect(relErr(portfolioVar([1, 2, 3, 4, 5, 6], Array(6).fill(0.1) as number[], ones, 1, 0.99)[0], Z99 * 2.1)).toBeLessThan(
      PORTFOLIO_REL,
    );
    const r = [
      [0.01, -0.02, 0.015, 0.003, -0.01, 0.02],
      [0.005, 0.01, -0.02, 0.012, 0.0, -0.015],
      [-0.012, 0.004, 0.006, -0.02, 0.018, 0.001],
    ];
    const mean = (j: number): number => (r[0][j] + r[1][j] + r[2][j]) / 3;
    const cov = (i: number, j: number): number => r.reduce((s, row) => s + (row[i] - mean(i)) * (row[j] - mean(j)), 0);
    const corr = r[0].map((_, i) => r[0].map((__, j) => (i === j ? 1 : cov(i, j) / Math.sqrt(cov(i, i) * cov(j, j)))));
    const [v] = portfolioVar([1, 1, 1, 1, 1, 1], Array(6).fill(0.2) as number[], corr, 1, 0.95);
    expect(v).toBeGreaterThanOrEqual(0);
  });

  test('errors name the cell: not square, diagonal, symmetry, range; not PSD reports the smallest eigenvalue', () => {
    const sq = thrown(() => portfolioVar([1, 2], [0.1, 0.1], [[1, 0.2]], 1, 0.99));
    expect([sq.rule, sq.arg]).toEqual(['not_square', 'correlations']);
    const d = thrown(() =>
      portfolioVar(
        [1, 2],
        [0.1, 0.1],
        [
          [1, 0.2],
          [0.2, 0.9],
        ],
        1,
        0.99,
      ),
    );
    expect([d.rule, d.cell]).toEqual(['corr_diagonal', '2,2']);
    const s = thrown(() =>
      portfolioVar(
        [1, 2],
        [0.1, 0.1],
        [
          [1, 0.2],
          [0.3, 1],
        ],
        1,
        0.99,
      ),
    );
    expect([s.rule, s.cell]).toEqual(['corr_symmetric', '1,2']);
    expect(s.message).toBe('correlations (cell 1,2): 0.2 differs from 0.3 in cell 2,1; a correlation matrix must be symmetric');
    const rg = thrown(() =>
      portfolioVar(
        [1, 2],
        [0.1, 0.1],
        [
          [1, 1.2],
          [1.2, 1],
        ],
        1,
        0.99,
      ),
    );
    expect([rg.rule, rg.cell]).toEqual(['corr_range', '1,2']);
    // [[1, a, a], [a, 1, −a], [a, −a, 1]] has eigenvalues 1 − 2a, 1 + a, 1 + a: −0.8 for a = 0.9
    const p = thrown(() =>
      portfolioVar(
        [1, 2, 3],
        [0.1, 0.1, 0.1],
        [
          [1, 0.9, 0.9],
          [0.9, 1, -0.9],
          [0.9, -0.9, 1],
        ],
        1,
        0.99,
      ),
    );
    expect(p.rule).toBe('corr_not_psd');
    expect(p.params.eigenvalue).toBeCloseTo(-0.8, 12);
    // one correlation for every pair: eigenvalue 1 + (n − 1)ρ
    const sc = thrown(() => portfolioVar([1, 2, 3, 4, 5], Array(5).fill(0.1) as number[], -0.3, 1, 0.99));
    expect([sc.rule, sc.params.eigenvalue]).toEqual(['corr_not_psd', -0.2]);
    expect(thrown(() => portfolioVar([1], [0.1], 2, 1, 0.99)).rule).toBe('corr_range');
    expect(thrown(() => portfolioVar([1], [0.1], null, 1, 1)).rule).toBe('probability_range');
    expect(thrown(() => portfolioVar([1, 2], [0.1], null, 1, 0.99)).rule).toBe('size_mismatch');
    const v = thrown(() => portfolioVar([1, 2], [0.1, -0.1], null, 1, 0.99));
    expect([v.rule, v.cell]).toEqual(['min', '2']);
  });

  test('smallest eigenvalue of the compound-symmetry matrix (1 − ρ)I + ρ11ᵀ: min(1 − ρ, 1 + (n − 1)ρ)', () => {
    for (const [n, rho] of [
      [5, -0.3],
      [40, 0.6],
      [40, -0.05],
    ]) {
      const c = new Float64Array(n * n).map((_, k) => (k % (n + 1) === 0 ? 1 : rho));
      expect(smallestEigenvalue(c, n)).toBeCloseTo(Math.min(1 - rho, 1 + (n - 1) * rho), 12);
    }
  });

  test('500 positions with a full matrix: validation passes and the contributions sum to 1 (speed is in npm run bench)', () => {
    const n = 500;
    const corr = factorCorrelation(n, 5, 7);
    const values = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? -1 : 1) * (1000 + i));
    const vols = Array.from({ length: n }, (_, i) => 0.1 + (i % 10) / 20);
    const [v, es] = portfolioVar(values, vols, corr, 1, 0.99);
    const c = riskContrib(values, vols, corr);
    expect(v).toBeGreaterThan(0);
    expect(es).toBeGreaterThan(v);
    expect(Math.abs(c.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
  });
});

describe('riskContrib', () => {
  test('sums to 1; zero correlation gives w_i²/Σw²', () => {
    const values = [1e6, -3e5, 2e5];
    const vols = [0.2, 0.35, 0.6];
    const w = values.map((v, i) => v * vols[i]);
    const ss = w.reduce((s, x) => s + x * x, 0);
    riskContrib(values, vols, 0).forEach((c, i) => expect(relErr(c, (w[i] * w[i]) / ss)).toBeLessThan(PORTFOLIO_REL));
    const corr = factorCorrelation(30, 3, 3);
    const c = riskContrib(
      Array.from({ length: 30 }, (_, i) => 100 * (i + 1) * (i % 3 === 0 ? -1 : 1)),
      Array(30).fill(0.25) as number[],
      corr,
    );
    expect(Math.abs(c.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-13);
  });

  test('a perfect hedge has no variance to share: an error', () => {
    expect(thrown(() => riskContrib([1e6, -1e6], [0.2, 0.2], null)).rule).toBe('zero_variance');
    expect(thrown(() => riskContrib([0, 0], [0.2, 0.2], 0.3)).rule).toBe('zero_variance');
  });
});
