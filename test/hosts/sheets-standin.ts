/**
 * A SpreadsheetApp / HtmlService / Session stand-in, enough for the server functions in Code.js:
 * an active sheet with an active cell, inserting sheets, writing values and formulas, a menu
 * builder, and what the model renderer (appsscript/model-sheets.ts) uses: number formats, fonts,
 * backgrounds, wrapping and alignment (on ranges and range lists), notes, column widths, named
 * ranges, data validation, conditional format rules (gradients, text), charts and frozen panes,
 * each refusing what Sheets refuses (block sizes, ranges outside the grid, colours, names).
 * Everything written is kept so tests can read it back.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

export interface StoredCell {
  value: unknown;
  formula: string;
}

const colLetters = (c: number): string => {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const a1 = (r: number, c: number): string => `${colLetters(c)}${r}`;
const colNumber = (letters: string): number => letters.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** A new sheet's grid (Sheets: 1,000 rows × 26 columns); ranges outside it fail as in Sheets until it grows. */
const GRID = { rows: 1000, cols: 26 };
const COLOUR = /^#[0-9A-Fa-f]{6}$/;
function colour(v: unknown, what: string): string {
  if (typeof v !== 'string' || !COLOUR.test(v)) throw new Error(`Invalid argument: ${what} ${JSON.stringify(v)}`);
  return v.toUpperCase();
}

interface Area {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function parseA1Area(ref: string): Area {
  const cells = ref.split(':').map((p) => {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(p);
    if (!m) throw new Error(`Range not found: ${ref}`);
    return { r: Number(m[2]), c: colNumber(m[1]) };
  });
  if (cells.length > 2) throw new Error(`Range not found: ${ref}`);
  const [a, b = a] = cells;
  return { r1: Math.min(a.r, b.r), c1: Math.min(a.c, b.c), r2: Math.max(a.r, b.r), c2: Math.max(a.c, b.c) };
}

const areaA1 = (a: Area): string => (a.r1 === a.r2 && a.c1 === a.c2 ? a1(a.r1, a.c1) : `${a1(a.r1, a.c1)}:${a1(a.r2, a.c2)}`);

export interface ValidationRecord {
  range: string;
  criterion: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface RuleRecord {
  ranges: string[];
  gradient?: { min: string; mid?: { color: string; type: string; value: string }; max: string };
  textContains?: string;
  fontColor?: string;
  background?: string;
}

export interface ChartRecord {
  type: string;
  ranges: string[];
  numHeaders: number;
  position: [number, number, number, number] | null;
  options: Record<string, unknown>;
}

/** Sheets' rules for a named range's name (Google Sheets Help, "Name a range"). */
export function checkRangeName(name: string): void {
  if (
    !/^[A-Za-z_][A-Za-z0-9_]{0,249}$/.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[Rr]\d*[Cc]\d*$/.test(name) ||
    /^(true|false)$/i.test(name)
  )
    throw new Error(`Invalid argument: named range name ${JSON.stringify(name)}`);
}

export class FakeSheet {
  cells = new Map<string, StoredCell>();
  active = { r: 2, c: 2 };
  numberFormats = new Map<string, string>();
  fonts = new Map<string, { weight?: string; style?: string; size?: number; color?: string }>();
  backgrounds = new Map<string, string>();
  wraps = new Map<string, boolean>();
  aligns = new Map<string, string>();
  notes = new Map<string, string>();
  columnWidths = new Map<number, number>();
  validations: ValidationRecord[] = [];
  rules: RuleRecord[] = [];
  charts: ChartRecord[] = [];
  frozen = { rows: 0, columns: 0 };
  activated = false;
  grid = { ...GRID };
  constructor(public name: string) {}
  getName(): string {
    return this.name;
  }
  cell(r: number, c: number) {
    const key = a1(r, c);
    const get = (): StoredCell => this.cells.get(key) ?? { value: '', formula: '' };
    return {
      getA1Notation: () => key,
      getFormula: () => get().formula,
      getValue: () => get().value,
      setFormula: (f: string) => {
        this.cells.set(key, { value: '', formula: f });
      },
    };
  }
  getActiveCell() {
    return this.cell(this.active.r, this.active.c);
  }
  private each(a: Area, f: (key: string, i: number, j: number) => void): void {
    for (let r = a.r1; r <= a.r2; r++) for (let c = a.c1; c <= a.c2; c++) f(a1(r, c), r - a.r1, c - a.c1);
  }
  private font(key: string) {
    let f = this.fonts.get(key);
    if (!f) this.fonts.set(key, (f = {}));
    return f;
  }
  /** The setters a Range and a RangeList share, on one area. */
  private looks(a: Area) {
    return {
      setNumberFormat: (f: string) => {
        this.each(a, (k) => this.numberFormats.set(k, f));
      },
      setFontWeight: (w: string) => {
        if (w !== 'bold' && w !== 'normal') throw new Error(`Invalid argument: font weight ${w}`);
        this.each(a, (k) => (this.font(k).weight = w));
      },
      setFontStyle: (st: string) => {
        if (st !== 'italic' && st !== 'normal') throw new Error(`Invalid argument: font style ${st}`);
        this.each(a, (k) => (this.font(k).style = st));
      },
      setFontSize: (n: number) => {
        if (!(n >= 1 && n <= 400)) throw new Error(`Invalid argument: font size ${n}`);
        this.each(a, (k) => (this.font(k).size = n));
      },
      setFontColor: (c: string) => {
        const v = colour(c, 'font colour');
        this.each(a, (k) => (this.font(k).color = v));
      },
      setBackground: (c: string) => {
        const v = colour(c, 'background');
        this.each(a, (k) => this.backgrounds.set(k, v));
      },
      setWrap: (w: boolean) => {
        this.each(a, (k) => this.wraps.set(k, w));
      },
      setHorizontalAlignment: (h: string) => {
        if (!['left', 'center', 'right', 'normal'].includes(h)) throw new Error(`Invalid argument: alignment ${h}`);
        this.each(a, (k) => this.aligns.set(k, h));
      },
    };
  }
  private range(a: Area) {
    if (a.r1 < 1 || a.c1 < 1 || a.r2 > this.grid.rows || a.c2 > this.grid.cols)
      throw new Error(`The coordinates of the range are outside the dimensions of the sheet (${areaA1(a)})`);
    const size = (block: unknown[][], what: string) => {
      if (block.length !== a.r2 - a.r1 + 1 || block.some((row) => row.length !== a.c2 - a.c1 + 1))
        throw new Error(`The number of rows or columns in the data does not match the range (${what})`);
    };
    return {
      area: a,
      sheet: this,
      getA1Notation: () => areaA1(a),
      ...this.looks(a),
      setValues: (block: unknown[][]) => {
        size(block, 'setValues');
        this.each(a, (k, i, j) => {
          const v = block[i][j];
          const isFormula = typeof v === 'string' && v.startsWith('=');
          if (v === '') this.cells.delete(k);
          else this.cells.set(k, { value: isFormula ? '' : v, formula: isFormula ? (v as string) : '' });
        });
      },
      setNotes: (block: unknown[][]) => {
        size(block, 'setNotes');
        this.each(a, (k, i, j) => {
          const v = block[i][j];
          if (typeof v !== 'string') throw new Error('Invalid argument: notes are text');
          if (v === '') this.notes.delete(k);
          else this.notes.set(k, v);
        });
      },
      setDataValidation: (rule: { criterion: string; args: unknown[]; allowInvalid: boolean; helpText: string }) => {
        this.validations.push({ range: areaA1(a), ...rule });
      },
    };
  }
  getRange(row: number | string, col?: number, rows = 1, cols = 1) {
    if (typeof row === 'string') return this.range(parseA1Area(row));
    return this.range({ r1: row, c1: col ?? 1, r2: row + rows - 1, c2: (col ?? 1) + cols - 1 });
  }
  getRangeList(refs: string[]) {
    const parts = refs.map((r) => this.range(parseA1Area(r)));
    const list: Record<string, (v: never) => unknown> = {};
    for (const key of Object.keys(this.looks({ r1: 1, c1: 1, r2: 1, c2: 1 })))
      list[key] = (v: never) => {
        for (const p of parts) (p as unknown as Record<string, (x: never) => void>)[key](v);
        return list;
      };
    return list;
  }
  getMaxRows(): number {
    return this.grid.rows;
  }
  getMaxColumns(): number {
    return this.grid.cols;
  }
  insertRowsAfter(after: number, n: number) {
    if (after !== this.grid.rows || !(n >= 1)) throw new Error('stand-in: rows are added at the end');
    this.grid.rows += n;
  }
  insertColumnsAfter(after: number, n: number) {
    if (after !== this.grid.cols || !(n >= 1)) throw new Error('stand-in: columns are added at the end');
    this.grid.cols += n;
  }
  setColumnWidth(col: number, px: number) {
    if (!(px > 0)) throw new Error(`Invalid argument: width ${px}`);
    this.columnWidths.set(col, px);
  }
  getConditionalFormatRules(): RuleRecord[] {
    return [...this.rules];
  }
  setConditionalFormatRules(rules: RuleRecord[]) {
    for (const r of rules) if (r.ranges.length === 0) throw new Error('Invalid argument: a rule needs ranges');
    this.rules = rules;
  }
  newChart() {
    const chart: ChartRecord = { type: '', ranges: [], numHeaders: -1, position: null, options: {} };
    const b = {
      setChartType(t: string) {
        chart.type = t;
        return b;
      },
      addRange(r: { getA1Notation(): string }) {
        chart.ranges.push(r.getA1Notation());
        return b;
      },
      setNumHeaders(n: number) {
        chart.numHeaders = n;
        return b;
      },
      setPosition(row: number, col: number, dx: number, dy: number) {
        chart.position = [row, col, dx, dy];
        return b;
      },
      setOption(k: string, v: unknown) {
        chart.options[k] = v;
        return b;
      },
      build() {
        if (!chart.type || chart.ranges.length === 0) throw new Error('A chart needs a type and data');
        return chart;
      },
    };
    return b;
  }
  insertChart(c: ChartRecord) {
    this.charts.push(c);
  }
  setFrozenRows(n: number) {
    this.frozen.rows = n;
  }
  setFrozenColumns(n: number) {
    this.frozen.columns = n;
  }
  activate() {
    this.activated = true;
    return this;
  }
  /** The sheet as rows of formulas or values (formulas win), rows × cols from A1. */
  dump(rows: number, cols: number): unknown[][] {
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => {
        const c = this.cells.get(a1(i + 1, j + 1));
        return c ? c.formula || c.value : '';
      }),
    );
  }
}

/** SpreadsheetApp.newDataValidation(): records the criterion and its arguments. */
function validationBuilder() {
  const rule = { criterion: '', args: [] as unknown[], allowInvalid: true, helpText: '' };
  const b: Record<string, (...a: never[]) => unknown> = {};
  for (const c of [
    'requireValueInRange',
    'requireValueInList',
    'requireNumberBetween',
    'requireNumberGreaterThan',
    'requireFormulaSatisfied',
  ])
    b[c] = (...args: unknown[]) => {
      if (rule.criterion) throw new Error('one criterion per rule');
      rule.criterion = c;
      rule.args = args.map((x) =>
        x && typeof x === 'object' && 'getA1Notation' in x ? (x as { getA1Notation(): string }).getA1Notation() : x,
      );
      return b;
    };
  b.setAllowInvalid = (v: boolean) => {
    rule.allowInvalid = v;
    return b;
  };
  b.setHelpText = (t: string) => {
    rule.helpText = t;
    return b;
  };
  b.build = () => {
    if (!rule.criterion) throw new Error('a rule needs a criterion');
    return { ...rule };
  };
  return b;
}

/** SpreadsheetApp.newConditionalFormatRule(): gradients and text rules. */
function ruleBuilder() {
  const rule: RuleRecord = { ranges: [] };
  const g = (): NonNullable<RuleRecord['gradient']> => (rule.gradient ??= { min: '', max: '' });
  const b = {
    setRanges(ranges: { getA1Notation(): string }[]) {
      rule.ranges = ranges.map((r) => r.getA1Notation());
      return b;
    },
    setGradientMinpoint(c: string) {
      g().min = colour(c, 'gradient colour');
      return b;
    },
    setGradientMaxpoint(c: string) {
      g().max = colour(c, 'gradient colour');
      return b;
    },
    setGradientMidpointWithValue(c: string, type: string, value: string) {
      g().mid = { color: colour(c, 'gradient colour'), type, value };
      return b;
    },
    whenTextContains(t: string) {
      rule.textContains = t;
      return b;
    },
    setFontColor(c: string) {
      rule.fontColor = colour(c, 'font colour');
      return b;
    },
    setBackground(c: string) {
      rule.background = colour(c, 'background');
      return b;
    },
    build() {
      if (rule.gradient && (!rule.gradient.min || !rule.gradient.max)) throw new Error('a gradient needs its min and max points');
      return { ...rule };
    },
  };
  return b;
}

export interface SheetsWorld {
  context: vm.Context;
  sheets: FakeSheet[];
  /** The spreadsheet's named ranges (spreadsheet-wide in Sheets). */
  namedRanges: { name: string; sheet: string; range: string }[];
  active: () => FakeSheet;
  menus: { name: string; items: [string, string][] }[];
  sidebars: string[];
  setLocale(l: string): void;
  /** PropertiesService.getDocumentProperties(), kept with the spreadsheet. */
  documentProperties: Map<string, string>;
}

export function loadSheetsWorld(locale = 'en_US'): SheetsWorld {
  const sheets = [new FakeSheet('Sheet1')];
  let activeIndex = 0;
  const menus: SheetsWorld['menus'] = [];
  const sidebars: string[] = [];
  let userLocale = locale;
  const documentProperties = new Map<string, string>();
  const ui = {
    /** Ui.createAddonMenu(): the menu under Extensions, named after the add-on. */
    createAddonMenu() {
      return ui.createMenu('Extensions › Scenario Desk');
    },
    createMenu(name: string) {
      const menu = { name, items: [] as [string, string][] };
      const builder = {
        addItem(label: string, fn: string) {
          menu.items.push([label, fn]);
          return builder;
        },
        addSeparator: () => builder,
        addToUi: () => {
          menus.push(menu);
        },
      };
      return builder;
    },
    showSidebar(html: { file: string }) {
      sidebars.push(html.file);
    },
  };
  const namedRanges: { name: string; sheet: string; range: string }[] = [];
  const spreadsheet = {
    getSheets: () => sheets,
    getNamedRanges: () => namedRanges.map((n) => ({ getName: () => n.name })),
    setNamedRange(name: string, range: { sheet: FakeSheet; getA1Notation(): string }) {
      checkRangeName(name);
      const existing = namedRanges.find((n) => n.name.toLowerCase() === name.toLowerCase());
      // Sheets moves an existing name to the new range: a second model must not reuse the first's names.
      if (existing) throw new Error(`stand-in: ${name} already names ${existing.sheet}!${existing.range}`);
      namedRanges.push({ name, sheet: range.sheet.name, range: range.getA1Notation() });
    },
    insertSheet(name: string) {
      if (sheets.some((s) => s.name === name)) throw new Error(`A sheet with the name "${name}" already exists.`);
      const s = new FakeSheet(name);
      sheets.push(s);
      activeIndex = sheets.length - 1;
      return s;
    },
    getSpreadsheetLocale: () => userLocale,
  };
  const context = vm.createContext({
    SpreadsheetApp: {
      newDataValidation: validationBuilder,
      newConditionalFormatRule: ruleBuilder,
      InterpolationType: { NUMBER: 'NUMBER', PERCENT: 'PERCENT', PERCENTILE: 'PERCENTILE', MIN: 'MIN', MAX: 'MAX' },
      getActiveSpreadsheet: () => spreadsheet,
      getActiveSheet: () => sheets[activeIndex],
      getUi: () => ui,
      // the selected cells: a range of the active sheet (the stand-in's is fixed)
      getActiveRange: () => ({ getA1Notation: () => 'C3:C30' }),
    },
    Charts: { ChartType: { LINE: 'LINE', COLUMN: 'COLUMN', BAR: 'BAR', AREA: 'AREA', PIE: 'PIE', SCATTER: 'SCATTER' } },
    HtmlService: {
      createHtmlOutputFromFile(file: string) {
        if (!fs.existsSync(path.resolve(__dirname, '../../dist/sheets', `${file}.html`))) throw new Error(`no file ${file}.html`);
        const out = { file, setTitle: () => out };
        return out;
      },
    },
    Session: { getActiveUserLocale: () => userLocale },
    PropertiesService: {
      getDocumentProperties: () => ({
        getProperty: (k: string) => documentProperties.get(k) ?? null,
        setProperty: (k: string, v: string) => documentProperties.set(k, v),
      }),
    },
  });
  vm.runInContext(fs.readFileSync(path.resolve(__dirname, '../../dist/sheets/Code.js'), 'utf8'), context, { filename: 'Code.js' });
  return {
    context,
    sheets,
    namedRanges,
    active: () => sheets[activeIndex],
    menus,
    documentProperties,
    sidebars,
    setLocale: (l: string) => {
      userLocale = l;
    },
  };
}

/** What google.script.run may call: public top-level functions (names not ending in "_"). */
export function callServer(world: SheetsWorld, name: string, args: unknown[]): unknown {
  const fn = world.context[name];
  if (typeof fn !== 'function' || name.endsWith('_')) throw new Error(`google.script.run: no public server function ${name}`);
  return fn(...args);
}
