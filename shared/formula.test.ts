import { findFunction } from './catalog';
import { excelPrefix, formula, isReference, listParams, syntax, typedArg, typedFormula, typedList, typedNumber } from './formula';

const spec = (name: string) => findFunction(name)!;

test('the Excel prefix is the manifest namespace with a dot', () => {
  expect(excelPrefix).toBe('DESK.');
});

test('syntax brackets optional parameters', () => {
  expect(syntax(spec('POSITION_SIZE'), excelPrefix)).toMatch(/^=DESK\.POSITION_SIZE\(account, risk_pct, entry, stop, \[/);
  expect(syntax(spec('POSITION_SIZE'))).toMatch(/^=POSITION_SIZE\(/);
});

test('literal arguments: text quoted, arrays as constants, trailing blanks dropped, inner blanks kept', () => {
  expect(formula(spec('SCENARIO_PROB'), [100, 110, 20, 0.3, null, 'touch'], excelPrefix)).toBe(
    '=DESK.SCENARIO_PROB(100, 110, 20, 0.3, , "touch")',
  );
  expect(formula(spec('SCENARIO_PROB'), [100, 110, 20, 0.3, null, undefined])).toBe('=SCENARIO_PROB(100, 110, 20, 0.3)');
  expect(
    formula(spec('SCENARIO_BAYES'), [
      [[0.65], [0.35]],
      [[0.3], [0.6]],
    ]),
  ).toBe('=SCENARIO_BAYES({0.65;0.35}, {0.3;0.6})');
});

test('typed arguments: numbers and percentages as typed, other text quoted, vectors as column constants', () => {
  const [spot, , , , , mode] = spec('SCENARIO_PROB').params;
  expect(typedArg(spot, ' 2% ')).toBe('2%');
  expect(typedArg(spot, '')).toBeNull();
  expect(typedArg(spot, 'say "hi"')).toBe('"say ""hi"""');
  expect(typedArg(mode, '1')).toBe('"1"');
  const prior = spec('SCENARIO_BAYES').params[0];
  expect(typedArg(prior, '0.65, 0.25\n0.1;x')).toBe('{0.65;0.25;0.1;"x"}');
  expect(typedArg(spec('HIST_VOL').params[0], '100\n102\n 101 ')).toBe('{100;102;101}');
  expect(typedFormula(spec('POSITION_SIZE'), { account: '100000', risk_pct: '2%', entry: '180', stop: '171' }, excelPrefix)).toBe(
    '=DESK.POSITION_SIZE(100000, 2%, 180, 171)',
  );
});

test('a typed matrix: one row per line, cells on commas or tabs, one number as a 1×1 block', () => {
  const corr = spec('PORTFOLIO_VAR').params.find((p) => p.kind === 'matrix')!;
  expect(typedArg(corr, '1, 0.6\n0.6\t1\n')).toBe('{1,0.6;0.6,1}');
  expect(typedArg(corr, ' 0.3 ')).toBe('{0.3}');
  expect(typedArg(corr, '1,x;0.6,1')).toBe('{1,"x";0.6,1}');
  expect(
    typedFormula(
      spec('PORTFOLIO_VAR'),
      { values: '30000\n20000', vols: '0.5, 0.9', correlations: '1,0.6\n0.6,1', days: '10' },
      excelPrefix,
    ),
  ).toBe('=DESK.PORTFOLIO_VAR({30000;20000}, {0.5;0.9}, {1,0.6;0.6,1}, 10)');
});

describe('numbers as people type them (issue #13)', () => {
  test.each([
    ['100,000', '100000'],
    ['$180', '180'],
    ['-$1,250.50', '-1250.50'],
    ['5%', '5%'],
    ['₩1,000', '1000'],
    ['1,000원', '1000'],
    ['12,5', '12.5'],
    ['0,05', '0.05'],
    ['1 000', '1000'],
    ['−3', '-3'],
    ['1,00', '1.00'],
    ['abc', 'abc'],
    ['1,2,3', '1,2,3'],
  ])('%s → %s', (typed, number) => {
    expect(typedNumber(typed)).toBe(number);
  });
});

describe('what-if lists (issue #13)', () => {
  test.each([
    ['0.1, 0.15, 0.2', ['0.1', '0.15', '0.2']],
    ['0.1;0.15', ['0.1', '0.15']],
    ['1,2,3', ['1', '2', '3']],
    ['$180, $190', ['180', '190']],
    ['0.1:0.3:0.05', ['0.1', '0.15', '0.2', '0.25', '0.3']],
    ['10:1:-3', ['10', '7', '4', '1']],
    ['100,000', null],
    ['12,5', null],
    ['0.1', null],
    ['a, b', null],
    ['1:2:0', null],
    ['0:1000:1', null],
  ])('%s → %p', (typed, values) => {
    expect(typedList(typed)).toEqual(values);
  });

  test('the first list runs down, the second across: one broadcast formula', () => {
    const spec = findFunction('DCF_REPRICE')!;
    const raw = { price: '180', old_growth: '0.15', new_growth: '0.1, 0.15, 0.2', old_discount: '0.09', new_discount: '0.08:0.1:0.01' };
    expect(listParams(spec, raw)).toEqual(['new_growth', 'new_discount']);
    expect(typedFormula(spec, raw, excelPrefix)).toBe('=DESK.DCF_REPRICE(180, 0.15, {0.1;0.15;0.2}, 0.09, {0.08,0.09,0.1})');
    // functions with row results take no lists
    expect(listParams(findFunction('HIT_FIRST')!, { spot: '100, 110' })).toEqual([]);
  });
});

describe('cell references in a field go into the formula as they are (issue #13)', () => {
  test.each(['A1', 'b2:b20', '$B$2:$B$20', 'Sheet1!A1', "'My sheet'!A1:C3", 'AB12'])('%s is a reference', (ref) => {
    expect(isReference(ref)).toBe(true);
  });
  test.each(['1e5', 'call', 'A0', '5%', 'A1:', 'ABCD1'])('%s is not', (text) => {
    expect(isReference(text)).toBe(false);
  });
  test('a formula mixing references and values', () => {
    const spec = findFunction('HIST_VOL')!;
    expect(typedFormula(spec, { prices: 'B2:B253' }, '')).toBe('=HIST_VOL(B2:B253)');
    expect(typedFormula(findFunction('POSITION_SIZE')!, { account: 'B1', risk_pct: '2%', entry: 'C5', stop: '171' }, excelPrefix)).toBe(
      '=DESK.POSITION_SIZE(B1, 2%, C5, 171)',
    );
  });
});
