/**
 * The typed error model. Every failure a user can cause is a DeskError: it carries the
 * spreadsheet error kind the host should show and a message that names the argument, the bad
 * value and the rule. Kernels throw DeskError; the engine turns it into a cell value; the host
 * adapters translate it into `CustomFunctions.Error` (Excel) or `Error` / "#VALUE! …" text (Sheets).
 */

/** `VALUE`: a bad argument or a domain problem. `NA`: a cell beyond a shorter range when broadcasting. */
export type ErrorKind = 'VALUE' | 'NA';

/**
 * Deliberately not a subclass of Error: a range of ten thousand bad cells creates ten thousand of
 * these, and capturing a stack trace for each would cost milliseconds for nothing.
 */
export class DeskError {
  readonly name = 'DeskError';
  constructor(
    readonly message: string,
    readonly kind: ErrorKind = 'VALUE',
  ) {}

  toString(): string {
    return `${errorLabel(this.kind)} ${this.message}`;
  }
}

/** Excel's and Sheets' text for an error kind. */
export function errorLabel(kind: ErrorKind): string {
  return kind === 'NA' ? '#N/A' : '#VALUE!';
}

/** Formats a user-supplied value for a message, the way a user would recognise it. */
export function showValue(value: unknown): string {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'infinity' : '-infinity';
    if (Object.is(value, -0)) return '0';
    return String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    return Number.isNaN(d.getTime()) ? 'an invalid date' : `the date ${d.toISOString().slice(0, 10)}`;
  }
  if (value === null || value === undefined) return 'an empty cell';
  if (Array.isArray(value)) return 'a range';
  return 'a non-cell value';
}

/** Throws a DeskError `name: <value> <rule>`. */
export function fail(name: string, value: unknown, rule: string): never {
  throw new DeskError(`${name}: ${showValue(value)} ${rule}`);
}
