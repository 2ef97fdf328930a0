/**
 * Google Sheets value translation. A single-cell failure, or a result with no number in it, throws
 * an Error carrying the (first) message (Sheets shows #ERROR! with it); inside an array result
 * with numbers a bad cell becomes the text
 * "#VALUE! <message>" (or "#N/A <message>") so the rest of the array still computes. Messages
 * are worded in the spreadsheet's language.
 */
import { findFunction } from '../shared/catalog';
import { evaluate, failedWhole, type ResultGrid } from '../shared/engine';
import type { DeskError } from '../shared/errors';
import { errorText, languageOf, renderError, type Lang } from '../shared/messages';

export type SheetsValue = number | string | Array<Array<number | string>>;

/**
 * The spreadsheet's language, read inside the custom-function call: custom functions may read the
 * spreadsheet (its locale, e.g. "ko_KR") but not `Session`. English when unavailable or refused.
 */
export function sheetsLanguage(): Lang {
  try {
    const app = (globalThis as { SpreadsheetApp?: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp;
    const tag = app?.getActiveSpreadsheet()?.getSpreadsheetLocale();
    return typeof tag === 'string' ? languageOf(tag) : 'en';
  } catch {
    return 'en';
  }
}

/** `lang` is asked for only when there is an error to word (a successful call reads nothing). */
export function toSheets(result: ResultGrid, lang: () => Lang = sheetsLanguage): SheetsValue {
  if (result.rows === 1 && result.cols === 1) {
    const only = result.cells[0][0];
    if (only === null) return '';
    if (typeof only !== 'number') throw new Error(renderError(only, lang()));
    return only;
  }
  const whole = failedWhole(result);
  if (whole !== null) throw new Error(renderError(whole, lang()));
  // The grid is ours: translate in place rather than allocate a second one.
  let language: Lang | null = null;
  const seen = new Map<DeskError, string>();
  for (const row of result.cells) {
    for (let j = 0; j < row.length; j++) {
      const c = row[j];
      if (typeof c === 'number') continue;
      if (c === null) (row as unknown as (number | string)[])[j] = '';
      else {
        let text = seen.get(c);
        if (text === undefined) seen.set(c, (text = errorText(c, (language ??= lang()))));
        (row as unknown as (number | string)[])[j] = text;
      }
    }
  }
  return result.cells as unknown as Array<Array<number | string>>;
}

/** What each generated top-level stub calls: `name` with the arguments Sheets passed. */
export function callFunction(name: string, args: ArrayLike<unknown>): SheetsValue {
  const spec = findFunction(name);
  if (!spec) throw new Error(`Scenario Desk has no function ${name}`);
  return toSheets(evaluate(spec, Array.from(args)));
}
