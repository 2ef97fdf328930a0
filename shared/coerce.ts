/**
 * Central argument coercion. Hosts hand over whatever the spreadsheet passed (Excel: matrices with
 * null for omitted arguments; Sheets: scalars, 2-D arrays, "" for blanks, Date objects); this layer
 * turns every argument into a rectangular grid and every cell into the value a kernel expects, or a
 * DeskError that names the argument, the value and the rule. Kernels never see raw host values.
 */
import { DeskError, fail, showValue } from './errors';
import type { ParamSpec } from './catalog/types';

/** A rectangular block of raw cells. */
export interface Grid {
  rows: number;
  cols: number;
  cells: unknown[][];
}

const EMPTY_GRID: Grid = { rows: 1, cols: 1, cells: [[undefined]] };

/** Any host value as a rectangular grid. Ragged rows are padded with blanks. */
export function toGrid(value: unknown): Grid {
  if (!Array.isArray(value)) return value === undefined || value === null ? EMPTY_GRID : { rows: 1, cols: 1, cells: [[value]] };
  if (value.length === 0) return EMPTY_GRID;
  // Fast path: already a rectangle of rows (what both hosts pass), used as is.
  const first = value[0];
  if (Array.isArray(first) && first.length > 0) {
    const width = first.length;
    let rectangular = true;
    for (let i = 1; i < value.length; i++) {
      const row = value[i];
      if (!Array.isArray(row) || row.length !== width) {
        rectangular = false;
        break;
      }
    }
    if (rectangular) return { rows: value.length, cols: width, cells: value as unknown[][] };
  }
  const rows: unknown[][] = value.map((row: unknown) => (Array.isArray(row) ? row : [row]));
  let cols = 0;
  for (const row of rows) if (row.length > cols) cols = row.length;
  if (cols === 0) return EMPTY_GRID;
  const cells = rows.map((row) => (row.length === cols ? row : [...row, ...new Array<unknown>(cols - row.length).fill(undefined)]));
  return { rows: cells.length, cols, cells };
}

/** Blank: omitted, null, undefined or text that is only white space. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A Date from any realm (Apps Script hands over Dates made in its own context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export const NUMERIC_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?%?$/i;

/**
 * A cell as a number: numbers pass, text that is a plain number or a percentage ("120.5", "5%")
 * is read as one; everything else is an error naming `name`. Blank cells are the caller's concern.
 */
export function cellNumber(name: string, value: unknown): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value === 0 ? 0 : value;
    return fail(name, value, 'is not a finite number');
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (NUMERIC_TEXT.test(text)) {
      const percent = text.endsWith('%');
      const parsed = Number(percent ? text.slice(0, -1) : text);
      const number = percent ? parsed / 100 : parsed;
      if (Number.isFinite(number)) return number === 0 ? 0 : number;
      return fail(name, value, 'is too large to be a number');
    }
    return fail(name, value, 'is text, not a number');
  }
  if (typeof value === 'boolean') return fail(name, value, 'is a logical value, not a number');
  if (isDate(value)) return fail(name, value, 'is a date, not a number');
  if (Array.isArray(value)) return fail(name, value, 'is nested inside a range cell; give a single value');
  return fail(name, value, 'is not a number');
}

function rangeRule(p: ParamSpec, x: number): void {
  const hint = p.rangeHint ? ` (${p.rangeHint})` : '';
  if (p.min !== undefined && (p.minExclusive ? !(x > p.min) : !(x >= p.min))) {
    fail(p.name, x, `must be ${p.minExclusive ? '>' : '≥'} ${p.min}${hint}`);
  }
  if (p.max !== undefined && (p.maxExclusive ? !(x < p.max) : !(x <= p.max))) {
    fail(p.name, x, `must be ${p.maxExclusive ? '<' : '≤'} ${p.max}${hint}`);
  }
}

/** A scalar argument cell, coerced by the parameter's kind and checked against its rules. */
export function coerceCell(p: ParamSpec, value: unknown): number | string | null {
  if (isBlank(value)) {
    if (p.optional && p.default !== undefined) return p.default;
    throw new DeskError(`${p.name}: empty; a value is required`);
  }
  if (p.kind === 'option') return coerceOption(p, value);
  const x = cellNumber(p.name, value);
  if (p.kind === 'integer' && !Number.isInteger(x)) fail(p.name, x, 'must be a whole number');
  rangeRule(p, x);
  return x;
}

function coerceOption(p: ParamSpec, value: unknown): string {
  const choices = p.choices ?? [];
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    for (const c of choices) {
      if (c.value === text || (c.aliases ?? []).some((a) => a.toLowerCase() === text)) return c.value;
    }
  }
  return fail(p.name, value, `is not one of ${choices.map((c) => `"${c.value}"`).join(', ')}`);
}

/** All non-blank cells of a range, row by row, as numbers; blank cells are skipped. */
export function vectorNumbers(name: string, grid: Grid): number[] {
  const out: number[] = [];
  for (let i = 0; i < grid.rows; i++) {
    for (let j = 0; j < grid.cols; j++) {
      const v = grid.cells[i][j];
      if (!isBlank(v)) out.push(cellNumber(`${name} (cell ${i + 1},${j + 1})`, v));
    }
  }
  return out;
}

/**
 * Paired vectors (probabilities/outcomes, priors/likelihoods): same number of cells; a pair that is
 * blank on both sides is skipped, a half-blank pair is an error naming the cell.
 */
export function pairedVectors(aName: string, a: Grid, bName: string, b: Grid): { a: number[]; b: number[]; index: number[] } {
  const na = a.rows * a.cols;
  const nb = b.rows * b.cols;
  if (na !== nb) throw new DeskError(`${bName}: has ${nb} cells but ${aName} has ${na}; give ranges of the same size`);
  const out = { a: [] as number[], b: [] as number[], index: [] as number[] };
  for (let k = 0; k < na; k++) {
    const va = a.cells[Math.floor(k / a.cols)][k % a.cols];
    const vb = b.cells[Math.floor(k / b.cols)][k % b.cols];
    const ba = isBlank(va);
    const bb = isBlank(vb);
    if (ba && bb) continue;
    if (ba || bb) {
      throw new DeskError(
        `${ba ? aName : bName}: cell ${k + 1} is blank but ${ba ? bName : aName} cell ${k + 1} is ${showValue(ba ? vb : va)}; fill or clear both`,
      );
    }
    out.a.push(cellNumber(`${aName} (cell ${k + 1})`, va));
    out.b.push(cellNumber(`${bName} (cell ${k + 1})`, vb));
    out.index.push(k);
  }
  return out;
}

/**
 * A price history: one column or row, or a table as GOOGLEFINANCE and STOCKHISTORY return it
 * (header row, date column first): the last column is used, header text and blank cells skipped.
 */
export function priceSeries(name: string, grid: Grid): number[] {
  const table = grid.rows > 1 && grid.cols > 1;
  const cells: unknown[] = table
    ? grid.cells.map((row) => row[grid.cols - 1])
    : grid.rows === 1
      ? grid.cells[0]
      : grid.cells.map((row) => row[0]);
  const prices: number[] = [];
  cells.forEach((v, k) => {
    if (isBlank(v)) return;
    if (k === 0 && typeof v === 'string' && !NUMERIC_TEXT.test(v.trim())) return; // header
    const x = cellNumber(`${name} (cell ${k + 1})`, v);
    if (!(x > 0)) fail(`${name} (cell ${k + 1})`, x, 'must be > 0; prices are positive');
    prices.push(x);
  });
  return prices;
}
