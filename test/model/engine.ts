/**
 * The model sheet in a real spreadsheet engine: HyperFormula (test-only, under its GPL licence key)
 * computes the whole layout (INDEX, MATCH, IF, SUM, MAX, LN, ROUND, named ranges, spilled arrays),
 * and every Scenario Desk function in it is the built bundle of the layout's host: dist/excel/
 * functions.js through CustomFunctions.associate for DESK.NAME, dist/sheets/Code.js's top-level
 * custom functions for NAME, each called with the arguments that host would pass (Excel: every
 * argument a matrix, empty cells null; Sheets: scalars bare, ranges 2-D, empty cells "").
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type CellValue,
  type ImplementedFunctions,
} from 'hyperformula';
import type { Ast, ProcedureAst } from 'hyperformula/typings/parser';
import type { InterpreterState } from 'hyperformula/typings/interpreter/InterpreterState';
import type { InterpreterValue } from 'hyperformula/typings/interpreter/InterpreterValue';
import type * as vm from 'vm';
import { CATALOG } from '../../shared/catalog';
import type { Lang } from '../../shared/catalog/describe';
import { excelPrefix } from '../../shared/formula';
import { parseA1, parseArea, type ModelLayout } from '../../shared/model';
import { callExcel, callSheets, loadExcel, loadSheets, type Cell, type ExcelFn } from '../hosts/load';

interface Bundles {
  excel: Map<string, ExcelFn>;
  sheets: vm.Context;
}

const bundles = new Map<Lang, Bundles>();

/** The built bundles, loaded once per language (Excel's display language, the spreadsheet's locale). */
function bundlesFor(lang: Lang): Bundles {
  let b = bundles.get(lang);
  if (!b) {
    const { functions } = loadExcel({ Office: { context: { displayLanguage: lang === 'ko' ? 'ko-KR' : 'en-US' } } });
    const sheets = loadSheets({
      SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => (lang === 'ko' ? 'ko_KR' : 'en_US') }) },
      Session: { getActiveUserLocale: () => (lang === 'ko' ? 'ko_KR' : 'en_US') },
    });
    b = { excel: functions, sheets };
    bundles.set(lang, b);
  }
  return b;
}

/** The engine being evaluated: HyperFormula's plugins are global, so the current model is set here. */
let current: ModelEngine | null = null;

type HostValue = number | string | boolean | null;

function scalarOf(v: unknown): HostValue | CellError {
  if (v === EmptyValue) return null;
  if (v instanceof CellError) return v;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v && typeof v === 'object' && 'val' in v) return (v as { val: number }).val; // percent, currency and date numbers
  throw new Error(`model engine: unexpected value ${String(v)}`);
}

class DeskPlugin extends FunctionPlugin {
  /** Calls the bundle of the function's host with that host's argument shapes; spills what it returns. */
  call(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    const engine = current;
    if (!engine) throw new Error('model engine: no model');
    const host = ast.procedureName.startsWith(excelPrefix) ? 'excel' : 'sheets';
    const name = host === 'excel' ? ast.procedureName.slice(excelPrefix.length) : ast.procedureName;
    const spec = CATALOG.find((f) => f.name === name)!;
    const given: (HostValue | HostValue[][])[] = [];
    for (const a of ast.args as Ast[]) {
      const v = this.evaluateAst(a, state);
      if (v instanceof SimpleRangeValue) {
        const data = v.data.map((row) => row.map(scalarOf));
        const bad = data.flat().find((c): c is CellError => c instanceof CellError);
        if (bad) return bad;
        given.push(data as HostValue[][]);
      } else {
        const s = scalarOf(v);
        if (s instanceof CellError) return s;
        given.push(s);
      }
    }
    const b = bundlesFor(engine.layout.lang);
    let out: Cell[][];
    if (host === 'excel') {
      // Excel on the web: every argument a matrix, an empty cell null, omitted arguments null.
      const args: unknown[] = spec.params.map((_, k) => (k < given.length ? (Array.isArray(given[k]) ? given[k] : [[given[k]]]) : null));
      args.push({ address: 'Model!A1', functionName: ast.procedureName, isInValuePreview: false });
      out = callExcel(b.excel.get(name)!, args);
    } else {
      // Sheets: scalars bare, ranges 2-D, empty cells "".
      const blank = (c: HostValue) => (c === null ? '' : c);
      const args = given.map((g) => (Array.isArray(g) ? g.map((r) => r.map(blank)) : blank(g)));
      out = callSheets(b.sheets, name, args);
    }
    engine.calls++;
    const cell = (c: Cell) => (typeof c === 'number' ? c : c === null ? '' : new CellError(ErrorType.VALUE, `${c.error} ${c.message}`));
    const declared = engine.spillAt(state.formulaAddress.row, state.formulaAddress.col);
    const rows = out.length;
    const cols = out[0]?.length ?? 0;
    if (declared.rows !== rows || declared.cols !== cols) {
      engine.problems.push(
        `${engine.refOf(state)}: ${name} returned ${rows}×${cols}, the layout declares ${declared.rows}×${declared.cols}`,
      );
      return new CellError(ErrorType.VALUE, 'spill size');
    }
    if (rows === 1 && cols === 1) return cell(out[0][0]);
    return SimpleRangeValue.onlyValues(out.map((r) => r.map(cell)));
  }

  size(_ast: ProcedureAst, state: InterpreterState): ArraySize {
    const declared = current?.spillAt(state.formulaAddress.row, state.formulaAddress.col) ?? { rows: 1, cols: 1 };
    return new ArraySize(declared.cols, declared.rows);
  }
}

const implemented: ImplementedFunctions = {};
const translations: Record<string, string> = {};
for (const spec of CATALOG)
  for (const id of [`${excelPrefix}${spec.name}`, spec.name]) {
    implemented[id] = {
      method: 'call',
      sizeOfResultArrayMethod: 'size',
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
      vectorizationForbidden: true,
    };
    translations[id] = id;
  }
(DeskPlugin as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions = implemented;
HyperFormula.registerFunctionPlugin(DeskPlugin, { enGB: translations });

export type Value = number | string | boolean | null | { error: string; message: string };

/** A model sheet computed by HyperFormula; inputs can be changed and the sheet read back. */
export class ModelEngine {
  readonly hf: HyperFormula;
  readonly sheet: number;
  readonly problems: string[] = [];
  calls = 0;
  private readonly spills = new Map<string, { rows: number; cols: number }>();

  constructor(readonly layout: ModelLayout) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the plugin reads the engine being computed
    current = this;
    for (const [ref, c] of Object.entries(layout.cells)) if (c.spill) this.spills.set(ref, c.spill);
    // Full doubles as Excel and Sheets keep them: no rounding of results to 10 digits, exact comparisons.
    this.hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', smartRounding: false, precisionEpsilon: 0 });
    const name = this.hf.addSheet('Model');
    this.sheet = this.hf.getSheetId(name)!;
    // Names first (formulas refer to them), as the renderers add them with the sheet.
    for (const n of layout.names) {
      const { r1, c1, r2, c2 } = parseArea(n.range);
      const abs = (r: number, c: number) => `$${refCol(c)}$${r}`;
      const target = r1 === r2 && c1 === c2 ? `=Model!${abs(r1, c1)}` : `=Model!${abs(r1, c1)}:${abs(r2, c2)}`;
      this.hf.addNamedExpression(n.name, target);
    }
    const grid: (string | number | null)[][] = Array.from({ length: layout.rows }, () => new Array(layout.cols).fill(null));
    for (const [ref, c] of Object.entries(layout.cells)) {
      const { row, col } = parseA1(ref);
      grid[row - 1][col - 1] = c.value;
    }
    this.hf.setSheetContent(this.sheet, grid);
  }

  spillAt(row0: number, col0: number): { rows: number; cols: number } {
    return this.spills.get(`${refCol(col0 + 1)}${row0 + 1}`) ?? { rows: 1, cols: 1 };
  }

  refOf(state: InterpreterState): string {
    return `${refCol(state.formulaAddress.col + 1)}${state.formulaAddress.row + 1}`;
  }

  private address(ref: string) {
    const { row, col } = parseA1(ref);
    return { sheet: this.sheet, row: row - 1, col: col - 1 };
  }

  /** A cell's computed value: a number, text, true/false, null (empty) or an error with its message. */
  value(ref: string): Value {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the plugin reads the engine being computed
    current = this;
    return plain(this.hf.getCellValue(this.address(ref)));
  }

  /** A named range's value (its one cell) or cells. */
  named(name: string): Value {
    const n = this.layout.names.find((x) => x.name === name);
    if (!n) throw new Error(`no name ${name}`);
    return this.value(n.range);
  }

  namedRange(name: string): Value[] {
    const n = this.layout.names.find((x) => x.name === name);
    if (!n) throw new Error(`no name ${name}`);
    return this.range(n.range);
  }

  /** The cells of a range, row by row. */
  range(ref: string): Value[] {
    const { r1, c1, r2, c2 } = parseArea(ref);
    const out: Value[] = [];
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(this.value(`${refCol(c)}${r}`));
    return out;
  }

  /** Types a value (or a formula) into a cell, as a user would. */
  set(ref: string, value: number | string): void {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the plugin reads the engine being computed
    current = this;
    this.hf.setCellContents(this.address(ref), [[value]]);
  }

  /** Whether the engine knows the name (HyperFormula resolves names in formulas through these). */
  hasName(name: string): boolean {
    return this.hf.getNamedExpression(name) !== null;
  }
}

function refCol(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function plain(v: CellValue): Value {
  if (v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return { error: String(v.value), message: v.message ?? '' };
}
