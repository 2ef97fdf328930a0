/**
 * Loads the built bundles the way the hosts do, in fresh V8 contexts with nothing but what the host
 * provides at load time: `CustomFunctions` for dist/excel/functions.js, nothing at all for
 * dist/sheets/Code.js. Results are normalised so the two hosts can be compared cell by cell.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

const DIST = path.resolve(__dirname, '../../dist');

export class ExcelErrorStandIn {
  constructor(
    public code: string,
    public message?: string,
  ) {}

  /**
   * What the Excel runtime sends for an error cell: the shape of CustomFunctionError.prototype.toJSON
   * in @microsoft/office-js dist/custom-functions-runtime.debug.js (message only for #VALUE! and
   * #N/A, omitted when empty), so payload sizes measured on the stand-in are the real ones.
   */
  toJSON(): Record<string, unknown> {
    const kinds: Record<string, string> = { '#VALUE!': 'Value', '#N/A': 'NotAvailable', '#DIV/0!': 'Div0', '#NUM!': 'Num' };
    const withMessage = this.code === '#VALUE!' || this.code === '#N/A';
    return {
      valueType: 'CustomFunctionError',
      code: this.code,
      type: 'Error',
      basicValue: this.code,
      basicType: 'Error',
      message: withMessage && this.message ? this.message : undefined,
      errorType: kinds[this.code],
    };
  }
}

export const EXCEL_ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

export type ExcelFn = (...args: unknown[]) => unknown;

/** `globals`: what else the host provides, e.g. `Office` with `context.displayLanguage`. */
export function loadExcel(globals: Record<string, unknown> = {}): { functions: Map<string, ExcelFn>; context: vm.Context } {
  const functions = new Map<string, ExcelFn>();
  const context = vm.createContext({
    ...globals,
    CustomFunctions: {
      associate: (id: string, fn: ExcelFn) => functions.set(id, fn),
      Error: ExcelErrorStandIn,
      ErrorCode: EXCEL_ERROR_CODES,
    },
  });
  vm.runInContext(fs.readFileSync(path.join(DIST, 'excel/functions.js'), 'utf8'), context, { filename: 'functions.js' });
  return { functions, context };
}

/** `globals`: what else Apps Script provides, e.g. a `SpreadsheetApp` whose spreadsheet has a locale. */
export function loadSheets(globals: Record<string, unknown> = {}): vm.Context {
  const context = vm.createContext({ ...globals });
  vm.runInContext(fs.readFileSync(path.join(DIST, 'sheets/Code.js'), 'utf8'), context, { filename: 'Code.js' });
  return context;
}

/** A cell as both hosts should agree on it. */
export type Cell = number | null | { error: string; message: string };

/** Calls an Excel function with Excel-shaped arguments and normalises the outcome. */
export function callExcel(fn: ExcelFn, args: unknown[]): Cell[][] {
  let out: unknown;
  try {
    out = fn(...args);
  } catch (e) {
    if (e instanceof ExcelErrorStandIn) return [[{ error: e.code, message: e.message ?? '' }]];
    throw new Error(`Excel function threw something other than CustomFunctions.Error: ${String(e)}`, { cause: e });
  }
  if (!Array.isArray(out)) throw new Error(`Excel result is not a matrix: ${String(out)}`);
  return (out as unknown[][]).map((row) =>
    row.map((c) => {
      if (typeof c === 'number') return c;
      if (c === '') return null;
      if (c instanceof ExcelErrorStandIn) return { error: c.code, message: c.message ?? '' };
      throw new Error(`Excel cell is neither a number nor CustomFunctions.Error: ${String(c)}`);
    }),
  );
}

/** Calls a Sheets global with Sheets-shaped arguments and normalises the outcome. */
export function callSheets(context: vm.Context, name: string, args: unknown[]): Cell[][] {
  const fn = context[name] as ExcelFn;
  let out: unknown;
  try {
    out = fn(...args);
  } catch (e) {
    const err = e as Error;
    if (err && err.constructor && err.constructor.name === 'Error' && typeof err.message === 'string')
      return [[{ error: '#VALUE!', message: err.message }]];
    throw new Error(`Sheets function threw something other than Error: ${String(e)}`, { cause: e });
  }
  if (typeof out === 'number') return [[out]];
  if (out === '') return [[null]];
  if (!Array.isArray(out)) throw new Error(`Sheets result is neither a number nor an array: ${String(out)}`);
  return (out as unknown[][]).map((row) =>
    row.map((c) => {
      if (typeof c === 'number') return c;
      if (c === '') return null;
      const m = /^(#VALUE!|#N\/A) (.*)$/s.exec(String(c));
      if (!m) throw new Error(`Sheets cell is neither a number nor error text: ${String(c)}`);
      return { error: m[1], message: m[2] };
    }),
  );
}

/** Excel-shaped arguments: every argument a matrix, omitted ones null. */
export function excelArgs(args: readonly unknown[], arity: number): unknown[] {
  const out: unknown[] = [];
  for (let k = 0; k < arity; k++) {
    const a = args[k];
    out.push(a === undefined || a === null ? null : Array.isArray(a) ? a : [[a]]);
  }
  // Excel appends the invocation context after the declared arguments (CustomFunctions.Invocation).
  out.push({ address: 'Sheet1!B2', functionName: 'DESK.FN', isInValuePreview: false });
  return out;
}

/** Sheets-shaped arguments: scalars bare, ranges 2-D, blank cells "", omitted trailing ones absent. */
export function sheetsArgs(args: readonly unknown[]): unknown[] {
  const out = args.map((a) =>
    a === null || a === undefined ? '' : Array.isArray(a) ? (a as unknown[][]).map((r) => r.map((c) => (c === null ? '' : c))) : a,
  );
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}
