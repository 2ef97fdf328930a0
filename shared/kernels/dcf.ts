/**
 * Two-stage discounted cash flow, end-of-year convention. With q = (1+g)/(1+r):
 *   PV/CF = Σ_{t=1..n} q^t + q^n·(1+g_T)/(r − g_T)
 * and the geometric sum evaluated as q·expm1(nL)/expm1(L), L = log1p(g) − log1p(r), which is exact
 * (n) at g = r and free of the 0/0 and cancellation of (1 − qⁿ)/(1 − q) near it.
 */
import { fail } from '../errors';

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
