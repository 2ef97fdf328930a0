/**
 * The error model. Every failure a user can cause is a DeskError: structured data, never a
 * sentence. It carries the spreadsheet error kind the host should show, the argument it is about
 * (with the cell of a range where that matters), the value the user gave, a rule code and the
 * rule's parameters. `shared/messages/` renders it in English or Korean; the host adapters decide
 * the language and translate it into `CustomFunctions.Error` (Excel) or `Error` / error text (Sheets).
 */
import { renderError } from './messages';
import type { RuleCode } from './messages/rules';

export type { RuleCode } from './messages/rules';

/** `VALUE`: a bad argument or a domain problem. `NA`: a cell beyond a shorter range when broadcasting. */
export type ErrorKind = 'VALUE' | 'NA';

/** Parameters of a rule: numbers, texts, or values as the user gave them (shown like `value`). */
export type RuleParams = Readonly<Record<string, unknown>>;

/** No value: the rule is about the argument as a whole (an empty range, a shape). */
export const NO_VALUE: unique symbol = Symbol('no value');

/**
 * Deliberately not a subclass of Error: a range of ten thousand bad cells creates ten thousand of
 * these, and capturing a stack trace for each would cost milliseconds for nothing.
 */
export class DeskError {
  readonly name = 'DeskError';
  constructor(
    /** What is wrong, as a code of the rule table (`shared/messages/rules.ts`). */
    readonly rule: RuleCode,
    /** The argument's name as the user sees it, or a function name for whole-call problems. */
    readonly arg: string,
    /** The value the user gave (shown in the message), or NO_VALUE. */
    readonly value: unknown = NO_VALUE,
    /** The rule's parameters (bounds, the other argument's value, counts…). */
    readonly params: RuleParams = {},
    readonly kind: ErrorKind = 'VALUE',
    /** The cell of a range argument: "3" (k-th cell) or "2,1" (row, column). */
    readonly cell: string | null = null,
  ) {}

  /** The same error located at a cell of a range argument. */
  at(cell: string | number): DeskError {
    return new DeskError(this.rule, this.arg, this.value, this.params, this.kind, String(cell));
  }

  /** The English message (tests, logs); hosts render in their own language with `renderError`. */
  get message(): string {
    return renderError(this, 'en');
  }

  toString(): string {
    return `${this.kind === 'NA' ? '#N/A' : '#VALUE!'} ${this.message}`;
  }
}

/** Throws `DeskError(rule, arg, value, params)`. */
export function fail(rule: RuleCode, arg: string, value: unknown = NO_VALUE, params: RuleParams = {}): never {
  throw new DeskError(rule, arg, value, params);
}

/** Excel's and Sheets' text for an error kind. */
export function errorLabel(kind: ErrorKind): string {
  return kind === 'NA' ? '#N/A' : '#VALUE!';
}
