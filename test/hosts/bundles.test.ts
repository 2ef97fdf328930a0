/**
 * The built bundles as the hosts load them: dist/excel/functions.js with a CustomFunctions stand-in
 * and Excel-shaped arguments; dist/sheets/Code.js in a bare V8 context with Sheets-shaped arguments.
 * Both must give identical numbers and messages. (`npm test` builds before running jest.)
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { CATALOG } from '../../shared/catalog';
import { callExcel, callSheets, excelArgs, loadExcel, loadSheets, sheetsArgs, type Cell } from './load';

const excel = loadExcel();
const sheets = loadSheets();
const functionsJson = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../dist/excel/functions.json'), 'utf8')) as {
  functions: { id: string; parameters: unknown[] }[];
};

function both(name: string, args: unknown[]): { excel: Cell[][]; sheets: Cell[][] } {
  const arity = functionsJson.functions.find((f) => f.id === name)?.parameters.length ?? args.length;
  const e = callExcel(excel.functions.get(name)!, excelArgs(args, arity));
  const s = callSheets(sheets, name, sheetsArgs(args));
  return { excel: e, sheets: s };
}

/** Calls both hosts, asserts they agree exactly, and returns the common result. */
function agree(name: string, args: unknown[]): Cell[][] {
  const r = both(name, args);
  expect(r.sheets).toEqual(r.excel);
  return r.excel;
}

const only = (grid: Cell[][]): Cell => {
  expect(grid.length).toBe(1);
  expect(grid[0].length).toBe(1);
  return grid[0][0];
};

describe('loading', () => {
  test('functions.js registers exactly the functions in functions.json, touching no DOM', () => {
    expect([...excel.functions.keys()].sort()).toEqual(functionsJson.functions.map((f) => f.id).sort());
    expect(excel.functions.size).toBe(CATALOG.length);
  });

  test('Code.js defines every catalog function as a global; besides them only ScenarioDesk and the entry points', () => {
    for (const spec of CATALOG) expect(typeof sheets[spec.name]).toBe('function');
    const globals = Object.keys(sheets).filter((k) => !CATALOG.some((f) => f.name === k));
    expect(globals.sort()).toEqual([
      'ScenarioDesk',
      'deskAddSheet',
      'deskInsertFormula',
      'deskLoadSetting',
      'deskLocale',
      'deskSaveSetting',
      'deskSelection',
      'insertModelSheet',
      'onInstall',
      'onOpen',
      'showSidebar',
    ]);
  });

  test('functions.js loads even with no CustomFunctions (task pane preview) and registers nothing', () => {
    const ctx = vm.createContext({});
    expect(() => vm.runInContext(fs.readFileSync(path.resolve(__dirname, '../../dist/excel/functions.js'), 'utf8'), ctx)).not.toThrow();
  });
});

describe('catalog examples through both hosts', () => {
  const cases = CATALOG.flatMap((spec) => spec.examples.map((ex, k) => [spec.name, k, ex] as const));
  test.each(cases)('%s example %i', (name, _k, ex) => {
    const out = agree(name, ex.args as unknown[]);
    const expected = typeof ex.result === 'number' ? [[ex.result]] : ex.result;
    expect(out.length).toBe(expected.length);
    out.forEach((row, i) =>
      row.forEach((c, j) => {
        expect(typeof c).toBe('number');
        expect(Math.abs((c as number) - expected[i][j])).toBeLessThanOrEqual(ex.tolerance);
      }),
    );
  });
});

describe('arguments and errors (issue #2)', () => {
  test('stop = entry: #VALUE! naming the argument, the value and the rule', () => {
    expect(only(agree('POSITION_SIZE', [100000, 0.02, 180, 180]))).toEqual({
      error: '#VALUE!',
      message: 'stop: 180 equals entry 180; there is no risk per share',
    });
  });

  test('a whole answer keeps its last share in both hosts: 50,000 × 0.018 over a 1-point stop is 900 (899.9999999999999 in doubles)', () => {
    expect(50000 * 0.018).toBeLessThan(900);
    expect(only(agree('POSITION_SIZE', [50000, 0.018, 20, 19]))).toBe(900);
  });

  test('numeric text and percentages are read as numbers', () => {
    expect(only(agree('POSITION_SIZE', ['100000', '2%', ' 180 ', '171']))).toBe(222);
  });

  test('required argument missing', () => {
    expect(only(agree('SCENARIO_PROB', [100, 110, null, 0.3]))).toEqual({ error: '#VALUE!', message: 'days: empty; a value is required' });
  });

  test('text, logical values and out-of-range values name the argument and the rule', () => {
    expect(only(agree('SCENARIO_PROB', [100, 'abc', 20, 0.3]))).toEqual({
      error: '#VALUE!',
      message: 'target: "abc" is text, not a number',
    });
    expect(only(agree('SCENARIO_PROB', [100, 110, true, 0.3]))).toEqual({
      error: '#VALUE!',
      message: 'days: TRUE is a logical value, not a number',
    });
    expect(only(agree('SCENARIO_PROB', [100, 110, 20, -0.3]))).toEqual({
      error: '#VALUE!',
      message: 'vol: -0.3 must be ≥ 0 (rates, returns and volatilities are decimals: 0.2 = 20%)',
    });
    expect(only(agree('SCENARIO_PROB', [100, 110, 20, 30]))).toEqual({
      error: '#VALUE!',
      message: 'vol: 30 would be 3000% a year; if you meant 30%, write 30% or 0.3',
    });
    expect(only(agree('SCENARIO_PROB', [100, 110, 20, 0.3, 0, 'sometime']))).toEqual({
      error: '#VALUE!',
      message: 'mode: "sometime" is not one of "end", "touch"',
    });
    expect(only(agree('DCF_VALUE', [100, 0.1, 0.09, 2.5]))).toEqual({ error: '#VALUE!', message: 'years: 2.5 must be a whole number' });
  });

  test('a date in a numeric argument (Sheets passes Date objects)', () => {
    const date = vm.runInContext('new Date(Date.UTC(2026, 0, 2))', sheets);
    expect(only(callSheets(sheets, 'SCENARIO_PROB', [date, 110, 20, 0.3]))).toEqual({
      error: '#VALUE!',
      message: 'spot: the date 2026-01-02 is a date, not a number',
    });
  });

  test('option text is case-insensitive and has Korean aliases', () => {
    const touch = only(agree('SCENARIO_PROB', [100, 110, 20, 0.3, 0, 'touch']));
    expect(only(agree('SCENARIO_PROB', [100, 110, 20, 0.3, 0, 'TOUCH']))).toBe(touch);
    expect(only(agree('SCENARIO_PROB', [100, 110, 20, 0.3, 0, '도달']))).toBe(touch);
  });

  test('blank optional arguments take their defaults', () => {
    const plain = only(agree('SCENARIO_PROB', [100, 110, 20, 0.3]));
    expect(only(agree('SCENARIO_PROB', [100, 110, 20, 0.3, null, 'end', null]))).toBe(plain);
    expect(only(agree('SCENARIO_PROB', [100, 110, 20, 0.3, 0, 'end', 252]))).toBe(plain);
  });

  test('too many arguments in Sheets is an error, not silently ignored', () => {
    expect(only(callSheets(sheets, 'DCF_VALUE', [1, 0.1, 0.09, 5, 0.025, 7]))).toEqual({
      error: '#VALUE!',
      message: 'DCF_VALUE: takes at most 5 arguments, got 6',
    });
  });
});

describe('broadcasting (issue #2)', () => {
  test('DCF_REPRICE spills a growth × discount sensitivity grid from a column and a row', () => {
    const growth = [[0.1], [0.15], [0.2]];
    const discount = [[0.08, 0.09, 0.1, 0.11]];
    const grid = agree('DCF_REPRICE', [180, 0.15, growth, 0.09, discount]);
    expect(grid.length).toBe(3);
    expect(grid[0].length).toBe(4);
    expect(grid[1][1]).toBe(180); // unchanged assumptions: exactly the price
    const single = only(agree('DCF_REPRICE', [180, 0.15, 0.2, 0.09, 0.11]));
    expect(grid[2][3]).toBe(single);
  });

  test('cells beyond a shorter range are #N/A; bad cells are errors and the rest computes', () => {
    const grid = agree('POSITION_SIZE', [100000, 0.02, [[180], [100], [50]], [[171], [100]]]);
    expect(grid[0][0]).toBe(222);
    expect(grid[1][0]).toEqual({ error: '#VALUE!', message: 'stop: 100 equals entry 100; there is no risk per share' });
    expect(grid[2][0]).toEqual({ error: '#N/A', message: 'stop: the range has 2 rows, the result has 3×1; no value for row 3, column 1' });
  });

  test('blank cells inside a range are "not given": default for optional, error for required', () => {
    const grid = agree('SCENARIO_PROB', [100, [[110], [null]], 20, 0.3, [[null], [0.1]]]);
    expect(typeof grid[0][0]).toBe('number');
    expect(grid[1][0]).toEqual({ error: '#VALUE!', message: 'target: empty; a value is required' });
  });

  test("Excel desktop's rows past the data (spot and days both 0) are empty; days 0 beside a spot is a real horizon", () => {
    const grid = agree('HIT_FIRST', [[[100], [0], [100]], 110, 95, [[63], [0], [0]], 0.3, 0.1]);
    expect(grid[0][0]).toBeCloseTo(0.367013244177494, 12); // the catalog's worked value
    expect(grid[1]).toEqual([null, null, null]);
    expect(grid[2]).toEqual([0, 0, 1]); // no time: neither
  });

  test('a 1×1 range stretches over a column', () => {
    const grid = agree('SCENARIO_PROB', [[[100]], [[105], [110], [120]], [[20]], 0.3]);
    expect(grid.map((r) => r.length)).toEqual([1, 1, 1]);
    expect((grid[0][0] as number) > (grid[2][0] as number)).toBe(true);
  });

  test('never NaN or Infinity in a cell: overflow becomes #VALUE! with a message', () => {
    const out = only(agree('DCF_VALUE', [1e308, 1.5, 0.1, 200, 0.02]));
    expect(out).toEqual({
      error: '#VALUE!',
      message: 'DCF_VALUE: the result is too large or undefined for these inputs (not a finite number)',
    });
  });
});

describe("hot functions' columns run through their own copy of the engine's loop (scripts/hot-loops-loader.js)", () => {
  // Each hot function's first example with its first two numeric arguments turned into columns
  // (a bad text and a stray value among them): every row equals the same arguments in one cell.
  const hot = CATALOG.filter((f) => f.hot);
  test.each(hot.map((f) => [f.name, f] as const))('%s', (name, spec) => {
    const ex = spec.examples[0].args as unknown[];
    const numeric = ex
      .map((a, k) => (typeof a === 'number' ? k : -1))
      .filter((k) => k >= 0)
      .slice(0, 2);
    expect(numeric.length).toBeGreaterThan(0);
    const rows = 12;
    const rowArgs = Array.from({ length: rows }, (_, i) =>
      ex.map((a, k) => {
        const at = numeric.indexOf(k);
        if (at < 0) return a;
        if (i === 5 && at === 0) return 'n/a?';
        return (a as number) * (1 + ((i * (at + 2)) % 7) * 0.002);
      }),
    );
    const columns = ex.map((a, k) => (numeric.includes(k) ? rowArgs.map((r) => [r[k]]) : a));
    const column = agree(name, columns);
    expect(column.length).toBe(rows);
    rowArgs.forEach((r, i) => expect([i, column[i]]).toEqual([i, [only(agree(name, r))]]));
    expect(column.filter(([c]) => typeof c === 'number').length).toBe(rows - 1);
  });
});

describe('the full family through both hosts (issue #3)', () => {
  test('CALL_SPREAD returns one row, and one row per strike for a column of strikes', () => {
    const one = agree('CALL_SPREAD', [180, 180, 200, 20, 0.45, 0.04]);
    expect(one.length).toBe(1);
    expect(one[0].length).toBe(4);
    const many = agree('CALL_SPREAD', [180, [[170], [180], [190]], 200, 20, 0.45, 0.04]);
    expect(many.length).toBe(3);
    expect(many[1]).toEqual(one[0]);
    const across = agree('CALL_SPREAD', [180, [[170, 180, 190]], 200, 20, 0.45, 0.04]);
    expect(across).toEqual(many);
    expect(
      only(
        agree('CALL_SPREAD', [
          180,
          [
            [170, 180],
            [1, 2],
          ],
          200,
          20,
          0.45,
        ]),
      ),
    ).toEqual({
      error: '#VALUE!',
      message: 'CALL_SPREAD: returns one row per input; give the inputs as a single column or a single row, not a 2×2 block',
    });
  });

  test('a bad row of a row result is an error across that row only', () => {
    const rows = agree('PUT_HEDGE', [[[180], [-5]], 160, 20, 0.45]);
    expect(typeof rows[0][0]).toBe('number');
    expect(rows[1]).toEqual(new Array(4).fill({ error: '#VALUE!', message: 'spot: -5 must be > 0' }));
  });

  test('SCALE_IN spills a table; a range where a single value belongs is an error', () => {
    const table = agree('SCALE_IN', [100, 3, 180, 160]);
    expect(table.map((r) => r[1])).toEqual([34, 33, 33]);
    expect(only(agree('SCALE_IN', [[[100], [200]], 3, 180, 160]))).toEqual({
      error: '#VALUE!',
      message: 'total_shares: SCALE_IN returns a table, so this argument takes a single value, not a range',
    });
  });

  test('SCENARIO_BAYES keeps the shape of the priors and leaves blank pairs blank', () => {
    const post = agree('SCENARIO_BAYES', [[[0.65, null, 0.25, 0.1]], [[0.3, null, 0.6, 0.9]]]);
    expect(post.length).toBe(1);
    expect(post[0][1]).toBeNull();
    expect((post[0][0] as number) + (post[0][2] as number) + (post[0][3] as number)).toBeCloseTo(1, 14);
  });

  test('SCENARIO_EV: probabilities that do not sum to 1 state the sum; half a pair is an error', () => {
    expect(
      only(
        agree('SCENARIO_EV', [
          [[0.6], [0.3]],
          [[0.1], [-0.1]],
        ]),
      ),
    ).toEqual({
      error: '#VALUE!',
      message: 'probabilities: sum to 0.9, not 1; probabilities must add up to 1 (within 1e-9)',
    });
    expect(
      only(
        agree('SCENARIO_EV', [
          [[0.6], [0.4]],
          [[0.1], [null]],
        ]),
      ),
    ).toEqual({
      error: '#VALUE!',
      message: 'outcomes: cell 2 is blank but probabilities cell 2 is 0.4; fill or clear both',
    });
  });

  test('HIST_VOL and MAX_DRAWDOWN read a GOOGLEFINANCE-style table (header row, date column)', () => {
    const dates = vm.runInContext(
      '[new Date(Date.UTC(2026,0,2)), new Date(Date.UTC(2026,0,5)), new Date(Date.UTC(2026,0,6)), new Date(Date.UTC(2026,0,7)), new Date(Date.UTC(2026,0,8))]',
      sheets,
    ) as unknown[];
    const closes = [100, 102, 101, 104, 103];
    const table = [['Date', 'Close'], ...closes.map((c, i) => [dates[i], c])];
    const column = closes.map((c) => [c]);
    const fromTable = only(callSheets(sheets, 'HIST_VOL', [table]));
    expect(fromTable).toBe(only(callSheets(sheets, 'HIST_VOL', [column])));
    // Excel's STOCKHISTORY gives dates as serial numbers.
    const excelTable = [['Date', 'Close'], ...closes.map((c, i) => [46024 + i, c])];
    expect(only(callExcel(excel.functions.get('HIST_VOL')!, [excelTable, null]))).toBe(fromTable);
    expect(only(agree('MAX_DRAWDOWN', [[[100], [120], [90], [110], [80], [130]]]))).toBe(-1 / 3);
  });

  test('GOOGLEFINANCE history as Apps Script sees it (every cell "#N/A"): the message says why and what to do', () => {
    // Google's GOOGLEFINANCE help: historical data "cannot be downloaded or accessed via the Sheets
    // API or Apps Script"; a custom function reading it gets the text "#N/A" in each cell.
    const hidden = Array.from({ length: 6 }, () => ['#N/A', '#N/A']);
    for (const name of ['HIST_VOL', 'MAX_DRAWDOWN']) {
      let message = '';
      try {
        (sheets[name] as (...a: unknown[]) => unknown)(hidden);
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toMatch(/^prices \(cell 1\): "#N\/A": Google Sheets does not let add-ins read GOOGLEFINANCE price history/);
      expect(message).toContain('price history sheet from the Scenario Desk sidebar');
      expect(message).toContain('paste the prices as values');
    }
  });

  test('option type accepts c/p and Korean; IMPLIED_VOL states the bound it breaks', () => {
    const call = only(agree('BS_PRICE', ['call', 100, 100, 252, 0.2, 0.05]));
    expect(only(agree('BS_PRICE', ['C', 100, 100, 252, 0.2, 0.05]))).toBe(call);
    expect(only(agree('BS_PRICE', ['콜', 100, 100, 252, 0.2, 0.05]))).toBe(call);
    expect(only(agree('IMPLIED_VOL', [5, 'call', 100, 90, 126]))).toEqual({
      error: '#VALUE!',
      message: 'price: 5 is below the intrinsic value 10; no volatility reproduces it',
    });
  });

  test('style: every option function takes "european" (default) or "american", with aliases, in both hosts (issue #11)', () => {
    // QuantLib 1.29 QdFpAmericanEngine (test/reference/examples.json): 9.870063949925212.
    const american = only(agree('BS_PRICE', ['put', 100, 100, 252, 0.3, 0.05, 0, 252, 'american'])) as number;
    expect(Math.abs(american - 9.870063949925212)).toBeLessThan(1e-8);
    for (const alias of ['a', 'A', '미국형', ' American '])
      expect(only(agree('BS_PRICE', ['put', 100, 100, 252, 0.3, 0.05, 0, 252, alias]))).toBe(american);
    const european = only(agree('BS_PRICE', ['put', 100, 100, 252, 0.3, 0.05]));
    for (const alias of ['european', 'e', '유럽형'])
      expect(only(agree('BS_PRICE', ['put', 100, 100, 252, 0.3, 0.05, 0, 252, alias]))).toBe(european);
    // Without dividends an American call is never exercised early: exactly the European call.
    expect(only(agree('BS_PRICE', ['call', 100, 100, 252, 0.3, 0.05, 0, 252, 'a']))).toBe(
      only(agree('BS_PRICE', ['call', 100, 100, 252, 0.3, 0.05])),
    );
    // Early exercise is worth something, so every American put figure is at least the European one.
    const [am] = agree('PUT_HEDGE', [180, 160, 20, 0.45, 0.04, 0, 252, 'american']) as number[][];
    const [eu] = agree('PUT_HEDGE', [180, 160, 20, 0.45, 0.04]) as number[][];
    expect(am[0]).toBeGreaterThan(eu[0]);
    expect(am[3] - am[0]).toBeCloseTo(180, 12);
    const [spreadAm] = agree('CALL_SPREAD', [180, 180, 200, 20, 0.45, 0.04, 0.02, 252, 'american']) as number[][];
    const [spreadEu] = agree('CALL_SPREAD', [180, 180, 200, 20, 0.45, 0.04, 0.02]) as number[][];
    expect(spreadAm.every((x) => Number.isFinite(x))).toBe(true);
    expect(spreadAm[0]).not.toBe(spreadEu[0]);
    const delta = only(agree('BS_GREEK', ['delta', 'put', 100, 100, 252, 0.3, 0.05, 0, 252, 'american'])) as number;
    expect(delta).toBeGreaterThan(-1);
    expect(delta).toBeLessThan(only(agree('BS_GREEK', ['delta', 'put', 100, 100, 252, 0.3, 0.05])) as number);
    const iv = only(agree('IMPLIED_VOL', [american, 'put', 100, 100, 252, 0.05, 0, 252, 'american'])) as number;
    expect(Math.abs(iv - 0.3)).toBeLessThan(1e-8);
    expect(only(agree('BS_PRICE', ['put', 100, 100, 252, 0.3, 0.05, 0, 252, 'bermudan']))).toEqual({
      error: '#VALUE!',
      message: expect.stringMatching(/^style: "bermudan" is not one of .*european.*american/),
    });
  });

  test('an ATM option at expiry is its intrinsic value 0, not NaN', () => {
    expect(only(agree('BS_PRICE', ['put', 100, 100, 0, 0.3]))).toBe(0);
    expect(only(agree('BS_GREEK', ['gamma', 'put', 100, 100, 0, 0.3]))).toBe(0);
  });
});

describe('no silent wrong numbers from unit mistakes (issue #9)', () => {
  // Each value below is what an analyst types when a percent is meant (the issue's own examples);
  // the message must give the fix. The bounds and why each holds are in shared/catalog/params.ts
  // and docs/functions.md.
  test.each([
    ['CALL_SPREAD', [180, 180, 200, 20, 0.45, 4], 'rate: 4 would be 400% a year; if you meant 4%, write 4% or 0.04'],
    ['DCF_VALUE', [100, 8, 9, 5, 2.5], 'growth: 8 would be 800% a year; if you meant 8%, write 8% or 0.08'],
    ['DCF_VALUE', [100, 0.08, 9, 5, 2.5], 'discount: 9 would be 900% a year; if you meant 9%, write 9% or 0.09'],
    ['DCF_VALUE', [100, 0.08, 0.09, 5, 2.5], 'terminal_growth: 2.5 would be 250% a year; if you meant 2.5%, write 2.5% or 0.025'],
    ['KELLY', [0.55, 10, 10], 'loss_return: 10 would be 1000% of the position; if you meant 10%, write 10% or 0.1'],
    ['KELLY', [55, 0.1, 0.1], 'win_prob: 55 would be 5500%; if you meant 55%, write 55% or 0.55'],
    ['POSITION_SIZE', [100000, 0.5, 180, 171], 'risk_pct: 0.5 would be 50% of the account; if you meant 0.5%, write 0.5% or 0.005'],
    ['POSITION_SIZE', [100000, 0.02, 180, 171, 25], 'max_weight: 25 would be 2500% of the account; if you meant 25%, write 25% or 0.25'],
    [
      'PORTFOLIO_SIZE',
      [100000, [[180], [95]], [[170], [85]], 0.5],
      'risk_pct: 0.5 would be 50% of the account; if you meant 0.5%, write 0.5% or 0.005',
    ],
    [
      'PORTFOLIO_SIZE',
      [100000, [[180], [95]], [[170], [85]], 0.01, 6],
      'max_heat: 6 would be 600% of the account; if you meant 6%, write 6% or 0.06',
    ],
    [
      'PORTFOLIO_SIZE',
      [100000, [[180], [95]], [[170], [85]], 0.01, 0.06, 25],
      'max_weight: 25 would be 2500% of the account; if you meant 25%, write 25% or 0.25',
    ],
    ['VALUE_AT_RISK', [100000, 0.3, 10, 95], 'confidence: 95 would be 9500%; if you meant 95%, write 95% or 0.95'],
    ['BS_PRICE', ['call', 100, 100, 252, 20, 0.05], 'vol: 20 would be 2000% a year; if you meant 20%, write 20% or 0.2'],
    ['SCENARIO_PROB', [100, 110, 20, 0.3, 12], 'drift: 12 would be 1200% a year; if you meant 12%, write 12% or 0.12'],
    [
      'PORTFOLIO_VAR',
      [
        [[30000], [20000]],
        [[0.5], [30]],
      ],
      'vols (cell 2): 30 would be 3000% a year; if you meant 30%, write 30% or 0.3',
    ],
    [
      'RISK_CONTRIB',
      [[[30000], [20000]], [[45], [0.3]], 0.5],
      'vols (cell 1): 45 would be 4500% a year; if you meant 45%, write 45% or 0.45',
    ],
    [
      'PORTFOLIO_VAR',
      [[[30000], [20000]], [[0.5], [0.3]], 0.5, 10, 95],
      'confidence: 95 would be 9500%; if you meant 95%, write 95% or 0.95',
    ],
    ['PRICE_RANGE', [180, 20, 0.45, 0, 90], 'prob: 90 would be 9000%; if you meant 90%, write 90% or 0.9'],
    [
      'SCENARIO_PROB',
      [100, 110, 46000, 0.3],
      'days: 46000 trading days is about 183 years, likelier a date than a horizon; give the trading days until the date, e.g. NETWORKDAYS(TODAY(), date)',
    ],
  ])('%s(%j)', (name, args, message) => {
    const cells = agree(name, args).flat(); // a row result (CALL_SPREAD) has the error in each of its cells
    for (const c of cells) expect(c).toEqual({ error: '#VALUE!', message });
  });

  test('values a real use needs stay numbers: 150% growth, 250% volatility, 2× leverage, 1% risk', () => {
    for (const [name, args] of [
      ['DCF_VALUE', [100, 1.5, 0.09, 5, 0.025]],
      ['BS_PRICE', ['call', 100, 100, 20, 2.5, 0.05]],
      ['POSITION_SIZE', [100000, 0.01, 180, 171, 2]],
      ['SCENARIO_PROB', [100, 110, 20, 0.3, 1]],
    ] as [string, unknown[]][])
      expect(typeof only(agree(name, args))).toBe('number');
    // a book at the bounds themselves: 20% risk per position, heat 100%, 4× weight
    for (const c of agree('PORTFOLIO_SIZE', [100000, [[180]], [[170]], 0.2, 1, 4]).flat()) expect(typeof c).toBe('number');
  });

  test('POSITION_SIZE is signed: a stop above entry sells short (negative); a date as entry is an error, not 0', () => {
    expect(only(agree('POSITION_SIZE', [100000, 0.02, 180, 190]))).toBe(-200);
    expect(only(agree('POSITION_SIZE', [100000, 0.02, 180, 171]))).toBe(222);
    expect(only(agree('POSITION_SIZE', [100000, 0.02, 45900, 171]))).toEqual({
      error: '#VALUE!',
      message:
        'stop: one lot of 1 between entry 45900 and the stop 171 risks 45729, more than the 2000 allowed (account × risk_pct); not even one lot fits. Check entry and stop (a date in a cell arrives as its serial number)',
    });
  });
});

describe("results fit Excel on the web's 5 MB response (issue #9)", () => {
  const N = 100_000;
  const column = (f: (i: number) => unknown): unknown[][] => Array.from({ length: N }, (_, i) => [f(i)]);
  /** The response as the Excel runtime serializes it (errors through CustomFunctionError's toJSON shape). */
  const excelPayload = (args: unknown[]): { bytes: number; out: unknown } => {
    let out: unknown;
    try {
      out = excel.functions.get('SCENARIO_PROB')!(...excelArgs(args, 7));
    } catch (e) {
      out = e; // a thrown error is one cell
    }
    return { bytes: Buffer.byteLength(JSON.stringify(out)), out };
  };
  const BUDGET = 4_000_000; // the bound, under the 5 MB cap

  test('100,000 rows, all bad: one error with the first message, in both hosts', () => {
    const spots = column((i) => `n/a ${i}`);
    const { bytes, out } = excelPayload([spots, 110, 20, 0.3]);
    expect(bytes).toBeLessThan(BUDGET);
    expect(out).toMatchObject({ code: '#VALUE!', message: 'spot: "n/a 0" is text, not a number' });
    // Sheets: a thrown Error, which Sheets shows as #ERROR! with the message (a real error, unlike
    // error text inside an array); callSheets normalises it to Excel's code for comparison.
    expect(() => (sheets.SCENARIO_PROB as (...a: unknown[]) => unknown)(...sheetsArgs([spots, 110, 20, 0.3]))).toThrow(
      'spot: "n/a 0" is text, not a number',
    );
  });

  test.each([
    ['Excel on the web (null)', null],
    ['Excel desktop (0)', 0],
  ])('100,000 rows with 250 values and the rest empty, as %s sends them', (_, empty) => {
    const { bytes, out } = excelPayload([column((i) => (i < 250 ? 100 + i : empty)), 110, 20, 0.3]);
    expect(bytes).toBeLessThan(BUDGET);
    const cells = (out as unknown[][]).map((r) => r[0]);
    expect(cells.filter((c) => typeof c === 'number')).toHaveLength(250);
    expect(cells.slice(250).every((c) => c === '')).toBe(true);
  });

  test("the issue's case: 60,000 values and 40,000 empty rows (was 8.5 MB)", () => {
    const { bytes } = excelPayload([column((i) => (i < 60_000 ? 90 + (i % 40) : null)), 110, 20, 0.3]);
    expect(bytes).toBeLessThan(BUDGET);
  });

  test('5,000 bad rows among 100,000: every bad cell an error; full messages first, shortened after the budget', () => {
    // every 20th row's days is a date serial: a long message (~150 characters) per bad cell
    const days = column((i) => (i % 20 === 7 ? 46000 + i : 20));
    const { bytes, out } = excelPayload([100, 110, days, 0.3]);
    expect(bytes).toBeLessThan(BUDGET);
    const errors = (out as { code?: string; message?: string }[][]).map((r) => r[0]).filter((c) => typeof c === 'object');
    expect(errors).toHaveLength(5000);
    expect(errors[0].message).toBe(
      'days: 46007 trading days is about 183 years, likelier a date than a horizon; give the trading days until the date, e.g. NETWORKDAYS(TODAY(), date)',
    );
    const last = errors[errors.length - 1].message!;
    expect(last).toBe('days: 145987 trading days is about 579 years, l…');
  });

  test('half the rows bad: one error saying the result is too large for Excel on the web, naming the first bad input', () => {
    const { bytes, out } = excelPayload([column((i) => (i % 2 ? `x${i}` : 100)), 110, 20, 0.3]);
    expect(bytes).toBeLessThan(BUDGET);
    expect((out as { message: string }).message).toMatch(
      /^SCENARIO_PROB: the result would be about [\d.]+ MB with 50000 error cells of 100000, over the 5 MB Excel on the web accepts; fix the inputs the first error names: spot: "x1" is text, not a number$/,
    );
  });
});

describe("numbers alone past Excel on the web's 5 MB (issue #9)", () => {
  test('CALL_SPREAD over 100,000 rows (four numbers a row, ~10 MB): one error giving a block size that fits', () => {
    const call = (rows: number) => {
      const spots = Array.from({ length: rows }, (_, i) => [150 + (i % 100)]);
      try {
        return excel.functions.get('CALL_SPREAD')!(...excelArgs([spots, 180, 200, 20, 0.45, 0.04], 9));
      } catch (e) {
        return e;
      }
    };
    const out = call(100_000) as { code: string; message: string };
    expect(Buffer.byteLength(JSON.stringify(out))).toBeLessThan(1000);
    const m =
      /^CALL_SPREAD: the result would be about ([\d.]+) MB \(400000 cells\), over the 5 MB Excel on the web accepts; split the formula into blocks of at most (\d+) rows$/.exec(
        out.message,
      );
    expect(m).not.toBeNull();
    // the block size it gives does fit: numbers, under the 4 MB budget
    const fits = call(Number(m![2]));
    expect(Array.isArray(fits)).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(fits))).toBeLessThan(4_000_000);
  });
});

describe("the 5 MB cap is Excel on the web's: desktop Excel returns the whole result (issue #10: 100,000-row trade plans)", () => {
  // Office.context.platform as Office.js reports it (Office.PlatformType: "PC", "Mac", "OfficeOnline", ...)
  const on = (platform: string | undefined) =>
    loadExcel(platform === undefined ? {} : { Office: { context: { platform, displayLanguage: 'en-US' } } });
  const spots = Array.from({ length: 100_000 }, (_, i) => [90 + (i % 40)]);
  const hit = (excelOn: ReturnType<typeof loadExcel>) => {
    try {
      return excelOn.functions.get('HIT_FIRST')!(...excelArgs([spots, 130, 85, 63, 0.3], 7));
    } catch (e) {
      return e;
    }
  };

  test.each([['PC'], ['Mac']])('on %s: HIT_FIRST over 100,000 rows is 300,000 numbers (~7.5 MB), all returned', (platform) => {
    const out = hit(on(platform)) as number[][];
    expect(Array.isArray(out)).toBe(true);
    expect(out).toHaveLength(100_000);
    expect(out.every((r) => r.length === 3 && r.every((c) => typeof c === 'number'))).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(out))).toBeGreaterThan(5_000_000);
    // the same rows as the web returns in blocks that fit (first row: spot 90 between 85 and 130)
    const web = on('OfficeOnline').functions.get('HIT_FIRST')!(...excelArgs([[[90]], 130, 85, 63, 0.3], 7)) as number[][];
    expect(out[0]).toEqual(web[0]);
  });

  test.each([['OfficeOnline'], ['iOS'], [undefined]])(
    'on %s (or not known): the cap applies, one error giving the rows that fit',
    (platform) => {
      const out = hit(on(platform)) as { code: string; message: string };
      expect(out.code).toBe('#VALUE!');
      expect(out.message).toMatch(
        /^HIT_FIRST: the result would be about [\d.]+ MB \(300000 cells\), over the 5 MB Excel on the web accepts; split the formula into blocks of at most \d+ rows$/,
      );
    },
  );

  test('on desktop, errors past the message budget keep their full message', () => {
    const days = Array.from({ length: 100_000 }, (_, i) => [i % 20 === 7 ? 46000 + i : 20]);
    const out = on('PC').functions.get('SCENARIO_PROB')!(...excelArgs([100, 110, days, 0.3], 7)) as { message?: string }[][];
    const errors = out.map((r) => r[0]).filter((c) => typeof c === 'object');
    expect(errors).toHaveLength(5000);
    expect(errors[errors.length - 1].message).toBe(
      'days: 145987 trading days is about 579 years, likelier a date than a horizon; give the trading days until the date, e.g. NETWORKDAYS(TODAY(), date)',
    );
  });
});

describe('the invocation argument is recognised by type, not by count (issue #9)', () => {
  test('fewer arguments than declared plus the invocation: the invocation is not read as drift', () => {
    const invocation = { address: 'Sheet1!A1', functionName: 'DESK.SCENARIO_PROB' };
    const fn = excel.functions.get('SCENARIO_PROB')!;
    expect(fn([[100]], [[110]], [[20]], [[0.3]], invocation)).toEqual(fn([[100]], [[110]], [[20]], [[0.3]]));
    expect(typeof (fn([[100]], [[110]], [[20]], [[0.3]], invocation) as number[][])[0][0]).toBe('number');
  });
});

describe('errors as each host shows them (issue #9; README "Errors")', () => {
  const sheetsFn = (name: string) => sheets[name] as (...a: unknown[]) => unknown;

  test('one cell: Excel throws CustomFunctions.Error #VALUE! with the message; Sheets throws an Error (shown as #ERROR!)', () => {
    let thrown: unknown;
    try {
      excel.functions.get('POSITION_SIZE')!(...excelArgs([100000, 0.02, 180, 180], 6));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchObject({ code: '#VALUE!', message: 'stop: 180 equals entry 180; there is no risk per share' });
    expect(() => sheetsFn('POSITION_SIZE')(100000, 0.02, 180, 180)).toThrow(
      new Error('stop: 180 equals entry 180; there is no risk per share'),
    );
  });

  test('inside an array with numbers: Excel has an error cell; Sheets can only hold text starting "#VALUE! "', () => {
    const out = excel.functions.get('SCENARIO_PROB')!(...excelArgs([[[100], ['abc']], 110, 20, 0.3], 7)) as unknown[][];
    expect(typeof out[0][0]).toBe('number');
    expect(out[1][0]).toMatchObject({ code: '#VALUE!', message: 'spot: "abc" is text, not a number' });
    const text = sheetsFn('SCENARIO_PROB')([[100], ['abc']], 110, 20, 0.3) as unknown[][];
    expect(typeof text[0][0]).toBe('number');
    // ISERROR misses this text and SUM skips it; README: test with LEFT(cell, 1) = "#" or ISTEXT(cell)
    expect(text[1][0]).toBe('#VALUE! spot: "abc" is text, not a number');
  });

  test('a cell beyond a shorter range is #N/A in Excel and the text "#N/A ..." in a Sheets array', () => {
    const out = excel.functions.get('SCENARIO_PROB')!(...excelArgs([[[100], [101], [102]], [[110], [111]], 20, 0.3], 7)) as unknown[][];
    expect(out[2][0]).toMatchObject({ code: '#N/A' });
    const text = sheetsFn('SCENARIO_PROB')([[100], [101], [102]], [[110], [111]], 20, 0.3) as unknown[][];
    expect(String(text[2][0]).startsWith('#N/A ')).toBe(true);
  });
});
