/**
 * Broadcasting: evaluates one catalog function over whatever the host passed. Every argument is
 * coerced here, by its declared kind: single-value parameters broadcast by Excel's array rules (a
 * dimension of size 1 stretches; where two ranges differ in size, cells beyond the shorter one are
 * #N/A); range parameters (vectors, pairs, price series, matrices) are coerced whole. Conventions
 * are applied here once: a parameter declared in trading days reaches the implementation in years.
 * The implementation receives one record of coerced arguments per cell. Only the bad cells become
 * errors, and every error is a structured DeskError.
 */
import { DeskError, NO_VALUE } from './errors';
import {
  coerceCell,
  inRange,
  isBlank,
  notGiven,
  numberMatrix,
  pairedVectors,
  priceSeries,
  rangeBounds,
  withinBounds,
  toGrid,
  vector,
  type Grid,
} from './coerce';
import { isRangeParam as isRange, type FunctionSpec, type KernelResult, type ParamSpec } from './catalog/types';

/** A result cell: a number, a blank (null) or an error. */
export type OutCell = number | DeskError | null;

export interface ResultGrid {
  rows: number;
  cols: number;
  cells: OutCell[][];
}

type Coerced = number | string | null | DeskError;

/** Any thrown value as a DeskError: the code's own errors pass, anything else is an internal error. */
export function asDeskError(fn: string, e: unknown): DeskError {
  if (e instanceof DeskError) return e;
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new DeskError('internal', fn, NO_VALUE, { detail });
}

function nonFinite(fn: string): DeskError {
  return new DeskError('not_finite_result', fn);
}

/** A finite number (-0 folded to 0), a blank or a kernel's cell error; anything else an error. */
function finite(fn: string, x: unknown): OutCell {
  if (x === null || x instanceof DeskError) return x;
  if (typeof x !== 'number' || !Number.isFinite(x)) return nonFinite(fn);
  return x === 0 ? 0 : x;
}

/**
 * The one error that stands for a multi-cell result with no number in it (every cell an error or
 * blank, at least one error): the first error, row by row, which hosts throw instead of returning
 * a grid of errors. The cell then shows one error with its message (in Sheets a real #ERROR! that
 * ISERROR sees, where errors inside an array can only be text), and 100,000 copies of an error
 * never travel to the host. Null when any cell is a number, or for single cells.
 */
export function failedWhole(result: ResultGrid): DeskError | null {
  if (result.rows === 1 && result.cols === 1) return null;
  let first: DeskError | null = null;
  for (const row of result.cells)
    for (const c of row) {
      if (typeof c === 'number') return null;
      if (c !== null && first === null) first = c;
    }
  return first;
}

function single(cell: OutCell): ResultGrid {
  return { rows: 1, cols: 1, cells: [[cell]] };
}

/** Marks of a broadcast argument's cells: not given (blank, or a 0 its rules refuse), or a valid 0. */
const NOT_GIVEN = 1;
const ZERO = 2;

/** Coerces every range parameter into `rec`; throws the first DeskError. */
function coerceRanges(params: readonly ParamSpec[], keys: readonly string[], grids: readonly Grid[], rec: Record<string, unknown>): void {
  params.forEach((p, k) => {
    if (!isRange(p)) return;
    const g = grids[k];
    if (p.optional && g.cells.every((row) => row.every(isBlank))) {
      rec[keys[k]] = p.default ?? null;
      return;
    }
    if (p.kind === 'series') rec[keys[k]] = priceSeries(p.name, g);
    else if (p.kind === 'matrix') rec[keys[k]] = numberMatrix(p.name, g);
    else if (p.pairedWith) {
      const j = params.findIndex((q) => q.name === p.pairedWith);
      const [a, b] = pairedVectors(params[j], grids[j], p, g);
      rec[keys[j]] = a;
      rec[keys[k]] = b;
    } else if (!params.some((q) => q.pairedWith === p.name)) rec[keys[k]] = vector(p, g);
  });
}

/** One varying argument of a scalar formula: its coerced cells, the values the implementation sees (days already in years), its key, and its strides. */
interface Column {
  v: readonly Coerced[];
  w: readonly Coerced[];
  key: string;
  r: number;
  c: number;
}

const NO_COLUMN: Column = { v: [], w: [], key: '', r: 0, c: 0 };

/**
 * The hot loop of every large model, in its common case: a scalar function over up to four
 * varying arguments that cover the result (no overhang, no empty rows, days over a constant
 * year_days). A small function of its own, so its type feedback comes only from such loops; each
 * argument is stored at its own site (a keyed store that sees one key stays fast), and nothing is
 * allocated per cell beyond the result rows.
 */
function scalarColumns(
  impl: (rec: Record<string, unknown>) => KernelResult,
  rec: Record<string, unknown>,
  rows: number,
  cols: number,
  columns: readonly Column[],
  name: string,
  onError: (e: unknown, i: number, j: number) => OutCell,
): OutCell[][] {
  const m = columns.length;
  const [a, b, c, d] = [0, 1, 2, 3].map((t) => columns[t] ?? NO_COLUMN);
  const cells: OutCell[][] = new Array<OutCell[]>(rows);
  for (let i = 0; i < rows; i++) {
    // A one-cell row is built as a literal: V8 then allocates it with its final element kind.
    const row: OutCell[] = cols === 1 ? [0] : new Array<OutCell>(cols);
    for (let j = 0; j < cols; j++) {
      let bad: DeskError | null = null;
      if (m > 0) {
        const x = i * a.r + j * a.c;
        const v = a.v[x];
        if (typeof v === 'object' && v !== null) bad = v;
        else rec[a.key] = a.w[x];
      }
      if (m > 1 && bad === null) {
        const x = i * b.r + j * b.c;
        const v = b.v[x];
        if (typeof v === 'object' && v !== null) bad = v;
        else rec[b.key] = b.w[x];
      }
      if (m > 2 && bad === null) {
        const x = i * c.r + j * c.c;
        const v = c.v[x];
        if (typeof v === 'object' && v !== null) bad = v;
        else rec[c.key] = c.w[x];
      }
      if (m > 3 && bad === null) {
        const x = i * d.r + j * d.c;
        const v = d.v[x];
        if (typeof v === 'object' && v !== null) bad = v;
        else rec[d.key] = d.w[x];
      }
      if (bad !== null) {
        row[j] = bad;
        continue;
      }
      try {
        const y = impl(rec);
        row[j] = typeof y === 'number' && y - y === 0 ? (y === 0 ? 0 : y) : finite(name, y);
      } catch (e) {
        row[j] = onError(e, i, j);
      }
    }
    cells[i] = row;
  }
  return cells;
}

type ScalarLoop = typeof scalarColumns;

/**
 * The scalar loops: the shared one, then the copies that scripts/hot-loops-loader.js adds to this
 * list in the built bundles (HOT_LOOP_COPIES textual copies of scalarColumns, each a function of
 * its own to V8, with its own type feedback). A copy serves one hot function (FunctionSpec.hot),
 * taken in the order they are first evaluated: the impl call in it then sees one implementation
 * (V8 inlines it) and each store one record shape. Measured in a Node process that had run six
 * other functions' formulas first, a four-column BS_PRICE formula ran 10–15% faster with its own
 * copy. Under jest (no loader) every function uses the shared loop, with the same results.
 */
const SCALAR_LOOPS: ScalarLoop[] = [scalarColumns];
const ownLoops = new Map<string, ScalarLoop>();

function scalarLoop(spec: FunctionSpec): ScalarLoop {
  if (spec.hot !== true) return scalarColumns;
  let loop = ownLoops.get(spec.name);
  if (loop === undefined) {
    loop = SCALAR_LOOPS[ownLoops.size + 1] ?? scalarColumns;
    ownLoops.set(spec.name, loop);
  }
  return loop;
}

/** Evaluates `spec` on raw host arguments (already unwrapped to values or 2-D arrays). */
export function evaluate(spec: FunctionSpec, rawArgs: readonly unknown[]): ResultGrid {
  const params = spec.params;
  const n = params.length;
  if (rawArgs.length > n) return single(new DeskError('too_many_args', spec.name, NO_VALUE, { max: n, got: rawArgs.length }));

  const keys = params.map((p) => p.as ?? p.name);
  const rec: Record<string, unknown> = {};
  for (const key of keys) rec[key] = undefined;
  const grids = params.map((_p, k) => toGrid(rawArgs[k]));

  // Single-value parameters: every cell coerced once, row-major. For ranges, which cells were not
  // given (blank, or a desktop 0 outside the parameter's range): a broadcast cell whose every range
  // argument is empty there is an empty result, not an error (a pre-sized column past its data).
  const empty: (Uint8Array | null)[] = new Array<Uint8Array | null>(n).fill(null);
  const values: (Coerced[] | null)[] = params.map((p, k) => {
    if (isRange(p)) return null;
    const g = grids[k];
    const out: Coerced[] = new Array<Coerced>(g.rows * g.cols);
    const multi = g.rows * g.cols > 1;
    // A column of choices holds a few distinct texts ("call", "put"): each is coerced once. Only
    // given texts are memoised, so a hit needs no blank test: the last two hits are compared first.
    const memo = multi && p.kind === 'option' ? new Map<string, Coerced>() : null;
    let text0: unknown = undefined;
    let text1: unknown = undefined;
    let choice0: Coerced = null;
    let choice1: Coerced = null;
    const bounds = p.kind === 'number' ? rangeBounds(p) : null;
    let m = 0;
    // Indexed loops: for…of over thousands of one-cell rows costs an iterator per row.
    const gc = g.cells;
    for (let r = 0; r < gc.length; r++) {
      const row = gc[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        // A nonzero number inside the parameter's rules (the common case): given, not a 0, no coercion.
        if (typeof v === 'number' && v !== 0 && bounds !== null && withinBounds(bounds, v)) {
          out[m++] = v;
          continue;
        }
        if (memo !== null && typeof v === 'string') {
          if (v === text0) {
            out[m++] = choice0;
            continue;
          }
          if (v === text1) {
            out[m++] = choice1;
            continue;
          }
          const hit = memo.get(v);
          if (hit !== undefined) {
            text1 = text0;
            choice1 = choice0;
            text0 = v;
            choice0 = hit;
            out[m++] = hit;
            continue;
          }
        }
        if (multi) {
          if (notGiven(p, v)) (empty[k] ??= new Uint8Array(g.rows * g.cols))[m] = NOT_GIVEN;
          else if (v === 0) (empty[k] ??= new Uint8Array(g.rows * g.cols))[m] = ZERO;
        }
        // A 0 inside a parameter's rules skips the general coercion too.
        if (v === 0 && p.kind === 'number' && inRange(p, 0)) out[m++] = 0;
        else {
          let c: Coerced;
          try {
            c = coerceCell(p, v);
          } catch (e) {
            c = asDeskError(spec.name, e);
          }
          if (memo !== null && typeof v === 'string' && !isBlank(v)) memo.set(v, c);
          out[m++] = c;
        }
      }
    }
    return out;
  });

  let rangeError: DeskError | null = null;
  try {
    coerceRanges(params, keys, grids, rec);
  } catch (e) {
    rangeError = asDeskError(spec.name, e);
  }

  // Broadcast shape over the single-value parameters.
  let rows = 1;
  let cols = 1;
  params.forEach((_p, k) => {
    if (values[k] === null) return;
    if (grids[k].rows > rows) rows = grids[k].rows;
    if (grids[k].cols > cols) cols = grids[k].cols;
  });

  // Trading days → years: [parameter, its year_days parameter].
  const conversions: [number, number][] = [];
  params.forEach((p, k) => {
    if (p.perYear) conversions.push([k, params.findIndex((q) => q.name === p.perYear)]);
  });
  const raw: Coerced[] = new Array<Coerced>(n).fill(null);
  // Flat copies for the per-cell loop (no iterator or destructuring per cell).
  const convFrom = conversions.map(([k]) => k);
  const convPer = conversions.map(([, per]) => per);
  const convKey = conversions.map(([k]) => keys[k]);
  const convert = (): void => {
    for (let c = 0; c < convFrom.length; c++) rec[convKey[c]] = (raw[convFrom[c]] as number) / (raw[convPer[c]] as number);
  };

  /** An error the implementation raised about a converted argument names the user's argument and value. */
  const located = (e: unknown): DeskError => {
    const err = asDeskError(spec.name, e);
    const k = keys.indexOf(err.arg);
    if (k >= 0 && keys[k] !== params[k].name) return new DeskError(err.rule, params[k].name, raw[k], err.params, err.kind, err.cell);
    return err;
  };

  /**
   * The range arguments (more than one cell); the cell (i, j) is empty when each is empty there:
   * not given, or a 0 (Excel desktop's empty cell) where a required argument beside it is not
   * given, so the row could only be an error. A row past the data on desktop, where spot and days
   * both arrive as 0, is empty, not "spot: 0 must be > 0"; a row whose zeros are valid values (days
   * 0 with an optional argument empty) is computed.
   */
  const ranged = params.map((_p, k) => k).filter((k) => values[k] !== null && grids[k].rows * grids[k].cols > 1);
  const mayBeEmpty = ranged.length > 0 && ranged.every((k) => empty[k] !== null);
  const emptyAt = (i: number, j: number): boolean => {
    let zeros = false;
    let requiredMissing = false;
    for (const k of ranged) {
      const g = grids[k];
      const r = g.rows === 1 ? 0 : i;
      const c = g.cols === 1 ? 0 : j;
      if (r >= g.rows || c >= g.cols) return false;
      const mark = empty[k]![r * g.cols + c];
      if (mark === 0) return false;
      if (mark === ZERO) zeros = true;
      else if (!params[k].optional) requiredMissing = true;
    }
    return !zeros || requiredMissing;
  };

  /** Binds broadcast cell (i, j) into `raw` and `rec`; returns an error when an argument cell is bad. */
  const bind = (i: number, j: number): DeskError | null => {
    for (let k = 0; k < n; k++) {
      const vals = values[k];
      if (vals === null) continue;
      const g = grids[k];
      const r = g.rows === 1 ? 0 : i;
      const c = g.cols === 1 ? 0 : j;
      if (r >= g.rows || c >= g.cols) {
        const short = r >= g.rows ? 'rows' : 'cols';
        const size = short === 'rows' ? g.rows : g.cols;
        return new DeskError('overhang', params[k].name, NO_VALUE, { short, size, rows, cols, i: i + 1, j: j + 1 }, 'NA');
      }
      const v = vals[r * g.cols + c];
      if (v instanceof DeskError) return v;
      raw[k] = v;
      rec[keys[k]] = v;
    }
    convert();
    return null;
  };

  const call = (): KernelResult => spec.impl(rec);
  const shape = spec.result;

  if (shape.kind === 'scalar') {
    // The hot loop of every large model: strides instead of per-cell bounds logic, and no
    // per-cell allocation beyond the result rows. Falls back to bind() where a range is shorter
    // than the result (its overhang is #N/A).
    const varying: number[] = [];
    const varyingKeys: string[] = [];
    const vals: Coerced[][] = [];
    const rowStride: number[] = [];
    const colStride: number[] = [];
    let overhang = false;
    let constantError: DeskError | null = rangeError;
    params.forEach((_p, k) => {
      const v = values[k];
      if (v === null) return;
      const g = grids[k];
      if (g.rows === 1 && g.cols === 1) {
        // A single value is bound once, not per cell.
        if (v[0] instanceof DeskError) constantError ??= v[0];
        else {
          raw[k] = v[0];
          rec[keys[k]] = v[0];
        }
        return;
      }
      varying.push(k);
      varyingKeys.push(keys[k]);
      vals.push(v);
      rowStride.push(g.rows === 1 ? 0 : g.cols);
      colStride.push(g.cols === 1 ? 0 : 1);
      if ((g.rows !== 1 && g.rows !== rows) || (g.cols !== 1 && g.cols !== cols)) overhang = true;
    });
    const m = varying.length;
    const convertEach = conversions.some(([k, per]) => varying.includes(k) || varying.includes(per));
    const perVaries = conversions.some(([, per]) => varying.includes(per));
    if (!constantError && !perVaries) convert();
    if (!constantError && !overhang && !mayBeEmpty && m <= 4 && !perVaries) {
      // A varying argument in trading days over a constant year_days (the usual layout) is
      // converted once per column here, not per cell.
      const columns = vals.map((v, t): Column => {
        const conv = conversions.find(([k]) => k === varying[t]);
        const per = conv ? (raw[conv[1]] as number) : 1;
        const w = conv ? v.map((x) => (typeof x === 'object' && x !== null ? x : (x as number) / per)) : v;
        return { v, w, key: varyingKeys[t], r: rowStride[t], c: colStride[t] };
      });
      // On an exception, bind the cell in full (raw and converted values) to name the argument.
      const onError = (e: unknown, i: number, j: number): OutCell => bind(i, j) ?? located(e);
      return { rows, cols, cells: scalarLoop(spec)(spec.impl, rec, rows, cols, columns, spec.name, onError) };
    }
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
        if (mayBeEmpty && emptyAt(i, j)) {
          row[j] = null;
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
            raw[varying[t]] = v;
            rec[varyingKeys[t]] = v;
          }
          if (convertEach && !bad) convert();
        }
        if (bad) {
          row[j] = bad;
          continue;
        }
        try {
          const x = call();
          row[j] = typeof x === 'number' && x - x === 0 ? (x === 0 ? 0 : x) : finite(spec.name, x);
        } catch (e) {
          row[j] = located(e);
        }
      }
      cells[i] = row;
    }
    return { rows, cols, cells };
  }

  if (shape.kind === 'row') {
    const width = shape.columns.length;
    if (rows > 1 && cols > 1) return single(new DeskError('row_block', spec.name, NO_VALUE, { rows, cols }));
    const count = rows * cols;
    const cells: OutCell[][] = new Array<OutCell[]>(count);
    for (let t = 0; t < count; t++) {
      const i = cols === 1 ? t : 0;
      const j = cols === 1 ? 0 : t;
      let out: OutCell[];
      if (!rangeError && mayBeEmpty && emptyAt(i, j)) {
        cells[t] = new Array<OutCell>(width).fill(null);
        continue;
      }
      const bad = rangeError ?? bind(i, j);
      if (bad) out = new Array<OutCell>(width).fill(bad);
      else {
        try {
          const r = call() as unknown[];
          out = r.map((x) => finite(spec.name, x));
        } catch (e) {
          out = new Array<OutCell>(width).fill(located(e));
        }
      }
      cells[t] = out;
    }
    return { rows: count, cols: width, cells };
  }

  // table: every single-value argument must be a single value
  if (rows > 1 || cols > 1) {
    const which = params.filter((_p, k) => values[k] !== null && (grids[k].rows > 1 || grids[k].cols > 1)).map((p) => p.name);
    return single(new DeskError('table_scalar', which.join(', '), NO_VALUE, { fn: spec.name, count: which.length }));
  }
  const bad = rangeError ?? bind(0, 0);
  if (bad) return single(bad);
  try {
    const table = call() as unknown[][];
    const width = table.reduce((w, r) => Math.max(w, r.length), 0);
    if (table.length === 0 || width === 0) return single(new DeskError('empty_result', spec.name));
    const cells = table.map((r) => Array.from({ length: width }, (_, j) => (j < r.length ? finite(spec.name, r[j]) : null)));
    return { rows: table.length, cols: width, cells };
  } catch (e) {
    return single(located(e));
  }
}

/**
 * The argument record the implementation of `spec` receives for one cell of `rawArgs` (coerced,
 * defaults applied, trading days converted), or null when an argument is bad or a range: the same
 * coercion as evaluate, for pictures of a result.
 */
export function boundArgs(spec: FunctionSpec, rawArgs: readonly unknown[]): Record<string, unknown> | null {
  let captured: Record<string, unknown> | null = null;
  const shape = spec.result;
  const width = shape.kind === 'scalar' ? 1 : (shape.columns?.length ?? 1);
  const probe = {
    ...spec,
    hot: undefined, // the probe's impl stays out of the function's own loop
    impl: (rec: Record<string, unknown>): KernelResult => {
      captured ??= { ...rec };
      return shape.kind === 'scalar' ? 0 : shape.kind === 'row' ? new Array<number>(width).fill(0) : [new Array<number>(width).fill(0)];
    },
  } as FunctionSpec;
  const out = evaluate(probe, rawArgs);
  // one cell (one row for a row result; a table's rows are its own, not a broadcast)
  const one = shape.kind === 'table' ? true : out.rows === 1 && out.cols === (shape.kind === 'scalar' ? 1 : width);
  return one && out.cells.every((row) => row.every((c) => typeof c === 'number')) ? captured : null;
}
