/**
 * Bench-only reference approximations for American options, for the accuracy/speed comparison row
 * of `npm run bench` (not used by the add-in):
 *
 * - G. Barone-Adesi & R. E. Whaley, "Efficient analytic approximation of American option values",
 *   J. Finance 42(2) (1987) 301–320: quadratic approximation of the early-exercise premium, critical
 *   price by Newton's method (as in E. G. Haug, The Complete Guide to Option Pricing Formulas, 2nd
 *   ed., 2007, §3.1.1).
 * - P. Bjerksund & G. Stensland, "Closed-form approximation of American options", Scand. J.
 *   Management 9 (1993) S87–S99: a flat exercise boundary; puts by their put–call transformation
 *   P(S, K, T, r, b) = C(K, S, T, r − b, −b) (Haug §3.1.2).
 *
 * b = r − q is the cost of carry.
 */
import { bsPrice, type OptionType } from '../shared/kernels/blackscholes';
import { normCdf } from '../shared/kernels/normal';

function bsb(call: boolean, S: number, K: number, T: number, vol: number, r: number, b: number): number {
  return bsPrice(call ? 'call' : 'put', S, K, T, vol, r, r - b);
}

/** Barone-Adesi–Whaley (1987). */
export function baw(type: OptionType, S: number, K: number, T: number, vol: number, r: number, q: number): number {
  const b = r - q;
  const call = type === 'call';
  if (call && b >= r) return bsb(true, S, K, T, vol, r, b);
  const s2 = vol * vol;
  const sqrtT = Math.sqrt(T);
  const M = (2 * r) / s2;
  const N = (2 * b) / s2;
  const Kt = 1 - Math.exp(-r * T);
  if (!(Kt > 0)) return bsb(call, S, K, T, vol, r, b); // r ≤ 0: no early-exercise premium in BAW's form
  const root = Math.sqrt((N - 1) * (N - 1) + (4 * M) / Kt);
  const qq = call ? 0.5 * (-(N - 1) + root) : 0.5 * (-(N - 1) - root);
  const carry = Math.exp((b - r) * T);
  const d1 = (x: number) => (Math.log(x / K) + (b + 0.5 * s2) * T) / (vol * sqrtT);
  // Critical price: Newton on S − K = c(S) + (1 − e^{(b−r)T}Φ(d₁))S/q₂ (call), mirrored for the put.
  let x = K;
  for (let i = 0; i < 100; i++) {
    const e = bsb(call, x, K, T, vol, r, b);
    const nd = call ? normCdf(d1(x)) : normCdf(-d1(x));
    const lhs = call ? x - K : K - x;
    const rhs = call ? e + ((1 - carry * nd) * x) / qq : e - ((1 - carry * nd) * x) / qq;
    const slope = call
      ? carry * nd * (1 - 1 / qq) + (1 - (carry * Math.exp(-0.5 * d1(x) ** 2)) / (vol * sqrtT * Math.sqrt(2 * Math.PI))) / qq
      : -carry * nd * (1 - 1 / qq) - (1 + (carry * Math.exp(-0.5 * d1(x) ** 2)) / (vol * sqrtT * Math.sqrt(2 * Math.PI))) / qq;
    const next = call ? (K + rhs - slope * x) / (1 - slope) : (K - rhs + slope * x) / (1 + slope);
    if (!(next > 0) || !Number.isFinite(next)) break;
    if (Math.abs(next - x) < 1e-10 * K) {
      x = next;
      break;
    }
    x = next;
    if (Math.abs(lhs - rhs) < 1e-12 * K) break;
  }
  const e = bsb(call, S, K, T, vol, r, b);
  if (call) {
    if (S >= x) return S - K;
    const A2 = (x / qq) * (1 - carry * normCdf(d1(x)));
    return e + A2 * Math.pow(S / x, qq);
  }
  if (S <= x) return K - S;
  const A1 = -(x / qq) * (1 - carry * normCdf(-d1(x)));
  return e + A1 * Math.pow(S / x, qq);
}

/** Bjerksund–Stensland (1993). */
export function bjerksundStensland(type: OptionType, S: number, K: number, T: number, vol: number, r: number, q: number): number {
  const b = r - q;
  return type === 'call' ? bjsCall(S, K, T, vol, r, b) : bjsCall(K, S, T, vol, r - b, -b);
}

function bjsCall(S: number, X: number, T: number, vol: number, r: number, b: number): number {
  if (b >= r) return bsb(true, S, X, T, vol, r, b);
  const s2 = vol * vol;
  const beta = 0.5 - b / s2 + Math.sqrt((b / s2 - 0.5) ** 2 + (2 * r) / s2);
  const Binf = (beta / (beta - 1)) * X;
  const B0 = Math.max(X, (r / (r - b)) * X);
  const h = (-(b * T + 2 * vol * Math.sqrt(T)) * B0) / (Binf - B0);
  const I = B0 + (Binf - B0) * (1 - Math.exp(h));
  if (S >= I) return S - X;
  const alpha = (I - X) * Math.pow(I, -beta);
  const phi = (gamma: number, H: number): number => {
    const lambda = (-r + gamma * b + 0.5 * gamma * (gamma - 1) * s2) * T;
    const sT = vol * Math.sqrt(T);
    const d = -(Math.log(S / H) + (b + (gamma - 0.5) * s2) * T) / sT;
    const kappa = (2 * b) / s2 + (2 * gamma - 1);
    return Math.exp(lambda) * Math.pow(S, gamma) * (normCdf(d) - Math.pow(I / S, kappa) * normCdf(d - (2 * Math.log(I / S)) / sT));
  };
  return alpha * Math.pow(S, beta) - alpha * phi(beta, I) + phi(1, I) - phi(1, X) - X * phi(0, I) + X * phi(0, X);
}
