/**
 * Formula text: the one place that spells a Scenario Desk call as a user types it, for the panes
 * (worked examples, the calculator's formula line, inserted cells), the model sheet and the docs.
 * Pure: no DOM, no host.
 */
import { isRangeParam, type FunctionSpec, type ParamSpec } from './catalog/types';
import { NUMERIC_TEXT } from './coerce';

/** The namespace Excel puts the custom functions under (manifest.xml, `Namespace`). */
export const EXCEL_NAMESPACE = 'DESK';
/** What precedes a function name in an Excel formula: "DESK.". Sheets functions are bare (""). */
export const excelPrefix = `${EXCEL_NAMESPACE}.`;

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** Formula syntax, e.g. `=DESK.SCENARIO_PROB(spot, target, days, vol, [drift], [mode], [year_days])`. */
export function syntax(spec: FunctionSpec, prefix = ''): string {
  const args = spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=${prefix}${spec.name}(${args.join(', ')})`;
}

/** An argument value (as the catalog's examples hold them) as it would be typed in a formula. */
export function formulaArg(a: unknown): string {
  if (a === null || a === undefined) return '';
  if (typeof a === 'string') return quoted(a);
  if (typeof a === 'boolean') return a ? 'TRUE' : 'FALSE';
  if (Array.isArray(a)) return `{${(a as unknown[][]).map((row) => row.map(formulaArg).join(',')).join(';')}}`;
  return String(a);
}

/** A call with its arguments as formula text, trailing omitted (null) ones dropped. */
function call(spec: FunctionSpec, args: readonly (string | null)[], prefix: string): string {
  const list = [...args];
  while (list.length && list[list.length - 1] === null) list.pop();
  return `=${prefix}${spec.name}(${list.map((x) => x ?? '').join(', ')})`;
}

/** A formula with literal arguments, trailing omitted ones dropped. */
export function formula(spec: FunctionSpec, args: readonly unknown[], prefix = ''): string {
  return call(
    spec,
    args.map((a) => (a === null || a === undefined ? null : formulaArg(a))),
    prefix,
  );
}

/** The items a user typed for a range parameter: one per line, comma or semicolon, blanks dropped. */
export function typedItems(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The rows a user typed for a matrix parameter: one row per line (or semicolon), cells separated by
 * commas or tabs (as pasted from a sheet), blank cells and lines dropped.
 */
export function typedRows(text: string): string[][] {
  return text
    .split(/[\n;]+/)
    .map((line) =>
      line
        .split(/[,\t]+/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    )
    .filter((row) => row.length > 0);
}

/**
 * What a user typed for one parameter (a calculator field) as formula text, or null when blank:
 * text the coercion layer reads as a number (NUMERIC_TEXT: 0.02, 2%, 1e3) stays as typed, other
 * text is quoted, an option is always quoted, a range parameter's items (split on new lines,
 * commas and semicolons) become a column array constant, and a matrix's rows (lines or semicolons,
 * cells split on commas or tabs) a block constant.
 */
/**
 * A number as people type it, in the form a cell formula takes: currency signs ($, ₩, €, £, ¥, 원)
 * and spaces dropped, digit grouping removed ("100,000" → 100000), a decimal comma read where it
 * cannot be grouping ("12,5" → 12.5; "1,000" is a thousand), U+2212 as a minus. Text that is still
 * not a number comes back as typed, for the coercion layer to name.
 */
export function typedNumber(raw: string): string {
  const text = raw.trim();
  if (/,\s/.test(text)) return text; // "170, 180" is a list, not 170,180
  const s = text
    .replace(/[\s\u00a0]/g, '')
    .replace(/^([+\-\u2212]?)[$₩€£¥]/, '$1')
    .replace(/(원|[$₩€£¥])$/, '')
    .replace(/^\u2212/, '-');
  let out = s;
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?%?$/.test(s)) out = s.replace(/,/g, '');
  else if (/^[+-]?\d+,\d+%?$/.test(s)) out = s.replace(',', '.');
  return NUMERIC_TEXT.test(out) ? out : text;
}

/** The most values one what-if list may hold (a 200 × 200 grid is 40,000 cells). */
export const MAX_LIST = 200;

/**
 * A what-if list typed into a number field: "0.1, 0.15, 0.2" (commas with spaces, semicolons or
 * lines; "1,2,3" too where it cannot be one number) or start:stop:step ("0.1:0.3:0.05", both ends
 * included). Each value as typedNumber writes it; null when the text is one number or not a list.
 */
export function typedList(raw: string): string[] | null {
  const text = raw.trim();
  if (text === '' || NUMERIC_TEXT.test(typedNumber(text))) return null;
  const range = /^([^:]+):([^:]+):([^:]+)$/.exec(text);
  if (range) {
    const [a, b, step] = range.slice(1).map((x) => typedNumber(x));
    if (![a, b, step].every((x) => NUMERIC_TEXT.test(x) && !x.endsWith('%'))) return null;
    const [x0, x1, h] = [Number(a), Number(b), Number(step)];
    if (!(h !== 0 && Number.isFinite(x0) && Number.isFinite(x1) && (x1 - x0) / h >= 0)) return null;
    const n = Math.floor((x1 - x0) / h + 1e-9) + 1;
    if (n < 2 || n > MAX_LIST) return null;
    // Each value from its index (no accumulated steps), to the digits of the step.
    const digits = Math.min(15, Math.max(...[a, step].map((x) => (x.split('.')[1] ?? '').replace(/e.*$/i, '').length)));
    return Array.from({ length: n }, (_, k) => String(Number((x0 + k * h).toFixed(digits))));
  }
  for (const split of [/\s*[;\n]\s*|,\s+/, /,/]) {
    const items = text.split(split).map((x) => typedNumber(x));
    if (items.length >= 2 && items.length <= MAX_LIST && items.every((x) => NUMERIC_TEXT.test(x))) return items;
  }
  return null;
}

/** Which number fields hold what-if lists: the first runs down a column, the second across a row. */
export function listParams(spec: FunctionSpec, raw: Readonly<Record<string, string>>): string[] {
  if (spec.result.kind !== 'scalar') return [];
  return spec.params
    .filter((p) => (p.kind === 'number' || p.kind === 'integer') && typedList(raw[p.name] ?? '') !== null)
    .map((p) => p.name);
}

/** A cell or range reference as both hosts write it: A1, $B$2:$B$20, Sheet1!A1, 'My sheet'!A1:C3. */
const REFERENCE = /^(?:(?:'[^']+'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]{1,3}\$?[1-9]\d{0,6}(?::\$?[A-Za-z]{1,3}\$?[1-9]\d{0,6})?$/;

/** Whether a field holds a cell reference (written into the formula as it is). */
export function isReference(raw: string): boolean {
  return REFERENCE.test(raw.trim());
}

export function typedArg(p: ParamSpec, raw: string, list?: 'column' | 'row'): string | null {
  const text = raw.trim();
  if (text === '') return null;
  if (p.kind !== 'option' && isReference(text)) return text;
  const values = list ? typedList(text) : null;
  if (values) return `{${values.join(list === 'column' ? ';' : ',')}}`;
  const item = (s: string): string => (NUMERIC_TEXT.test(typedNumber(s)) ? typedNumber(s) : quoted(s));
  if (p.kind === 'matrix')
    return `{${typedRows(text)
      .map((row) => row.map(item).join(','))
      .join(';')}}`;
  if (isRangeParam(p)) return `{${typedItems(text).map(item).join(';')}}`;
  if (p.kind !== 'option' && NUMERIC_TEXT.test(typedNumber(text))) return typedNumber(text);
  return quoted(text);
}

/** The formula for what a user typed into each parameter's field (by parameter name). */
export function typedFormula(spec: FunctionSpec, raw: Readonly<Record<string, string>>, prefix = ''): string {
  return call(
    spec,
    (() => {
      const lists = listParams(spec, raw);
      return spec.params.map((p) => {
        const k = lists.indexOf(p.name);
        return typedArg(p, raw[p.name] ?? '', k === 0 ? 'column' : k === 1 ? 'row' : undefined);
      });
    })(),
    prefix,
  );
}
