import { gaussLegendre, integrate } from './quadrature';

const REL = 1e-14;

describe('gaussLegendre', () => {
  test('n = 2: nodes ±1/√3, weights 1 (Abramowitz & Stegun, Table 25.4)', () => {
    const { nodes, weights } = gaussLegendre(2);
    expect(Math.abs(nodes[0] + 1 / Math.sqrt(3))).toBeLessThan(1e-15);
    expect(Math.abs(nodes[1] - 1 / Math.sqrt(3))).toBeLessThan(1e-15);
    expect(Math.abs(weights[0] - 1)).toBeLessThan(1e-15);
    expect(Math.abs(weights[1] - 1)).toBeLessThan(1e-15);
  });

  test('n = 3: nodes 0, ±√(3/5); weights 8/9, 5/9 (Abramowitz & Stegun, Table 25.4)', () => {
    const { nodes, weights } = gaussLegendre(3);
    [-Math.sqrt(0.6), 0, Math.sqrt(0.6)].forEach((x, i) => expect(Math.abs(nodes[i] - x)).toBeLessThan(1e-15));
    [5 / 9, 8 / 9, 5 / 9].forEach((w, i) => expect(Math.abs(weights[i] - w)).toBeLessThan(1e-15));
  });

  test('weights sum to 2, the length of [−1, 1], for every n up to 64', () => {
    for (let n = 1; n <= 64; n++) {
      const total = gaussLegendre(n).weights.reduce((a, b) => a + b, 0);
      expect(Math.abs(total - 2)).toBeLessThan(1e-13);
    }
  });
});

describe('integrate', () => {
  test('an n-point rule is exact for polynomials of degree 2n − 1: ∫₀² x⁷ dx = 2⁸/8 = 32 with n = 4', () => {
    expect(Math.abs(integrate(gaussLegendre(4), (x) => x ** 7, 0, 2) / 32 - 1)).toBeLessThan(REL);
  });

  test('smooth integrands converge: ∫₀¹ eˣ dx = e − 1 with n = 16', () => {
    expect(Math.abs(integrate(gaussLegendre(16), Math.exp, 0, 1) / Math.expm1(1) - 1)).toBeLessThan(REL);
  });
});
