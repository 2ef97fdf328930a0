/**
 * Gauss–Legendre nodes and weights on [−1, 1], computed once by Newton's method on the Legendre
 * polynomial P_n (Golub & Welsch give the same nodes; see Press et al., Numerical Recipes 3rd ed.
 * §4.6). Used where an integral of positive terms replaces a cancelling difference.
 */
export interface Rule {
  nodes: Float64Array;
  weights: Float64Array;
}

export function gaussLegendre(n: number): Rule {
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  const m = (n + 1) >> 1;
  for (let i = 0; i < m; i++) {
    let z = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let pp = 0;
    for (let iter = 0; iter < 100; iter++) {
      let p1 = 1;
      let p2 = 0;
      for (let j = 0; j < n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j + 1) * z * p2 - j * p3) / (j + 1);
      }
      pp = (n * (z * p1 - p2)) / (z * z - 1);
      const dz = p1 / pp;
      z -= dz;
      if (Math.abs(dz) < 1e-16) break;
    }
    nodes[i] = -z;
    nodes[n - 1 - i] = z;
    weights[i] = weights[n - 1 - i] = 2 / ((1 - z * z) * pp * pp);
  }
  return { nodes, weights };
}

/** ∫_a^b f with an n-point rule. */
export function integrate(rule: Rule, f: (x: number) => number, a: number, b: number): number {
  const half = 0.5 * (b - a);
  const mid = 0.5 * (a + b);
  let sum = 0;
  for (let i = 0; i < rule.nodes.length; i++) sum += rule.weights[i] * f(mid + half * rule.nodes[i]);
  return sum * half;
}
