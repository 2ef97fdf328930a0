/** Neumaier's compensated summation: sums of probabilities and weights exact to ~1 ulp. */
export function sum(values: readonly number[]): number {
  let s = 0;
  let c = 0;
  for (const v of values) {
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

/** Σ a_i·b_i, compensated. */
export function dot(a: readonly number[], b: readonly number[]): number {
  return sum(a.map((x, i) => x * b[i]));
}
