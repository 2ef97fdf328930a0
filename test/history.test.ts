/**
 * The Sheets price-history sheet (shared/history.ts) computed by a real spreadsheet engine:
 * HyperFormula (test-only, GPL licence key) evaluates the sheet's own formulas, with GOOGLEFINANCE
 * replaced by a stand-in that returns what Google documents for daily closes: a "Date", "Close"
 * header row, then one row per trading day (the date a serial number at the 16:00 close). The sheet's
 * volatility and drawdown must equal HIST_VOL's and MAX_DRAWDOWN's kernels on the same closes, to
 * SAME_NUMBERS (the formulas use LN(b/a) where the kernel uses log1p((b − a)/a), and a differently
 * ordered sum: a few ulps).
 */
import { ArraySize, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import { HISTORY_CELLS, HISTORY_ROWS, historySheet, historySheetName } from '../shared/history';
import { histVol, maxDrawdown } from '../shared/kernels/risk';

const SAME_NUMBERS = 1e-12;

let closes: number[] = [];
let calls: unknown[][] = [];

class GoogleFinanceStandIn extends FunctionPlugin {
  googlefinance(ast: { args: unknown[] }): SimpleRangeValue {
    calls.push(ast.args);
    const start = 46000;
    return SimpleRangeValue.onlyValues([['Date', 'Close'], ...closes.map((c, i) => [start + i + 16 / 24, c])]);
  }
  googlefinanceSize(): ArraySize {
    return new ArraySize(2, closes.length + 1);
  }
}
Object.assign(GoogleFinanceStandIn, {
  implementedFunctions: {
    GOOGLEFINANCE: {
      method: 'googlefinance',
      sizeOfResultArrayMethod: 'googlefinanceSize',
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
    },
  },
});
HyperFormula.registerFunctionPlugin(GoogleFinanceStandIn, { enGB: { GOOGLEFINANCE: 'GOOGLEFINANCE' } });

/** A year of closes from a seeded geometric random walk, rounded to cents as quotes are. */
function walk(n: number, seed: number, vol: number): number[] {
  let s = seed >>> 0;
  const uniform = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 2 ** 32;
  };
  const out = [180];
  for (let i = 1; i < n; i++) {
    const z = Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    out.push(Math.round(out[i - 1] * Math.exp((vol / Math.sqrt(252)) * z) * 100) / 100);
  }
  return out;
}

function evaluate(rows: (string | number)[][]): (address: string) => unknown {
  // Range.setValues leaves a cell given "" empty; HyperFormula would hold "" (and refuse to spill).
  const cells = rows.map((row) => row.map((v) => (v === '' ? null : v)));
  // The spilling GOOGLEFINANCE call goes in last: HyperFormula 3 trips over building a spilled array
  // and the ranges that depend on it in one step ("Edge does not exist").
  const a1 = cells[0][0];
  cells[0][0] = null;
  const hf = HyperFormula.buildFromArray(cells, { licenseKey: 'gpl-v3', smartRounding: false, precisionEpsilon: 0 });
  hf.setCellContents({ sheet: 0, row: 0, col: 0 }, a1);
  return (address: string) => hf.getCellValue(hf.simpleCellAddressFromString(address, 0)!);
}

describe('price history in Sheets from its own formulas (issue #9)', () => {
  test.each([
    ['a year of a volatile stock', walk(251, 7, 0.45)],
    ['a quiet stock over two years', walk(503, 11, 0.12)],
    ['every row the sheet covers', walk(HISTORY_ROWS, 3, 0.3)],
  ])('%s: volatility and drawdown equal HIST_VOL and MAX_DRAWDOWN', (_, series) => {
    closes = series;
    calls = [];
    const cell = evaluate(historySheet('NVDA', 'en'));
    expect(cell(HISTORY_CELLS.count)).toBe(series.length);
    const vol = cell(HISTORY_CELLS.vol) as number;
    const dd = cell(HISTORY_CELLS.drawdown) as number;
    expect(Math.abs(vol / histVol(series, 252) - 1)).toBeLessThan(SAME_NUMBERS);
    expect(Math.abs(dd - maxDrawdown(series))).toBeLessThan(SAME_NUMBERS);
    expect(dd).toBeLessThan(0);
    expect(cell(HISTORY_CELLS.last)).toBe(series[series.length - 1]);
    expect(calls).toHaveLength(1);
  });

  test('prices that never fall: drawdown 0; another year basis changes only the volatility', () => {
    closes = Array.from({ length: 60 }, (_, i) => 100 * 1.01 ** i + 0.1 * Math.sin(i));
    const cell = evaluate(historySheet('MSFT', 'ko', { yearDays: 260 }));
    expect(cell(HISTORY_CELLS.drawdown)).toBe(maxDrawdown(closes));
    expect(Math.abs((cell(HISTORY_CELLS.vol) as number) / histVol(closes, 260) - 1)).toBeLessThan(SAME_NUMBERS);
  });

  test('the sheet asks GOOGLEFINANCE for daily closes ending today, in the language of the pane', () => {
    const rows = historySheet('NVDA', 'ko', { calendarDays: 730 });
    expect(rows[0][0]).toBe('=GOOGLEFINANCE("NVDA", "close", TODAY()-730, TODAY())');
    expect(historySheetName('NVDA', 'ko')).toBe('NVDA 가격 이력');
    expect(rows.flat().join(' ')).toContain('GOOGLEFINANCE');
    expect(rows).toHaveLength(HISTORY_ROWS + 1);
  });
});
