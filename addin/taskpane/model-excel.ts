/**
 * The model sheet in Excel: renders a ModelLayout (shared/model.ts) with Excel.js into a new sheet,
 * computing nothing. Everything is queued on the request context and sent in one `context.sync()`
 * after the one that reads the sheet names (two in all).
 *
 * Requirement sets: worksheet names 1.4, conditional formats 1.6, charts' series and freeze panes 1.7,
 * data validation 1.8; notes (Worksheet.notes) 1.18. Where notes are missing (older Excel) the help
 * texts go into comments (1.10), which Excel shows as threads under the user's name; with neither,
 * they are left out and the pane says so.
 */
import type { Lang } from '../../shared/catalog/describe';
import { layoutGrid, modelLayout, parseA1, colName, type ChartSpec, type ModelLayout, type ValidationRule } from '../../shared/model';
import { blockOf, formatGroups, notesByCell, resolvedFormats, styleGroups, type StyleGroup } from '../../shared/model-render';
import { uniqueSheetName } from '../../shared/playbook';
import { HostTooOld, type ModelInserted } from '../../ui/host';

/** Where the layout's notes went: Excel notes, comments, or nowhere. */
export type NotesRendered = ModelInserted['notes'];

/** Whether the host has an ExcelApi requirement set ("1.18"): Office.context.requirements.isSetSupported in the pane. */
export type Supports = (version: string) => boolean;

const PX_TO_POINTS = 0.75;

/** Adds a uniquely named sheet with the model for `lang`, and activates it. */
export async function insertModelExcel(context: Excel.RequestContext, lang: Lang, supports: Supports): Promise<ModelInserted> {
  // Data validation (1.8), series' x values and freeze panes (1.7), colour scales (1.6), sheet names (1.4).
  if (!supports('1.8')) throw new HostTooOld('ExcelApi 1.8');
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const layout = modelLayout('excel', lang);
  const name = uniqueSheetName(
    layout.sheetName,
    sheets.items.map((s) => s.name),
  );
  const sheet = sheets.add(name);
  const notes = renderModelExcel(context, sheet, layout, supports);
  sheet.activate();
  await context.sync();
  return { name, notes };
}

/** Queues the whole layout on `sheet` (no sync): names, cells, formats, styles, validation, heatmaps, charts, notes, panes. */
export function renderModelExcel(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: ModelLayout,
  supports: Supports,
): NotesRendered {
  // Names first: the formulas refer to them. Scoped to the sheet, so a second model has its own.
  for (const n of layout.names) sheet.names.add(n.name, sheet.getRange(n.range), n.comment);

  const block = sheet.getRangeByIndexes(0, 0, layout.rows, layout.cols);
  block.formulas = layoutGrid(layout);
  block.numberFormat = blockOf(layout, resolvedFormats(layout), 'General');
  void formatGroups; // Excel takes the formats as one block; Sheets uses the groups.

  for (const g of styleGroups(layout)) for (const range of g.ranges) applyStyle(sheet.getRange(range).format, g);

  layout.columnWidths.forEach((px, i) => {
    const c = colName(i + 1);
    sheet.getRange(`${c}:${c}`).format.columnWidth = px * PX_TO_POINTS;
  });

  for (const v of layout.validations) {
    const dv = sheet.getRange(v.range).dataValidation;
    dv.rule = excelRule(v.rule);
    dv.errorAlert = { message: v.message, showAlert: true, style: 'Stop', title: 'Scenario Desk' };
  }

  for (const cf of layout.conditionalFormats) {
    const range = sheet.getRange(cf.range);
    if (cf.kind === 'colorScale') {
      const f = range.conditionalFormats.add('ColorScale');
      f.colorScale.criteria = {
        minimum: { type: 'LowestValue', color: cf.min },
        midpoint: { formula: '50', type: 'Percentile', color: cf.mid },
        maximum: { type: 'HighestValue', color: cf.max },
      };
    } else {
      const f = range.conditionalFormats.add('ContainsText');
      f.textComparison.format.font.color = cf.fontColor;
      f.textComparison.format.fill.color = cf.fill;
      f.textComparison.rule = { operator: 'Contains', text: cf.text };
    }
  }

  for (const c of layout.charts) addChart(sheet, layout, c);

  const notes = supports('1.18') ? 'notes' : supports('1.10') ? 'comments' : 'none';
  for (const [cell, text] of notesByCell(layout)) {
    if (notes === 'notes') sheet.notes.add(sheet.getRange(cell), text);
    else if (notes === 'comments') context.workbook.comments.add(sheet.getRange(cell), text);
  }

  const { rows, columns } = layout.frozen;
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  return notes;
}

function applyStyle(f: Excel.RangeFormat, g: StyleGroup): void {
  switch (g.key) {
    case 'bold':
      f.font.bold = g.value as boolean;
      break;
    case 'italic':
      f.font.italic = g.value as boolean;
      break;
    case 'fontSize':
      f.font.size = g.value as number;
      break;
    case 'fontColor':
      f.font.color = g.value as string;
      break;
    case 'fill':
      f.fill.color = g.value as string;
      break;
    case 'wrap':
      f.wrapText = g.value as boolean;
      break;
    case 'align':
      f.horizontalAlignment = g.value === 'center' ? 'Center' : g.value === 'right' ? 'Right' : 'Left';
      break;
  }
}

/** A layout rule as Excel's DataValidationRule (absolute list sources, bounds as numbers). */
export function excelRule(rule: ValidationRule): Excel.DataValidationRule {
  if (rule.kind === 'list') {
    const source = 'source' in rule ? `=${absolute(rule.source)}` : rule.values.join(',');
    return { list: { inCellDropDown: true, source } };
  }
  const basic: Excel.BasicDataValidation =
    'greaterThan' in rule
      ? { formula1: rule.greaterThan, operator: 'GreaterThan' }
      : { formula1: rule.min, formula2: rule.max, operator: 'Between' };
  return rule.kind === 'whole' ? { wholeNumber: basic } : { decimal: basic };
}

const absolute = (range: string): string =>
  range
    .split(':')
    .map((ref) => {
      const { row, col } = parseA1(ref);
      return `$${colName(col)}$${row}`;
    })
    .join(':');

function addChart(sheet: Excel.Worksheet, layout: ModelLayout, c: ChartSpec): void {
  const headerText = (ref: string) => String(layout.cells[ref]?.value ?? '');
  const categories = sheet.getRange(c.categories.values);
  // The first series with its header (Excel names the series from it), the others added to it.
  const chart = sheet.charts.add(c.type === 'line' ? 'Line' : 'ColumnClustered', sheet.getRange(c.series[0].withHeader), 'Columns');
  chart.name = c.id;
  chart.series.getItemAt(0).setXAxisValues(categories);
  for (const s of c.series.slice(1)) {
    const series = chart.series.add(headerText(s.header));
    series.setValues(sheet.getRange(s.values));
    series.setXAxisValues(categories);
  }
  chart.title.text = c.title;
  chart.axes.categoryAxis.title.text = c.xTitle;
  chart.axes.valueAxis.title.text = c.yTitle;
  chart.legend.position = 'Bottom';
  chart.setPosition(sheet.getRange(c.anchor));
  chart.width = c.width * PX_TO_POINTS;
  chart.height = c.height * PX_TO_POINTS;
}
