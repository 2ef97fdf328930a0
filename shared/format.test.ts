import { CATALOG, findFunction } from './catalog';
import { formatNumber, inputUnit, resultUnits } from './format';

describe('results as a person reads them (issue #13)', () => {
  test.each([
    [0.12100391143079171, 'probability', '12.1%'],
    [0.3749, 'probability', '37.5%'],
    [0.0654, 'probability', '6.54%'],
    [1, 'probability', '100%'],
    [0, 'probability', '0%'],
    [1.23e-7, 'probability', '0.0000123%'],
    [-0.27, 'percent', '−27%'],
    [4.75, 'percent', '475%'],
    [6.5184, 'money', '6.52'],
    [26640, 'money', '26,640.00'],
    [-1332.5, 'money', '−1,332.50'],
    [6.1e-16, 'money', '0.00'],
    [222, 'shares', '222'],
    [-1200, 'shares', '−1,200'],
    [0.0499726, 'multiple', '0.05 R'],
    [0.6368306511756191, 'number', '0.6368'],
    [-0.0254524903, 'number', '−0.02545'],
    [1.5e-9, 'number', '1.5e-9'],
  ] as const)('%p as %s reads %s', (x, unit, text) => {
    expect(formatNumber(x, unit, 'en')).toBe(text);
  });

  test('Korean uses the same digits and grouping', () => {
    expect(formatNumber(26640, 'money', 'ko')).toBe('26,640.00');
    expect(formatNumber(0.121, 'probability', 'ko')).toBe('12.1%');
  });

  test('units per column: a scalar repeats its unit, a table without names uses its one unit everywhere', () => {
    expect(resultUnits({ kind: 'scalar', unit: 'money' }, 3)).toEqual(['money', 'money', 'money']);
    expect(resultUnits({ kind: 'table', units: ['probability'] }, 2)).toEqual(['probability', 'probability']);
    expect(resultUnits({ kind: 'row', columns: [], units: ['money', 'multiple'] }, 2)).toEqual(['money', 'multiple']);
  });
});

describe('inputs as a person reads them (the what-if headers)', () => {
  const param = (fn: string, name: string) => findFunction(fn)!.params.find((p) => p.name === name)!;
  test.each([
    ['DCF_REPRICE', 'new_discount', 0.08, '8%'],
    ['BS_PRICE', 'vol', 0.3, '30%'],
    ['SCENARIO_PROB', 'drift', 0.125, '12.5%'],
    ['PORTFOLIO_VAR', 'confidence', 0.99, '99%'],
    ['BS_PRICE', 'spot', 180, '180.00'],
    ['POSITION_SIZE', 'account', 100000, '100,000.00'],
    ['SCENARIO_PROB', 'days', 20, '20'],
    ['KELLY', 'win_return', 1.5, '150%'],
    ['PE_REPRICE', 'new_pe', 25, '25'],
  ])('%s %s %d reads %s', (fn, name, x, text) => {
    expect(formatNumber(x, inputUnit(param(fn, name)))).toBe(text);
  });

  test('across the catalog: every unit written with a % example reads as a percent; days, counts, times and money never do', () => {
    for (const f of CATALOG)
      for (const p of f.params.filter((q) => q.kind === 'number')) {
        const where = `${f.name} ${p.name} (${p.unit.en})`;
        if (/= \d+%/.test(p.unit.en)) expect([where, inputUnit(p)]).toEqual([where, 'percent']);
        if (/days|times|shares|currency|observations/.test(p.unit.en)) expect([where, inputUnit(p)]).not.toEqual([where, 'percent']);
      }
  });
});
