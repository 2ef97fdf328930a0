/**
 * The column's playbook (../shared/seed/column-digest.md, from the Korean original): segments,
 * tickers and scenario views, the three investor profiles, and a working model sheet laid out as
 * cells and live formulas for either host.
 */
import type { Text } from './catalog/types';

export interface Segment {
  segment: Text;
  tickers: string[];
  view: Text;
  /** The column's probability for its view, as a decimal range [low, high]; null where it gives none. */
  probability: [number, number] | null;
}

export const SEGMENTS: Segment[] = [
  {
    segment: { en: 'Semiconductors / AI chips', ko: '반도체 / AI 칩' },
    tickers: ['NVDA', 'AVGO', 'AMD', 'INTC'],
    view: { en: 'Bullish: the uptrend continues', ko: '강세: 상승 추세 지속' },
    probability: [0.65, 0.65],
  },
  {
    segment: { en: 'Data centers / infrastructure', ko: '데이터센터 / 인프라' },
    tickers: ['CRWV', 'SMCI', 'EQIX'],
    view: { en: 'Bullish', ko: '강세' },
    probability: [0.6, 0.6],
  },
  {
    segment: { en: 'Cloud / platforms', ko: '클라우드 / 플랫폼' },
    tickers: ['AMZN', 'MSFT', 'GOOG', 'ORCL'],
    view: {
      en: 'Mixed: MSFT and AMZN defensive, ORCL cautious (capex, credit risk)',
      ko: '혼조: MSFT·AMZN 방어적, ORCL 신중 (설비투자, 신용 위험)',
    },
    probability: null,
  },
  {
    segment: { en: 'S&P 500 index', ko: 'S&P 500 지수' },
    tickers: ['SPX'],
    view: { en: 'Up, with higher volatility', ko: '상승, 변동성 확대' },
    probability: [0.55, 0.6],
  },
];

export interface Profile {
  name: Text;
  /** Minimum cash as a fraction of the account. */
  cashFloor: number;
  /** Largest loss per position as a fraction of the account. */
  riskPerPosition: number;
  /** Largest position as a fraction of the account. */
  maxWeight: number;
  /** Largest total loss if every stop is hit (the heat), as a fraction of the account. */
  maxHeat: number;
  positions: Text;
  hedges: Text;
}

/**
 * The column gives cash ≥ 20% for conservative investors and a 2–3% maximum loss per position for
 * aggressive ones; the remaining numbers (marked as assumptions in the sheet) fill the table so
 * every profile can be sized.
 */
export const PROFILES: Profile[] = [
  {
    name: { en: 'Conservative', ko: '보수적' },
    cashFloor: 0.2,
    riskPerPosition: 0.01,
    maxWeight: 0.3,
    maxHeat: 0.03,
    positions: { en: 'MSFT, AMZN; defensive sector ETFs', ko: 'MSFT, AMZN; 방어적 섹터 ETF' },
    hedges: { en: 'Cash ≥ 20%, protective puts', ko: '현금 20% 이상, 보호용 풋' },
  },
  {
    name: { en: 'Neutral', ko: '중립적' },
    cashFloor: 0.1,
    riskPerPosition: 0.02,
    maxWeight: 0.15,
    maxHeat: 0.06,
    positions: { en: 'NVDA, AVGO partly; CRWV, SMCI small, scaled in', ko: 'NVDA, AVGO 일부; CRWV, SMCI 소규모 분할 매수' },
    hedges: { en: 'Call spreads cap the upside cost; stop-loss rules', ko: '콜 스프레드로 비용 제한; 손절 규칙' },
  },
  {
    name: { en: 'Aggressive', ko: '공격적' },
    cashFloor: 0.05,
    riskPerPosition: 0.03,
    maxWeight: 0.25,
    maxHeat: 0.09,
    positions: {
      en: 'Small leveraged NVDA; short-term CRWV momentum; AI theme ETFs',
      ko: '소규모 레버리지 NVDA; 단기 CRWV 모멘텀; AI 테마 ETF',
    },
    hedges: { en: '2–3% maximum loss per position; close news monitoring', ko: '포지션당 최대 손실 2~3%; 뉴스 밀착 모니터링' },
  },
];

export type HostKind = 'excel' | 'sheets';
export type SheetCell = string | number;

/** The model sheet's name, before uniqueSheetName makes it "… (2)", "… (3)" where it is taken. */
export const MODEL_SHEET_NAME: Text = { en: 'Scenario Desk model', ko: '시나리오 데스크 모델' };

/**
 * One number: the latest price, in the host's own function (formula text without the "=", shown
 * beside the sample price to paste in its place). STOCKHISTORY(stock, start_date,
 * end_date, interval, headers, property0) with headers 0 (none) and property 1 (Close) returns only
 * the closes of the last ten days, oldest first, and TAKE(…, -1) keeps the last (Microsoft's
 * STOCKHISTORY reference; both need Microsoft 365). GOOGLEFINANCE's "price" attribute is already one
 * (delayed) number.
 */
export function livePriceFormula(host: HostKind, ticker: string): string {
  return host === 'excel' ? `TAKE(STOCKHISTORY("${ticker}", TODAY()-10, TODAY(), 0, 0, 1), -1)` : `GOOGLEFINANCE("${ticker}", "price")`;
}

/** A sheet name not in `existing` (case-insensitive, as both hosts compare): `base`, then "… (2)", "… (3)", … */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let k = 2; ; k++) {
    const name = `${base} (${k})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
