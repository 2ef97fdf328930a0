import fc from 'fast-check';
import { kelly, positionSize, scaleIn, wholeLots } from './sizing';

describe('positionSize', () => {
  test('issue #2: a mathematically whole answer keeps its last share (100 × 0.29 / (2 − 1) = 29)', () => {
    expect(positionSize(100, 0.29, 2, 1, 1, 1)).toBe(29);
  });

  test('worked example: risk 2% of 100,000, entry 180, stop 171 → ⌊2000 / 9⌋ = 222 shares', () => {
    expect(positionSize(100000, 0.02, 180, 171, 1, 1)).toBe(222);
  });

  test('signed: negative (sell short) when the stop is above entry', () => {
    expect(positionSize(100000, 0.02, 180, 190, 1, 1)).toBe(-200);
    expect(positionSize(100000, 0.02, 180, 170, 1, 1)).toBe(200);
  });

  test('not even one lot fits: an error naming the limit, not a silent 0', () => {
    // a date (serial 45900 = 2025-08-31) typed as the entry: one share risks 45729 > 2000
    expect(() => positionSize(100000, 0.02, 45900, 171, 1, 1)).toThrow(
      'stop: one lot of 1 between entry 45900 and the stop 171 risks 45729, more than the 2000 allowed',
    );
    // 100 shares at 180 cost 18000 > 10% of 100,000
    expect(() => positionSize(100000, 0.02, 180, 171, 0.1, 100)).toThrow(
      'entry: one lot of 100 at 180 costs 18000, more than the 10000 allowed (account × max_weight)',
    );
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
          let shares: number;
          try {
            shares = positionSize(account, risk, entry, stop, weight, lot);
          } catch (e) {
            // not even one lot fits: exactly when one lot breaks a limit
            expect(['lot_over_risk', 'lot_over_weight']).toContain((e as { rule: string }).rule);
            expect(lot * Math.abs(entry - stop) > account * risk * (1 - 1e-12) || lot * entry > account * weight * (1 - 1e-12)).toBe(true);
            return;
          }
          expect(Math.sign(shares)).toBe(long ? 1 : -1);
          shares = Math.abs(shares);
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

describe('kelly', () => {
  test('Kelly (1956) for a two-outcome trade: f* = p/loss − (1−p)/win', () => {
    // Even-money coin with p = 0.6: f* = 0.6 − 0.4 = 0.2 (Thorp, "The Kelly criterion in blackjack,
    // sports betting and the stock market", 2006, §2).
    expect(kelly(0.6, 1, 1, 1)).toBeCloseTo(0.2, 15);
    expect(kelly(0.65, 0.2, 0.1, 1)).toBeCloseTo(4.75, 14);
    expect(kelly(0.65, 0.2, 0.1, 0.5)).toBeCloseTo(2.375, 14);
  });

  test('is 0 with no edge (and never negative)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 5, noNaN: true }), fc.double({ min: 0.01, max: 5, noNaN: true }), (win, loss) => {
        const fair = loss / (win + loss); // p·win = (1−p)·loss
        expect(kelly(fair, win, loss, 1)).toBeLessThanOrEqual(1e-12);
        expect(kelly(fair * 0.9, win, loss, 1)).toBe(0);
      }),
      { seed: 8, numRuns: 500 },
    );
  });
});

describe('scaleIn', () => {
  test('equal ladder: prices evenly spaced, whole shares summing exactly, running average cost', () => {
    expect(scaleIn(100, 3, 180, 160, 'equal')).toEqual([
      [180, 34, 34, 180],
      [170, 33, 67, (34 * 180 + 33 * 170) / 67],
      [160, 33, 100, (34 * 180 + 33 * 170 + 33 * 160) / 100],
    ]);
  });

  test('pyramid weights 1, 2, …, n rise toward the last price', () => {
    const rows = scaleIn(60, 3, 100, 90, 'pyramid');
    expect(rows.map((r) => r[1])).toEqual([10, 20, 30]);
  });

  test('average cost is blank until the first share', () => {
    const rows = scaleIn(1, 3, 10, 8, 'pyramid');
    expect(rows.map((r) => r[1])).toEqual([0, 0, 1]);
    expect(rows[0][3]).toBeNull();
  });

  test('shares always sum exactly to the total and are whole', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom('equal', 'pyramid') as fc.Arbitrary<'equal' | 'pyramid'>,
        (total, n, w) => {
          const rows = scaleIn(total, n, 100, 80, w);
          const shares = rows.map((r) => r[1] as number);
          expect(shares.every((s) => Number.isInteger(s) && s >= 0)).toBe(true);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
          expect(rows[n - 1][2]).toBe(total);
        },
      ),
      { seed: 9, numRuns: 500 },
    );
  });
});
