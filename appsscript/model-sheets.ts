/**
 * The model sheet in Google Sheets: renders a ModelLayout (shared/model.ts) with SpreadsheetApp into
 * a new, uniquely named sheet, computing nothing. Named ranges are spreadsheet-wide in Sheets, so a
 * second model gets its own ("Account_2", …: modelNameSuffix) and its formulas use them. Everything
 * is set in batches (one write for the cells and one for the notes, one call per style or format
 * and its rectangles through RangeLists, one for the conditional formats), so the whole insert is
 * a few dozen service calls.
 *
 * Rules that Sheets' validation builder has no direct criterion for: a whole number between two
 * bounds is a custom formula (AND(ISNUMBER(x), x = INT(x), x ≥ min, x ≤ max)), as Sheets' own
 * "whole number" choice would be written in Apps Script.
 */
import type { Lang } from '../shared/catalog/describe';
import { modelLayout, modelNameSuffix, parseA1, type ChartSpec, type ModelLayout, type ValidationRule } from '../shared/model';
import { blockOf, formatGroups, notesByCell, styleGroups, type StyleGroup } from '../shared/model-render';
import { uniqueSheetName } from '../shared/playbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Adds a uniquely named sheet with the model for `lang` to `ss`, activates it and returns its name. */
export function insertModelSheets(ss: Spreadsheet, lang: Lang): string {
  const suffix = modelNameSuffix(ss.getNamedRanges().map((n) => n.getName()));
  const layout = modelLayout('sheets', lang, { nameSuffix: suffix });
  const name = uniqueSheetName(
    layout.sheetName,
    ss.getSheets().map((s) => s.getName()),
  );
  const sheet = ss.insertSheet(name);
  renderModelSheets(ss, sheet, layout);
  sheet.activate();
  return name;
}

export function renderModelSheets(ss: Spreadsheet, sheet: Sheet, layout: ModelLayout): void {
  // Names first: the formulas refer to them.
  for (const n of layout.names) ss.setNamedRange(n.name, sheet.getRange(n.range));

  const block = sheet.getRange(1, 1, layout.rows, layout.cols);
  // setValues takes a text starting with "=" as a formula; spill areas stay empty.
  const grid = blockOf<string | number>(layout, new Map(Object.entries(layout.cells).map(([ref, c]) => [ref, c.value])), '');
  block.setValues(grid);
  for (const g of formatGroups(layout)) sheet.getRangeList(g.ranges).setNumberFormat(g.format);
  for (const g of styleGroups(layout)) applyStyle(sheet.getRangeList(g.ranges), g);
  layout.columnWidths.forEach((px, i) => sheet.setColumnWidth(i + 1, px));

  for (const v of layout.validations) {
    const range = sheet.getRange(v.range);
    const rule = criterion(SpreadsheetApp.newDataValidation(), v.rule, range, sheet).setAllowInvalid(false).setHelpText(v.message).build();
    range.setDataValidation(rule);
  }

  const rules = sheet.getConditionalFormatRules();
  for (const cf of layout.conditionalFormats) {
    const b = SpreadsheetApp.newConditionalFormatRule().setRanges([sheet.getRange(cf.range)]);
    if (cf.kind === 'colorScale')
      rules.push(
        b
          .setGradientMinpoint(cf.min)
          .setGradientMidpointWithValue(cf.mid, SpreadsheetApp.InterpolationType.PERCENTILE, '50')
          .setGradientMaxpoint(cf.max)
          .build(),
      );
    else rules.push(b.whenTextContains(cf.text).setFontColor(cf.fontColor).setBackground(cf.fill).build());
  }
  sheet.setConditionalFormatRules(rules);

  for (const c of layout.charts) sheet.insertChart(chart(sheet, c));

  const notes = notesByCell(layout);
  if (notes.size > 0) block.setNotes(blockOf(layout, notes, ''));

  if (layout.frozen.rows > 0) sheet.setFrozenRows(layout.frozen.rows);
  if (layout.frozen.columns > 0) sheet.setFrozenColumns(layout.frozen.columns);
}

function applyStyle(list: GoogleAppsScript.Spreadsheet.RangeList, g: StyleGroup): void {
  switch (g.key) {
    case 'bold':
      list.setFontWeight(g.value ? 'bold' : 'normal');
      break;
    case 'italic':
      list.setFontStyle(g.value ? 'italic' : 'normal');
      break;
    case 'fontSize':
      list.setFontSize(g.value as number);
      break;
    case 'fontColor':
      list.setFontColor(g.value as string);
      break;
    case 'fill':
      list.setBackground(g.value as string);
      break;
    case 'wrap':
      list.setWrap(g.value as boolean);
      break;
    case 'align':
      list.setHorizontalAlignment(g.value as 'left' | 'center' | 'right');
      break;
  }
}

/** A layout rule as Sheets' validation criterion. */
function criterion(
  b: GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  rule: ValidationRule,
  range: GoogleAppsScript.Spreadsheet.Range,
  sheet: Sheet,
): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  if (rule.kind === 'list')
    return 'source' in rule ? b.requireValueInRange(sheet.getRange(rule.source), true) : b.requireValueInList([...rule.values], true);
  if ('greaterThan' in rule) return b.requireNumberGreaterThan(rule.greaterThan);
  if (rule.kind === 'decimal') return b.requireNumberBetween(rule.min, rule.max);
  // A custom formula is written for the range's top-left cell and moves with each cell.
  const x = range.getA1Notation().split(':')[0];
  return b.requireFormulaSatisfied(`=AND(ISNUMBER(${x}), ${x}=INT(${x}), ${x}>=${rule.min}, ${x}<=${rule.max})`);
}

function chart(sheet: Sheet, c: ChartSpec): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  const { row, col } = parseA1(c.anchor);
  let b = sheet
    .newChart()
    .setChartType(c.type === 'line' ? Charts.ChartType.LINE : Charts.ChartType.COLUMN)
    // the first range is the x axis; each range's first row is its header (the series' name)
    .addRange(sheet.getRange(c.categories.withHeader));
  for (const s of c.series) b = b.addRange(sheet.getRange(s.withHeader));
  return b
    .setNumHeaders(1)
    .setPosition(row, col, 0, 0)
    .setOption('title', c.title)
    .setOption('hAxis', { title: c.xTitle })
    .setOption('vAxis', { title: c.yTitle })
    .setOption('legend', { position: 'bottom' })
    .setOption('width', c.width)
    .setOption('height', c.height)
    .build();
}
