/**
 * Central argument coercion. Hosts hand over whatever the spreadsheet passed (Excel: matrices with
 * null for omitted arguments; Sheets: scalars, 2-D arrays, "" for blanks, Date objects); this layer
 * turns every argument into a rectangular grid and every cell into the value an implementation
 * expects, or a DeskError that names the argument, the value and the rule. It holds every rule of
 * a single cell and every rule of a range (vectors, pairs, price series, matrices); implementations
 * never see raw host values.
 */
import { DeskError, fail, NO_VALUE } from './errors';
import type { ParamSpec, Vector } from './catalog/types';

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
    return fail('not_finite', name, value);
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (NUMERIC_TEXT.test(text)) {
      const percent = text.endsWith('%');
      const parsed = Number(percent ? text.slice(0, -1) : text);
      const number = percent ? parsed / 100 : parsed;
      if (Number.isFinite(number)) return number === 0 ? 0 : number;
      return fail('too_large', name, value);
    }
    return fail('text', name, value);
  }
  if (typeof value === 'boolean') return fail('logical', name, value);
  if (isDate(value)) return fail('date', name, value);
  if (Array.isArray(value)) return fail('nested', name, value);
  return fail('not_number', name, value);
}

/** Whether a number is, for its parameter, a likely unit mistake (see UnitMistake). */
export function isMistake(p: ParamSpec, x: number): boolean {
  const m = p.mistake;
  if (m === undefined) return false;
  const a = Math.abs(x);
  return (m.atLeast !== undefined && a >= m.atLeast) || (m.above !== undefined && a > m.above);
}

/** Shown without binary noise: 0.07·100 is 7, not 7.000000000000001. */
const tidy = (x: number): number => Number(x.toPrecision(12));

/**
 * Whether a finite number is valid for a parameter: within its declared range and not a likely
 * unit mistake (the engine's fast path uses it too).
 */
export function inRange(p: ParamSpec, x: number): boolean {
  if (p.mistake !== undefined && isMistake(p, x)) return false;
  if (p.min !== undefined && (p.minExclusive ? !(x > p.min) : !(x >= p.min))) return false;
  if (p.max !== undefined && (p.maxExclusive ? !(x < p.max) : !(x <= p.max))) return false;
  return true;
}

/** A number parameter's bounds, read once, for withinBounds. */
export interface Bounds {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
  atLeast: number;
  above: number;
}

export function rangeBounds(p: ParamSpec): Bounds {
  return {
    lo: p.min ?? -Infinity,
    hi: p.max ?? Infinity,
    loOpen: p.minExclusive === true || p.min === undefined,
    hiOpen: p.maxExclusive === true || p.max === undefined,
    atLeast: p.mistake?.atLeast ?? Infinity,
    above: p.mistake?.above ?? Infinity,
  };
}

/**
 * The engine's per-cell test: a finite number that inRange(p, ·) accepts, from rangeBounds(p).
 * NaN and ±∞ fail (an open end is strict at ±∞). One function for every parameter, so the call
 * site in the engine's loop stays monomorphic and inlines it.
 */
export function withinBounds(b: Bounds, x: number): boolean {
  const a = Math.abs(x);
  return (b.loOpen ? x > b.lo : x >= b.lo) && (b.hiOpen ? x < b.hi : x <= b.hi) && a < b.atLeast && !(a > b.above);
}

function rangeRule(p: ParamSpec, x: number): void {
  if (inRange(p, x)) return;
  if (isMistake(p, x)) {
    if (p.mistake?.kind === 'date') fail('days_date', p.name, x, { years: Math.round(x / 252) });
    fail('unit_percent', p.name, x, { typed: tidy(x), percent: tidy(x * 100), fix: tidy(x / 100), of: p.mistake?.of ?? '' });
  }
  const hint = p.hint ?? '';
  if (p.min !== undefined && (p.minExclusive ? !(x > p.min) : !(x >= p.min)))
    fail('min', p.name, x, { op: p.minExclusive ? '>' : '≥', bound: p.min, hint });
  fail('max', p.name, x, { op: p.maxExclusive ? '<' : '≤', bound: p.max, hint });
}

/**
 * Whether a cell reads as "not given": blank as Excel on the web (null), Sheets ("") and omitted
 * arguments send it, or 0 where 0 is outside the parameter's valid range, because Excel desktop
 * sends an empty cell as 0 (office-js issues #4702, #5262, #1951). A 0 that a parameter accepts is a 0.
 */
export function notGiven(p: ParamSpec, value: unknown): boolean {
  return isBlank(value) || (value === 0 && p.kind !== 'option' && !inRange(p, 0));
}

/** A scalar argument cell, coerced by the parameter's kind and checked against its rules. */
export function coerceCell(p: ParamSpec, value: unknown): number | string | null {
  if (notGiven(p, value)) {
    if (p.optional && p.default !== undefined) return p.default;
    if (value === 0) rangeRule(p, 0); // a required 0 keeps its range message ("spot: 0 must be > 0")
    return fail('required', p.name);
  }
  if (p.kind === 'option') return coerceOption(p, value);
  const x = cellNumber(p.name, value);
  if (p.kind === 'integer' && !Number.isInteger(x)) fail('whole', p.name, x);
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
  return fail('choice', p.name, value, { choices: choices.map((c) => `"${c.value}"`).join(', ') });
}

/** Row-major cell k of a grid. */
const cellAt = (g: Grid, k: number): unknown => g.cells[Math.floor(k / g.cols)][k % g.cols];

/** A range cell as a number, checked against its parameter's rules (range and unit mistakes). */
function rangeCell(p: ParamSpec, value: unknown): number {
  const x = cellNumber(p.name, value);
  rangeRule(p, x);
  return x;
}

/** All non-blank cells of a range, row by row, as numbers, with where each stood. */
export function vector(p: ParamSpec, grid: Grid): Vector {
  const values: number[] = [];
  const index: number[] = [];
  const n = grid.rows * grid.cols;
  for (let k = 0; k < n; k++) {
    const v = cellAt(grid, k);
    if (isBlank(v)) continue;
    values.push(inCell(`${Math.floor(k / grid.cols) + 1},${(k % grid.cols) + 1}`, () => rangeCell(p, v)));
    index.push(k);
  }
  return { values, index, rows: grid.rows, cols: grid.cols };
}

/** Wraps a cell's coercion so its error names the cell. */
function inCell<T>(k: number | string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw e instanceof DeskError ? e.at(k) : e;
  }
}

/**
 * Paired vectors (probabilities/outcomes, priors/likelihoods, entries/stops): same number of
 * cells; a pair that is blank on both sides is skipped, a half-blank pair is an error naming the cell.
 */
export function pairedVectors(pa: ParamSpec, a: Grid, pb: ParamSpec, b: Grid): [Vector, Vector] {
  const aName = pa.name;
  const bName = pb.name;
  const na = a.rows * a.cols;
  const nb = b.rows * b.cols;
  if (na !== nb) fail('size_mismatch', bName, NO_VALUE, { cells: nb, other: aName, otherCells: na });
  const av: number[] = [];
  const bv: number[] = [];
  const index: number[] = [];
  for (let k = 0; k < na; k++) {
    const va = cellAt(a, k);
    const vb = cellAt(b, k);
    const ba = isBlank(va);
    const bb = isBlank(vb);
    if (ba && bb) continue;
    if (ba || bb) fail('half_blank', ba ? aName : bName, NO_VALUE, { k: k + 1, other: ba ? bName : aName, otherValue: ba ? vb : va });
    av.push(inCell(k + 1, () => rangeCell(pa, va)));
    bv.push(inCell(k + 1, () => rangeCell(pb, vb)));
    index.push(k);
  }
  return [
    { values: av, index, rows: a.rows, cols: a.cols },
    { values: bv, index, rows: b.rows, cols: b.cols },
  ];
}

/**
 * "#N/A" as a custom function receives it in Sheets: the text of the error. In a price history it
 * is almost always GOOGLEFINANCE history, which Google hides from Apps Script (every cell "#N/A").
 */
function isNa(v: unknown): boolean {
  return typeof v === 'string' && v.trim().toUpperCase() === '#N/A';
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
  // Excel desktop sends empty cells as 0: zeros before the first price and after the last one are
  // empty cells of a range sized larger than the data (a price is never 0).
  const header = typeof cells[0] === 'string' && !isBlank(cells[0]) && !NUMERIC_TEXT.test(cells[0].trim()) && !isNa(cells[0]);
  let first = header ? 1 : 0;
  let last = cells.length - 1;
  while (first <= last && (isBlank(cells[first]) || cells[first] === 0)) first++;
  while (last >= first && (isBlank(cells[last]) || cells[last] === 0)) last--;
  const prices: number[] = [];
  cells.forEach((v, k) => {
    if (k < first || k > last || isBlank(v)) return;
    if (k === 0 && header) return;
    if (isNa(v)) throw new DeskError('hidden_history', name, v).at(k + 1);
    const x = inCell(k + 1, () => cellNumber(name, v));
    if (!(x > 0)) throw new DeskError('price_positive', name, x).at(k + 1);
    prices.push(x);
  });
  return prices;
}

/** A block of numbers (every cell filled), e.g. a correlation matrix; one value is a 1×1 block. */
export function numberMatrix(name: string, grid: Grid): number[][] {
  return grid.cells.map((row, i) =>
    row.map((v, j) => {
      if (typeof v === 'number' && v - v === 0) return v === 0 ? 0 : v; // the common case, no location text
      const at = `${i + 1},${j + 1}`;
      if (isBlank(v)) throw new DeskError('required', name).at(at);
      try {
        return cellNumber(name, v);
      } catch (e) {
        throw e instanceof DeskError ? e.at(at) : e;
      }
    }),
  );
}
