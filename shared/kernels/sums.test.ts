import { dot, sum } from './sums';

describe('sum (Neumaier compensated summation)', () => {
  test('keeps what naive summation loses: 1 + 1e100 + 1 − 1e100 is 2', () => {
    // Naive left-to-right summation gives 0 here; the exact sum of the four doubles is 2.
    expect([1, 1e100, 1, -1e100].reduce((a, b) => a + b, 0)).toBe(0);
    expect(sum([1, 1e100, 1, -1e100])).toBe(2);
  });

  test('ten 0.1s sum to the double nearest the exact sum of those doubles', () => {
    // Each 0.1 is 3602879701896397 / 2^55, so the exact sum is 36028797018963970 / 2^55, whose
    // nearest double is 1 (BigInt arithmetic below, independent of the kernel); naive summation gives 0.9999999999999999.
    const exact = Number(BigInt(3602879701896397) * BigInt(10)) / 2 ** 55;
    expect(exact).toBe(1);
    expect(sum(Array(10).fill(0.1))).toBe(exact);
  });

  test('empty sum is 0', () => expect(sum([])).toBe(0));
});

describe('dot', () => {
  test('probability-weighted outcomes: 0.5·10 + 0.25·(−4) + 0.25·2 = 4.5', () => {
    expect(dot([0.5, 0.25, 0.25], [10, -4, 2])).toBe(4.5);
  });

  test('cancelling products: 1e100·1 + 1·1 + (−1e100)·1 = 1', () => {
    expect(dot([1e100, 1, -1e100], [1, 1, 1])).toBe(1);
  });
});
