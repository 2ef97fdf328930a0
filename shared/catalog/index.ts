/**
 * The function catalog: every function Scenario Desk has, in display order. Adding a function is
 * one entry in a family file plus its kernel; hosts, generated metadata and docs pick it up.
 */
import { SCENARIO_PROB } from './scenarios';
import { POSITION_SIZE } from './sizing';
import { DCF_REPRICE, DCF_VALUE } from './valuation';
import type { FunctionSpec } from './types';

export const CATALOG: readonly FunctionSpec[] = [SCENARIO_PROB, POSITION_SIZE, DCF_VALUE, DCF_REPRICE];

export function findFunction(name: string): FunctionSpec | undefined {
  const upper = name.toUpperCase();
  return CATALOG.find((f) => f.name === upper);
}

export type { FunctionSpec, ParamSpec, Text, Example } from './types';
