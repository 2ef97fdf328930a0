/**
 * The column's playbook (../shared/seed/column-digest.md, from the Korean original): segments,
 * tickers and scenario views, the three investor profiles, and a working model sheet laid out as
 * cells and live formulas for either host.
 */
import type { Text } from './catalog/types';
import { excelPrefix } from './formula';

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

/** Sample inputs: illustrative prices and volatilities, to be replaced with live data. */
const SAMPLE = [
  { ticker: 'NVDA', segment: 0, spot: 180, target: 200, vol: 0.45 },
  { ticker: 'AVGO', segment: 0, spot: 340, target: 370, vol: 0.4 },
  { ticker: 'CRWV', segment: 1, spot: 95, target: 115, vol: 0.8 },
  { ticker: 'MSFT', segment: 2, spot: 510, target: 530, vol: 0.22 },
];

const col = (c: number): string => String.fromCharCode(65 + c);

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

/**
 * The model sheet as rows of cells (text, numbers and formulas). Every formula uses only Scenario
 * Desk functions with cell references and literals, so with the sample inputs each evaluates to
 * a number. The host's price function (STOCKHISTORY in Excel, GOOGLEFINANCE in Sheets) is offered
 * as text beside each spot price, to paste in place of the sample.
 */
export function modelSheet(host: HostKind, lang: 'en' | 'ko'): SheetCell[][] {
  const p = host === 'excel' ? excelPrefix : '';
  const L = (en: string, ko: string) => (lang === 'ko' ? ko : en);
  const rows: SheetCell[][] = [];
  const put = (r: number, cells: SheetCell[]) => {
    while (rows.length <= r) rows.push([]);
    rows[r] = cells;
  };
  put(0, [L('Scenario Desk model: AI infrastructure column', '시나리오 데스크 모델: AI 인프라 칼럼')]);
  put(1, [L('Sample inputs are illustrative; replace them with your own.', '샘플 입력은 예시입니다. 실제 값으로 바꾸세요.')]);
  // Account inputs (rows 4–5, i.e. A4:B5)
  put(3, [L('Account value', '계좌 평가액'), 100000]);
  put(4, [L('Horizon (trading days)', '기간 (거래일)'), 20]);
  // Profiles (rows 7–10): name, cash floor, risk per position, max weight
  put(6, [
    L('Profile', '유형'),
    L('Cash floor', '최소 현금'),
    L('Risk per position', '포지션당 위험'),
    L('Max weight', '최대 비중'),
    L('(risk and weight: assumptions)', '(위험·비중: 가정)'),
  ]);
  PROFILES.forEach((pr, i) => put(7 + i, [pr.name[lang], pr.cashFloor, pr.riskPerPosition, pr.maxWeight]));
  // Tickers (header row 12, data rows 13..)
  const head = 11;
  put(head, [
    L('Ticker', '종목'),
    L('Segment', '섹터'),
    L('Spot', '현재가'),
    L('Target', '목표가'),
    L('Vol', '변동성'),
    L('Stop', '손절가'),
    L('P(end ≥ target)', '만기 도달 확률'),
    L('P(touch)', '터치 확률'),
    L('Shares: conservative', '수량: 보수적'),
    L('Shares: neutral', '수량: 중립적'),
    L('Shares: aggressive', '수량: 공격적'),
    L('Live price formula', '실시간 가격 수식'),
  ]);
  SAMPLE.forEach((s, i) => {
    const r = head + 2 + i; // 1-based sheet row
    const ref = (c: number) => `${col(c)}${r}`;
    const stop = Math.round(s.spot * 0.92 * 100) / 100;
    const live = livePriceFormula(host, s.ticker);
    put(r - 1, [
      s.ticker,
      SEGMENTS[s.segment].segment[lang],
      s.spot,
      s.target,
      s.vol,
      stop,
      `=${p}SCENARIO_PROB(${ref(2)}, ${ref(3)}, $B$5, ${ref(4)})`,
      `=${p}SCENARIO_PROB(${ref(2)}, ${ref(3)}, $B$5, ${ref(4)}, 0, "touch")`,
      ...[8, 9, 10].map((r2) => `=${p}POSITION_SIZE($B$4, $C$${r2}, ${ref(2)}, ${ref(5)}, $D$${r2})`),
      live,
    ]);
  });
  // DCF repricing grid for the first ticker: growth down, discount across.
  const g0 = head + 2 + SAMPLE.length + 2; // title row (1-based)
  put(g0 - 1, [
    L('DCF_REPRICE sensitivity (NVDA): growth down, discount rate across', 'DCF_REPRICE 민감도 (NVDA): 세로 성장률, 가로 할인율'),
  ]);
  put(g0, [L('Old growth', '기존 성장률'), 0.25, L('Old discount', '기존 할인율'), 0.09]);
  const discounts = [0.08, 0.09, 0.1, 0.11];
  put(g0 + 1, ['', ...discounts]);
  const growths = [0.15, 0.2, 0.25, 0.3, 0.35];
  const gr = g0 + 3; // first growth row, 1-based
  growths.forEach((g, i) => {
    const r = gr + i;
    put(r - 1, [
      g,
      ...discounts.map((_, j) => `=${p}DCF_REPRICE($C$${head + 2}, $B$${g0 + 1}, $A${r}, $D$${g0 + 1}, ${col(1 + j)}$${g0 + 2})`),
    ]);
  });
  // Option rows: a call spread and a protective put on the first ticker.
  const o0 = gr + growths.length + 1;
  put(o0 - 1, [
    L('Options (NVDA)', '옵션 (NVDA)'),
    L('net debit / put cost', '순지불액 / 풋 비용'),
    L('max profit / cost ÷ spot', '최대 이익 / 비용 ÷ 현재가'),
    L('breakeven / max loss', '손익분기 / 최대 손실'),
    L('P(above breakeven) / breakeven', '손익분기 상회 확률 / 손익분기'),
  ]);
  put(o0, [L('Call spread 180/200', '콜 스프레드 180/200'), `=${p}CALL_SPREAD($C$${head + 2}, 180, 200, $B$5, $E$${head + 2}, 0.04)`]);
  put(o0 + 1, [L('Protective put 165', '보호용 풋 165'), `=${p}PUT_HEDGE($C$${head + 2}, 165, $B$5, $E$${head + 2}, 0.04)`]);
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, j) => (j < r.length ? r[j] : '')));
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
