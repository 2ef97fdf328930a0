import { brent } from './solver';

describe('brent', () => {
  test('finds √2 as the root of x² − 2 on [0, 2] to the last ulps', () => {
    const f = (x: number) => x * x - 2;
    const x = brent(f, 0, 2, f(0), f(2));
    expect(x).not.toBeNull();
    expect(Math.abs(x! - Math.SQRT2)).toBeLessThanOrEqual(4 * Number.EPSILON);
  });

  test('finds the Dottie number, the root of cos x − x (0.7390851332151607, OEIS A003957)', () => {
    const f = (x: number) => Math.cos(x) - x;
    const x = brent(f, 0, 1, f(0), f(1));
    expect(Math.abs(x! - 0.7390851332151607)).toBeLessThanOrEqual(4 * Number.EPSILON);
  });

  test('an endpoint that is a root is returned as is', () => {
    const f = (x: number) => x - 1;
    expect(brent(f, 1, 3, f(1), f(3))).toBe(1);
    expect(brent(f, -1, 1, f(-1), f(1))).toBe(1);
  });

  test('no sign change, or a non-finite end value: null', () => {
    const f = (x: number) => x * x + 1;
    expect(brent(f, -1, 1, f(-1), f(1))).toBeNull();
    expect(brent(f, -1, 1, NaN, -1)).toBeNull();
  });

  test('never leaves the bracket, even for a step function', () => {
    const seen: number[] = [];
    const f = (x: number) => {
      seen.push(x);
      return x < 0.3 ? -1 : 1;
    };
    const x = brent(f, 0, 1, -1, 1);
    expect(Math.abs(x! - 0.3)).toBeLessThan(1e-15);
    expect(seen.every((v) => v >= 0 && v <= 1)).toBe(true);
  });
});
