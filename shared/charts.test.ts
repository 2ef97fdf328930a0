/**
 * The pictures say what the numbers say: areas, bar widths and crossings measured on the drawn
 * geometry agree with the core's results, which are checked against their references elsewhere.
 * Tolerances: AREA (the shaded share of a density drawn with 120 trapezoids, tails beyond ±3.5σ
 * cut: ~1e-3), PIXEL (coordinates are written to 0.01 px).
 */
import { findFunction } from './catalog';
import { chartFor, type Chart, type Shape } from './charts';
import { evaluate } from './engine';

const AREA = 3e-3;
const PIXEL = 0.02;

function chart(name: string, args: unknown[], lang: 'en' | 'ko' = 'en'): { c: Chart; result: number[] } {
  const spec = findFunction(name)!;
  const r = evaluate(spec, args);
  const c = chartFor(spec, args, r, lang);
  if (!c) throw new Error(`${name}: no chart`);
  return { c, result: r.cells[0] as number[] };
}

const points = (d: string): [number, number][] => [...d.matchAll(/[ML]([-\d.]+) ([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

/** Area between a path and the horizontal line y = base (shoelace on the closed polygon). */
function areaAbove(pts: [number, number][], base: number): number {
  const poly: [number, number][] = [[pts[0][0], base], ...pts, [pts[pts.length - 1][0], base]];
  let a = 0;
  for (let i = 0; i < poly.length; i++) {
    const [x1, y1] = poly[i];
    const [x2, y2] = poly[(i + 1) % poly.length];
    a += x1 * y2 - x2 * y1;
  }
  return Math.abs(a) / 2;
}

const find = (c: Chart, cls: string): Shape[] => c.shapes.filter((s) => s.cls === cls);
const axisY = (c: Chart) => (find(c, 'axis')[0] as { y1: number }).y1;

describe('pictures of results (issue #13)', () => {
  test.each([
    ['end, above', [100, 110, 20, 0.3]],
    ['end, below', [100, 90, 60, 0.4, 0.1]],
    ['touch', [100, 110, 20, 0.3, 0, 'touch']],
  ])('SCENARIO_PROB %s: the shaded share of the density is the end probability', (_, args) => {
    const { c, result } = chart('SCENARIO_PROB', args as unknown[]);
    const curve = points((find(c, 'curve')[0] as { d: string }).d);
    const area = points((find(c, 'area')[0] as { d: string }).d);
    const share = areaAbove(area.slice(1, -1), axisY(c)) / areaAbove(curve, axisY(c));
    const endProb = evaluate(findFunction('SCENARIO_PROB')!, (args as unknown[]).slice(0, 5)).cells[0][0] as number;
    expect(Math.abs(share - endProb)).toBeLessThan(AREA);
    expect(c.data.probability).toBe(result[0]);
    expect(c.shapes.some((s) => s.kind === 'text' && s.text === `${(result[0] * 100).toFixed(1)}%`)).toBe(true);
  });

  test('PRICE_RANGE: the shaded share is the range probability (one standard deviation by default, or prob)', () => {
    for (const [args, p] of [
      [[180, 20, 0.45], 0.6826894921370859],
      [[180, 20, 0.45, 0.1, 0.9], 0.9],
    ] as const) {
      const { c, result } = chart('PRICE_RANGE', [...args]);
      const curve = points((find(c, 'curve')[0] as { d: string }).d);
      const area = points((find(c, 'area')[0] as { d: string }).d);
      expect(Math.abs(areaAbove(area.slice(1, -1), axisY(c)) / areaAbove(curve, axisY(c)) - p)).toBeLessThan(AREA);
      expect([c.data.low, c.data.high]).toEqual(result);
    }
  });

  test('HIT_FIRST: bar widths in proportion to the three probabilities', () => {
    const { c, result } = chart('HIT_FIRST', [180, 200, 171, 20, 0.45, 0.1]);
    const bars = c.shapes.filter((s): s is Extract<Shape, { kind: 'rect' }> => s.kind === 'rect' && s.h > 20);
    const total = bars.reduce((a, b) => a + b.w, 0);
    const [tf, sf, ne] = result;
    bars.map((b) => b.w / total).forEach((w, k) => expect(Math.abs(w - [tf, ne, sf][k])).toBeLessThan(1e-12));
    expect(c.alt).toBe('Target first 30.6%, stop first 65.1%, neither 4.31%.');
  });

  test.each([
    ['CALL_SPREAD', [180, 180, 200, 20, 0.45, 0.04], 2],
    ['CALL_SPREAD', [180, 180, 200, 20, 0.45, 0.04, 0.02, 252, 'american'], 2],
    ['PUT_HEDGE', [180, 160, 20, 0.45, 0.04], 3],
  ])('%s: profit at expiry crosses zero at the breakeven the function returns', (name, args, k) => {
    const { c, result } = chart(name, args);
    const expiry = points((find(c, 'curve expiry')[0] as { d: string }).d);
    const marker = c.shapes.find((s) => s.kind === 'line' && s.cls === 'marker') as { x1: number };
    const i = expiry.findIndex(([x]) => x >= marker.x1);
    const [[xa, ya], [xb, yb]] = [expiry[i - 1], expiry[i]];
    const yAt = ya + ((yb - ya) * (marker.x1 - xa)) / (xb - xa);
    expect(Math.abs(yAt - axisY(c))).toBeLessThan(PIXEL * 10);
    expect(c.data.breakeven).toBe(result[k]);
    // the axes are labelled: the price at both ends of the plot, the best and worst profit at expiry
    const ticks = c.shapes.filter((s): s is Extract<Shape, { kind: 'text' }> => s.kind === 'text' && s.cls === 'label tick');
    const expiryY = expiry.map(([, y]) => y);
    const labelled = ticks.map((t) => t.text);
    if (name === 'CALL_SPREAD') {
      // long the 180 call, short the 200, for the net debit: worst −debit, best 20 − debit
      const debit = result[0];
      expect(labelled).toEqual(['144', '240', `+${Number((20 - debit).toFixed(2))}`, `−${Number(debit.toFixed(2))}`]);
    } else expect(labelled).toHaveLength(4);
    // the profit labels sit beside the flat parts of the expiry line they name
    const [top, bottom] = ticks.slice(-2);
    expect(Math.abs(top.y - 10 - Math.min(...expiryY))).toBeLessThan(PIXEL * 10);
    expect(Math.abs(bottom.y + 3 - Math.max(...expiryY))).toBeLessThan(PIXEL * 10);
  });

  test('POSITION_SIZE: loss at the stop and value against their limits', () => {
    const { c } = chart('POSITION_SIZE', [100000, 0.02, 180, 171, 0.25]);
    // 138 shares (the 25% cap binds): 138 × 9 = 1,242 of 2,000 at risk; 24,840 of 25,000 in value
    expect(c.data).toEqual({ risk: 1242, risk_limit: 2000, value: 24840, value_limit: 25000 });
    const bars = c.shapes.filter((s): s is Extract<Shape, { kind: 'rect' }> => s.kind === 'rect');
    expect(Math.abs(bars[1].w / bars[0].w - 1242 / 2000)).toBeLessThan(1e-3);
    expect(chart('POSITION_SIZE', [100000, 0.02, 180, 171, 0.25], 'ko').c.alt).toContain('손절 시 손실 1,242.00');
  });

  test('DCF_REPRICE: the heatmap around the inputs holds the function itself; higher growth is worth more, a higher discount less', () => {
    const { c, result } = chart('DCF_REPRICE', [180, 0.15, 0.2, 0.09, 0.09]);
    expect(c.data.centre).toBe(result[0]);
    const steps = c.shapes
      .filter((s): s is Extract<Shape, { kind: 'rect' }> => s.kind === 'rect')
      .map((s) => Number(s.cls.replace('heat-', '')));
    const at = (i: number, j: number) => steps[i * 5 + j];
    for (let i = 0; i < 5; i++)
      for (let j = 0; j < 4; j++) {
        expect(at(i, j)).toBeGreaterThanOrEqual(at(i, j + 1));
        expect(at(j, i)).toBeLessThanOrEqual(at(j + 1, i));
      }
    expect([at(4, 0), at(0, 4)]).toEqual([8, 0]);
    // with growth and discount unchanged the centre is the price itself
    expect(chart('DCF_REPRICE', [180, 0.15, 0.15, 0.09, 0.09]).c.data.centre).toBeCloseTo(180, 9);
  });

  test('PORTFOLIO_SIZE: the book’s heat and invested value are the sums of its rows, under their limits', () => {
    const args = [100000, [[180], [340], [510]], [[171], [320], [490]], 0.02, 0.06, 0.3, 0.2];
    const spec = findFunction('PORTFOLIO_SIZE')!;
    const r = evaluate(spec, args);
    const c = chartFor(spec, args, r, 'en')!;
    const rows = r.cells as number[][];
    expect(c.data.heat).toBe(rows.reduce((s, x) => s + x[2], 0));
    expect(c.data.invested).toBe(rows.reduce((s, x) => s + x[1], 0));
    expect([c.data.heat_limit, c.data.invested_limit]).toEqual([6000, 80000]);
    expect(c.data.invested).toBeLessThanOrEqual(c.data.invested_limit);
    expect(c.height).toBeGreaterThanOrEqual(26 + 5 * 40);
  });

  test('no picture for an error, a what-if grid or a function without one', () => {
    const spec = findFunction('SCENARIO_PROB')!;
    expect(chartFor(spec, [100, 110, 20, -1], evaluate(spec, [100, 110, 20, -1]), 'en')).toBeNull();
    const grid = [100, [[110], [120]], 20, 0.3];
    expect(chartFor(spec, grid, evaluate(spec, grid), 'en')).toBeNull();
    const kelly = findFunction('KELLY')!;
    expect(chartFor(kelly, [0.55, 0.1, 0.1], evaluate(kelly, [0.55, 0.1, 0.1]), 'en')).toBeNull();
  });
});
