// ---- Custom functions (generated from the Scenario Desk catalog; do not edit) ----

/**
 * Probability that the price reaches a target within a horizon, for a price following geometric Brownian motion. Returns: probability, a decimal from 0 to 1.
 *
 * @param {number|Array<Array<number>>} spot Current price. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} target Target price. Above spot asks about a rise, below spot about a fall. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} days Horizon, in trading days. Unit: trading days (252 a year by default). Valid: ≥ 0, ≤ 252000.
 * @param {number|Array<Array<number>>} vol Annualized volatility of the price (standard deviation of log returns). Unit: decimal per year (0.3 = 30%). Valid: ≥ 0, ≤ 10.
 * @param {number|Array<Array<number>>} drift Expected annual return of the price (the drift μ of the process). Unit: decimal per year (0.05 = 5%). Valid: > -1, ≤ 10. Optional, default 0.
 * @param {string|Array<Array<string>>} mode "end": at or beyond the target at the horizon; "touch": reaches it at any time before. Unit: text. Valid: one of "end", "touch". Optional, default "end".
 * @param {number|Array<Array<number>>} year_days Trading days in a year, used to turn days into years (T = days / year_days). Unit: trading days per year. Valid: ≥ 1, ≤ 366. Optional, default 252.
 * @return {number|Array<Array<number>>} probability, a decimal from 0 to 1
 * @customfunction
 */
function SCENARIO_PROB(spot, target, days, vol, drift, mode, year_days) {
  return ScenarioDesk.call("SCENARIO_PROB", arguments);
}

/**
 * Shares to buy (stop below entry) or sell short (stop above entry) so the loss at the stop is at most the account risk. Returns: shares, a positive multiple of lot_size.
 *
 * @param {number|Array<Array<number>>} account Total account value. Unit: currency units. Valid: > 0.
 * @param {number|Array<Array<number>>} risk_pct Largest loss allowed on this position, as a fraction of the account (0.02 = 2%). Unit: decimal of the account (0.02 = 2%). Valid: > 0, ≤ 1.
 * @param {number|Array<Array<number>>} entry Entry price. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} stop Stop-loss price. Below entry for a long position, above entry for a short. Unit: currency units per share. Valid: ≥ 0.
 * @param {number|Array<Array<number>>} max_weight Largest position value as a fraction of the account (1 = the whole account; above 1 uses margin). Unit: decimal of the account (0.25 = 25%). Valid: > 0, ≤ 100. Optional, default 1.
 * @param {number|Array<Array<number>>} lot_size Trading unit: the result is a whole number of lots. Unit: shares per lot. Valid: > 0. Optional, default 1.
 * @return {number|Array<Array<number>>} shares, a positive multiple of lot_size
 * @customfunction
 */
function POSITION_SIZE(account, risk_pct, entry, stop, max_weight, lot_size) {
  return ScenarioDesk.call("POSITION_SIZE", arguments);
}

/**
 * Two-stage discounted cash flow value: growth for a number of years, then Gordon growth forever, discounted end of year. Returns: present value, in the currency units of cash_flow.
 *
 * @param {number|Array<Array<number>>} cash_flow Cash flow of the year just ended (grows from the first year on). Unit: currency units per year.
 * @param {number|Array<Array<number>>} growth Annual growth of the cash flow during the first stage. Unit: decimal per year (0.05 = 5%). Valid: > -1, ≤ 10.
 * @param {number|Array<Array<number>>} discount Annual discount rate (required return). Unit: decimal per year (0.05 = 5%). Valid: > -1, ≤ 10.
 * @param {number|Array<Array<number>>} years Length of the first (explicit growth) stage, in whole years; 0 gives the pure Gordon value. Unit: years. Valid: whole number, ≥ 0, ≤ 200. Optional, default 5.
 * @param {number|Array<Array<number>>} terminal_growth Growth of the cash flow forever after the first stage (Gordon growth); must be below the discount rate. Unit: decimal per year (0.05 = 5%). Valid: > -1, ≤ 10. Optional, default 0.025.
 * @return {number|Array<Array<number>>} present value, in the currency units of cash_flow
 * @customfunction
 */
function DCF_VALUE(cash_flow, growth, discount, years, terminal_growth) {
  return ScenarioDesk.call("DCF_VALUE", arguments);
}

/**
 * The price re-rated by the ratio of two-stage DCF values when growth, discount rate or margin assumptions change. Returns: new price, in the currency units of price.
 *
 * @param {number|Array<Array<number>>} price Current price, taken to reflect the old assumptions. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} old_growth First-stage growth the price reflects now. Unit: decimal per year (0.05 = 5%). Valid: > -1, ≤ 10.
 * @param {number|Array<Array<number>>} new_growth Revised first-stage growth. Unit: decimal per year (0.05 = 5%). Valid: > -1, ≤ 10.
 * @param {number|Array<Array<number>>} old_discount Discount rate the price reflects now. Unit: decimal per year (0.05 = 5%). Valid: > -1, ≤ 10.
 * @param {number|Array<Array<number>>} new_discount Revised discount rate. Unit: decimal per year (0.05 = 5%). Valid: > -1, ≤ 10.
 * @param {number|Array<Array<number>>} old_margin Profit margin (or any scale of the cash flow) the price reflects now. Unit: decimal (0.25 = 25%), or any consistent scale. Valid: > 0. Optional, default 1.
 * @param {number|Array<Array<number>>} new_margin Revised profit margin, on the same scale as old_margin. Unit: decimal (0.25 = 25%), or any consistent scale. Valid: > 0. Optional, default 1.
 * @param {number|Array<Array<number>>} years Length of the first (explicit growth) stage, in whole years; 0 gives the pure Gordon value. Unit: years. Valid: whole number, ≥ 0, ≤ 200. Optional, default 5.
 * @param {number|Array<Array<number>>} terminal_growth Growth of the cash flow forever after the first stage (Gordon growth); must be below the discount rate. Unit: decimal per year (0.05 = 5%). Valid: > -1, ≤ 10. Optional, default 0.025.
 * @return {number|Array<Array<number>>} new price, in the currency units of price
 * @customfunction
 */
function DCF_REPRICE(price, old_growth, new_growth, old_discount, new_discount, old_margin, new_margin, years, terminal_growth) {
  return ScenarioDesk.call("DCF_REPRICE", arguments);
}
