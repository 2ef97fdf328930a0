/**
 * What the inserted model sheet looks like: the layout (shared/model.ts) computed by a real formula
 * engine (test/model/engine.ts: HyperFormula with the built bundles' functions) and drawn in headless
 * Chromium as a grid with the layout's column widths, styles, number formats, colour scales, text
 * rules, note markers and its three charts on the computed cells, as Excel or Sheets would show
 * them. Screenshots go to docs/screenshots (model-excel-en.png, model-sheets-ko.png).
 */
import type { Browser } from 'playwright-core';
import type { Lang } from '../../shared/catalog/describe';
import { a1, colName, parseArea, type ChartSpec, type ModelLayout, modelLayout } from '../../shared/model';
import { resolvedFormats, resolvedStyles } from '../../shared/model-render';
import type { HostKind } from '../../shared/playbook';
import { ModelEngine, type Value } from '../model/engine';
import { launch, screenshot } from './harness';

jest.setTimeout(90000);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The number formats the layout uses, as Excel and Sheets display them (en-US separators). */
function display(v: number, format: string | undefined): string {
  const fixed = (d: number) => v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
  switch (format) {
    case '#,##0':
      return fixed(0);
    case '#,##0.00':
      return fixed(2);
    case '0':
      return v.toFixed(0);
    case '0.00':
      return v.toFixed(2);
    case '0.0%':
      return `${(v * 100).toFixed(1)}%`;
    case '0.00%':
      return `${(v * 100).toFixed(2)}%`;
    case '0.0"×"':
      return `${v.toFixed(1)}×`;
    case undefined:
      return String(Number(v.toPrecision(9)));
    default:
      throw new Error(`number format ${format} is not drawn here`);
  }
}

const hex = (c: string): number[] => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
const mix = (a: string, b: string, t: number): string =>
  `rgb(${hex(a)
    .map((x, i) => Math.round(x + (hex(b)[i] - x) * t))
    .join(',')})`;

/** Every cell's displayed value: a formula's computed one (spills included), or the layout's constant. */
function computed(layout: ModelLayout, engine: ModelEngine): Map<string, Value> {
  const out = new Map<string, Value>();
  for (let r = 1; r <= layout.rows; r++) for (let c = 1; c <= layout.cols; c++) out.set(a1(r, c), engine.value(a1(r, c)));
  return out;
}

function chartSvg(layout: ModelLayout, c: ChartSpec, values: Map<string, Value>): string {
  const W = c.width;
  const H = c.height;
  const pad = { l: 56, r: 14, t: 34, b: 58 };
  const read = (range: string) => {
    const { r1, c1, r2 } = parseArea(range);
    return Array.from({ length: r2 - r1 + 1 }, (_, i) => values.get(a1(r1 + i, c1)));
  };
  const cats = read(c.categories.values);
  const series = c.series.map((s) => ({ name: String(layout.cells[s.header]?.value ?? ''), ys: read(s.values).map(Number) }));
  const all = series.flatMap((s) => s.ys);
  let lo = c.type === 'column' ? Math.min(0, ...all) : Math.min(...all);
  let hi = Math.max(...all);
  if (hi === lo) hi = lo + 1;
  const x = (i: number) => pad.l + (W - pad.l - pad.r) * (c.type === 'line' ? i / Math.max(1, cats.length - 1) : (i + 0.5) / cats.length);
  const y = (v: number) => pad.t + ((H - pad.t - pad.b) * (hi - v)) / (hi - lo);
  const colours = ['#1F77B4', '#D62728', '#2CA02C', '#9467BD'];
  const parts: string[] = [`<rect width="${W}" height="${H}" fill="#fff" stroke="#bbb"/>`];
  parts.push(`<text x="${W / 2}" y="20" text-anchor="middle" font-weight="bold" font-size="13">${esc(c.title)}</text>`);
  // ticks at 1, 2 or 5 × a power of ten, as spreadsheet charts choose them
  const raw = (hi - lo) / 5;
  const p10 = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p10).find((t) => t >= raw) ?? 10 * p10;
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  for (let v = lo; v <= hi + step / 2; v += step) {
    parts.push(`<line x1="${pad.l}" x2="${W - pad.r}" y1="${y(v)}" y2="${y(v)}" stroke="#eee"/>`);
    parts.push(
      `<text x="${pad.l - 4}" y="${y(v) + 4}" text-anchor="end" font-size="10">${esc(Number(v.toPrecision(3)).toLocaleString('en-US'))}</text>`,
    );
  }
  if (lo < 0 && hi > 0) parts.push(`<line x1="${pad.l}" x2="${W - pad.r}" y1="${y(0)}" y2="${y(0)}" stroke="#888"/>`);
  cats.forEach((cv, i) => {
    if (cats.length > 10 && i % 2) return;
    const label = typeof cv === 'number' ? Number(cv.toPrecision(4)).toLocaleString('en-US') : String(cv ?? '');
    parts.push(`<text x="${x(i)}" y="${H - pad.b + 14}" text-anchor="middle" font-size="10">${esc(label)}</text>`);
  });
  parts.push(`<text x="${W / 2}" y="${H - pad.b + 30}" text-anchor="middle" font-size="11">${esc(c.xTitle)}</text>`);
  parts.push(`<text transform="translate(13 ${H / 2}) rotate(-90)" text-anchor="middle" font-size="11">${esc(c.yTitle)}</text>`);
  series.forEach((s, k) => {
    const col = colours[k % colours.length];
    if (c.type === 'line')
      parts.push(
        `<polyline class="series" fill="none" stroke="${col}" stroke-width="2" points="${s.ys.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}"/>`,
      );
    else {
      const bw = ((W - pad.l - pad.r) / cats.length) * 0.6;
      s.ys.forEach((v, i) =>
        parts.push(
          `<rect class="series" x="${x(i) - bw / 2}" width="${bw}" y="${Math.min(y(v), y(0))}" height="${Math.abs(y(v) - y(0))}" fill="${col}"/>`,
        ),
      );
    }
    const lx = pad.l + k * ((W - pad.l) / series.length);
    parts.push(`<rect x="${lx}" y="${H - 18}" width="10" height="10" fill="${col}"/>`);
    parts.push(`<text x="${lx + 14}" y="${H - 9}" font-size="10">${esc(s.name)}</text>`);
  });
  return `<svg class="chart" data-id="${c.id}" xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif">${parts.join('')}</svg>`;
}

/** The sheet as a page: a grid from A1 with the layout's look, the charts where the layout anchors them. */
function page(layout: ModelLayout, values: Map<string, Value>): string {
  const styles = resolvedStyles(layout);
  const formats = resolvedFormats(layout);
  const noted = new Set(layout.notes.map((n) => n.cell));
  const scaleFill = new Map<string, string>();
  const ruleLook = new Map<string, { color: string; fill: string }>();
  for (const cf of layout.conditionalFormats) {
    const { r1, c1, r2, c2 } = parseArea(cf.range);
    const refs: string[] = [];
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) refs.push(a1(r, c));
    if (cf.kind === 'colorScale') {
      const nums = refs.map((ref) => values.get(ref)).filter((v): v is number => typeof v === 'number');
      const sorted = [...nums].sort((a, b) => a - b);
      const [lo, hi] = [sorted[0], sorted[sorted.length - 1]];
      const mid = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
      for (const ref of refs) {
        const v = values.get(ref);
        if (typeof v !== 'number') continue;
        const fill =
          v <= mid ? mix(cf.min, cf.mid, mid > lo ? (v - lo) / (mid - lo) : 1) : mix(cf.mid, cf.max, hi > mid ? (v - mid) / (hi - mid) : 0);
        scaleFill.set(ref, fill);
      }
    } else
      for (const ref of refs)
        if (String(values.get(ref) ?? '').includes(cf.text)) ruleLook.set(ref, { color: cf.fontColor, fill: cf.fill });
  }
  const extra = Math.max(...layout.charts.map((c) => parseArea(c.anchor).c1 + Math.ceil(c.width / 100))) - layout.cols;
  const widths = [...layout.columnWidths, ...new Array(Math.max(0, extra)).fill(100)];
  const rows: string[] = [];
  const head = widths.map((_, i) => `<th>${colName(i + 1)}</th>`).join('');
  rows.push(`<tr><th class="corner"></th>${head}</tr>`);
  // Spilled formulas and long texts overflow into empty neighbours as in a spreadsheet: texts of
  // unstyled cells are not clipped (white-space: nowrap, overflow visible).
  for (let r = 1; r <= layout.rows; r++) {
    const tds: string[] = [`<th>${r}</th>`];
    for (let c = 1; c <= widths.length; c++) {
      const ref = a1(r, c);
      const v = values.get(ref);
      const s = styles.get(ref) ?? {};
      const css: string[] = [];
      if (s.bold) css.push('font-weight:bold');
      if (s.italic) css.push('font-style:italic');
      if (s.fontSize) css.push(`font-size:${(s.fontSize * 4) / 3}px`);
      const look = ruleLook.get(ref);
      if (look ?? s.fontColor) css.push(`color:${look?.color ?? s.fontColor}`);
      const fill = look?.fill ?? scaleFill.get(ref) ?? s.fill;
      if (fill) css.push(`background:${fill}`, `border-color:${fill}`); // a fill hides the gridlines
      if (s.wrap) css.push('white-space:normal');
      let text = '';
      let align = 'left';
      if (typeof v === 'number') {
        text = display(v, formats.get(ref));
        align = 'right';
      } else if (v && typeof v === 'object') text = v.error;
      else if (v !== null && v !== undefined) text = String(v);
      if (s.align) align = s.align;
      css.push(`text-align:${align}`);
      // A text runs on over empty neighbours to its right, as in a spreadsheet; otherwise it is cut at the border.
      const next = values.get(a1(r, c + 1));
      const spills = typeof v === 'string' && !s.wrap && (next === null || next === undefined || next === '');
      const cls = [noted.has(ref) ? 'note' : '', v && typeof v === 'object' ? 'error' : '', spills ? 'runs' : ''].filter(Boolean).join(' ');
      tds.push(`<td id="${ref}"${cls ? ` class="${cls}"` : ''} style="${css.join(';')}"><span>${esc(text)}</span></td>`);
    }
    rows.push(`<tr>${tds.join('')}</tr>`);
  }
  const charts = layout.charts.map((c) => `<div class="anchor" data-anchor="${c.anchor}">${chartSvg(layout, c, values)}</div>`).join('');
  return `<!doctype html><html lang="${layout.lang}"><head><meta charset="utf-8"><style>
  body{margin:0;font-family:"Segoe UI","Noto Sans CJK KR","NanumGothic",Arial,sans-serif;font-size:13px;background:#fff}
  table{border-collapse:collapse;table-layout:fixed;position:relative}
  td,th{border:1px solid #E1E1E1;height:20px;padding:1px 4px;white-space:nowrap;overflow:hidden;text-overflow:clip;word-break:keep-all;vertical-align:bottom}
  th{background:#F3F3F3;color:#555;font-weight:normal;font-size:11px;text-align:center}
  th.corner{width:36px}
  td.note{background-image:linear-gradient(225deg,#C00000 5px,transparent 5px)}
  td.runs{overflow:visible}
  td span{position:relative;z-index:1}
  .anchor{position:absolute;z-index:2}
  </style></head><body><table style="width:${36 + widths.reduce((a, b) => a + b, 0)}px"><colgroup><col style="width:36px">${widths.map((w) => `<col style="width:${w}px">`).join('')}</colgroup>${rows.join('')}</table>${charts}
  <script>for (const d of document.querySelectorAll('.anchor')) { const td = document.getElementById(d.dataset.anchor); d.style.left = td.offsetLeft + 'px'; d.style.top = td.offsetTop + 'px'; }</script>
  </body></html>`;
}

describe.each<[HostKind, Lang]>([
  ['excel', 'en'],
  ['sheets', 'ko'],
])('the model sheet as a %s user sees it (%s)', (host, lang) => {
  test('every cell computes, every chart draws its cells, and the picture is taken', async () => {
    const layout = modelLayout(host, lang);
    const values = computed(layout, new ModelEngine(layout));
    const errors = [...values].filter(([, v]) => v !== null && typeof v === 'object');
    expect(errors).toEqual([]);
    const context = await browser.newContext({ viewport: { width: 2250, height: 2300 }, locale: lang === 'ko' ? 'ko-KR' : 'en-US' });
    const p = await context.newPage();
    await p.setContent(page(layout, values));
    expect(await p.$$eval('td.error', (e) => e.length)).toBe(0);
    const drawn = await p.$$eval('svg.chart', (svgs) => svgs.map((s) => [s.getAttribute('data-id'), s.querySelectorAll('.series').length]));
    expect(drawn).toEqual(
      layout.charts.map((c) => [
        c.id,
        c.type === 'line' ? c.series.length : c.series.length * (parseArea(c.categories.values).r2 - parseArea(c.categories.values).r1 + 1),
      ]),
    );
    // the formatted inputs read as the layout's formats say (the account size with a thousands separator)
    expect(await p.textContent('#B5')).toBe('100,000');
    await screenshot(p, `model-${host}-${lang}.png`, { fullPage: true });
    await context.close();
  });
});
