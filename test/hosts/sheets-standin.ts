/**
 * A minimal SpreadsheetApp / HtmlService / Session stand-in, enough for the server functions in
 * Code.js: an active sheet with an active cell, inserting sheets, writing values and formulas, and
 * a menu builder. Everything written is kept so tests can read it back.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

export interface StoredCell {
  value: unknown;
  formula: string;
}

const a1 = (r: number, c: number): string => `${String.fromCharCode(64 + c)}${r}`;

export class FakeSheet {
  cells = new Map<string, StoredCell>();
  active = { r: 2, c: 2 };
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
  getRange(r: number, c: number, nr: number, nc: number) {
    return {
      setValues: (block: unknown[][]) => {
        if (block.length !== nr || block.some((row) => row.length !== nc))
          throw new Error('setValues: block size does not match the range');
        block.forEach((row, i) =>
          row.forEach((v, j) => {
            const isFormula = typeof v === 'string' && v.startsWith('=');
            this.cells.set(a1(r + i, c + j), { value: isFormula ? '' : v, formula: isFormula ? (v as string) : '' });
          }),
        );
      },
    };
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

export interface SheetsWorld {
  context: vm.Context;
  sheets: FakeSheet[];
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
  const spreadsheet = {
    getSheets: () => sheets,
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
      getActiveSpreadsheet: () => spreadsheet,
      getActiveSheet: () => sheets[activeIndex],
      getUi: () => ui,
      // the selected cells: a range of the active sheet (the stand-in's is fixed)
      getActiveRange: () => ({ getA1Notation: () => 'C3:C30' }),
    },
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
