/**
 * The engine's own rules, on small definitions made for the purpose: the days → years convention,
 * errors about converted arguments, empty inputs as each host sends them, and internal errors.
 */
import { days, optionType, t, yearDays } from './catalog/params';
import { defineFunction } from './catalog/types';
import { evaluate } from './engine';
import { DeskError, fail } from './errors';
import { TEST_BODY as body } from '../test/fixtures/definition';

const weight = {
  name: 'weight',
  kind: 'number',
  description: t('w', 'w'),
  unit: t('u', 'u'),
  optional: true,
  default: 1,
  min: 0,
  minExclusive: true,
} as const;

const YEARS = defineFunction({
  ...body,
  name: 'YEARS',
  params: [days, weight, yearDays],
  impl: ({ T, weight }) => {
    if (T > 40) fail('positive', 'T', T);
    if (T === 0.5 && weight === 2) throw new TypeError('boom');
    return T * weight;
  },
});

const cell = (args: unknown[]) => evaluate(YEARS, args).cells;

describe('trading days reach the implementation as years, in one place', () => {
  test('T = days / year_days, with year_days constant or broadcast', () => {
    expect(cell([126])).toEqual([[0.5]]);
    expect(cell([[[126], [252]], null, [[252], [126]]])).toEqual([[0.5], [2]]);
  });

  test("an error about T names the user's argument (days) and the value typed", () => {
    const e = cell([12000])[0][0] as DeskError;
    expect(e.arg).toBe('days');
    expect(e.value).toBe(12000);
    expect(e.message).toBe('days: 12000 must be > 0');
  });
});

describe('columns of trading days', () => {
  // Up to four varying arguments bind through their own stores and a days column over a constant
  // year_days is converted once per column; five or more take the general loop. Both give the
  // same cells, and an error about T names the cell's days as typed.
  const FIVE = defineFunction({
    ...body,
    name: 'FIVE',
    params: [days, weight, { ...weight, name: 'w2' }, { ...weight, name: 'w3' }, { ...weight, name: 'w4' }, yearDays],
    impl: ({ T, weight, w2, w3, w4 }) => {
      if (T > 40) fail('positive', 'T', T);
      return T * weight * w2 * w3 * w4;
    },
  });
  const col = (...xs: unknown[]) => xs.map((x) => [x]);
  const messages = (cells: unknown[][]) => cells.map(([c]) => (c instanceof DeskError ? c.message : c));

  test('a days column over a constant year_days, with a bad cell and one the implementation refuses', () => {
    const out = messages(cell([col(126, 'x', 12000, 504, null, 63), col(1, 1, 1, 3, 1, 2), 252]));
    expect(out).toEqual([
      0.5,
      (cell(['x'])[0][0] as DeskError).message,
      'days: 12000 must be > 0',
      6,
      'days: empty; a value is required',
      0.5,
    ]);
  });

  test('five varying arguments (the general loop) agree with the same cells bound one varying argument at a time', () => {
    const d = col(126, 'x', 12000, 504, 63);
    const w = col(1, 2, 1, 3, 2);
    const five = messages(evaluate(FIVE, [d, w, w, w, w, 252]).cells);
    const one = d.map(([x], i) => {
      const c = evaluate(FIVE, [x, w[i][0], w[i][0], w[i][0], w[i][0], 252]).cells[0][0];
      return c instanceof DeskError ? c.message : c;
    });
    expect(five).toEqual(one);
    expect(five[0]).toBe(0.5);
    expect(five[2]).toBe('days: 12000 must be > 0');
    expect(messages(evaluate(FIVE, [d, w, w, w, 1, 252]).cells)).toEqual(
      one.map((c, i) => (typeof c === 'number' ? c / Number(w[i][0]) : c)),
    );
  });
});

describe('a column of choices', () => {
  // Each given text is coerced once (the last two are compared before a map lookup); blanks are
  // never memoised, so their "not given" mark and their own error stay per cell.
  const PICK = defineFunction({
    ...body,
    name: 'PICK',
    params: [optionType, weight],
    impl: ({ type, weight }) => (type === 'call' ? weight : -weight),
  });
  const texts = ['call', 'put', '', 'put', ' ', 'P', '콜', 'bogus', 'call', 'call', 'put', null, 'bogus', 'c', 'p', 'call', 7, '  '];
  const per = (x: unknown, w: unknown) => {
    const c = evaluate(PICK, [x, w]).cells[0][0];
    return c instanceof DeskError ? c.message : c;
  };
  const flat = (cells: unknown[][]) => cells.map(([c]) => (c instanceof DeskError ? c.message : c));

  const blank = (x: unknown) => x === null || (typeof x === 'string' && x.trim() === '');

  test('with a constant beside it: every cell as the same text alone gives; a blank one is a row past the data', () => {
    const out = flat(evaluate(PICK, [texts.map((x) => [x]), 2]).cells);
    expect(out).toEqual(texts.map((x) => (blank(x) ? null : per(x, 2))));
    expect(out.slice(0, 2)).toEqual([2, -2]);
    expect(out[7]).toMatch(/^type: "bogus"/);
  });

  test('with a column beside it: blank rows where both are empty, errors where only the text is', () => {
    const w = texts.map((_x, i) => [i % 3 === 2 ? null : i + 1]);
    const out = flat(evaluate(PICK, [texts.map((x) => [x]), w]).cells);
    expect(out[2]).toBeNull(); // '' beside an empty weight: a row past the data
    expect(out[4]).toBe(per(' ', 5));
    texts.forEach((x, i) => {
      if (w[i][0] !== null) expect([i, out[i]]).toEqual([i, per(x, w[i][0])]);
    });
  });
});

describe('empty inputs as each host sends them', () => {
  test('a broadcast row whose range inputs are all empty is an empty result, not an error', () => {
    // Excel on the web: null; Sheets: ""; Excel desktop: 0 (outside days' range? no: days ≥ 0 accepts 0).
    expect(cell([[[126], [null], ['']]])).toEqual([[0.5], [null], [null]]);
  });

  test('a desktop 0 where 0 is outside the range is "not given": optional arguments take their default', () => {
    expect(cell([126, 0])).toEqual([[0.5]]); // weight 0 from an empty desktop cell → default 1
    expect(cell([126, 0, 0])).toEqual([[0.5]]); // year_days 0 → 252
    expect(
      cell([
        [[252], [126]],
        [[2], [0]],
      ]),
    ).toEqual([[2], [0.5]]);
  });

  test("Excel desktop's row past the data (every range 0): empty where a required argument refuses 0, computed where the zeros are valid", () => {
    const PRICE_DAYS = defineFunction({
      ...body,
      name: 'PRICE_DAYS',
      params: [{ ...weight, name: 'spot', optional: false, default: undefined }, days, weight, yearDays],
      impl: ({ spot, T, weight }) => spot * T * weight,
    });
    const grid = (args: unknown[]) => evaluate(PRICE_DAYS, args).cells;
    // spot and days both 0 (desktop's empty cells): empty, not "spot: 0 must be > 0"
    expect(
      grid([
        [[100], [0]],
        [[126], [0]],
      ]),
    ).toEqual([[50], [null]]);
    // spot given, days 0 (a valid horizon), weight 0 from an empty optional cell: computed, 0
    expect(grid([[[100], [100]], [[126], [0]], null, null])).toEqual([[50], [0]]);
    expect(grid([100, [[126], [0]], [[2], [0]]])).toEqual([[100], [0]]);
    // spot 0 beside a real horizon is still the range error
    expect(
      (
        grid([
          [[100], [0]],
          [[126], [5]],
        ])[1][0] as DeskError
      ).message,
    ).toBe('spot: 0 must be > 0');
  });

  test('a single empty required argument still says so', () => {
    expect((cell([null])[0][0] as DeskError).message).toBe('days: empty; a value is required');
  });
});

test('an internal exception becomes the rule `internal`, naming the function, never a raw TypeError', () => {
  const e = cell([126, 2])[0][0] as DeskError;
  expect(e).toBeInstanceOf(DeskError);
  expect(e.rule).toBe('internal');
  expect(e.message).toBe('YEARS: could not compute (TypeError: boom)');
});
