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
