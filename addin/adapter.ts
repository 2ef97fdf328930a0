/**
 * Excel value translation: the shared engine's result grid becomes the matrix Excel spills, with
 * each bad cell a `CustomFunctions.Error` (#VALUE! or #N/A, both of which show their message).
 * A single-cell failure is thrown, as Excel documents for custom functions.
 */
import { CATALOG } from '../shared/catalog';
import { evaluate, type ResultGrid } from '../shared/engine';
import type { DeskError } from '../shared/errors';
import type { FunctionSpec } from '../shared/catalog/types';

type ExcelCell = number | string | CustomFunctions.Error;

function excelError(e: DeskError): CustomFunctions.Error {
  const code = e.kind === 'NA' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, e.message);
}

export function toExcel(result: ResultGrid): ExcelCell[][] {
  if (result.rows === 1 && result.cols === 1) {
    const only = result.cells[0][0];
    if (only !== null && typeof only !== 'number') throw excelError(only);
    return [[only ?? '']];
  }
  // The grid is ours: translate in place rather than allocate a second one.
  const cells = result.cells as unknown as ExcelCell[][];
  for (const row of result.cells) {
    for (let j = 0; j < row.length; j++) {
      const c = row[j];
      if (typeof c !== 'number') (row as unknown as ExcelCell[])[j] = c === null ? '' : excelError(c);
    }
  }
  return cells;
}

/** The function Excel calls for `spec`: arguments beyond the declared ones (the invocation) are dropped. */
export function excelFunction(spec: FunctionSpec): (...args: unknown[]) => ExcelCell[][] {
  const n = spec.params.length;
  return (...args: unknown[]) => toExcel(evaluate(spec, args.length > n ? args.slice(0, n) : args));
}

/** Registers every catalog function under its id in functions.json. */
export function registerAll(catalog: readonly FunctionSpec[] = CATALOG): void {
  for (const spec of catalog) CustomFunctions.associate(spec.name, excelFunction(spec));
}
