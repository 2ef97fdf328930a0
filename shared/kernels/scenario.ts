/**
 * Scenario probabilities under geometric Brownian motion: ln S_t = ln S_0 + ν t + σ W_t with
 * ν = drift − σ²/2 (drift and σ annual, t in years).
 *
 * "end": P(S_T beyond target) = Φ(z₁), z₁ = (m T − c)/(σ√T), c = |ln(target/spot)| and m = ±ν the
 * drift of ln S toward the target.
 * "touch": the first-passage probability of drifted Brownian motion to a level c > 0 by T
 * (e.g. Karatzas & Shreve, Brownian Motion and Stochastic Calculus, 2nd ed., §3.5.C; Shreve,
 * Stochastic Calculus for Finance II, eq. 7.2.2):
 *   P = Φ(z₁) + e^{2mc/σ²}·Φ(z₂),  z₂ = (−c − m T)/(σ√T).
 * Since 2mc/σ² − z₂²/2 = −z₁²/2, the second term is e^{−z₁²/2}·[Φ(z₂)e^{z₂²/2}] whenever z₂ ≤ 0,
 * which cannot overflow however small σ is; when z₂ > 0 the factor e^{2mc/σ²} is ≤ 1.
 */
import { fail } from '../errors';
import { expHalfSquare, normCdf, normCdfScaled } from './normal';
import { years } from './time';

export type ProbMode = 'end' | 'touch';

/** |ln(target/spot)| without overflow for extreme ratios and without cancellation near 1. */
export function logDistance(spot: number, target: number): number {
  const ratio = target / spot;
  const d = ratio > 0.5 && ratio < 2 ? Math.log1p((target - spot) / spot) : Math.log(target) - Math.log(spot);
  return Math.abs(d);
}

export function scenarioProb(
  spot: number,
  target: number,
  days: number,
  vol: number,
  drift: number,
  mode: ProbMode,
  yearDays: number,
): number {
  if (!(spot > 0)) fail('spot', spot, 'must be > 0');
  if (!(target > 0)) fail('target', target, 'must be > 0');
  const T = years(days, yearDays);
  const up = target >= spot;
  const c = logDistance(spot, target);
  const s = vol * Math.sqrt(T);
  const nu = drift - 0.5 * vol * vol;
  const m = up ? nu : -nu; // drift of ln S toward the target, per year
  if (!(s > 0) || !Number.isFinite(c / s)) {
    // Deterministic limit (vol = 0 or days = 0): the path moves monotonically by m·T.
    return m * T >= c ? 1 : 0;
  }
  const z1 = (m * T - c) / s;
  const end = normCdf(z1);
  if (mode === 'end') return end;
  if (c === 0) return 1;
  const z2 = (-c - m * T) / s;
  const reflected = z2 <= 0 ? expHalfSquare(z1) * normCdfScaled(z2) : Math.exp((2 * m * c) / (vol * vol)) * normCdf(z2);
  return Math.min(1, end + reflected);
}
