/**
 * The shape of the function catalog: the single source of truth for every function's name,
 * parameters (type, units, optional/default, valid range), descriptions in English and Korean,
 * examples and implementation. Host registration, Excel's functions.json (and its Korean twin),
 * the Apps Script stubs, the task pane reference and docs/functions.md are all generated from it.
 */
import type { Grid } from '../coerce';
import type { DeskError } from '../errors';

/** A text in both UI languages. */
export interface Text {
  en: string;
  ko: string;
}

export type ParamKind = 'number' | 'integer' | 'option' | 'vector';

export interface Choice {
  /** Canonical value the kernel receives. */
  value: string;
  /** Other spellings accepted (case-insensitive), e.g. "c", "콜". */
  aliases?: string[];
  label: Text;
}

export interface ParamSpec {
  name: string;
  kind: ParamKind;
  description: Text;
  /** Units spelled out, e.g. "decimal per year (0.20 = 20%)". */
  unit: Text;
  optional?: boolean;
  /** Value of an omitted optional argument; `null` hands the kernel null ("use the derived default"). */
  default?: number | string | null;
  /** Valid range, enforced centrally by the coercion layer with a message naming the rule. */
  min?: number;
  minExclusive?: boolean;
  max?: number;
  maxExclusive?: boolean;
  /** Appended to range messages, e.g. "volatilities are decimals: 0.2 = 20%". */
  rangeHint?: string;
  /** For kind "option". */
  choices?: Choice[];
}

/**
 * What one evaluation returns. "scalar": a number per broadcast cell. "row": a fixed row of
 * numbers per broadcast cell (a column of inputs gives one row each). "table": the kernel returns a
 * whole table; every non-vector argument must then be a single value.
 */
export type ResultShape = { kind: 'scalar' } | { kind: 'row'; columns: Text[] } | { kind: 'table'; columns?: Text[] };

/** An argument as a user would type it: a value, text, omitted (null) or a literal range. */
export type ExampleArg = number | string | boolean | null | ExampleCell[][];
export type ExampleCell = number | string | boolean | null;

export interface Example {
  args: ExampleArg[];
  /** The documented result: a number, or a table for row/table/broadcast results. */
  result: number | number[][];
  /** Absolute tolerance of the documented (rounded) result; the catalog test checks it. */
  tolerance: number;
  text?: Text;
}

export type KernelValue = number | string | Grid | null;
/** A cell of a row or table result: a number, a blank (null), or an error confined to that cell. */
export type TableCell = number | null | DeskError;
export type KernelResult = number | TableCell[] | TableCell[][];

export type Category = 'scenarios' | 'sizing' | 'valuation' | 'options' | 'risk';

export interface FunctionSpec {
  name: string;
  category: Category;
  /** One line: what the cell returns. Shown by autocomplete in both hosts. */
  summary: Text;
  /** Unit of the result. */
  returns: Text;
  keywords: { en: string[]; ko: string[] };
  params: ParamSpec[];
  result: ResultShape;
  examples: Example[];
  /** Errors the kernel itself can raise beyond the parameter rules (documented in docs/functions.md). */
  errors?: string[];
  /** The implementation: receives coerced arguments in parameter order. */
  // The catalog entry binds typed kernels; the engine calls it with the coerced values.
  impl: (...args: never[]) => KernelResult;
}

/** Identity helper that keeps the kernel's parameter types while storing it in the catalog. */
export function defineFunction<A extends KernelValue[]>(
  spec: Omit<FunctionSpec, 'impl'> & { impl: (...args: A) => KernelResult },
): FunctionSpec {
  return spec as unknown as FunctionSpec;
}
