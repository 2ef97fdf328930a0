/** The Excel implementation of DeskHost, on Office.js `Excel.run`. */
import type { Lang } from '../../shared/catalog/describe';
import { excelPrefix } from '../../shared/formula';
import { languageOf } from '../../shared/i18n';
import { uniqueSheetName, type SheetCell } from '../../shared/playbook';
import type { DeskHost, InsertResult } from '../../ui/host';
import { insertModelExcel } from './model-excel';

export function excelHost(displayLanguage: string | undefined): DeskHost {
  return {
    kind: 'excel',
    prefix: excelPrefix,
    language: async (): Promise<Lang | null> => (displayLanguage ? languageOf(displayLanguage) : null),
    insertFormula: (formula: string, force: boolean) =>
      Excel.run(async (context): Promise<InsertResult> => {
        const cell = context.workbook.getActiveCell();
        cell.load(['address', 'formulas', 'values']);
        await context.sync();
        const address = String(cell.address).replace(/^.*!/, '');
        const occupied = [cell.formulas?.[0]?.[0], cell.values?.[0]?.[0]].some((v) => v !== '' && v !== null && v !== undefined);
        if (occupied && !force) return { status: 'occupied', address };
        cell.formulas = [[formula]];
        await context.sync();
        return { status: 'inserted', address };
      }),
    addSheet: (baseName: string, rows: SheetCell[][]) =>
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        const name = uniqueSheetName(
          baseName,
          sheets.items.map((s) => s.name),
        );
        const sheet = sheets.add(name);
        const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
        const block = rows.map((r) => Array.from({ length: width }, (_, j) => (j < r.length ? r[j] : '')));
        sheet.getRangeByIndexes(0, 0, block.length, width).formulas = block;
        sheet.activate();
        await context.sync();
        return name;
      }),
    // Office.context.document.settings: kept in the workbook, saved with saveAsync.
    loadSetting: async (key: string) => {
      const v: unknown = Office.context.document.settings.get(key);
      return typeof v === 'string' ? v : null;
    },
    saveSetting: (key: string, value: string) =>
      new Promise<void>((resolve, reject) => {
        const settings = Office.context.document.settings;
        settings.set(key, value);
        settings.saveAsync((r) =>
          r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error?.message ?? 'settings')),
        );
      }),
    insertModel: (lang: Lang) =>
      Excel.run((context) => insertModelExcel(context, lang, (v) => Office.context.requirements.isSetSupported('ExcelApi', v))),
    selection: () =>
      Excel.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load('address');
        await context.sync();
        return String(range.address).replace(/^.*!/, ''); // on the active sheet, where the formula goes
      }),
  };
}
