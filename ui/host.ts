/**
 * What the UI needs from a spreadsheet host. Excel implements it with Office.js `Excel.run`
 * (addin/taskpane/host-excel.ts), Sheets with `google.script.run` calling server functions in
 * Code.js (appsscript/sidebar/host-sheets.ts), and preview mode (a plain browser, below) with
 * nothing to insert into. This folder compiles with DOM types only (ui/tsconfig.json).
 */
import type { Lang } from '../shared/catalog/describe';
import { excelPrefix } from '../shared/formula';
import type { HostKind, SheetCell } from '../shared/playbook';

export type InsertResult = { status: 'inserted'; address: string } | { status: 'occupied'; address: string };

/** The host lacks an API the model needs (Excel before ExcelApi 1.8); the pane says which version it needs. */
export class HostTooOld extends Error {
  constructor(readonly needs: string) {
    super(`needs ${needs}`);
    this.name = 'HostTooOld';
  }
}

export interface ModelInserted {
  name: string;
  notes: 'notes' | 'comments' | 'none';
}

export interface DeskHost {
  kind: HostKind | 'preview';
  /** Prefix of function names in formulas: `excelPrefix` ("DESK.") in Excel, "" in Sheets. */
  prefix: string;
  /** The host UI's language, or null when unknown. */
  language(): Promise<Lang | null>;
  /** Writes `formula` into the active cell unless it holds something and `force` is false. */
  insertFormula(formula: string, force: boolean): Promise<InsertResult>;
  /** Adds a new sheet with a unique name built from `baseName`, filled with `rows`; returns its name. */
  addSheet(baseName: string, rows: SheetCell[][]): Promise<string>;
  /**
   * Inserts the trade-plan model (shared/model.ts's layout for this host, in `lang`) into a new,
   * uniquely named sheet; returns its name and where the notes went (Excel before ExcelApi 1.18
   * has no notes: they become comments, or are left out before 1.10).
   */
  insertModel(lang: Lang): Promise<ModelInserted>;
  /** The address of the selected cells on the active sheet ("B2:B20"), for a calculator field. */
  selection(): Promise<string>;
  /** Text kept with the document (Excel's document settings, Sheets' document properties), or null. */
  loadSetting(key: string): Promise<string | null>;
  saveSetting(key: string, value: string): Promise<void>;
}

/** A plain browser: everything but inserting works. */
export const previewHost: DeskHost = {
  kind: 'preview',
  prefix: excelPrefix,
  language: async () => null,
  insertFormula: async () => {
    throw new Error('preview mode');
  },
  addSheet: async () => {
    throw new Error('preview mode');
  },
  insertModel: async () => {
    throw new Error('preview mode');
  },
  selection: async () => {
    throw new Error('preview mode');
  },
  loadSetting: async () => null,
  saveSetting: async () => undefined,
};
