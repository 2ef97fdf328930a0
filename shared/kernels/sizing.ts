/** Position sizing: risk-budget sizing with a position cap and lot rounding. */
import { DeskError, fail } from '../errors';

/**
 * Whole lots in `x` lots, robust to floating-point error: a quotient within 1e-12 relative of the
 * next whole number is that number (100 × 0.29 / 1 is 28.999999999999996 in doubles but 29 lots).
 */
export function wholeLots(x: number): number {
  const k = Math.floor(x);
  const next = k + 1;
  return next - x <= 1e-12 * next ? next : k;
}

/**
 * Shares for a stop-loss trade: the largest multiple of `lot` whose loss at the stop is at most
 * account × riskPct and whose value at entry is at most account × maxWeight. Long when the stop is
 * below entry, short when above; the count is returned positive either way.
 */
export function positionSize(account: number, riskPct: number, entry: number, stop: number, maxWeight: number, lot: number): number {
  const perShare = Math.abs(entry - stop);
  if (perShare === 0) throw new DeskError(`stop: ${stop} equals entry ${entry}; there is no risk per share`);
  if (stop > entry && !(entry > 0)) fail('entry', entry, 'must be > 0');
  const byRisk = (account * riskPct) / perShare;
  const byValue = (account * maxWeight) / entry;
  const lots = wholeLots(Math.min(byRisk, byValue) / lot);
  const shares = lots * lot;
  // Lot sizes like 0.1 are not exact in binary: report the decimal the user means.
  return Number.isInteger(lot) ? shares : Number(shares.toPrecision(12));
}
