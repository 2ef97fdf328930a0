/**
 * Pictures of a calculator result, as geometry: paths, rectangles, lines and labels in a
 * 280 × 150 box, with a text alternative and the numbers drawn (for tests and screen readers). The
 * panes turn them into SVG elements (ui/chart.ts); nothing here touches the DOM. Every number comes
 * from the core: the result the cell shows, or the kernels it calls (densities, option values).
 * - SCENARIO_PROB, PRICE_RANGE: the lognormal density of the price at the horizon under GBM
 *   (ln S_T ~ N(ln S + (μ − σ²/2)T, σ²T)), the target's side or the range shaded, probability labelled.
 * - HIT_FIRST: the three outcomes as one bar.
 * - CALL_SPREAD, PUT_HEDGE: profit per share at expiry and value today against the price at the
 *   horizon's start, breakeven marked, in the option's exercise style.
 * - POSITION_SIZE: the position's loss at the stop and its value against their limits;
 *   PORTFOLIO_SIZE: the book's heat and invested value against max_heat and the cash floor, and
 *   each position's risk against risk_pct.
 * - DCF_REPRICE: the repriced value over growth ±5 points × discount ±2 points around the inputs,
 *   as a heatmap (the cells are DCF_REPRICE itself, broadcast over the grid).
 */
import type { Lang } from './catalog/describe';
import type { FunctionSpec } from './catalog/types';
import { boundArgs, evaluate, type ResultGrid } from './engine';
import { formatNumber } from './format';
import { optionPrice, type ExerciseStyle } from './kernels/options';

export type Shape =
  | { readonly kind: 'path'; readonly d: string; readonly cls: string }
  | { readonly kind: 'rect'; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly cls: string }
  | { readonly kind: 'line'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly cls: string }
  | {
      readonly kind: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly anchor: 'start' | 'middle' | 'end';
      readonly cls: string;
    };

export interface Chart {
  readonly width: number;
  readonly height: number;
  /** One sentence saying what the picture shows, in the pane's language. */
  readonly alt: string;
  readonly shapes: readonly Shape[];
  /** The numbers the picture is drawn from, by name (probability, breakeven, limits…). */
  readonly data: Readonly<Record<string, number>>;
}

export const WIDTH = 280;
export const HEIGHT = 150;
const PAD = { left: 8, right: 8, top: 14, bottom: 22 };

const L = {
  spot: { en: 'spot', ko: '현재가' },
  target: { en: 'target', ko: '목표가' },
  breakeven: { en: 'breakeven', ko: '손익분기' },
  expiry: { en: 'at expiry', ko: '만기 손익' },
  today: { en: 'value today', ko: '현재 가치' },
  targetFirst: { en: 'target first', ko: '목표가 먼저' },
  stopFirst: { en: 'stop first', ko: '손절가 먼저' },
  neither: { en: 'neither', ko: '둘 다 아님' },
  risk: { en: 'loss at stop', ko: '손절 시 손실' },
  value: { en: 'value', ko: '평가액' },
  of: { en: 'of', ko: '/' },
  heat: { en: 'total heat', ko: '총 위험' },
  invested: { en: 'invested', ko: '투자액' },
  position: { en: 'position', ko: '포지션' },
  growth: { en: 'growth', ko: '성장률' },
  discount: { en: 'discount', ko: '할인율' },
} satisfies Record<string, Record<Lang, string>>;

const fmt = (x: number, d = 2): string => String(Number(x.toFixed(d)));

/** A scale from [d0, d1] to [r0, r1]. */
function scale(d0: number, d1: number, r0: number, r1: number): (x: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (x) => r0 + (x - d0) * k;
}

function pathOf(points: readonly [number, number][]): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${fmt(x)} ${fmt(y)}`).join(' ');
}

/** The picture for a result, or null where none helps (errors, what-if grids, other functions). */
export function chartFor(spec: FunctionSpec, rawArgs: readonly unknown[], result: ResultGrid, lang: Lang): Chart | null {
  if (!result.cells.every((r) => r.every((c) => typeof c === 'number'))) return null;
  const table = result.cells as number[][];
  if (spec.name === 'PORTFOLIO_SIZE') {
    const a = boundArgs(spec, rawArgs);
    const n = (k: string): number => (a ? (a[k] as number) : NaN);
    return a ? book(n('account'), n('risk_pct'), n('max_heat'), n('max_weight'), n('cash_floor'), table, lang) : null;
  }
  if (result.rows !== 1) return null;
  const values = table[0];
  const a = boundArgs(spec, rawArgs);
  if (!a) return null;
  const n = (k: string): number => a[k] as number;
  switch (spec.name) {
    case 'DCF_REPRICE':
      return repriceGrid(spec, rawArgs, n('new_growth'), n('new_discount'), values[0], lang);
    case 'SCENARIO_PROB': {
      const up = n('target') >= n('spot');
      return density(
        n('spot'),
        n('T'),
        n('vol'),
        n('drift'),
        up ? [n('target'), Infinity] : [0, n('target')],
        values[0],
        n('target'),
        lang,
        a.mode === 'touch',
      );
    }
    case 'PRICE_RANGE': {
      const p = a.prob === null || a.prob === undefined ? 0.682689492137086 : n('prob');
      return density(n('spot'), n('T'), n('vol'), n('drift'), [values[0], values[1]], p, null, lang, false);
    }
    case 'HIT_FIRST':
      return outcomes(values, lang);
    case 'CALL_SPREAD':
      return payoff(
        'spread',
        n('spot'),
        [n('low_strike'), n('high_strike')],
        n('T'),
        n('vol'),
        n('rate'),
        n('yield'),
        a.style as ExerciseStyle,
        values[0],
        values[2],
        lang,
      );
    case 'PUT_HEDGE':
      return payoff(
        'hedge',
        n('spot'),
        [n('strike')],
        n('T'),
        n('vol'),
        n('rate'),
        n('yield'),
        a.style as ExerciseStyle,
        values[0],
        values[3],
        lang,
      );
    case 'POSITION_SIZE':
      return limits(n('account'), n('risk_pct'), n('entry'), n('stop'), n('max_weight'), values[0], lang);
    default:
      return null;
  }
}

/** The density of S_T, shaded over [lo, hi], with the probability of that region labelled. */
function density(
  S: number,
  T: number,
  vol: number,
  drift: number,
  [lo, hi]: [number, number],
  prob: number,
  target: number | null,
  lang: Lang,
  touch: boolean,
): Chart | null {
  const s = vol * Math.sqrt(T);
  if (!(s > 0) || !(S > 0)) return null;
  const m = Math.log(S) + (drift - 0.5 * vol * vol) * T;
  const x0 = Math.exp(m - 3.5 * s);
  const x1 = Math.exp(m + 3.5 * s);
  const f = (x: number) => Math.exp(-0.5 * ((Math.log(x) - m) / s) ** 2) / (x * s * Math.sqrt(2 * Math.PI));
  const N = 120;
  const xs = Array.from({ length: N + 1 }, (_, i) => x0 + ((x1 - x0) * i) / N);
  const peak = Math.max(...xs.map(f));
  const X = scale(x0, x1, PAD.left, WIDTH - PAD.right);
  const Y = scale(0, peak * 1.1, HEIGHT - PAD.bottom, PAD.top);
  const curve = xs.map((x) => [X(x), Y(f(x))] as [number, number]);
  const a = Math.max(lo, x0);
  const b = Math.min(hi, x1);
  const shapes: Shape[] = [];
  if (b > a) {
    const inside = [a, ...xs.filter((x) => x > a && x < b), b];
    const area = [
      [X(a), Y(0)] as [number, number],
      ...inside.map((x) => [X(x), Y(f(x))] as [number, number]),
      [X(b), Y(0)] as [number, number],
    ];
    shapes.push({ kind: 'path', d: `${pathOf(area)} Z`, cls: 'area' });
  }
  shapes.push({ kind: 'path', d: pathOf(curve), cls: 'curve' });
  shapes.push({ kind: 'line', x1: PAD.left, y1: Y(0), x2: WIDTH - PAD.right, y2: Y(0), cls: 'axis' });
  shapes.push({ kind: 'line', x1: X(S), y1: Y(0), x2: X(S), y2: PAD.top, cls: 'marker' });
  shapes.push({ kind: 'text', x: X(S), y: HEIGHT - 6, text: `${L.spot[lang]} ${fmt(S)}`, anchor: 'middle', cls: 'label' });
  if (target !== null && target > x0 && target < x1) {
    shapes.push({ kind: 'line', x1: X(target), y1: Y(0), x2: X(target), y2: PAD.top, cls: 'marker target' });
    shapes.push({ kind: 'text', x: X(target), y: PAD.top - 3, text: `${L.target[lang]} ${fmt(target)}`, anchor: 'middle', cls: 'label' });
  } else if (target === null) {
    for (const [x, anchor] of [
      [lo, 'end'],
      [hi, 'start'],
    ] as const)
      if (x > x0 && x < x1) shapes.push({ kind: 'text', x: X(x), y: HEIGHT - 6, text: fmt(x), anchor, cls: 'label' });
  }
  const p = formatNumber(prob, 'probability', lang);
  shapes.push({ kind: 'text', x: WIDTH - PAD.right, y: PAD.top + 10, text: p, anchor: 'end', cls: 'value-label' });
  const alt =
    target !== null
      ? lang === 'ko'
        ? `만기 주가 분포. ${touch ? '기간 중 ' : '만기에 '}목표가 ${fmt(target)}에 도달할 확률 ${p}.`
        : `Distribution of the price at the horizon; ${p} chance of ${touch ? 'touching' : 'ending at or beyond'} the target ${fmt(target)}.`
      : lang === 'ko'
        ? `만기 주가 분포. ${p} 확률로 ${fmt(lo)}에서 ${fmt(hi)} 사이에서 끝납니다.`
        : `Distribution of the price at the horizon; it ends between ${fmt(lo)} and ${fmt(hi)} with probability ${p}.`;
  return { width: WIDTH, height: HEIGHT, alt, shapes, data: { probability: prob, low: Math.max(lo, x0), high: Math.min(hi, x1), spot: S } };
}

/** HIT_FIRST's three probabilities as one bar: target first, neither, stop first. */
function outcomes([tf, sf, ne]: number[], lang: Lang): Chart {
  const parts: [string, number, string][] = [
    [L.targetFirst[lang], tf, 'good'],
    [L.neither[lang], ne, 'neutral'],
    [L.stopFirst[lang], sf, 'bad'],
  ];
  const X = scale(0, 1, PAD.left, WIDTH - PAD.right);
  const shapes: Shape[] = [];
  let at = 0;
  parts.forEach(([label, p, cls], k) => {
    shapes.push({ kind: 'rect', x: X(at), y: 40, w: X(at + p) - X(at), h: 34, cls: `bar ${cls}` });
    at += p;
    const y = 100 + k * 16;
    shapes.push({ kind: 'rect', x: PAD.left, y: y - 9, w: 10, h: 10, cls: `bar ${cls}` });
    shapes.push({
      kind: 'text',
      x: PAD.left + 16,
      y,
      text: `${label} ${formatNumber(p, 'probability', lang)}`,
      anchor: 'start',
      cls: 'label',
    });
  });
  const alt =
    lang === 'ko'
      ? `목표가 먼저 ${formatNumber(tf, 'probability', lang)}, 손절가 먼저 ${formatNumber(sf, 'probability', lang)}, 둘 다 아님 ${formatNumber(ne, 'probability', lang)}.`
      : `Target first ${formatNumber(tf, 'probability', lang)}, stop first ${formatNumber(sf, 'probability', lang)}, neither ${formatNumber(ne, 'probability', lang)}.`;
  return { width: WIDTH, height: HEIGHT, alt, shapes, data: { target_first: tf, stop_first: sf, neither: ne } };
}

/**
 * Profit per share against the stock price: at expiry (the payoff less the cost) and today (the
 * option's value now at that price, less the cost), zero line and breakeven marked. A spread is
 * long the low-strike call and short the high; a hedge is one share plus one put.
 */
function payoff(
  kind: 'spread' | 'hedge',
  S: number,
  strikes: number[],
  T: number,
  vol: number,
  r: number,
  q: number,
  style: ExerciseStyle,
  cost: number,
  breakeven: number,
  lang: Lang,
): Chart {
  const [k1, k2] = strikes;
  const lo = kind === 'spread' ? Math.min(S, k1) * 0.8 : Math.min(S, k1) * 0.7;
  const hi = kind === 'spread' ? Math.max(S, k2) * 1.2 : Math.max(S, k1) * 1.3;
  const N = 48;
  const xs = Array.from({ length: N + 1 }, (_, i) => lo + ((hi - lo) * i) / N);
  const expiry = (x: number) => (kind === 'spread' ? Math.min(Math.max(x - k1, 0), k2 - k1) - cost : Math.max(x, k1) - (S + cost));
  const today = (x: number) =>
    kind === 'spread'
      ? optionPrice(style, 'call', x, k1, T, vol, r, q) - optionPrice(style, 'call', x, k2, T, vol, r, q) - cost
      : x + optionPrice(style, 'put', x, k1, T, vol, r, q) - (S + cost);
  const e = xs.map(expiry);
  const t = xs.map(today);
  const ymin = Math.min(...e, ...t, 0);
  const ymax = Math.max(...e, ...t, 0);
  const X = scale(lo, hi, PAD.left, WIDTH - PAD.right);
  const Y = scale(ymin, ymax, HEIGHT - PAD.bottom, PAD.top);
  const shapes: Shape[] = [
    { kind: 'line', x1: PAD.left, y1: Y(0), x2: WIDTH - PAD.right, y2: Y(0), cls: 'axis' },
    { kind: 'path', d: pathOf(xs.map((x, i) => [X(x), Y(t[i])])), cls: 'curve today' },
    { kind: 'path', d: pathOf(xs.map((x, i) => [X(x), Y(e[i])])), cls: 'curve expiry' },
    { kind: 'line', x1: X(breakeven), y1: PAD.top, x2: X(breakeven), y2: HEIGHT - PAD.bottom, cls: 'marker' },
    { kind: 'text', x: X(breakeven), y: HEIGHT - 6, text: `${L.breakeven[lang]} ${fmt(breakeven)}`, anchor: 'middle', cls: 'label' },
    { kind: 'text', x: PAD.left, y: PAD.top - 3, text: `— ${L.expiry[lang]}`, anchor: 'start', cls: 'label expiry' },
    { kind: 'text', x: WIDTH - PAD.right, y: PAD.top - 3, text: `— ${L.today[lang]}`, anchor: 'end', cls: 'label today' },
  ];
  // The price axis: its two ends under the plot, where they leave the breakeven's label room.
  const room = 70;
  if (X(breakeven) - X(lo) > room)
    shapes.push({ kind: 'text', x: X(lo), y: HEIGHT - 6, text: fmt(lo), anchor: 'start', cls: 'label tick' });
  if (X(hi) - X(breakeven) > room) shapes.push({ kind: 'text', x: X(hi), y: HEIGHT - 6, text: fmt(hi), anchor: 'end', cls: 'label tick' });
  // The profit axis: the best and the worst profit at expiry, at the left edge.
  const best = Math.max(...e);
  const worst = Math.min(...e);
  shapes.push(
    {
      kind: 'text',
      x: PAD.left,
      y: Y(best) + 10,
      text: `${best >= 0 ? '+' : '−'}${fmt(Math.abs(best))}`,
      anchor: 'start',
      cls: 'label tick',
    },
    {
      kind: 'text',
      x: PAD.left,
      y: Y(worst) - 3,
      text: `${worst >= 0 ? '+' : '−'}${fmt(Math.abs(worst))}`,
      anchor: 'start',
      cls: 'label tick',
    },
  );
  const what =
    kind === 'spread' ? (lang === 'ko' ? '콜 스프레드' : 'call spread') : lang === 'ko' ? '주식 + 보호용 풋' : 'stock plus protective put';
  const alt =
    lang === 'ko'
      ? `${what}의 주당 손익: 만기와 현재, ${style === 'american' ? '미국형' : '유럽형'}. 손익분기 ${fmt(breakeven)}.`
      : `Profit per share of the ${what} at expiry and today (${style}); breakeven ${fmt(breakeven)}.`;
  return { width: WIDTH, height: HEIGHT, alt, shapes, data: { breakeven, cost, low: lo, high: hi } };
}

/** Bars of what is used against its limit, one row each; the chart grows with the rows. */
function bars(rows: readonly [string, number, number][], lang: Lang): { shapes: Shape[]; height: number } {
  const X = scale(0, 1, PAD.left, WIDTH - PAD.right);
  const shapes: Shape[] = [];
  rows.forEach(([label, used, limit], k) => {
    const y = 16 + k * 40;
    shapes.push({ kind: 'text', x: PAD.left, y, text: label, anchor: 'start', cls: 'label' });
    shapes.push({ kind: 'rect', x: X(0), y: y + 5, w: X(1) - X(0), h: 14, cls: 'track' });
    shapes.push({
      kind: 'rect',
      x: X(0),
      y: y + 5,
      w: X(Math.min(1, used / limit)) - X(0),
      h: 14,
      cls: used > limit * (1 + 1e-12) ? 'bar bad' : 'bar good',
    });
    shapes.push({
      kind: 'text',
      x: WIDTH - PAD.right,
      y,
      text: `${formatNumber(used, 'money', lang)} ${L.of[lang]} ${formatNumber(limit, 'money', lang)}`,
      anchor: 'end',
      cls: 'label',
    });
  });
  return { shapes, height: Math.max(HEIGHT, 26 + rows.length * 40) };
}

/** PORTFOLIO_SIZE: the book's heat and invested value against max_heat and the cash floor, then each position's risk. */
function book(
  account: number,
  riskPct: number,
  maxHeat: number,
  maxWeight: number,
  cashFloor: number,
  rows: number[][],
  lang: Lang,
): Chart | null {
  if (rows.length === 0 || rows.length > 8) return null;
  const heat = rows.reduce((s, r) => s + r[2], 0);
  const invested = rows.reduce((s, r) => s + r[1], 0);
  const items: [string, number, number][] = [
    [L.heat[lang], heat, maxHeat * account],
    [L.invested[lang], invested, (1 - cashFloor) * account],
    ...rows.map((r, i) => [`${L.position[lang]} ${i + 1}: ${L.risk[lang]}`, r[2], riskPct * account] as [string, number, number]),
  ];
  const { shapes, height } = bars(items, lang);
  const alt =
    lang === 'ko'
      ? `총 위험 ${formatNumber(heat, 'money', lang)} (한도 ${formatNumber(maxHeat * account, 'money', lang)}), 투자액 ${formatNumber(invested, 'money', lang)} (현금 하한 후 ${formatNumber((1 - cashFloor) * account, 'money', lang)}).`
      : `Total heat ${formatNumber(heat, 'money', lang)} of ${formatNumber(maxHeat * account, 'money', lang)}; invested ${formatNumber(invested, 'money', lang)} of ${formatNumber((1 - cashFloor) * account, 'money', lang)} after the cash floor.`;
  return {
    width: WIDTH,
    height,
    alt,
    shapes,
    data: { heat, heat_limit: maxHeat * account, invested, invested_limit: (1 - cashFloor) * account, max_weight: maxWeight * account },
  };
}

/** DCF_REPRICE around its inputs: new growth ±5 points down, new discount ±2 points across, as a heatmap. */
function repriceGrid(
  spec: FunctionSpec,
  rawArgs: readonly unknown[],
  growth: number,
  discount: number,
  price: number,
  lang: Lang,
): Chart | null {
  const gs = [-0.05, -0.025, 0, 0.025, 0.05].map((d) => growth + d);
  const ds = [-0.02, -0.01, 0, 0.01, 0.02].map((d) => discount + d);
  const args = [...rawArgs];
  while (args.length < 5) args.push(null);
  args[2] = gs.map((g) => [g]);
  args[4] = [ds];
  const grid = evaluate(spec, args);
  if (!grid.cells.every((r) => r.every((c) => typeof c === 'number'))) return null;
  const cells = grid.cells as number[][];
  const flat = cells.flat();
  const lo = Math.min(...flat);
  const hi = Math.max(...flat);
  const left = 44;
  const top = 24;
  const cw = (WIDTH - left - PAD.right) / 5;
  const ch = (HEIGHT - top - 4) / 5;
  const pct = (x: number) => formatNumber(x, 'percent', lang);
  const shapes: Shape[] = [
    { kind: 'text', x: left, y: 9, text: `${L.discount[lang]} →`, anchor: 'start', cls: 'label' },
    { kind: 'text', x: 2, y: top - 3, text: `${L.growth[lang]} ↓`, anchor: 'start', cls: 'label' },
  ];
  ds.forEach((d, j) => shapes.push({ kind: 'text', x: left + (j + 0.5) * cw, y: top - 3, text: pct(d), anchor: 'middle', cls: 'label' }));
  gs.forEach((g, i) => {
    shapes.push({ kind: 'text', x: left - 3, y: top + (i + 0.65) * ch, text: pct(g), anchor: 'end', cls: 'label' });
    ds.forEach((_, j) => {
      const v = cells[i][j];
      const step = hi > lo ? Math.round(((v - lo) / (hi - lo)) * 8) : 4;
      shapes.push({ kind: 'rect', x: left + j * cw, y: top + i * ch, w: cw - 1, h: ch - 1, cls: `heat-${step}` });
      shapes.push({
        kind: 'text',
        x: left + (j + 0.5) * cw,
        y: top + (i + 0.65) * ch,
        text: formatNumber(v, 'money', lang),
        anchor: 'middle',
        cls: `label cell${i === 2 && j === 2 ? ' centre' : ''}`,
      });
    });
  });
  const alt =
    lang === 'ko'
      ? `성장률 ${pct(gs[0])}~${pct(gs[4])}, 할인율 ${pct(ds[0])}~${pct(ds[4])}에서 다시 매긴 주가: ${formatNumber(lo, 'money', lang)}~${formatNumber(hi, 'money', lang)}; 입력값에서 ${formatNumber(price, 'money', lang)}.`
      : `Repriced value for growth ${pct(gs[0])} to ${pct(gs[4])} and discount ${pct(ds[0])} to ${pct(ds[4])}: ${formatNumber(lo, 'money', lang)} to ${formatNumber(hi, 'money', lang)}; ${formatNumber(price, 'money', lang)} at the inputs.`;
  return { width: WIDTH, height: HEIGHT, alt, shapes, data: { centre: cells[2][2], low: lo, high: hi } };
}

/** POSITION_SIZE's loss at the stop and value against risk_pct·account and max_weight·account. */
function limits(account: number, riskPct: number, entry: number, stop: number, maxWeight: number, shares: number, lang: Lang): Chart {
  const rows: [string, number, number][] = [
    [L.risk[lang], Math.abs(shares) * Math.abs(entry - stop), riskPct * account],
    [L.value[lang], Math.abs(shares) * entry, maxWeight * account],
  ];
  const { shapes } = bars(rows, lang);
  const [risk, value] = rows;
  const alt =
    lang === 'ko'
      ? `손절 시 손실 ${formatNumber(risk[1], 'money', lang)} (한도 ${formatNumber(risk[2], 'money', lang)}), 평가액 ${formatNumber(value[1], 'money', lang)} (한도 ${formatNumber(value[2], 'money', lang)}).`
      : `Loss at the stop ${formatNumber(risk[1], 'money', lang)} of a ${formatNumber(risk[2], 'money', lang)} limit; value ${formatNumber(value[1], 'money', lang)} of ${formatNumber(value[2], 'money', lang)}.`;
  return {
    width: WIDTH,
    height: HEIGHT,
    alt,
    shapes,
    data: { risk: risk[1], risk_limit: risk[2], value: value[1], value_limit: value[2] },
  };
}
