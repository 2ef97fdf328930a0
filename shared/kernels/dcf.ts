/**
 * Two-stage discounted cash flow, end-of-year convention. With q = (1+g)/(1+r):
 *   PV/CF = Σ_{t=1..n} q^t + q^n·(1+g_T)/(r − g_T)
 * and the geometric sum evaluated as q·expm1(nL)/expm1(L), L = log1p(g) − log1p(r), which is exact
 * (n) at g = r and free of the 0/0 and cancellation of (1 − qⁿ)/(1 − q) near it.
 */
import { fail } from '../errors';
import { brent } from './solver';

/** Present value of a unit cash flow under the two-stage model (the caller checks discount > terminalGrowth). */
export function unitPresentValue(growth: number, discount: number, years: number, terminalGrowth: number): number {
  const L = Math.log1p(growth) - Math.log1p(discount);
  const q = Math.exp(L);
  const stage1 = L === 0 ? years : q * (Math.expm1(years * L) / Math.expm1(L));
  const qn = Math.exp(years * L);
  const terminal = (qn * (1 + terminalGrowth)) / (discount - terminalGrowth);
  return stage1 + terminal;
}

/** The Gordon terminal value needs discount > terminal growth. */
function checkGordon(name: string, discount: number, terminalGrowth: number): void {
  if (!(discount > terminalGrowth)) fail('gordon', name, discount, { terminal: terminalGrowth });
}

export function dcfValue(cashFlow: number, growth: number, discount: number, years: number, terminalGrowth: number): number {
  checkGordon('discount', discount, terminalGrowth);
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
  checkGordon('old_discount', oldDiscount, terminalGrowth);
  checkGordon('new_discount', newDiscount, terminalGrowth);
  const oldPv = oldMargin * unitPresentValue(oldGrowth, oldDiscount, years, terminalGrowth);
  const newPv = newMargin * unitPresentValue(newGrowth, newDiscount, years, terminalGrowth);
  return price * (newPv / oldPv);
}

/** Reverse DCF: the stage-one growth in [−0.99, 10] at which the two-stage value equals `price`. */
export function impliedGrowth(price: number, cashFlow: number, discount: number, years: number, terminalGrowth: number): number {
  if (!(cashFlow > 0)) fail('reverse_dcf_cash_flow', 'cash_flow', cashFlow);
  if (years === 0) fail('no_growth_stage', 'years', 0);
  checkGordon('discount', discount, terminalGrowth);
  const f = (g: number) => cashFlow * unitPresentValue(g, discount, years, terminalGrowth) - price;
  const lo = -0.99;
  const hi = 10;
  const flo = f(lo);
  const fhi = f(hi);
  if (!(flo <= 0 && fhi >= 0)) {
    const high = Number.isFinite(fhi) ? Number((fhi + price).toPrecision(6)) : Infinity;
    fail('growth_unreachable', 'price', price, { low: Number((flo + price).toPrecision(6)), high });
  }
  const g = brent(f, lo, hi, flo, fhi);
  if (g === null) return fail('no_convergence', 'IMPLIED_GROWTH');
  return g;
}

/** EPS-driven repricing: new_eps × new_pe, the multiple defaulting to today's price / old_eps. */
export function peReprice(price: number, oldEps: number, newEps: number, newPe: number | null): number {
  if (newPe === null) {
    if (!(oldEps > 0)) fail('keep_multiple', 'old_eps', oldEps);
    return newEps * (price / oldEps);
  }
  return newEps * newPe;
}
