import { a1, modelLayout } from './model';
import { cellsOf, rectangles, styleGroups, resolvedStyles } from './model-render';

describe('model-render: cells as rectangles', () => {
  test('every cell lands in exactly one rectangle, and no rectangle holds a cell not given', () => {
    // a seeded scatter of cells over a 30 × 12 block (a linear congruential generator, so the case is fixed)
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 50; trial++) {
      const given = new Set<string>();
      for (let k = 0; k < 120; k++) given.add(a1(1 + Math.floor(next() * 30), 1 + Math.floor(next() * 12)));
      const covered = rectangles(given).flatMap(cellsOf);
      expect(covered.length).toBe(given.size);
      expect(new Set(covered)).toEqual(given);
    }
  });

  test('a full block is one rectangle; an L shape is two', () => {
    expect(rectangles(cellsOf('B2:D5'))).toEqual(['B2:D5']);
    expect(rectangles([...cellsOf('A1:C1'), 'A2', 'A3'])).toEqual(['A1:C1', 'A2:A3']);
  });

  test('style groups reproduce every cell’s final style in both languages', () => {
    for (const lang of ['en', 'ko'] as const) {
      const layout = modelLayout('sheets', lang);
      const rebuilt = new Map<string, Record<string, unknown>>();
      for (const g of styleGroups(layout))
        for (const ref of g.ranges.flatMap(cellsOf)) rebuilt.set(ref, { ...rebuilt.get(ref), [g.key]: g.value });
      expect(Object.fromEntries(rebuilt)).toEqual(Object.fromEntries(resolvedStyles(layout)));
    }
  });
});
