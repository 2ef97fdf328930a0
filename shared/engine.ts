/**
 * Broadcasting: evaluates one catalog function over whatever the host passed. Scalar parameters
 * broadcast by Excel's array rules (a dimension of size 1 stretches; where two ranges differ in
 * size, cells beyond the shorter one are #N/A); vector parameters are handed over whole. Each
 * argument range is coerced once, then the kernel runs per cell. Only the bad cells become errors.
 */
import { DeskError } from './errors';
import { coerceCell, toGrid, type Grid } from './coerce';
import type { ParamSpec } from './catalog/types';

/** Whether a finite number satisfies a parameter's range rules (the fast path of coercion). */
function inRange(p: ParamSpec, x: number): boolean {
  if (p.min !== undefined && (p.minExclusive ? !(x > p.min) : !(x >= p.min))) return false;
  if (p.max !== undefined && (p.maxExclusive ? !(x < p.max) : !(x <= p.max))) return false;
  return true;
}
import type { FunctionSpec, KernelResult, KernelValue } from './catalog/types';

/** A result cell: a number, a blank (null) or an error. */
export type OutCell = number | DeskError | null;

export interface ResultGrid {
  rows: number;
  cols: number;
  cells: OutCell[][];
}

type Coerced = number | string | null | DeskError;

interface Prepared {
  grid: Grid;
  values: Coerced[] | null; // coerced cells for scalar parameters, row-major; null for vectors
}

/** Any thrown value as a DeskError: kernels' own errors pass, anything else is wrapped. */
export function asDeskError(fn: string, e: unknown): DeskError {
  if (e instanceof DeskError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new DeskError(`${fn}: could not compute (${message})`);
}

function nonFinite(fn: string): DeskError {
  return new DeskError(`${fn}: the result is too large or undefined for these inputs (not a finite number)`);
}

/** A finite number (-0 folded to 0), a blank or a kernel's cell error; anything else an error. */
function finite(fn: string, x: unknown): OutCell {
  if (x === null || x instanceof DeskError) return x;
  if (typeof x !== 'number' || !Number.isFinite(x)) return nonFinite(fn);
  return x === 0 ? 0 : x;
}

function single(cell: OutCell): ResultGrid {
  return { rows: 1, cols: 1, cells: [[cell]] };
}

/** Evaluates `spec` on raw host arguments (already unwrapped to values or 2-D arrays). */
export function evaluate(spec: FunctionSpec, rawArgs: readonly unknown[]): ResultGrid {
  const params = spec.params;
  if (rawArgs.length > params.length) {
    return single(new DeskError(`${spec.name}: takes at most ${params.length} arguments, got ${rawArgs.length}`));
  }
  const prepared: Prepared[] = params.map((p, k) => {
    const grid = toGrid(rawArgs[k]);
    if (p.kind === 'vector') return { grid, values: null };
    const values: Coerced[] = new Array<Coerced>(grid.rows * grid.cols);
    let n = 0;
    for (const row of grid.cells) {
      for (const v of row) {
        // Numbers inside a parameter's rules skip the general coercion (the common case).
        if (typeof v === 'number' && v === v && v !== Infinity && v !== -Infinity && p.kind === 'number' && inRange(p, v))
          values[n++] = v === 0 ? 0 : v;
        else {
          let c: Coerced;
          try {
            c = coerceCell(p, v);
          } catch (e) {
            c = asDeskError(spec.name, e);
          }
          values[n++] = c;
        }
      }
    }
    return { grid, values };
  });

  // Broadcast shape over the scalar parameters.
  let rows = 1;
  let cols = 1;
  for (const a of prepared) {
    if (a.values === null) continue;
    if (a.grid.rows > rows) rows = a.grid.rows;
    if (a.grid.cols > cols) cols = a.grid.cols;
  }

  const impl = spec.impl as unknown as (...args: KernelValue[]) => KernelResult;
  const argv: KernelValue[] = new Array<KernelValue>(params.length);
  for (let k = 0; k < params.length; k++) if (prepared[k].values === null) argv[k] = prepared[k].grid;

  /** Fills argv for broadcast cell (i, j); returns an error when an argument cell is bad. */
  const bind = (i: number, j: number): DeskError | null => {
    for (let k = 0; k < params.length; k++) {
      const a = prepared[k];
      if (a.values === null) continue;
      const g = a.grid;
      const r = g.rows === 1 ? 0 : i;
      const c = g.cols === 1 ? 0 : j;
      if (r >= g.rows || c >= g.cols) {
        const what = r >= g.rows ? `${g.rows} row${g.rows === 1 ? '' : 's'}` : `${g.cols} column${g.cols === 1 ? '' : 's'}`;
        return new DeskError(
          `${params[k].name}: the range has ${what}, the result has ${rows}×${cols}; no value for row ${i + 1}, column ${j + 1}`,
          'NA',
        );
      }
      const v = a.values[r * g.cols + c];
      if (v instanceof DeskError) return v;
      argv[k] = v;
    }
    return null;
  };

  const shape = spec.result;
  if (shape.kind === 'scalar') {
    // The hot loop of every large model: strides instead of per-cell bounds logic, and no
    // per-cell allocation beyond the result rows. Falls back to bind() where a range is shorter
    // than the result (its overhang is #N/A).
    const scalar: number[] = [];
    const vals: Coerced[][] = [];
    const rowStride: number[] = [];
    const colStride: number[] = [];
    let overhang = false;
    let constantError: DeskError | null = null;
    prepared.forEach((a, k) => {
      if (a.values === null) return;
      if (a.grid.rows === 1 && a.grid.cols === 1) {
        // A single value is bound once, not per cell.
        const v = a.values[0];
        if (typeof v === 'object' && v !== null) constantError ??= v;
        else argv[k] = v;
        return;
      }
      scalar.push(k);
      vals.push(a.values);
      rowStride.push(a.grid.rows === 1 ? 0 : a.grid.cols);
      colStride.push(a.grid.cols === 1 ? 0 : 1);
      if ((a.grid.rows !== 1 && a.grid.rows !== rows) || (a.grid.cols !== 1 && a.grid.cols !== cols)) overhang = true;
    });
    const m = scalar.length;
    const cells: OutCell[][] = new Array<OutCell[]>(rows);
    for (let i = 0; i < rows; i++) {
      // A one-cell row is built as a literal: V8 then allocates it with its final element kind.
      const row: OutCell[] = cols === 1 ? [0] : new Array<OutCell>(cols);
      for (let j = 0; j < cols; j++) {
        let bad: DeskError | null = constantError;
        if (bad) {
          row[j] = bad;
          continue;
        }
        if (overhang) bad = bind(i, j);
        else {
          for (let t = 0; t < m; t++) {
            const v = vals[t][i * rowStride[t] + j * colStride[t]];
            if (typeof v === 'object' && v !== null) {
              bad = v;
              break;
            }
            argv[scalar[t]] = v;
          }
        }
        if (bad) {
          row[j] = bad;
          continue;
        }
        try {
          const x = impl(...argv);
          row[j] = typeof x === 'number' && x - x === 0 ? (x === 0 ? 0 : x) : finite(spec.name, x);
        } catch (e) {
          row[j] = asDeskError(spec.name, e);
        }
      }
      cells[i] = row;
    }
    return { rows, cols, cells };
  }

  if (shape.kind === 'row') {
    const width = shape.columns.length;
    if (rows > 1 && cols > 1) {
      return single(
        new DeskError(
          `${spec.name}: returns one row per input; give the inputs as a single column or a single row, not a ${rows}×${cols} block`,
        ),
      );
    }
    const n = rows * cols;
    const cells: OutCell[][] = new Array<OutCell[]>(n);
    for (let t = 0; t < n; t++) {
      const i = cols === 1 ? t : 0;
      const j = cols === 1 ? 0 : t;
      let out: OutCell[];
      const bad = bind(i, j);
      if (bad) out = new Array<OutCell>(width).fill(bad);
      else {
        try {
          const r = impl(...argv) as unknown[];
          out = r.map((x) => finite(spec.name, x));
        } catch (e) {
          out = new Array<OutCell>(width).fill(asDeskError(spec.name, e));
        }
      }
      cells[t] = out;
    }
    return { rows: n, cols: width, cells };
  }

  // table: every scalar argument must be a single value
  if (rows > 1 || cols > 1) {
    const which = params
      .filter((_p, k) => prepared[k].values !== null && (prepared[k].grid.rows > 1 || prepared[k].grid.cols > 1))
      .map((p) => p.name);
    return single(
      new DeskError(
        `${which.join(', ')}: ${spec.name} returns a table, so ${which.length > 1 ? 'these arguments take' : 'this argument takes'} a single value, not a range`,
      ),
    );
  }
  const bad = bind(0, 0);
  if (bad) return single(bad);
  try {
    const table = impl(...argv) as unknown[][];
    const width = table.reduce((w, r) => Math.max(w, r.length), 0);
    if (table.length === 0 || width === 0) return single(new DeskError(`${spec.name}: the result is empty`));
    const cells = table.map((r) => Array.from({ length: width }, (_, j) => (j < r.length ? finite(spec.name, r[j]) : null)));
    return { rows: table.length, cols: width, cells };
  } catch (e) {
    return single(asDeskError(spec.name, e));
  }
}
