/**
 * The model sheet through Excel.js: addin/taskpane/model-excel.ts renders shared/model.ts's layout
 * into the Excel stand-in (test/hosts/excel-standin.ts, which refuses what Excel would refuse), and
 * what the stand-in recorded is compared cell by cell with the layout's own data, expanded here
 * independently of the renderer's grouping: formulas, number formats, fonts, fills, alignment,
 * widths, names, validation rules and alerts, colour scales, text rules, charts, notes, panes.
 */
import { insertModelExcel } from '../../addin/taskpane/model-excel';
import type { Lang } from '../../shared/catalog/describe';
import { modelLayout, type CellStyle, type ModelLayout } from '../../shared/model';
import { HostTooOld } from '../../ui/host';
import { excelContext, parseAddress, type SheetRecord } from './excel-standin';

const PX_TO_POINTS = 0.75; // Excel.js sizes are in points; the layout's in pixels (96 dpi)

const cellsOf = (address: string): string[] => {
  const a = parseAddress(address);
  const out: string[] = [];
  for (let r = a.r1; r <= a.r2; r++)
    for (let c = a.c1; c <= a.c2; c++) {
      let s = '';
      for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      out.push(`${s}${r}`);
    }
  return out;
};
const bare = (address: string): string => address.replace(/\$/g, '');

/** The layout's entries in order, a later one over an earlier one, per cell. */
function expected<T>(entries: readonly { range: string }[], value: (e: never) => T, merge: (a: T | undefined, b: T) => T): Map<string, T> {
  const out = new Map<string, T>();
  for (const e of entries) for (const ref of cellsOf(e.range)) out.set(ref, merge(out.get(ref), value(e as never)));
  return out;
}

async function render(lang: Lang, supported: readonly string[], existing = ['Sheet1']) {
  const host = excelContext(existing);
  const result = await insertModelExcel(host.context as unknown as Excel.RequestContext, lang, (v) => supported.includes(v));
  return { host, result, rec: host.sheets[host.sheets.length - 1] };
}

const ALL = ['1.7', '1.8', '1.10', '1.18'];

describe.each<Lang>(['en', 'ko'])('model sheet in Excel (%s)', (lang) => {
  const layout: ModelLayout = modelLayout('excel', lang);
  let rec: SheetRecord;
  let result: Awaited<ReturnType<typeof render>>['result'];
  let syncs = 0;

  beforeAll(async () => {
    const r = await render(lang, ALL);
    rec = r.rec;
    result = r.result;
    syncs = r.host.syncs();
  });

  test('a new sheet named for the language, activated, in two round trips', () => {
    expect(result.name).toBe(layout.sheetName);
    expect(rec.name).toBe(layout.sheetName);
    expect(rec.activated).toBe(true);
    expect(syncs).toBe(2);
  });

  test('every cell holds the layout’s value or formula, and nothing else is written', () => {
    const want = new Map(Object.entries(layout.cells).map(([ref, c]) => [ref, c.value]));
    expect(Object.fromEntries(rec.formulas)).toEqual(Object.fromEntries(want));
    expect(want.size).toBeGreaterThan(300);
  });

  test('number formats per cell as the layout gives them (the last one for a cell wins)', () => {
    const want = expected(
      layout.numberFormats,
      (e: { format: string }) => e.format,
      (_, b) => b,
    );
    expect(Object.fromEntries(rec.numberFormats)).toEqual(Object.fromEntries(want));
  });

  test('fonts, fills, wrapping and alignment per cell', () => {
    const styles = expected(
      layout.styles,
      (e: { style: CellStyle }) => e.style,
      (a, b) => ({ ...a, ...b }),
    );
    for (const [ref, s] of styles) {
      const font = rec.fonts.get(ref) ?? {};
      expect([ref, font.bold, font.italic, font.size, font.color]).toEqual([ref, s.bold, s.italic, s.fontSize, s.fontColor]);
      expect([ref, rec.fills.get(ref)]).toEqual([ref, s.fill]);
      expect([ref, rec.wrap.get(ref)]).toEqual([ref, s.wrap]);
      expect([ref, rec.align.get(ref)]).toEqual([ref, s.align && { left: 'Left', center: 'Center', right: 'Right' }[s.align]]);
    }
    const styled = new Set(styles.keys());
    for (const map of [rec.fonts, rec.fills, rec.wrap, rec.align])
      for (const ref of map.keys()) expect([ref, styled.has(ref)]).toEqual([ref, true]);
  });

  test('column widths in points', () => {
    expect([...rec.columnWidths]).toEqual(layout.columnWidths.map((px, i) => [i + 1, px * PX_TO_POINTS]));
  });

  test('named inputs, scoped to the sheet, where the layout puts them', () => {
    expect(rec.names.map((n) => [n.name, bare(n.address), n.comment])).toEqual(layout.names.map((n) => [n.name, bare(n.range), n.comment]));
    expect(rec.names.length).toBeGreaterThan(10);
  });

  test('data validation: each rule and its stop alert with the layout’s message', () => {
    expect(rec.validations.map((v) => bare(v.address))).toEqual(layout.validations.map((v) => bare(v.range)));
    layout.validations.forEach((v, i) => {
      const got = rec.validations[i];
      expect(got.errorAlert).toEqual({ message: v.message, showAlert: true, style: 'Stop', title: 'Scenario Desk' });
      const r = v.rule;
      if (r.kind === 'list') {
        const source = String(got.rule?.list?.source ?? '');
        if ('source' in r) {
          expect(bare(source)).toBe(`=${bare(r.source)}`);
          // the drop-down's cells hold the choices (the profile names, in the sheet's language)
          for (const ref of cellsOf(r.source)) expect(typeof layout.cells[ref]?.value).toBe('string');
        } else expect(source).toBe(r.values.join(','));
        expect(got.rule?.list?.inCellDropDown).toBe(true);
      } else {
        const basic = r.kind === 'whole' ? got.rule?.wholeNumber : got.rule?.decimal;
        if ('greaterThan' in r) expect(basic).toEqual({ formula1: r.greaterThan, operator: 'GreaterThan' });
        else expect(basic).toEqual({ formula1: r.min, formula2: r.max, operator: 'Between' });
      }
    });
  });

  test('heatmaps as native colour scales, breaches as text rules', () => {
    expect(rec.conditionalFormats.map((c) => bare(c.address))).toEqual(layout.conditionalFormats.map((c) => bare(c.range)));
    layout.conditionalFormats.forEach((cf, i) => {
      const got = rec.conditionalFormats[i];
      if (cf.kind === 'colorScale') {
        expect(got.type).toBe('ColorScale');
        expect(got.criteria?.minimum).toEqual({ type: 'LowestValue', color: cf.min });
        expect(got.criteria?.midpoint).toEqual({ type: 'Percentile', formula: '50', color: cf.mid });
        expect(got.criteria?.maximum).toEqual({ type: 'HighestValue', color: cf.max });
      } else {
        expect(got.type).toBe('ContainsText');
        expect(got.textRule).toEqual({ operator: 'Contains', text: cf.text });
        expect([got.fontColor, got.fill]).toEqual([cf.fontColor.toUpperCase(), cf.fill.toUpperCase()]);
      }
    });
    expect(layout.conditionalFormats.some((c) => c.kind === 'colorScale')).toBe(true);
  });

  test('native charts on the model’s cells: type, series, categories, titles, place and size', () => {
    expect(rec.charts.length).toBe(layout.charts.length);
    expect(layout.charts.length).toBeGreaterThanOrEqual(3);
    layout.charts.forEach((c, i) => {
      const got = rec.charts[i];
      expect(got.type).toBe(c.type === 'line' ? 'Line' : 'ColumnClustered');
      expect(got.name).toBe(c.id);
      expect([got.title, got.xTitle, got.yTitle]).toEqual([c.title, c.xTitle, c.yTitle]);
      expect(got.series.map((s) => bare(s.values))).toEqual(c.series.map((s) => bare(s.values)));
      expect(got.series.map((s) => s.categories && bare(s.categories))).toEqual(c.series.map(() => bare(c.categories.values)));
      // the first series is named by its header cell (Excel reads it from the source), the others by its text
      expect(got.series[0].name).toBe(`header:${bare(c.series[0].header)}`);
      expect(got.series.slice(1).map((s) => s.name)).toEqual(c.series.slice(1).map((s) => layout.cells[s.header]?.value));
      expect(got.position).toBe(bare(c.anchor));
      expect([got.width, got.height]).toEqual([c.width * PX_TO_POINTS, c.height * PX_TO_POINTS]);
      expect(got.legend).toBe('Bottom');
    });
  });

  test('every note on its cell, and the panes frozen as the layout says', () => {
    const want = new Map<string, string>();
    for (const n of layout.notes) want.set(n.cell, want.has(n.cell) ? `${want.get(n.cell)}\n${n.text}` : n.text);
    expect(Object.fromEntries(rec.notes)).toEqual(Object.fromEntries(want));
    expect(result.notes).toBe('notes');
    expect(rec.frozen).toEqual(layout.frozen.rows || layout.frozen.columns ? layout.frozen : null);
  });
});

describe('model sheet in Excel: older hosts and a second insert', () => {
  test('without notes (ExcelApi 1.18) the notes become comments; without comments they are left out and said so', async () => {
    const layout = modelLayout('excel', 'en');
    const withComments = await render('en', ['1.7', '1.8', '1.10']);
    expect(withComments.result.notes).toBe('comments');
    expect(withComments.rec.notes.size).toBe(0);
    expect(withComments.host.comments.map((c) => c.address)).toEqual([...new Set(layout.notes.map((n) => bare(n.cell)))]);
    const bareHost = await render('en', ['1.7', '1.8']);
    expect(bareHost.result.notes).toBe('none');
    expect(bareHost.host.comments).toEqual([]);
  });

  test('never overwrites: a taken name (in any case) gives "(2)", with its own sheet-scoped names', async () => {
    const { result, rec, host } = await render('en', ALL, ['Sheet1', 'scenario desk MODEL']);
    expect(result.name).toBe('Scenario Desk model (2)');
    expect(host.names).toEqual(['Sheet1', 'scenario desk MODEL', 'Scenario Desk model (2)']);
    expect(rec.names.length).toBe(modelLayout('excel', 'en').names.length);
  });

  test('what one insert sends stays far under Excel on the web’s 5 MB request limit', () => {
    const layout = modelLayout('excel', 'ko');
    const bytes = Buffer.byteLength(JSON.stringify(layout), 'utf8');
    expect(bytes).toBeLessThan(1_000_000);
  });
});

test('before ExcelApi 1.8 nothing is inserted and the pane is told which version the model needs', async () => {
  const host = excelContext(['Sheet1']);
  await expect(insertModelExcel(host.context as unknown as Excel.RequestContext, 'en', (v) => ['1.7'].includes(v))).rejects.toThrow(
    HostTooOld,
  );
  expect(host.sheets).toEqual([]);
});
