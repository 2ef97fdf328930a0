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
 * Probability-weighted outcome of a set of scenarios: the mean, the standard deviation, or the probability of a loss. Returns: the statistic, in the units of outcomes (p_loss: a probability from 0 to 1).
 *
 * @param {number|Array<Array<number>>} probabilities Probability of each scenario; they must sum to 1 (within 1e-9). Unit: decimals from 0 to 1 that sum to 1 (0.6 = 60%). Takes a whole range.
 * @param {number|Array<Array<number>>} outcomes Outcome of each scenario (a return, a price or a profit), same number of cells as probabilities. Unit: any consistent unit (e.g. decimal return, 0.1 = 10%). Takes a whole range.
 * @param {string|Array<Array<string>>} stat "mean" (expected outcome), "stdev" (standard deviation of the outcome distribution) or "p_loss" (probability of an outcome below 0). Unit: text. Valid: one of "mean", "stdev", "p_loss". Optional, default "mean".
 * @return {number|Array<Array<number>>} the statistic, in the units of outcomes (p_loss: a probability from 0 to 1)
 * @customfunction
 */
function SCENARIO_EV(probabilities, outcomes, stat) {
  return ScenarioDesk.call("SCENARIO_EV", arguments);
}

/**
 * Posterior scenario probabilities after news (Bayes’ rule), in the shape of the priors. Returns: probabilities from 0 to 1 that sum to 1, one per scenario.
 *
 * @param {number|Array<Array<number>>} priors Scenario probabilities before the news; they must sum to 1 (within 1e-9). Unit: decimals from 0 to 1 that sum to 1 (0.6 = 60%). Takes a whole range.
 * @param {number|Array<Array<number>>} likelihoods P(news | scenario) for each scenario; need not sum to 1. Unit: decimals ≥ 0. Takes a whole range.
 * @return {Array<Array<number>>} probabilities from 0 to 1 that sum to 1, one per scenario
 * @customfunction
 */
function SCENARIO_BAYES(priors, likelihoods) {
  return ScenarioDesk.call("SCENARIO_BAYES", arguments);
}

/**
 * Risk-neutral probability that the price ends above a call spread’s strikes, implied by the spread’s price. Returns: probability, a decimal from 0 to 1.
 *
 * @param {number|Array<Array<number>>} low_strike Strike of the call bought. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} high_strike Strike of the call sold; above low_strike. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} low_call Price of the low-strike call. Unit: currency units per share. Valid: ≥ 0.
 * @param {number|Array<Array<number>>} high_call Price of the high-strike call. Unit: currency units per share. Valid: ≥ 0.
 * @param {number|Array<Array<number>>} days Trading days to expiry, for discounting the strike gap. Unit: trading days (252 a year by default). Valid: ≥ 0, ≤ 252000. Optional, default 0.
 * @param {number|Array<Array<number>>} rate Risk-free interest rate, continuously compounded. Unit: decimal per year, continuously compounded (0.05 = 5%). Valid: > -1, ≤ 10. Optional, default 0.
 * @param {number|Array<Array<number>>} year_days Trading days in a year, used to turn days into years (T = days / year_days). Unit: trading days per year. Valid: ≥ 1, ≤ 366. Optional, default 252.
 * @return {number|Array<Array<number>>} probability, a decimal from 0 to 1
 * @customfunction
 */
function IMPLIED_PROB(low_strike, high_strike, low_call, high_call, days, rate, year_days) {
  return ScenarioDesk.call("IMPLIED_PROB", arguments);
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
 * Kelly exposure as a fraction of capital for a trade that gains win_return or loses loss_return; above 1 means leverage. Use fraction (e.g. 0.5) for fractional Kelly. Returns: exposure, a decimal of capital (0.25 = 25%; above 1 = leverage).
 *
 * @param {number|Array<Array<number>>} win_prob Probability that the trade wins. Unit: probability, a decimal from 0 to 1. Valid: ≥ 0, ≤ 1.
 * @param {number|Array<Array<number>>} win_return Gain if it wins, as a fraction of the position (0.2 = +20%). Unit: decimal of the position. Valid: > 0.
 * @param {number|Array<Array<number>>} loss_return Loss if it loses, as a positive fraction of the position (0.1 = −10%). Unit: decimal of the position, positive. Valid: > 0.
 * @param {number|Array<Array<number>>} fraction Share of the full Kelly bet to take (0.5 = half Kelly). Unit: decimal (1 = full Kelly). Valid: > 0, ≤ 1. Optional, default 1.
 * @return {number|Array<Array<number>>} exposure, a decimal of capital (0.25 = 25%; above 1 = leverage)
 * @customfunction
 */
function KELLY(win_prob, win_return, loss_return, fraction) {
  return ScenarioDesk.call("KELLY", arguments);
}

/**
 * A scale-in (split buying) ladder: one row per tranche with price, shares, cumulative shares and average cost. Returns: a table of tranches rows × 4 columns (price, shares, cumulative shares, average cost).
 *
 * @param {number|Array<Array<number>>} total_shares Shares to buy in all. Unit: shares. Valid: whole number, ≥ 1, ≤ 1000000000000.
 * @param {number|Array<Array<number>>} tranches Number of buys. Unit: count. Valid: whole number, ≥ 1, ≤ 1000.
 * @param {number|Array<Array<number>>} first_price Price of the first buy. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} last_price Price of the last buy; prices are evenly spaced in between. Unit: currency units per share. Valid: > 0.
 * @param {string|Array<Array<string>>} weighting "equal": the same shares each time; "pyramid": weights 1, 2, …, n rising toward the last price. Unit: text. Valid: one of "equal", "pyramid". Optional, default "equal".
 * @return {Array<Array<number>>} a table of tranches rows × 4 columns (price, shares, cumulative shares, average cost)
 * @customfunction
 */
function SCALE_IN(total_shares, tranches, first_price, last_price, weighting) {
  return ScenarioDesk.call("SCALE_IN", arguments);
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

/**
 * Reverse DCF: the first-stage growth at which the two-stage DCF value equals the price. Returns: growth, a decimal per year (0.15 = 15%).
 *
 * @param {number|Array<Array<number>>} price Price (or value) to explain, in the units of cash_flow. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} cash_flow Cash flow of the year just ended; must be > 0. Unit: currency units per year.
 * @param {number|Array<Array<number>>} discount Annual discount rate (required return). Unit: decimal per year (0.05 = 5%). Valid: > -1, ≤ 10.
 * @param {number|Array<Array<number>>} years Length of the growth stage, in whole years (at least 1). Unit: years. Valid: whole number, ≥ 1, ≤ 200. Optional, default 5.
 * @param {number|Array<Array<number>>} terminal_growth Growth of the cash flow forever after the first stage (Gordon growth); must be below the discount rate. Unit: decimal per year (0.05 = 5%). Valid: > -1, ≤ 10. Optional, default 0.025.
 * @return {number|Array<Array<number>>} growth, a decimal per year (0.15 = 15%)
 * @customfunction
 */
function IMPLIED_GROWTH(price, cash_flow, discount, years, terminal_growth) {
  return ScenarioDesk.call("IMPLIED_GROWTH", arguments);
}

/**
 * Price after an EPS revision: new_eps × new_pe, the multiple defaulting to today’s price / old_eps. Returns: new price, in the currency units of price.
 *
 * @param {number|Array<Array<number>>} price Current price. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} old_eps Earnings per share the price reflects now. Unit: currency units per share.
 * @param {number|Array<Array<number>>} new_eps Revised earnings per share. Unit: currency units per share.
 * @param {number|Array<Array<number>>} new_pe Price/earnings multiple to apply; omit to keep today’s price / old_eps. Unit: times earnings. Valid: > 0. Optional, default derived (see description).
 * @return {number|Array<Array<number>>} new price, in the currency units of price
 * @customfunction
 */
function PE_REPRICE(price, old_eps, new_eps, new_pe) {
  return ScenarioDesk.call("PE_REPRICE", arguments);
}

/**
 * Price of a European call or put. Black–Scholes–Merton, continuous rate and dividend yield. Returns: option price, in currency units per share.
 *
 * @param {string|Array<Array<string>>} type "call" or "put" (also "c"/"p" and "콜"/"풋"). Unit: text. Valid: one of "call", "put".
 * @param {number|Array<Array<number>>} spot Current price of the stock. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} strike Strike price of the option. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} days Trading days to expiry. Unit: trading days (252 a year by default). Valid: ≥ 0, ≤ 252000.
 * @param {number|Array<Array<number>>} vol Annualized volatility of the price (standard deviation of log returns). Unit: decimal per year (0.3 = 30%). Valid: ≥ 0, ≤ 10.
 * @param {number|Array<Array<number>>} rate Risk-free interest rate, continuously compounded. Unit: decimal per year, continuously compounded (0.05 = 5%). Valid: > -1, ≤ 10. Optional, default 0.
 * @param {number|Array<Array<number>>} yield Continuous dividend yield of the stock. Unit: decimal per year, continuous (0.02 = 2%). Valid: > -1, ≤ 10. Optional, default 0.
 * @param {number|Array<Array<number>>} year_days Trading days in a year, used to turn days into years (T = days / year_days). Unit: trading days per year. Valid: ≥ 1, ≤ 366. Optional, default 252.
 * @return {number|Array<Array<number>>} option price, in currency units per share
 * @customfunction
 */
function BS_PRICE(type, spot, strike, days, vol, rate, yield_, year_days) {
  return ScenarioDesk.call("BS_PRICE", arguments);
}

/**
 * An option greek: delta (per 1 of spot), gamma (per 1 of spot, per 1 of spot), vega (per 1 percentage point of volatility), theta (per trading day, a day being 1/year_days of a year) or rho (per 1 percentage point of rate). Black–Scholes–Merton, continuous rate and dividend yield. Returns: the greek in the units named for it above.
 *
 * @param {string|Array<Array<string>>} greek "delta", "gamma", "vega", "theta" or "rho". Unit: text. Valid: one of "delta", "gamma", "vega", "theta", "rho".
 * @param {string|Array<Array<string>>} type "call" or "put" (also "c"/"p" and "콜"/"풋"). Unit: text. Valid: one of "call", "put".
 * @param {number|Array<Array<number>>} spot Current price of the stock. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} strike Strike price of the option. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} days Trading days to expiry. Unit: trading days (252 a year by default). Valid: ≥ 0, ≤ 252000.
 * @param {number|Array<Array<number>>} vol Annualized volatility of the price (standard deviation of log returns). Unit: decimal per year (0.3 = 30%). Valid: ≥ 0, ≤ 10.
 * @param {number|Array<Array<number>>} rate Risk-free interest rate, continuously compounded. Unit: decimal per year, continuously compounded (0.05 = 5%). Valid: > -1, ≤ 10. Optional, default 0.
 * @param {number|Array<Array<number>>} yield Continuous dividend yield of the stock. Unit: decimal per year, continuous (0.02 = 2%). Valid: > -1, ≤ 10. Optional, default 0.
 * @param {number|Array<Array<number>>} year_days Trading days in a year, used to turn days into years (T = days / year_days). Unit: trading days per year. Valid: ≥ 1, ≤ 366. Optional, default 252.
 * @return {number|Array<Array<number>>} the greek in the units named for it above
 * @customfunction
 */
function BS_GREEK(greek, type, spot, strike, days, vol, rate, yield_, year_days) {
  return ScenarioDesk.call("BS_GREEK", arguments);
}

/**
 * The volatility at which the model reproduces an option’s price. Black–Scholes–Merton, continuous rate and dividend yield. Returns: annualized volatility, a decimal (0.2 = 20%).
 *
 * @param {number|Array<Array<number>>} price Market price of the option. Unit: currency units per share. Valid: ≥ 0.
 * @param {string|Array<Array<string>>} type "call" or "put" (also "c"/"p" and "콜"/"풋"). Unit: text. Valid: one of "call", "put".
 * @param {number|Array<Array<number>>} spot Current price of the stock. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} strike Strike price of the option. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} days Trading days to expiry. Unit: trading days (252 a year by default). Valid: > 0, ≤ 252000.
 * @param {number|Array<Array<number>>} rate Risk-free interest rate, continuously compounded. Unit: decimal per year, continuously compounded (0.05 = 5%). Valid: > -1, ≤ 10. Optional, default 0.
 * @param {number|Array<Array<number>>} yield Continuous dividend yield of the stock. Unit: decimal per year, continuous (0.02 = 2%). Valid: > -1, ≤ 10. Optional, default 0.
 * @param {number|Array<Array<number>>} year_days Trading days in a year, used to turn days into years (T = days / year_days). Unit: trading days per year. Valid: ≥ 1, ≤ 366. Optional, default 252.
 * @return {number|Array<Array<number>>} annualized volatility, a decimal (0.2 = 20%)
 * @customfunction
 */
function IMPLIED_VOL(price, type, spot, strike, days, rate, yield_, year_days) {
  return ScenarioDesk.call("IMPLIED_VOL", arguments);
}

/**
 * Bull call spread (buy the low-strike call, sell the high-strike call): net debit, maximum profit, breakeven and the risk-neutral probability of ending above the breakeven, per share. Black–Scholes–Merton, continuous rate and dividend yield. Returns: one row: net debit and maximum profit (currency per share), breakeven (price), probability (0 to 1).
 *
 * @param {number|Array<Array<number>>} spot Current price of the stock. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} low_strike Strike of the call bought. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} high_strike Strike of the call sold; above low_strike. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} days Trading days to expiry. Unit: trading days (252 a year by default). Valid: ≥ 0, ≤ 252000.
 * @param {number|Array<Array<number>>} vol Annualized volatility of the price (standard deviation of log returns). Unit: decimal per year (0.3 = 30%). Valid: ≥ 0, ≤ 10.
 * @param {number|Array<Array<number>>} rate Risk-free interest rate, continuously compounded. Unit: decimal per year, continuously compounded (0.05 = 5%). Valid: > -1, ≤ 10. Optional, default 0.
 * @param {number|Array<Array<number>>} yield Continuous dividend yield of the stock. Unit: decimal per year, continuous (0.02 = 2%). Valid: > -1, ≤ 10. Optional, default 0.
 * @param {number|Array<Array<number>>} year_days Trading days in a year, used to turn days into years (T = days / year_days). Unit: trading days per year. Valid: ≥ 1, ≤ 366. Optional, default 252.
 * @return {Array<Array<number>>} one row: net debit and maximum profit (currency per share), breakeven (price), probability (0 to 1)
 * @customfunction
 */
function CALL_SPREAD(spot, low_strike, high_strike, days, vol, rate, yield_, year_days) {
  return ScenarioDesk.call("CALL_SPREAD", arguments);
}

/**
 * Protective put on one share: put cost, cost as a fraction of spot, maximum loss including the premium, and breakeven price. Black–Scholes–Merton, continuous rate and dividend yield. Returns: one row: cost (currency per share), cost / spot (decimal), maximum loss (currency per share), breakeven (price).
 *
 * @param {number|Array<Array<number>>} spot Current price of the stock. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} strike Strike price of the option. Unit: currency units per share. Valid: > 0.
 * @param {number|Array<Array<number>>} days Trading days to expiry. Unit: trading days (252 a year by default). Valid: ≥ 0, ≤ 252000.
 * @param {number|Array<Array<number>>} vol Annualized volatility of the price (standard deviation of log returns). Unit: decimal per year (0.3 = 30%). Valid: ≥ 0, ≤ 10.
 * @param {number|Array<Array<number>>} rate Risk-free interest rate, continuously compounded. Unit: decimal per year, continuously compounded (0.05 = 5%). Valid: > -1, ≤ 10. Optional, default 0.
 * @param {number|Array<Array<number>>} yield Continuous dividend yield of the stock. Unit: decimal per year, continuous (0.02 = 2%). Valid: > -1, ≤ 10. Optional, default 0.
 * @param {number|Array<Array<number>>} year_days Trading days in a year, used to turn days into years (T = days / year_days). Unit: trading days per year. Valid: ≥ 1, ≤ 366. Optional, default 252.
 * @return {Array<Array<number>>} one row: cost (currency per share), cost / spot (decimal), maximum loss (currency per share), breakeven (price)
 * @customfunction
 */
function PUT_HEDGE(spot, strike, days, vol, rate, yield_, year_days) {
  return ScenarioDesk.call("PUT_HEDGE", arguments);
}

/**
 * Annualized historical volatility: the sample standard deviation of log returns × √year_days. Returns: volatility, a decimal per year (0.3 = 30%).
 *
 * @param {number|Array<Array<number>>} prices Price history, oldest first: one column or row, or a table as GOOGLEFINANCE or STOCKHISTORY returns it (the last column is used; header text and blank cells are skipped). Unit: currency units per share. Takes a whole range.
 * @param {number|Array<Array<number>>} year_days Price observations per year (252 for daily closes, 52 for weekly). Unit: observations per year. Valid: ≥ 1, ≤ 366. Optional, default 252.
 * @return {number|Array<Array<number>>} volatility, a decimal per year (0.3 = 30%)
 * @customfunction
 */
function HIST_VOL(prices, year_days) {
  return ScenarioDesk.call("HIST_VOL", arguments);
}

/**
 * The largest peak-to-trough fall of a price history, as a negative fraction. Returns: a decimal ≤ 0 (−0.25 = −25%).
 *
 * @param {number|Array<Array<number>>} prices Price history, oldest first: one column or row, or a table as GOOGLEFINANCE or STOCKHISTORY returns it (the last column is used; header text and blank cells are skipped). Unit: currency units per share. Takes a whole range.
 * @return {number|Array<Array<number>>} a decimal ≤ 0 (−0.25 = −25%)
 * @customfunction
 */
function MAX_DRAWDOWN(prices) {
  return ScenarioDesk.call("MAX_DRAWDOWN", arguments);
}

/**
 * Expected shortfall of a daily-rebalanced leveraged fund against leverage × the index’s log return: 1 − exp(−(L² − L)·vol²·T/2) (Avellaneda & Zhang 2010). Negative leverage for inverse funds. Returns: shortfall, a decimal of the fund’s value (0.05 = 5%).
 *
 * @param {number|Array<Array<number>>} leverage Daily leverage multiple (2 for a 2× fund, −1 for an inverse fund). Unit: times. Valid: ≥ -20, ≤ 20.
 * @param {number|Array<Array<number>>} vol Annualized volatility of the index. Unit: decimal per year (0.3 = 30%). Valid: ≥ 0, ≤ 10.
 * @param {number|Array<Array<number>>} days Holding period, in trading days. Unit: trading days (252 a year by default). Valid: ≥ 0, ≤ 252000.
 * @param {number|Array<Array<number>>} year_days Trading days in a year, used to turn days into years (T = days / year_days). Unit: trading days per year. Valid: ≥ 1, ≤ 366. Optional, default 252.
 * @return {number|Array<Array<number>>} shortfall, a decimal of the fund’s value (0.05 = 5%)
 * @customfunction
 */
function LEVERAGE_DRAG(leverage, vol, days, year_days) {
  return ScenarioDesk.call("LEVERAGE_DRAG", arguments);
}

/**
 * Value at risk: the loss not exceeded with probability confidence over the horizon, for a position following geometric Brownian motion. Returns: loss, a positive amount in the currency units of value.
 *
 * @param {number|Array<Array<number>>} value Position value. Unit: currency units. Valid: ≥ 0.
 * @param {number|Array<Array<number>>} vol Annualized volatility of the price (standard deviation of log returns). Unit: decimal per year (0.3 = 30%). Valid: ≥ 0, ≤ 10.
 * @param {number|Array<Array<number>>} days Horizon, in trading days. Unit: trading days (252 a year by default). Valid: ≥ 0, ≤ 252000.
 * @param {number|Array<Array<number>>} confidence Confidence level (0.95 = 95%, 0.99 = 99%). Unit: probability, a decimal. Valid: > 0, < 1. Optional, default 0.95.
 * @param {number|Array<Array<number>>} drift Expected annual return of the position. Unit: decimal per year (0.05 = 5%). Valid: > -1, ≤ 10. Optional, default 0.
 * @param {number|Array<Array<number>>} year_days Trading days in a year, used to turn days into years (T = days / year_days). Unit: trading days per year. Valid: ≥ 1, ≤ 366. Optional, default 252.
 * @return {number|Array<Array<number>>} loss, a positive amount in the currency units of value
 * @customfunction
 */
function VALUE_AT_RISK(value, vol, days, confidence, drift, year_days) {
  return ScenarioDesk.call("VALUE_AT_RISK", arguments);
}
