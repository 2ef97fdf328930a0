/**
 * The Sheets side of the sidebar and the menu: runs inside Apps Script with SpreadsheetApp,
 * HtmlService and Session. Reached through the public top-level functions that the build appends
 * to Code.js (onOpen, onInstall, showSidebar, insertModelSheet, deskInsertFormula, deskAddSheet, deskSelection, deskLoadSetting, deskSaveSetting,
 * deskLocale); everything else stays inside the bundle, out of google.script.run's reach.
 */
import { languageOf, uiText } from '../shared/i18n';
import type { Lang } from '../shared/catalog/describe';
import { modelLayout as layoutOf, type ModelLayout } from '../shared/model';
import { uniqueSheetName, type SheetCell } from '../shared/playbook';
import { insertModelSheets } from './model-sheets';

const MAX_ROWS = 1500; // the price history sheet has 1,001 rows (shared/history.ts)
const MAX_COLS = 50;

/**
 * The add-on menu (Extensions › Scenario Desk), as Google asks Editor add-ons to build it
 * (Ui.createAddonMenu; a bound script gets the same menu). onOpen may run in AuthMode.NONE, where
 * only the menu may be built: the labels follow the user's locale when Session answers, else English.
 */
export function onOpen(): void {
  const text = uiText(languageOf(userLocaleOrNothing()));
  SpreadsheetApp.getUi().createAddonMenu().addItem(text.openPane, 'showSidebar').addItem(text.insertModel, 'insertModelSheet').addToUi();
}

function userLocaleOrNothing(): string {
  try {
    return Session.getActiveUserLocale();
  } catch {
    return '';
  }
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Scenario Desk');
  SpreadsheetApp.getUi().showSidebar(html);
}

export function locale(): string {
  return Session.getActiveUserLocale() || SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
}

export function insertFormula(formula: unknown, force: unknown): { status: 'inserted' | 'occupied'; address: string } {
  if (typeof formula !== 'string' || !formula.startsWith('=') || formula.length > 8000)
    throw new Error('formula: expected formula text starting with "="');
  const cell = SpreadsheetApp.getActiveSheet().getActiveCell();
  const address = cell.getA1Notation();
  const occupied = cell.getFormula() !== '' || cell.getValue() !== '';
  if (occupied && force !== true) return { status: 'occupied', address };
  cell.setFormula(formula);
  return { status: 'inserted', address };
}

export function addSheet(baseName: unknown, rows: unknown): string {
  if (typeof baseName !== 'string' || baseName.length === 0 || baseName.length > 90)
    throw new Error('sheet name: expected text of 1 to 90 characters');
  if (!Array.isArray(rows) || rows.length === 0 || rows.length > MAX_ROWS) throw new Error(`rows: expected 1 to ${MAX_ROWS} rows`);
  const width = rows.reduce((w: number, r: unknown) => (Array.isArray(r) ? Math.max(w, r.length) : w), 0);
  if (width === 0 || width > MAX_COLS) throw new Error(`rows: expected 1 to ${MAX_COLS} columns`);
  const block: SheetCell[][] = rows.map((r: unknown) =>
    Array.from({ length: width }, (_, j) => {
      const v = Array.isArray(r) ? r[j] : '';
      return typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' ? v : '';
    }),
  );
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const name = uniqueSheetName(
    baseName,
    ss.getSheets().map((s) => s.getName()),
  );
  const sheet = ss.insertSheet(name);
  // A new sheet has 1,000 rows and 26 columns; a range beyond them fails, so grow it first.
  if (sheet.getMaxRows() < block.length) sheet.insertRowsAfter(sheet.getMaxRows(), block.length - sheet.getMaxRows());
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, block.length, width).setValues(block);
  return name;
}

/** The selected cells of the active sheet, as A1 notation ("B2:B20"). */
export function selection(): string {
  const range = SpreadsheetApp.getActiveRange();
  if (!range) throw new Error('selection: no cells are selected');
  return range.getA1Notation();
}

/** The pane's settings kept with the spreadsheet (document properties: 9 KB per value). */
const SETTING_KEYS = new Set(['scenario-desk.calculator']);

export function loadSetting(key: unknown): string | null {
  if (typeof key !== 'string' || !SETTING_KEYS.has(key)) throw new Error('setting: unknown key');
  return PropertiesService.getDocumentProperties().getProperty(key);
}

export function saveSetting(key: unknown, value: unknown): void {
  if (typeof key !== 'string' || !SETTING_KEYS.has(key)) throw new Error('setting: unknown key');
  if (typeof value !== 'string' || value.length > 9000) throw new Error('setting: expected text of at most 9,000 characters');
  PropertiesService.getDocumentProperties().setProperty(key, value);
}

/**
 * The trade-plan model (shared/model.ts) in a new sheet: in `lang` when the sidebar asks ("en" or
 * "ko", the pane's language), else in the user's locale (the menu item); returns the sheet's name.
 */
export function insertModelSheet(lang?: unknown): string {
  const l: Lang = lang === 'en' || lang === 'ko' ? lang : languageOf(locale());
  return insertModelSheets(SpreadsheetApp.getActiveSpreadsheet(), l);
}

/** ScenarioDesk.modelLayout(host, locale): the model as data, as either host renders it. */
export function modelLayout(host: unknown, locale: unknown): ModelLayout {
  if (host !== 'excel' && host !== 'sheets') throw new Error('host: expected "excel" or "sheets"');
  if (locale !== 'en' && locale !== 'ko') throw new Error('locale: expected "en" or "ko"');
  return layoutOf(host, locale);
}
