/**
 * The shape of the function catalog: the single source of truth for every function's name,
 * parameters (kind, units, optional/default, valid range), descriptions in English and Korean,
 * examples and implementation. Host registration, Excel's functions.json (and its Korean twin),
 * the Apps Script stubs, the pane's reference and docs/functions.md are all generated from it.
 *
 * Parameters are declared by name and the implementation receives one typed record of the
 * coerced arguments, keyed by those names: `impl: ({ spot, target, T, vol }) => ...`. The record's
 * type is computed from the declarations (`ArgsOf`), so the compiler rejects an implementation that
 * reads a parameter that is not declared, under another name, or as another kind (test/types).
 */
import type { DeskError } from '../errors';
import type { Category } from './categories';

/** A text in both UI languages. */
export interface Text {
  readonly en: string;
  readonly ko: string;
}

/**
 * number / integer: one value per broadcast cell. option: one of `choices`. Ranges, handed over
 * whole and coerced by the engine: vector (the non-blank numbers of a range, optionally paired
 * cell by cell with another vector), series (a price history: one column or row, or a
 * GOOGLEFINANCE/STOCKHISTORY table), matrix (a rectangular block of numbers, or one number).
 */
export type ParamKind = 'number' | 'integer' | 'option' | 'vector' | 'series' | 'matrix';

export interface Choice {
  /** Canonical value the implementation receives. */
  readonly value: string;
  /** Other spellings accepted (case-insensitive), e.g. "c", "콜". */
  readonly aliases?: readonly string[];
  readonly label: Text;
}

/**
 * A value whose likeliest meaning is a unit mistake: a percent typed as a whole number (rate 4 for
 * 4%, confidence 95, max_weight 25) or a fraction far beyond any real use (risk_pct 0.5 for half a
 * percent). Such a value is an error whose message gives the fix ("write 4% or 0.04"); `why` says,
 * in the generated docs, why no real use needs it. Checked before the range.
 */
export interface UnitMistake {
  /** "percent" (the default): the fix is to write the value as a percent or a decimal. "date": a date's serial number typed where a count of trading days belongs. */
  readonly kind?: 'percent' | 'date';
  /** |x| ≥ atLeast is a mistake. */
  readonly atLeast?: number;
  /** |x| > above is a mistake. */
  readonly above?: number;
  /** What the percent is of, as the message says it: "a year" → "400% a year" (Korean: "연" → "연 400%"). */
  readonly of?: Text;
  /** Why no real use needs such a value (docs). */
  readonly why: Text;
}

export interface ParamSpec {
  readonly name: string;
  readonly kind: ParamKind;
  readonly description: Text;
  /** Units spelled out, e.g. "decimal per year (0.20 = 20%)". */
  readonly unit: Text;
  readonly optional?: boolean;
  /** Value of an omitted optional argument; `null` hands the implementation null ("use the derived default"). */
  readonly default?: number | string | null;
  /** Valid range, enforced centrally by the coercion layer with a message naming the rule. */
  readonly min?: number;
  readonly minExclusive?: boolean;
  readonly max?: number;
  readonly maxExclusive?: boolean;
  /** Appended to range messages, e.g. "volatilities are decimals: 0.2 = 20%". */
  readonly hint?: Text;
  /** Values read as a unit mistake (see UnitMistake). */
  readonly mistake?: UnitMistake;
  /** For kind "option". */
  readonly choices?: readonly Choice[];
  /** For kind "vector": the vector this one pairs with cell by cell (same size; blank pairs skipped). */
  readonly pairedWith?: string;
  /**
   * Trading days that reach the implementation as years: the value is divided by the argument
   * named here (always `year_days`) and handed over under the key `as` (e.g. `T`).
   */
  readonly perYear?: 'year_days';
  /** The key under which the implementation receives the value (default: `name`). */
  readonly as?: string;
}

/** Whether a parameter takes a whole range (vector, price series or matrix) rather than one value per cell. */
export function isRangeParam(p: Pick<ParamSpec, 'kind'>): boolean {
  return p.kind === 'vector' || p.kind === 'series' || p.kind === 'matrix';
}

/** A coerced vector: its non-blank numbers and where each stood in the range (row-major index). */
export interface Vector {
  readonly values: number[];
  readonly index: number[];
  readonly rows: number;
  readonly cols: number;
}

type ChoiceValue<P> = P extends { readonly choices: readonly (infer C)[] } ? (C extends { readonly value: infer V } ? V : never) : never;

/** The type an implementation receives for one declared parameter. */
export type ValueOf<P extends ParamSpec> = P['kind'] extends 'option'
  ? ChoiceValue<P>
  : P['kind'] extends 'vector'
    ? Vector
    : P['kind'] extends 'series'
      ? number[]
      : P['kind'] extends 'matrix'
        ? number[][]
        : number;

type KeyOf<P extends ParamSpec> = P extends { readonly as: infer A extends string } ? A : P['name'];
type MaybeNull<P extends ParamSpec> = P extends { readonly default: null } ? null : never;

/** The record of coerced arguments an implementation receives, computed from the declarations. */
export type ArgsOf<Ps extends readonly ParamSpec[]> = {
  readonly [P in Ps[number] as KeyOf<P>]: ValueOf<P> | MaybeNull<P>;
};

/**
 * What one evaluation returns. "scalar": a number per broadcast cell. "row": a fixed row of
 * numbers per broadcast cell (a column of inputs gives one row each). "table": the implementation
 * returns a whole table; every non-range argument must then be a single value.
 */
/**
 * How a result number reads (the panes format by it): a probability or another decimal shown as a
 * percent (0.121 → 12.1%), an amount of money or a price (2 decimals), a count of shares (whole),
 * a multiple of the amount risked (R), or a plain number.
 */
export type ResultUnit = 'probability' | 'percent' | 'money' | 'shares' | 'multiple' | 'number';

/** Scalars have one unit; rows and tables one per column (a table without named columns: one for every cell). */
export type ResultShape =
  | { readonly kind: 'scalar'; readonly unit: ResultUnit }
  | { readonly kind: 'row'; readonly columns: readonly Text[]; readonly units: readonly ResultUnit[] }
  | { readonly kind: 'table'; readonly columns?: readonly Text[]; readonly units: readonly ResultUnit[] };

/** An argument as a user would type it: a value, text, omitted (null) or a literal range. */
export type ExampleArg = number | string | boolean | null | ExampleCell[][];
export type ExampleCell = number | string | boolean | null;

export interface Example {
  readonly args: readonly ExampleArg[];
  /** The documented result: a number, or a table for row/table/broadcast results. */
  readonly result: number | number[][];
  /** Absolute tolerance of the documented (rounded) result; the catalog test checks it. */
  readonly tolerance: number;
  /** Where the documented result comes from (independently of this code). */
  readonly source: string;
  readonly text?: Text;
}

/** A cell of a row or table result: a number, a blank (null), or an error confined to that cell. */
export type TableCell = number | null | DeskError;
export type KernelResult = number | TableCell[] | TableCell[][];

/** A function's family, one of the keys of CATEGORIES (shared/catalog/categories.ts). */
export type { Category } from './categories';

/** Everything a definition states besides its parameters and implementation. */
interface SpecBody {
  readonly name: string;
  readonly category: Category;
  /** One line: what the cell returns. Shown by autocomplete in both hosts. */
  readonly summary: Text;
  /** Unit of the result. */
  readonly returns: Text;
  readonly keywords: { readonly en: readonly string[]; readonly ko: readonly string[] };
  readonly result: ResultShape;
  readonly examples: readonly Example[];
  /** Errors the implementation can raise beyond the parameter rules (documented in docs/functions.md). */
  readonly errors?: readonly string[];
  /** The kernel module(s) that hold the maths, for a reader (e.g. "shared/kernels/scenario.ts"). */
  readonly kernel: string;
  /**
   * A scalar function whose column speed the benchmark tracks (long columns are its common use):
   * in the built bundles its broadcast loop is a copy of its own (scripts/hot-loops-loader.js), so
   * the loop's call and store sites see this function only, whatever else the workbook computes.
   * At most HOT_LOOP_COPIES functions (a test checks it).
   */
  readonly hot?: true;
}

/** A typed definition: the implementation's argument record is computed from `params`. */
export interface Definition<Ps extends readonly ParamSpec[]> extends SpecBody {
  readonly params: Ps;
  readonly impl: (args: ArgsOf<Ps>) => KernelResult;
}

/** A definition as the engine and the generators see it. */
export interface FunctionSpec extends SpecBody {
  readonly params: readonly ParamSpec[];
  readonly impl: (args: Readonly<Record<string, unknown>>) => KernelResult;
}

/**
 * Declares a function. The `const` type parameter keeps every parameter's name, kind and choices
 * as literal types, so the implementation's record is checked against them by the compiler.
 */
export function defineFunction<const Ps extends readonly ParamSpec[]>(def: Definition<Ps>): FunctionSpec {
  return def as unknown as FunctionSpec;
}
