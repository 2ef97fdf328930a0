/**
 * Price history in Google Sheets, computed by Sheets itself. Google does not let add-ins read
 * GOOGLEFINANCE's historical data ("Historical data cannot be downloaded or accessed via the Sheets
 * API or Apps Script", GOOGLEFINANCE help): a custom function given that range sees "#N/A" in every
 * cell. Sheets' own functions do see it, so this sheet puts the history in column A:B and computes
 * the running peak, the drawdown and the daily log return next to it with plain formulas (MAX, LN,
 * ISNUMBER, STDEV.S, MIN), with the same definitions as HIST_VOL and MAX_DRAWDOWN:
 * - volatility: sample standard deviation of the daily log returns × √(trading days per year);
 * - drawdown: the lowest close ÷ the highest close before it, minus one (0 when prices never fall).
 * Excel needs none of this: custom functions read STOCKHISTORY's results like any other cells.
 */
import type { Lang } from './catalog/describe';
import type { SheetCell } from './playbook';

/** Rows the formulas cover below the header: about four years of trading days. */
export const HISTORY_ROWS = 1000;

export interface HistoryOptions {
  /** Calendar days of history, ending today (default 365). */
  readonly calendarDays?: number;
  /** Trading days per year for the volatility (default 252). */
  readonly yearDays?: number;
}

/** Addresses of the summary cells, for tests and for formulas elsewhere. */
export const HISTORY_CELLS = { count: 'H2', vol: 'H3', drawdown: 'H4', last: 'H5' } as const;

const TEXT = {
  sheet: { en: 'history', ko: '가격 이력' },
  peak: { en: 'Running peak', ko: '누적 고점' },
  drawdown: { en: 'Drawdown', ko: '낙폭' },
  logReturn: { en: 'Daily log return', ko: '일간 로그 수익률' },
  count: { en: 'Closes', ko: '종가 수' },
  vol: { en: 'Volatility (annual, decimal)', ko: '변동성 (연율, 소수)' },
  maxDrawdown: { en: 'Max drawdown (decimal)', ko: '최대 낙폭 (소수)' },
  last: { en: 'Last close', ko: '최근 종가' },
  why: {
    en: 'Google does not let add-ins read GOOGLEFINANCE history (they see #N/A), so Sheets computes these itself. Change the dates in A1 to change the window.',
    ko: 'Google은 부가기능이 GOOGLEFINANCE 이력을 읽지 못하게 합니다(#N/A로 보임). 그래서 이 값들은 Sheets가 직접 계산합니다. 기간을 바꾸려면 A1의 날짜를 바꾸세요.',
  },
} satisfies Record<string, Record<Lang, string>>;

/** The sheet's base name, e.g. "NVDA history" (the host makes it unique). */
export function historySheetName(ticker: string, lang: Lang): string {
  return `${ticker} ${TEXT.sheet[lang]}`;
}

/** GOOGLEFINANCE's daily closes with a "Date", "Close" header row, ending today. */
export function googleFinanceHistory(ticker: string, calendarDays = 365): string {
  return `GOOGLEFINANCE("${ticker.replace(/"/g, '""')}", "close", TODAY()-${calendarDays}, TODAY())`;
}

/**
 * The sheet as rows (row 1 first): A1 holds the GOOGLEFINANCE call, which fills A1:B with the
 * header and the closes; C, D and E compute per row, H2:H5 summarise.
 */
export function historySheet(ticker: string, lang: Lang, options: HistoryOptions = {}): SheetCell[][] {
  const yearDays = options.yearDays ?? 252;
  const end = HISTORY_ROWS + 1;
  const rows: SheetCell[][] = [];
  rows.push([
    `=${googleFinanceHistory(ticker, options.calendarDays)}`,
    '',
    TEXT.peak[lang],
    TEXT.drawdown[lang],
    TEXT.logReturn[lang],
    '',
    ticker,
    '',
  ]);
  for (let r = 2; r <= end; r++) {
    const b = `B${r}`;
    rows.push([
      '',
      '',
      `=IF(ISNUMBER(${b}), MAX(B$2:${b}), "")`,
      `=IF(ISNUMBER(${b}), ${b}/C${r}-1, "")`,
      r === 2 ? '' : `=IF(AND(ISNUMBER(B${r - 1}), ISNUMBER(${b})), LN(${b}/B${r - 1}), "")`,
    ]);
  }
  const summary: [string, string][] = [
    [TEXT.count[lang], `=COUNT(B2:B${end})`],
    [TEXT.vol[lang], `=STDEV.S(E3:E${end})*SQRT(${yearDays})`],
    [TEXT.maxDrawdown[lang], `=MIN(D2:D${end})`],
    [TEXT.last[lang], `=INDEX(B2:B${end}, ${HISTORY_CELLS.count})`],
  ];
  summary.forEach(([label, formula], i) => {
    rows[1 + i].push('', label, formula);
  });
  rows[6].push('', TEXT.why[lang]);
  return rows;
}
