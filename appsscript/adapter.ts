/**
 * Google Sheets value translation. A single-cell failure throws an Error carrying the message
 * (Sheets shows #ERROR! with it); inside an array result a bad cell becomes the text
 * "#VALUE! <message>" (or "#N/A <message>") so the rest of the array still computes.
 */
import { findFunction } from '../shared/catalog';
import { evaluate, type ResultGrid } from '../shared/engine';
import { errorLabel } from '../shared/errors';

export type SheetsValue = number | string | Array<Array<number | string>>;

export function toSheets(result: ResultGrid): SheetsValue {
  if (result.rows === 1 && result.cols === 1) {
    const only = result.cells[0][0];
    if (only === null) return '';
    if (typeof only !== 'number') throw new Error(only.message);
    return only;
  }
  // The grid is ours: translate in place rather than allocate a second one.
  for (const row of result.cells) {
    for (let j = 0; j < row.length; j++) {
      const c = row[j];
      if (typeof c !== 'number') (row as unknown as (number | string)[])[j] = c === null ? '' : `${errorLabel(c.kind)} ${c.message}`;
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
