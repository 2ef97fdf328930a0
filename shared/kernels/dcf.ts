/**
 * Two-stage discounted cash flow, end-of-year convention. With q = (1+g)/(1+r):
 *   PV/CF = Σ_{t=1..n} q^t + q^n·(1+g_T)/(r − g_T)
 * and the geometric sum evaluated as q·expm1(nL)/expm1(L), L = log1p(g) − log1p(r), which is exact
 * (n) at g = r and free of the 0/0 and cancellation of (1 − qⁿ)/(1 − q) near it.
 */
import { DeskError, fail } from '../errors';
import { brent } from './solver';

/** Present value of a unit cash flow under the two-stage model. */
export function unitPresentValue(
  growth: number,
  discount: number,
  years: number,
  terminalGrowth: number,
  discountName = 'discount',
): number {
  if (!(discount > terminalGrowth))
    fail(discountName, discount, `must exceed terminal_growth ${terminalGrowth}; the Gordon terminal value needs r > g`);
  const L = Math.log1p(growth) - Math.log1p(discount);
  const q = Math.exp(L);
  const stage1 = L === 0 ? years : q * (Math.expm1(years * L) / Math.expm1(L));
  const qn = Math.exp(years * L);
  const terminal = (qn * (1 + terminalGrowth)) / (discount - terminalGrowth);
  return stage1 + terminal;
}

export function dcfValue(cashFlow: number, growth: number, discount: number, years: number, terminalGrowth: number): number {
  return cashFlow * unitPresentValue(growth, discount, years, terminalGrowth);
}

/** The price re-rated by the ratio of present values (margin-scaled) under new vs old assumptions. */
export function dcfReprice(
  price: number,
  oldGrowth: number,
  newGrowth: number,
  oldDiscount: number,
  newDiscount: number,
  oldMargin: number,
  newMargin: number,
  years: number,
  terminalGrowth: number,
): number {
  const oldPv = oldMargin * unitPresentValue(oldGrowth, oldDiscount, years, terminalGrowth, 'old_discount');
  const newPv = newMargin * unitPresentValue(newGrowth, newDiscount, years, terminalGrowth, 'new_discount');
  return price * (newPv / oldPv);
}

/** Reverse DCF: the stage-one growth in [−0.99, 10] at which the two-stage value equals `price`. */
export function impliedGrowth(price: number, cashFlow: number, discount: number, years: number, terminalGrowth: number): number {
  if (!(cashFlow > 0)) fail('cash_flow', cashFlow, 'must be > 0; a reverse DCF needs a positive cash flow');
  if (years === 0) fail('years', 0, 'leaves no stage-one growth to solve for; give years ≥ 1');
  const f = (g: number) => cashFlow * unitPresentValue(g, discount, years, terminalGrowth) - price;
  const lo = -0.99;
  const hi = 10;
  const flo = f(lo);
  const fhi = f(hi);
  if (!(flo <= 0 && fhi >= 0)) {
    const range = `${Number((flo + price).toPrecision(6))} to ${Number.isFinite(fhi) ? Number((fhi + price).toPrecision(6)) : 'beyond any double'}`;
    throw new DeskError(`price: ${price} is outside what any growth from -99% to +1000% gives (${range}); no implied growth`);
  }
  const g = brent(f, lo, hi, flo, fhi);
  if (g === null) throw new DeskError('IMPLIED_GROWTH: the solver did not converge');
  return g;
}

/** EPS-driven repricing: new_eps × new_pe, the multiple defaulting to today's price / old_eps. */
export function peReprice(price: number, oldEps: number, newEps: number, newPe: number | null): number {
  if (newPe === null) {
    if (!(oldEps > 0)) fail('old_eps', oldEps, 'must be > 0 to keep the current multiple; give new_pe');
    return newEps * (price / oldEps);
  }
  return newEps * newPe;
}
