import fc from 'fast-check';
import { positionSize, wholeLots } from './sizing';

describe('positionSize', () => {
  test('issue #2: a mathematically whole answer keeps its last share (100 × 0.29 / (2 − 1) = 29)', () => {
    expect(positionSize(100, 0.29, 2, 1, 1, 1)).toBe(29);
  });

  test('worked example: risk 2% of 100,000, entry 180, stop 171 → ⌊2000 / 9⌋ = 222 shares', () => {
    expect(positionSize(100000, 0.02, 180, 171, 1, 1)).toBe(222);
  });

  test('short when the stop is above entry, count returned positive', () => {
    expect(positionSize(100000, 0.02, 180, 190, 1, 1)).toBe(200);
  });

  test('capped by max_weight and rounded down to lots', () => {
    // risk allows 222; 25% of 100,000 at 180 is 138.9 shares → 130 in lots of 10
    expect(positionSize(100000, 0.02, 180, 171, 0.25, 10)).toBe(130);
  });

  test('fractional lots report the decimal the user means', () => {
    expect(positionSize(1000, 0.01, 30000, 29000, 1, 0.001)).toBe(0.01);
  });

  test('stop = entry is an error that says there is no risk per share', () => {
    expect(() => positionSize(100000, 0.02, 180, 180, 1, 1)).toThrow('stop: 180 equals entry 180; there is no risk per share');
  });

  test('wholeLots keeps exact wholes and floors the rest', () => {
    expect(wholeLots(28.999999999999996)).toBe(29);
    expect(wholeLots(28.9999)).toBe(28);
    expect(wholeLots(0)).toBe(0);
  });

  test('never risks more than allowed, is a multiple of the lot, and one more lot would break a limit', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1000, max: 1e8, noNaN: true }),
        fc.double({ min: 0.001, max: 0.1, noNaN: true }),
        fc.double({ min: 1, max: 5000, noNaN: true }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.boolean(),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.constantFrom(1, 10, 100),
        (account, risk, entry, stopFrac, long, weight, lot) => {
          const stop = long ? entry * (1 - stopFrac) : entry * (1 + stopFrac);
          const shares = positionSize(account, risk, entry, stop, weight, lot);
          const perShare = Math.abs(entry - stop);
          const budget = account * risk;
          expect(shares % lot).toBe(0);
          expect(shares * perShare).toBeLessThanOrEqual(budget * (1 + 1e-12));
          expect(shares * entry).toBeLessThanOrEqual(account * weight * (1 + 1e-12));
          const more = shares + lot;
          expect(more * perShare > budget * (1 - 1e-12) || more * entry > account * weight * (1 - 1e-12)).toBe(true);
        },
      ),
      { seed: 2, numRuns: 2000 },
    );
  });
});
