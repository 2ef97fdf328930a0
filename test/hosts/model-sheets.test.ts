/**
 * The model sheet through SpreadsheetApp: the built dist/sheets/Code.js runs in the SpreadsheetApp
 * stand-in (test/hosts/sheets-standin.ts, which refuses what Sheets refuses), `insertModelSheet` is
 * called as the menu and the sidebar call it, and what the stand-in recorded is compared cell by
 * cell with the core's layout, expanded here independently of the renderer's grouping.
 */
import type { Lang } from '../../shared/catalog/describe';
import { modelLayout, type CellStyle, type ModelLayout } from '../../shared/model';
import { callServer, loadSheetsWorld, type FakeSheet, type SheetsWorld } from './sheets-standin';

const cellsOf = (range: string): string[] => {
  const [from, to = from] = range.replace(/\$/g, '').split(':');
  const parse = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    return { r: Number(m[2]), c: m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) };
  };
  const a = parse(from);
  const b = parse(to);
  const out: string[] = [];
  for (let r = a.r; r <= b.r; r++)
    for (let c = a.c; c <= b.c; c++) {
      let s = '';
      for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      out.push(`${s}${r}`);
    }
  return out;
};
const bare = (r: string): string => r.replace(/\$/g, '');

function perCell<T>(entries: readonly { range: string }[], value: (e: never) => T, merge: (a: T | undefined, b: T) => T): Map<string, T> {
  const out = new Map<string, T>();
  for (const e of entries) for (const ref of cellsOf(e.range)) out.set(ref, merge(out.get(ref), value(e as never)));
  return out;
}

describe.each<[Lang, string]>([
  ['en', 'en_US'],
  ['ko', 'ko_KR'],
])('model sheet in Sheets (%s)', (lang, locale) => {
  const layout: ModelLayout = modelLayout('sheets', lang);
  let world: SheetsWorld;
  let sheet: FakeSheet;
  let name: unknown;

  beforeAll(() => {
    world = loadSheetsWorld(locale);
    name = callServer(world, 'insertModelSheet', []); // the menu: the user's locale
    sheet = world.sheets[world.sheets.length - 1];
  });

  test('a new sheet in the locale’s language, activated; the first sheet untouched', () => {
    expect(name).toBe(layout.sheetName);
    expect(world.sheets.map((s) => s.name)).toEqual(['Sheet1', layout.sheetName]);
    expect(sheet.activated).toBe(true);
    expect(world.sheets[0].cells.size).toBe(0);
  });

  test('every cell holds the layout’s value or formula (spill areas empty)', () => {
    const got = new Map([...sheet.cells].map(([ref, c]) => [ref, c.formula || c.value]));
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(Object.entries(layout.cells).map(([ref, c]) => [ref, c.value])));
  });

  test('number formats, fonts, fills, wrapping and alignment per cell', () => {
    const formats = perCell(
      layout.numberFormats,
      (e: { format: string }) => e.format,
      (_, b) => b,
    );
    expect(Object.fromEntries(sheet.numberFormats)).toEqual(Object.fromEntries(formats));
    const styles = perCell(
      layout.styles,
      (e: { style: CellStyle }) => e.style,
      (a, b) => ({ ...a, ...b }),
    );
    for (const [ref, s] of styles) {
      const f = sheet.fonts.get(ref) ?? {};
      expect([ref, f.weight, f.style, f.size, f.color]).toEqual([
        ref,
        s.bold === undefined ? undefined : s.bold ? 'bold' : 'normal',
        s.italic === undefined ? undefined : s.italic ? 'italic' : 'normal',
        s.fontSize,
        s.fontColor?.toUpperCase(),
      ]);
      expect([ref, sheet.backgrounds.get(ref), sheet.wraps.get(ref), sheet.aligns.get(ref)]).toEqual([
        ref,
        s.fill?.toUpperCase(),
        s.wrap,
        s.align,
      ]);
    }
    for (const map of [sheet.fonts, sheet.backgrounds, sheet.wraps, sheet.aligns])
      for (const ref of map.keys()) expect([ref, styles.has(ref)]).toEqual([ref, true]);
  });

  test('column widths in pixels and the frozen panes', () => {
    expect([...sheet.columnWidths]).toEqual(layout.columnWidths.map((px, i) => [i + 1, px]));
    expect(sheet.frozen).toEqual(layout.frozen);
  });

  test('named ranges, spreadsheet-wide, where the layout puts them', () => {
    expect(world.namedRanges.map((n) => [n.name, n.sheet, n.range])).toEqual(
      layout.names.map((n) => [n.name, layout.sheetName, bare(n.range)]),
    );
  });

  test('data validation: criteria, bounds, sources, no invalid entries, the layout’s help text', () => {
    expect(sheet.validations.map((v) => v.range)).toEqual(layout.validations.map((v) => bare(v.range)));
    layout.validations.forEach((v, i) => {
      const got = sheet.validations[i];
      expect([got.allowInvalid, got.helpText]).toEqual([false, v.message]);
      const r = v.rule;
      if (r.kind === 'list')
        expect([got.criterion, got.args]).toEqual(
          'source' in r ? ['requireValueInRange', [bare(r.source), true]] : ['requireValueInList', [[...r.values], true]],
        );
      else if ('greaterThan' in r) expect([got.criterion, got.args]).toEqual(['requireNumberGreaterThan', [r.greaterThan]]);
      else if (r.kind === 'decimal') expect([got.criterion, got.args]).toEqual(['requireNumberBetween', [r.min, r.max]]);
      else {
        // whole numbers: a custom formula on the top-left cell
        const x = cellsOf(v.range)[0];
        expect([got.criterion, got.args]).toEqual([
          'requireFormulaSatisfied',
          [`=AND(ISNUMBER(${x}), ${x}=INT(${x}), ${x}>=${r.min}, ${x}<=${r.max})`],
        ]);
      }
    });
  });

  test('gradients and text rules as conditional format rules', () => {
    expect(sheet.rules.map((r) => r.ranges)).toEqual(layout.conditionalFormats.map((c) => [bare(c.range)]));
    layout.conditionalFormats.forEach((cf, i) => {
      const got = sheet.rules[i];
      if (cf.kind === 'colorScale')
        expect(got.gradient).toEqual({
          min: cf.min.toUpperCase(),
          mid: { color: cf.mid.toUpperCase(), type: 'PERCENTILE', value: '50' },
          max: cf.max.toUpperCase(),
        });
      else expect([got.textContains, got.fontColor, got.background]).toEqual([cf.text, cf.fontColor.toUpperCase(), cf.fill.toUpperCase()]);
    });
  });

  test('charts on the model’s cells: type, ranges with their headers, place, titles and size', () => {
    expect(sheet.charts.length).toBe(layout.charts.length);
    layout.charts.forEach((c, i) => {
      const got = sheet.charts[i];
      expect(got.type).toBe(c.type === 'line' ? 'LINE' : 'COLUMN');
      expect(got.ranges).toEqual([c.categories.withHeader, ...c.series.map((s) => s.withHeader)].map(bare));
      expect(got.numHeaders).toBe(1);
      const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(c.anchor)!;
      expect(got.position).toEqual([Number(row), letters.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), 0, 0]);
      expect(got.options).toEqual({
        title: c.title,
        hAxis: { title: c.xTitle },
        vAxis: { title: c.yTitle },
        legend: { position: 'bottom' },
        width: c.width,
        height: c.height,
      });
      // each header is a text cell of the layout (the series' name)
      for (const s of c.series) expect(typeof layout.cells[s.header]?.value).toBe('string');
    });
  });

  test('every note on its cell', () => {
    const want = new Map<string, string>();
    for (const n of layout.notes) want.set(n.cell, want.has(n.cell) ? `${want.get(n.cell)}\n${n.text}` : n.text);
    expect(Object.fromEntries(sheet.notes)).toEqual(Object.fromEntries(want));
  });
});

describe('model sheet in Sheets: twice, from the sidebar, and as data', () => {
  test('inserting twice gives two sheets, the second with its own named ranges, used by its formulas', () => {
    const world = loadSheetsWorld('en_US');
    callServer(world, 'insertModelSheet', []);
    const second = callServer(world, 'insertModelSheet', []);
    expect(second).toBe('Scenario Desk model (2)');
    const first = modelLayout('sheets', 'en');
    const again = modelLayout('sheets', 'en', { nameSuffix: '_2' });
    expect(world.namedRanges.map((n) => n.name)).toEqual([...first.names, ...again.names].map((n) => n.name));
    expect(world.namedRanges.filter((n) => n.sheet === 'Scenario Desk model (2)').map((n) => n.name)).toEqual(
      again.names.map((n) => n.name),
    );
    const formulas = [...world.sheets[2].cells.values()].map((c) => c.formula).filter(Boolean);
    const account = again.names.find((n) => n.name.startsWith('Account'))!.name;
    expect(account).toBe('Account_2');
    expect(formulas.some((f) => new RegExp(`\\b${account}\\b`).test(f))).toBe(true);
    expect(formulas.some((f) => /\bAccount\b(?!_)/.test(f))).toBe(false);
  });

  test('the sidebar asks for the pane’s language, whatever the locale', () => {
    const world = loadSheetsWorld('en_US');
    expect(callServer(world, 'insertModelSheet', ['ko'])).toBe(modelLayout('sheets', 'ko').sheetName);
  });

  test('ScenarioDesk.modelLayout(host, locale) is the core’s layout, and refuses anything else', () => {
    const world = loadSheetsWorld('en_US');
    const desk = world.context.ScenarioDesk as { modelLayout: (h: unknown, l: unknown) => unknown };
    for (const host of ['excel', 'sheets'] as const)
      for (const lang of ['en', 'ko'] as const)
        expect(JSON.parse(JSON.stringify(desk.modelLayout(host, lang)))).toEqual(JSON.parse(JSON.stringify(modelLayout(host, lang))));
    expect(() => desk.modelLayout('numbers', 'en')).toThrow('host: expected "excel" or "sheets"');
    expect(() => desk.modelLayout('sheets', 'fr')).toThrow('locale: expected "en" or "ko"');
  });
});
