/**
 * Excel value translation: the shared engine's result grid becomes the matrix Excel spills, with
 * each bad cell a `CustomFunctions.Error` (#VALUE! or #N/A, both of which show their message),
 * worded in Excel's display language. A single-cell failure is thrown, as Excel documents for
 * custom functions.
 */
import { CATALOG } from '../shared/catalog';
import type { FunctionSpec } from '../shared/catalog/types';
import { evaluate, failedWhole, type ResultGrid } from '../shared/engine';
import { DeskError, NO_VALUE } from '../shared/errors';
import { languageOf, renderError, type Lang } from '../shared/messages';

type ExcelCell = number | string | CustomFunctions.Error;

/**
 * Excel's display language: `Office.context.displayLanguage` where the shared runtime exposes it
 * (Korean for any `ko` tag), else English. functions.js also loads where only `CustomFunctions`
 * exists (no Office at all), so every step is guarded.
 */
export function excelLanguage(): Lang {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
    const tag = office?.context?.displayLanguage;
    return typeof tag === 'string' ? languageOf(tag) : 'en';
  } catch {
    return 'en';
  }
}

/**
 * Whether the 5 MB response cap applies. Microsoft documents it for Excel on the web (a
 * request/response between the browser and the service); desktop Excel (Windows, Mac) hands the
 * result to the grid in-process. `Office.context.platform` ("PC", "Mac", "OfficeOnline", ...) is
 * read where the shared runtime exposes it, else `Office.context.diagnostics.platform`; if neither
 * says desktop (no Office at all, a JavaScript-only runtime, the web, iPad) the cap applies, so
 * the only cost of not knowing is an error that names the rows per formula that fit.
 */
export function webPayloadCap(): boolean {
  try {
    const context = (globalThis as { Office?: { context?: { platform?: unknown; diagnostics?: { platform?: unknown } } } }).Office?.context;
    const platform = context?.platform ?? context?.diagnostics?.platform;
    return !(platform === 'PC' || platform === 'Mac');
  } catch {
    return true;
  }
}

function excelError(e: DeskError, lang: Lang, message: string = renderError(e, lang)): CustomFunctions.Error {
  const code = e.kind === 'NA' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, message);
}

/**
 * Excel on the web caps a custom function's response at 5 MB. The runtime sends each error cell as
 * the JSON of `CustomFunctionError.prototype.toJSON` (office-js dist/custom-functions-runtime.js:
 * valueType, code, type, basicValue, basicType, message, errorType): ~125 bytes before its message,
 * against ~20 for a number. So: full messages for the cells a user reads first, up to
 * MESSAGE_BUDGET bytes of message text; after that each message is cut to SHORT_MESSAGE characters;
 * and a result that would still exceed PAYLOAD_BUDGET is one error saying so (with the first
 * message, or, for numbers alone, the block size that fits) rather than a response Excel on the
 * web would never deliver.
 */
export const PAYLOAD_BUDGET = 4_000_000;
export const MESSAGE_BUDGET = 200_000;
export const SHORT_MESSAGE = 48;
/** `{"valueType":"CustomFunctionError","code":"#VALUE!","type":"Error","basicValue":"#VALUE!","basicType":"Error","message":"","errorType":"Value"},` */
const ERROR_JSON_BYTES = 130;
/** A double's JSON is at most 24 characters (e.g. -1.2345678901234567e-300) plus its comma. */
const NUMBER_JSON_BYTES = 25;

/** UTF-8 length of a message (Korean text is 3 bytes a syllable). */
function utf8Bytes(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n += text.charCodeAt(i) > 0x7ff ? 2 : 1;
  return n;
}

function shortened(message: string): string {
  return message.length <= SHORT_MESSAGE ? message : `${message.slice(0, SHORT_MESSAGE - 1)}…`;
}

export function toExcel(result: ResultGrid, lang: Lang = excelLanguage(), fn = 'DESK', capped: boolean = webPayloadCap()): ExcelCell[][] {
  if (result.rows === 1 && result.cols === 1) {
    const only = result.cells[0][0];
    if (only !== null && typeof only !== 'number') throw excelError(only, lang);
    return [[only ?? '']];
  }
  const whole = failedWhole(result);
  if (whole !== null) throw excelError(whole, lang);
  // The grid is ours: translate in place rather than allocate a second one. One error object is
  // often shared by many cells (a bad constant argument): word it once (and its short form once).
  const full = new Map<DeskError, { message: string; bytes: number; error: CustomFunctions.Error }>();
  const short = new Map<DeskError, CustomFunctions.Error>();
  let messageBytes = 0;
  let payload = 0;
  let errors = 0;
  let numbers = 0;
  let first: DeskError | null = null;
  for (const row of result.cells) {
    for (let j = 0; j < row.length; j++) {
      const c = row[j];
      if (typeof c === 'number') {
        numbers++;
        continue;
      }
      if (c === null) {
        (row as unknown as ExcelCell[])[j] = '';
        payload += 3;
        continue;
      }
      errors++;
      first ??= c;
      let w = full.get(c);
      if (!w) {
        const message = renderError(c, lang);
        full.set(c, (w = { message, bytes: utf8Bytes(message), error: excelError(c, lang, message) }));
      }
      if (!capped || messageBytes + w.bytes <= MESSAGE_BUDGET) {
        messageBytes += w.bytes;
        payload += ERROR_JSON_BYTES + w.bytes;
        (row as unknown as ExcelCell[])[j] = w.error;
      } else {
        let x = short.get(c);
        if (!x) short.set(c, (x = excelError(c, lang, shortened(w.message))));
        payload += ERROR_JSON_BYTES + SHORT_MESSAGE * 3;
        (row as unknown as ExcelCell[])[j] = x;
      }
    }
  }
  if (capped && first !== null && payload + numbers * NUMBER_JSON_BYTES > PAYLOAD_BUDGET) {
    const mb = Math.ceil((payload + numbers * NUMBER_JSON_BYTES) / 1e5) / 10;
    throw excelError(
      new DeskError('result_too_large', fn, NO_VALUE, { mb, errors, cells: result.rows * result.cols, first: renderError(first, lang) }),
      lang,
    );
  }
  // Numbers alone can pass the limit too (CALL_SPREAD's four columns over 100,000 rows: ~10 MB).
  const bytes = payload + numbers * NUMBER_JSON_BYTES;
  if (capped && bytes > PAYLOAD_BUDGET) {
    const mb = Math.ceil(bytes / 1e5) / 10;
    const rows = Math.floor((PAYLOAD_BUDGET / bytes) * result.rows);
    throw excelError(new DeskError('result_too_large_numbers', fn, NO_VALUE, { mb, cells: result.rows * result.cols, rows }), lang);
  }
  return result.cells as unknown as ExcelCell[][];
}

/**
 * Excel appends an invocation context (`CustomFunctions.Invocation`: an object with the cell
 * address, function name, or a `setResult` for streaming) after the declared arguments. It is
 * recognised by what it is, not by counting: a plain object that is not a matrix, not null and not
 * a Date. Every argument Excel sends for a declared parameter is a matrix (dimensionality "matrix")
 * or null, so nothing the user typed can be mistaken for it.
 */
export function withoutInvocation(args: unknown[]): unknown[] {
  const last = args[args.length - 1];
  const invocation =
    typeof last === 'object' && last !== null && !Array.isArray(last) && Object.prototype.toString.call(last) === '[object Object]';
  return invocation ? args.slice(0, -1) : args;
}

/** The function Excel calls for `spec`. */
export function excelFunction(spec: FunctionSpec): (...args: unknown[]) => ExcelCell[][] {
  return (...args: unknown[]) => toExcel(evaluate(spec, withoutInvocation(args)), excelLanguage(), spec.name, webPayloadCap());
}

/** Registers every catalog function under its id in functions.json. */
export function registerAll(catalog: readonly FunctionSpec[] = CATALOG): void {
  for (const spec of catalog) CustomFunctions.associate(spec.name, excelFunction(spec));
}
