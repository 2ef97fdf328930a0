/**
 * Probability that the price reaches a target within a horizon, for a price following geometric Brownian motion. Returns: probability, a decimal from 0 to 1.
 *
 * @param {number|Array<Array<number>>} spot Current price. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} target Target price. Above spot asks about a rise, below spot about a fall. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} days Horizon, in trading days. Unit: trading days (252 a year by default). Valid: ≥ 0, ≤ 12600.
 * @param {number|Array<Array<number>>} vol Annualized volatility of the price (standard deviation of log returns). Unit: decimal per year (0.3 = 30%). Valid: ≥ 0, < 5.
 * @param {number|Array<Array<number>>} drift Expected annual return of the price (the drift μ of the process). Unit: decimal per year (0.05 = 5%). Valid: > -1, < 2. Optional, default 0.
 * @param {string|Array<Array<string>>} mode "end": at or beyond the target at the horizon; "touch": reaches it at any time before. Unit: text. Valid: one of "end", "touch". Optional, default "end".
 * @param {number|Array<Array<number>>} year_days Trading days in a year, used to turn days into years (T = days / year_days). Unit: trading days per year. Valid: ≥ 1, ≤ 366. Optional, default 252.
 * @return {number|Array<Array<number>>} probability, a decimal from 0 to 1
 * @customfunction
 */
function SCENARIO_PROB(spot, target, days, vol, drift, mode, year_days) {
  return ScenarioDesk.call("SCENARIO_PROB", arguments);
}
