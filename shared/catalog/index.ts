/**
 * The function catalog: every function Scenario Desk has, in display order. Adding a function is
 * one entry in a family file plus its kernel; hosts, generated metadata and docs pick it up.
 */
import { BS_GREEK, BS_PRICE, CALL_SPREAD, IMPLIED_VOL, PUT_HEDGE } from './options';
import { PORTFOLIO_SIZE, PORTFOLIO_VAR, RISK_CONTRIB } from './portfolio';
import { HIST_VOL, LEVERAGE_DRAG, MAX_DRAWDOWN, VALUE_AT_RISK } from './risk';
import { IMPLIED_PROB, SCENARIO_BAYES, SCENARIO_EV, SCENARIO_PROB } from './scenarios';
import { KELLY, POSITION_SIZE, SCALE_IN } from './sizing';
import { HIT_FIRST, PRICE_RANGE, TRADE_EV } from './trade';
import { DCF_REPRICE, DCF_VALUE, IMPLIED_GROWTH, PE_REPRICE } from './valuation';
import type { FunctionSpec } from './types';

export const CATALOG: readonly FunctionSpec[] = [
  SCENARIO_PROB,
  SCENARIO_EV,
  SCENARIO_BAYES,
  IMPLIED_PROB,
  POSITION_SIZE,
  KELLY,
  SCALE_IN,
  HIT_FIRST,
  TRADE_EV,
  PRICE_RANGE,
  PORTFOLIO_SIZE,
  PORTFOLIO_VAR,
  RISK_CONTRIB,
  DCF_VALUE,
  DCF_REPRICE,
  IMPLIED_GROWTH,
  PE_REPRICE,
  BS_PRICE,
  BS_GREEK,
  IMPLIED_VOL,
  CALL_SPREAD,
  PUT_HEDGE,
  HIST_VOL,
  MAX_DRAWDOWN,
  LEVERAGE_DRAG,
  VALUE_AT_RISK,
];

export function findFunction(name: string): FunctionSpec | undefined {
  const upper = name.toUpperCase();
  return CATALOG.find((f) => f.name === upper);
}

export type { FunctionSpec, ParamSpec, Text, Example } from './types';
