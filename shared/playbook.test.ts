import { modelLayout } from './model';
import { livePriceFormula } from './playbook';

describe('the live-price formula gives one number (issue #9)', () => {
  test('Excel: STOCKHISTORY without headers, Close only, last row', () => {
    // Microsoft's STOCKHISTORY reference: STOCKHISTORY(stock, start_date, [end_date], [interval],
    // [headers], [property0], ...); headers 0 = no header row; property 1 = Close (0 would add the
    // Date column). Default headers 1 and properties 0,1 give a header row and a date column, which
    // spilled (#SPILL!) when pasted into the spot cell.
    const f = livePriceFormula('excel', 'NVDA');
    const m = /^TAKE\(STOCKHISTORY\("NVDA", TODAY\(\)-10, TODAY\(\), (\d), (\d), (\d)\), -1\)$/.exec(f);
    expect(m).not.toBeNull();
    const [interval, headers, property] = m!.slice(1).map(Number);
    expect({ interval, headers, property }).toEqual({ interval: 0, headers: 0, property: 1 });
  });

  test('Sheets: GOOGLEFINANCE price attribute (one number, unlike its history)', () => {
    expect(livePriceFormula('sheets', 'NVDA')).toBe('GOOGLEFINANCE("NVDA", "price")');
  });

  test('the model gives the recipe in each spot input’s note, in each host’s own function', () => {
    for (const host of ['excel', 'sheets'] as const)
      expect(modelLayout(host, 'en').notes.some((n) => n.text.includes(livePriceFormula(host, 'NVDA')))).toBe(true);
  });
});
