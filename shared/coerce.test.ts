import { cellNumber, coerceCell, inRange, isBlank, pairedVectors, priceSeries, rangeBounds, toGrid, vector, withinBounds } from './coerce';
import { CATALOG } from './catalog';
import { VOL_MISTAKE } from './catalog/params';
import type { ParamSpec } from './catalog/types';

const price: ParamSpec = {
  name: 'spot',
  kind: 'number',
  description: { en: 'x', ko: 'x' },
  unit: { en: '', ko: '' },
  min: 0,
  minExclusive: true,
};
const years: ParamSpec = {
  name: 'years',
  kind: 'integer',
  description: { en: 'x', ko: 'x' },
  unit: { en: '', ko: '' },
  optional: true,
  default: 5,
  min: 0,
};
const mode: ParamSpec = {
  name: 'mode',
  kind: 'option',
  description: { en: 'x', ko: 'x' },
  unit: { en: '', ko: '' },
  optional: true,
  default: 'end',
  choices: [
    { value: 'end', label: { en: '', ko: '' } },
    { value: 'touch', aliases: ['도달'], label: { en: '', ko: '' } },
  ],
};

describe('toGrid', () => {
  test('scalars and omitted arguments are 1×1', () => {
    expect(toGrid(5)).toEqual({ rows: 1, cols: 1, cells: [[5]] });
    expect(toGrid(null)).toEqual({ rows: 1, cols: 1, cells: [[undefined]] });
    expect(toGrid(undefined)).toEqual({ rows: 1, cols: 1, cells: [[undefined]] });
    expect(toGrid([])).toEqual({ rows: 1, cols: 1, cells: [[undefined]] });
  });

  test('ragged rows are padded with blanks; a flat list is a column', () => {
    expect(toGrid([[1, 2], [3]])).toEqual({
      rows: 2,
      cols: 2,
      cells: [
        [1, 2],
        [3, undefined],
      ],
    });
    expect(toGrid([1, 2])).toEqual({ rows: 2, cols: 1, cells: [[1], [2]] });
  });
});

describe('cellNumber', () => {
  test('numbers, numeric text and percentages', () => {
    expect(cellNumber('x', 1.5)).toBe(1.5);
    expect(cellNumber('x', ' 120.5 ')).toBe(120.5);
    expect(cellNumber('x', '5%')).toBe(0.05);
    expect(cellNumber('x', '-1e3')).toBe(-1000);
    expect(Object.is(cellNumber('x', -0), 0)).toBe(true);
  });

  test('everything else names the argument, the value and the rule', () => {
    expect(() => cellNumber('x', 'abc')).toThrow('x: "abc" is text, not a number');
    expect(() => cellNumber('x', '1e999')).toThrow('x: "1e999" is too large to be a number');
    expect(() => cellNumber('x', false)).toThrow('x: FALSE is a logical value, not a number');
    expect(() => cellNumber('x', new Date(Date.UTC(2024, 1, 3)))).toThrow('x: the date 2024-02-03 is a date, not a number');
    expect(() => cellNumber('x', Infinity)).toThrow('x: infinity is not a finite number');
    expect(() => cellNumber('x', NaN)).toThrow('x: NaN is not a finite number');
    expect(() => cellNumber('x', [[1]])).toThrow('x: a range is nested inside a range cell');
    expect(() => cellNumber('x', {})).toThrow('x: a non-cell value is not a number');
  });
});

describe('coerceCell', () => {
  test('blank means not given: the default, or an error for a required argument', () => {
    expect(isBlank('  ')).toBe(true);
    expect(coerceCell(years, '')).toBe(5);
    expect(coerceCell(years, null)).toBe(5);
    expect(() => coerceCell(price, '')).toThrow('spot: empty; a value is required');
  });

  test('range and whole-number rules', () => {
    expect(() => coerceCell(price, 0)).toThrow('spot: 0 must be > 0');
    expect(() => coerceCell(years, 2.5)).toThrow('years: 2.5 must be a whole number');
    expect(() => coerceCell(years, -1)).toThrow('years: -1 must be ≥ 0');
  });

  test('options are case-insensitive, accept aliases and reject anything else', () => {
    expect(coerceCell(mode, ' Touch ')).toBe('touch');
    expect(coerceCell(mode, '도달')).toBe('touch');
    expect(() => coerceCell(mode, 3)).toThrow('mode: 3 is not one of "end", "touch"');
  });
});

describe('vector helpers', () => {
  const P = { name: 'p', kind: 'vector', description: { en: '', ko: '' }, unit: { en: '', ko: '' } } as unknown as ParamSpec;
  const O = { ...P, name: 'o' } as ParamSpec;
  test('pairedVectors skips blank pairs and rejects half pairs and size mismatch', () => {
    const a = toGrid([[0.5], [null], [0.5]]);
    const b = toGrid([[10], [''], [-5]]);
    expect(pairedVectors(P, a, O, b)).toEqual([
      { values: [0.5, 0.5], index: [0, 2], rows: 3, cols: 1 },
      { values: [10, -5], index: [0, 2], rows: 3, cols: 1 },
    ]);
    expect(() => pairedVectors(P, toGrid([[0.5], [0.5]]), O, toGrid([[1], [null]]))).toThrow(
      'o: cell 2 is blank but p cell 2 is 0.5; fill or clear both',
    );
    expect(() => pairedVectors(P, toGrid([[1], [2]]), O, toGrid([[1]]))).toThrow('o: has 1 cells but p has 2');
  });

  test("each cell of a range keeps its parameter's rules: a volatility of 30 is 3000%, with the fix and the cell", () => {
    const vols = { ...P, name: 'vols', min: 0, max: 10, mistake: VOL_MISTAKE } as ParamSpec;
    const values = toGrid([[30000], [30000]]);
    expect(pairedVectors(O, values, vols, toGrid([[0.5], [0.4]]))[1].values).toEqual([0.5, 0.4]);
    expect(() => pairedVectors(O, values, vols, toGrid([[0.5], [30]]))).toThrow(
      'vols (cell 2): 30 would be 3000% a year; if you meant 30%, write 30% or 0.3',
    );
    expect(() => pairedVectors(O, values, vols, toGrid([[-0.2], [0.4]]))).toThrow('vols (cell 1): -0.2 must be ≥ 0');
    expect(() => vector(vols, toGrid([[0.3, 45]]))).toThrow(
      'vols (cell 1,2): 45 would be 4500% a year; if you meant 45%, write 45% or 0.45',
    );
  });

  test('priceSeries reads a column, a row, or the last column of a table with a header', () => {
    expect(priceSeries('prices', toGrid([[1], [2], [null], [3]]))).toEqual([1, 2, 3]);
    expect(priceSeries('prices', toGrid([[1, 2, 3]]))).toEqual([1, 2, 3]);
    expect(
      priceSeries(
        'prices',
        toGrid([
          ['Date', 'Close'],
          [45000, 10],
          [45001, 11],
        ]),
      ),
    ).toEqual([10, 11]);
    expect(() => priceSeries('prices', toGrid([[1], [0], [2]]))).toThrow('prices (cell 2): 0 must be > 0');
    // Excel desktop sends the empty cells of a pre-sized range as 0: zeros at the ends are not prices.
    expect(priceSeries('prices', toGrid([[0], [1], [2], [0], [0]]))).toEqual([1, 2]);
    expect(priceSeries('prices', toGrid([['Close'], [0], [1], [2], [null]]))).toEqual([1, 2]);
  });
});

describe('withinBounds', () => {
  // The engine's fast path must accept exactly the finite numbers the rules accept: every number
  // parameter of the catalog, at its bounds, next to them, at its unit-mistake thresholds and beyond.
  const params = CATALOG.flatMap((f) => f.params.filter((p) => p.kind === 'number').map((p) => [`${f.name}.${p.name}`, p] as const));
  test.each(params)('%s agrees with inRange on finite numbers and refuses NaN and ±∞', (_name, p) => {
    const marks = [p.min, p.max, p.mistake?.atLeast, p.mistake?.above].filter((x): x is number => x !== undefined);
    const xs = [0, 1, -1, 0.5, 2, 100, 1e6, -1e6, 1e300, -1e300, Number.MIN_VALUE];
    for (const m of marks)
      for (const d of [0, 1e-12, -1e-12, 1, -1]) xs.push(m + d * Math.max(1, Math.abs(m)), -(m + d * Math.max(1, Math.abs(m))));
    const b = rangeBounds(p);
    const test = (x: number) => withinBounds(b, x);
    for (const x of xs) expect([x, test(x)]).toEqual([x, inRange(p, x)]);
    for (const x of [NaN, Infinity, -Infinity]) expect(test(x)).toBe(false);
  });
});
