/**
 * Excel value translation: the shared engine's result grid becomes the matrix Excel spills, with
 * each bad cell a `CustomFunctions.Error` (#VALUE! or #N/A, both of which show their message),
 * worded in Excel's display language. A single-cell failure is thrown, as Excel documents for
 * custom functions.
 */
import { CATALOG } from '../shared/catalog';
import type { FunctionSpec } from '../shared/catalog/types';
import { evaluate, type ResultGrid } from '../shared/engine';
import type { DeskError } from '../shared/errors';
import { languageOf, renderError, type Lang } from '../shared/messages';

type ExcelCell = number | string | CustomFunctions.Error;

/**
 * Excel's display language: `Office.context.displayLanguage` where the shared runtime exposes it
 * (Korean for any `ko` tag), else English. functions.js also loads where only `CustomFunctions`
 * exists (no Office at all), so every step is guarded.
 */
export function excelLanguage(): Lang {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
    const tag = office?.context?.displayLanguage;
    return typeof tag === 'string' ? languageOf(tag) : 'en';
  } catch {
    return 'en';
  }
}

function excelError(e: DeskError, lang: Lang): CustomFunctions.Error {
  const code = e.kind === 'NA' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, renderError(e, lang));
}

export function toExcel(result: ResultGrid, lang: Lang = excelLanguage()): ExcelCell[][] {
  if (result.rows === 1 && result.cols === 1) {
    const only = result.cells[0][0];
    if (only !== null && typeof only !== 'number') throw excelError(only, lang);
    return [[only ?? '']];
  }
  // The grid is ours: translate in place rather than allocate a second one. One error object is
  // often shared by many cells (a bad constant argument): word it once.
  const seen = new Map<DeskError, CustomFunctions.Error>();
  const cells = result.cells as unknown as ExcelCell[][];
  for (const row of result.cells) {
    for (let j = 0; j < row.length; j++) {
      const c = row[j];
      if (typeof c === 'number') continue;
      if (c === null) (row as unknown as ExcelCell[])[j] = '';
      else {
        let x = seen.get(c);
        if (!x) seen.set(c, (x = excelError(c, lang)));
        (row as unknown as ExcelCell[])[j] = x;
      }
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
