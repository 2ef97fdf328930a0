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
import { DeskError, fail, NO_VALUE } from '../errors';
import { dot, sum } from './sums';
import { expHalfSquare, normCdf, normCdfScaled } from './normal';

export type ProbMode = 'end' | 'touch';

/** |ln(target/spot)| without overflow for extreme ratios and without cancellation near 1. */
export function logDistance(spot: number, target: number): number {
  const ratio = target / spot;
  const d = ratio > 0.5 && ratio < 2 ? Math.log1p((target - spot) / spot) : Math.log(target) - Math.log(spot);
  return Math.abs(d);
}

export function scenarioProb(spot: number, target: number, T: number, vol: number, drift: number, mode: ProbMode): number {
  if (!(spot > 0)) fail('positive', 'spot', spot);
  if (!(target > 0)) fail('positive', 'target', target);
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

export type EvStat = 'mean' | 'stdev' | 'p_loss';

/** Probabilities: each in [0, 1], summing to 1 within 1e-9 (the message states the sum). */
export function checkProbabilities(name: string, p: readonly number[]): void {
  if (p.length === 0) fail('no_scenarios', name);
  p.forEach((x, k) => {
    if (!(x >= 0 && x <= 1)) throw new DeskError('probability_range', name, x).at(k + 1);
  });
  const total = sum(p);
  if (Math.abs(total - 1) > 1e-9) fail('probability_sum', name, NO_VALUE, { total: Number(total.toPrecision(12)) });
}

/** Probability-weighted outcome statistics of a discrete scenario distribution. */
export function scenarioEv(p: readonly number[], outcomes: readonly number[], stat: EvStat): number {
  checkProbabilities('probabilities', p);
  if (stat === 'p_loss') return Math.min(1, sum(p.filter((_, k) => outcomes[k] < 0)));
  const mean = dot(p, outcomes);
  if (stat === 'mean') return mean;
  const variance = sum(p.map((w, k) => w * (outcomes[k] - mean) * (outcomes[k] - mean)));
  return Math.sqrt(Math.max(0, variance));
}

/** Bayes' rule over scenarios: posterior_i = prior_i·L_i / Σ prior_j·L_j. */
export function scenarioBayes(priors: readonly number[], likelihoods: readonly number[]): number[] {
  checkProbabilities('priors', priors);
  likelihoods.forEach((x, k) => {
    if (!(x >= 0)) throw new DeskError('likelihood_negative', 'likelihoods', x).at(k + 1);
  });
  const joint = priors.map((w, k) => w * likelihoods[k]);
  const evidence = sum(joint);
  if (!(evidence > 0)) fail('no_evidence', 'likelihoods');
  return joint.map((j) => j / evidence);
}

/** Risk-neutral P(S_T > strikes) implied by a call spread's price. */
export function impliedProb(lowStrike: number, highStrike: number, lowCall: number, highCall: number, T: number, rate: number): number {
  if (!(highStrike > lowStrike)) fail('strikes_order', 'high_strike', highStrike, { other: 'low_strike', otherValue: lowStrike });
  const p = (lowCall - highCall) / ((highStrike - lowStrike) * Math.exp(-rate * T));
  if (p < 0) fail('arbitrage_below', 'high_call', highCall, { lowCall, prob: Number(p.toPrecision(6)) });
  if (p > 1)
    fail('arbitrage_above', 'low_call', NO_VALUE, { spread: Number((lowCall - highCall).toPrecision(10)), prob: Number(p.toPrecision(6)) });
  return p;
}
