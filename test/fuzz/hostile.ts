/**
 * Hostile arguments for fuzzing both built bundles: every kind of value a cell can hold, extreme
 * numbers, numeric and non-numeric text, booleans, dates, blanks, and ranges of mismatched shapes
 * from 1×1 to 100×100. Shared by the fixed-seed jest run and the long `npm run fuzz` campaign.
 */
import fc from 'fast-check';
import * as vm from 'vm';
import { CATALOG } from '../../shared/catalog';
import type { FunctionSpec } from '../../shared/catalog/types';
import { ExcelErrorStandIn, type ExcelFn } from '../hosts/load';

export const NUMBERS = [
  0, -0, 1, -1, 0.5, 1e308, -1e308, 5e-324, -5e-324, 1e-300, 1e300, 252, 100, 1e6, -100, 0.0001, 2.5, 1000000007, 1e-12, 10, 11,
  0.999999999,
];

export function scalarArb(context: vm.Context, spec: FunctionSpec): fc.Arbitrary<unknown> {
  const options = spec.params.flatMap((p) => (p.choices ?? []).flatMap((c) => [c.value, c.value.toUpperCase(), ...(c.aliases ?? [])]));
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...NUMBERS) },
    { weight: 4, arbitrary: fc.double({ noNaN: false }) },
    { weight: 3, arbitrary: fc.double({ min: -1000, max: 1000, noNaN: true }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '',
        ' ',
        'abc',
        '5%',
        '1e999',
        '-1e999',
        '120.5',
        '  7 ',
        'NaN',
        'Infinity',
        '0x10',
        '1,000',
        '%',
        '.',
        '-',
        '콜',
        '풋',
        '<script>',
      ),
    },
    { weight: options.length ? 2 : 0, arbitrary: options.length ? fc.constantFrom(...options) : fc.constant('') },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
    { weight: 1, arbitrary: fc.integer({ min: -1e12, max: 1e12 }).map((t) => vm.runInContext(`new Date(${t})`, context)) },
    { weight: 1, arbitrary: fc.constant(vm.runInContext('new Date(NaN)', context)) },
  );
}

/** A range: 1×1 up to 100×100, sometimes ragged, sometimes with nested arrays in cells. */
export function rangeArb(cell: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[][]> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), cell)
        .map(([r, c, v]) => Array.from({ length: r }, () => new Array(c).fill(v))),
    },
    { weight: 1, arbitrary: fc.constant([[[1, 2]], [[3]]] as unknown[][]) },
  );
}

export function argsArb(context: vm.Context, spec: FunctionSpec): fc.Arbitrary<unknown[]> {
  const cell = scalarArb(context, spec);
  const arg = fc.oneof({ weight: 5, arbitrary: cell }, { weight: 2, arbitrary: rangeArb(cell) });
  return fc.array(arg, { minLength: 0, maxLength: spec.params.length });
}

export interface Finding {
  host: 'excel' | 'sheets';
  fn: string;
  args: string;
  problem: string;
}

const describeArgs = (args: unknown[]): string =>
  JSON.stringify(args, (_k, v) =>
    typeof v === 'number' && !Number.isFinite(v) ? String(v) : Array.isArray(v) && v.length > 6 ? `[${v.length} rows]` : v,
  ).slice(0, 300);

/**
 * The engine wraps anything thrown that is not a DeskError (a TypeError, a RangeError: a bug, not
 * the user's input) as the rule `internal`, worded "could not compute (…)". Any such cell is a finding.
 */
export const INTERNAL = /: could not compute \(/;

/** Excel: a matrix of finite numbers, "" (blank) or CustomFunctions.Error with a message; or a thrown CustomFunctions.Error. */
export function checkExcel(fn: ExcelFn, name: string, args: unknown[]): { finding: Finding | null; ms: number } {
  const excelArgs = args.map((a) => (a === undefined || a === null ? null : Array.isArray(a) ? a : [[a]]));
  const t0 = performance.now();
  let out: unknown;
  try {
    out = fn(...excelArgs);
  } catch (e) {
    const ms = performance.now() - t0;
    if (e instanceof ExcelErrorStandIn && e.message && !INTERNAL.test(e.message)) return { finding: null, ms };
    return { finding: { host: 'excel', fn: name, args: describeArgs(args), problem: `threw ${String(e)}` }, ms };
  }
  const ms = performance.now() - t0;
  if (!Array.isArray(out) || out.length === 0)
    return { finding: { host: 'excel', fn: name, args: describeArgs(args), problem: `result is not a matrix: ${String(out)}` }, ms };
  for (const row of out as unknown[][]) {
    if (!Array.isArray(row)) return { finding: { host: 'excel', fn: name, args: describeArgs(args), problem: 'row is not an array' }, ms };
    for (const c of row) {
      const ok =
        (typeof c === 'number' && Number.isFinite(c)) ||
        c === '' ||
        (c instanceof ExcelErrorStandIn && typeof c.message === 'string' && c.message.length > 0 && !INTERNAL.test(c.message));
      if (!ok) return { finding: { host: 'excel', fn: name, args: describeArgs(args), problem: `bad cell ${String(c)}` }, ms };
    }
  }
  return { finding: null, ms };
}

/** Sheets: a finite number, "", or a 2-D array of those and "#VALUE! …"/"#N/A …" text; or a thrown Error with a message. */
export function checkSheets(context: vm.Context, name: string, args: unknown[]): { finding: Finding | null; ms: number } {
  const fn = context[name] as (...a: unknown[]) => unknown;
  const sheetArgs = args.map((a) => (a === null || a === undefined ? '' : a));
  const t0 = performance.now();
  let out: unknown;
  try {
    out = fn(...sheetArgs);
  } catch (e) {
    const ms = performance.now() - t0;
    const err = e as Error;
    if (
      err &&
      err.constructor?.name === 'Error' &&
      typeof err.message === 'string' &&
      err.message.length > 0 &&
      !INTERNAL.test(err.message)
    )
      return { finding: null, ms };
    return { finding: { host: 'sheets', fn: name, args: describeArgs(args), problem: `threw ${String(e)}` }, ms };
  }
  const ms = performance.now() - t0;
  const cellOk = (c: unknown) =>
    (typeof c === 'number' && Number.isFinite(c)) ||
    c === '' ||
    (typeof c === 'string' && /^(#VALUE!|#N\/A) \S/.test(c) && !INTERNAL.test(c));
  const ok = Array.isArray(out)
    ? (out as unknown[][]).every((row) => Array.isArray(row) && row.every(cellOk))
    : cellOk(out) && !(typeof out === 'string' && out !== '');
  return { finding: ok ? null : { host: 'sheets', fn: name, args: describeArgs(args), problem: `bad result ${describeArgs([out])}` }, ms };
}

export { CATALOG };

/**
 * Arguments inside each parameter's valid range, down to its edges (tiny volatilities, huge
 * horizons, rates near −100%): these reach the numerics rather than the argument checks.
 */
export function plausibleArgsArb(spec: FunctionSpec): fc.Arbitrary<unknown[]> {
  return fc.tuple(
    ...spec.params.map((p): fc.Arbitrary<unknown> => {
      if (p.kind === 'option') return fc.constantFrom(...(p.choices ?? []).map((c) => c.value));
      if (p.kind === 'vector' || p.kind === 'series') {
        const probs = /probabilities|priors/.test(p.name);
        return fc
          .array(probs ? fc.double({ min: 0, max: 1, noNaN: true }) : fc.double({ min: 1e-6, max: 1e6, noNaN: true }), {
            minLength: 1,
            maxLength: 40,
          })
          .map((xs) => {
            if (!probs) return xs.map((x) => [x]);
            const total = xs.reduce((a, b) => a + b, 0) || 1;
            return xs.map((x) => [x / total]);
          });
      }
      const lo = p.min ?? -1e6;
      const hi = p.max ?? 1e6;
      const edges = [lo, hi, (lo + hi) / 2, Math.max(lo, 1e-300), Math.max(lo, 1e-9), Math.min(hi, 1e-9), Math.min(hi, 1 - 1e-12)].filter(
        (x) => x >= lo && x <= hi,
      );
      const base =
        p.kind === 'integer'
          ? fc.integer({ min: Math.ceil(Math.max(lo, -1e9)), max: Math.floor(Math.min(hi, 1e9)) })
          : fc.oneof(fc.double({ min: lo, max: hi, noNaN: true }), fc.constantFrom(...edges));
      return p.optional ? fc.oneof({ weight: 4, arbitrary: base }, { weight: 1, arbitrary: fc.constant(null) }) : base;
    }),
  );
}
