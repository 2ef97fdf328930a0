/**
 * Parameters that many functions share, defined once so their units and rules never drift apart,
 * and the bilingual text helper every catalog file uses. Each helper keeps the parameter's name as
 * a literal type, so definitions built from them are still checked against their implementations.
 */
import type { Text } from './types';

/** A text in English and Korean. */
export const t = (en: string, ko: string): Text => ({ en, ko });

/**
 * Unit-mistake bounds (see UnitMistake in ./types): values whose likeliest meaning is a percent
 * typed as a whole number. Each says why no real use needs such a value; docs/functions.md lists them.
 */
const A_YEAR = t('a year', '연');
export const RATE_MISTAKE = {
  atLeast: 1,
  of: A_YEAR,
  why: t(
    'no interest rate, dividend yield, discount rate or perpetual growth reaches 100% a year; 4 is far likelier 4% than 400%',
    '이자율·배당수익률·할인율·영구성장률이 연 100%에 이르는 일은 없습니다. 4는 400%보다 4%일 가능성이 훨씬 큽니다',
  ),
} as const;
export const GROWTH_MISTAKE = {
  atLeast: 2,
  of: A_YEAR,
  why: t(
    'growth or an expected return of 200% a year, sustained, is outside any valuation or plan (100%–199% stays allowed for young, fast-growing companies); 8 is far likelier 8%',
    '연 200%의 성장률이나 기대수익률이 지속되는 가치평가·계획은 없습니다 (급성장 기업을 위해 100%~199%는 허용). 8은 8%일 가능성이 훨씬 큽니다',
  ),
} as const;
export const VOL_MISTAKE = {
  atLeast: 5,
  of: A_YEAR,
  why: t(
    'listed stocks stay below 500% annualized volatility over any planning horizon (meme stocks and crypto peak near 200%–300%); 30 is far likelier 30%. Whole numbers from 1 to 4 stay allowed because 100%–400% is real for such assets',
    '상장 주식의 연율화 변동성은 어떤 계획 기간에도 500% 미만입니다 (밈 주식·암호화폐도 200%~300% 수준). 30은 30%일 가능성이 훨씬 큽니다. 100%~400%는 그런 자산에 실제로 있으므로 1~4는 허용합니다',
  ),
} as const;
const OF_ACCOUNT = t('of the account', '계좌의');
/** Risk per position (POSITION_SIZE, PORTFOLIO_SIZE): above 20% of the account is a percent typed as a whole number. */
export const RISK_PCT_MISTAKE = {
  above: 0.2,
  of: OF_ACCOUNT,
  why: t(
    'no sizing rule risks more than 20% of the account on one position (the column caps it at 2%–3%); 0.5 is likelier half a percent than half the account',
    '한 포지션에 계좌의 20%를 넘게 위험에 두는 사이징 규칙은 없습니다 (칼럼은 2%~3%로 제한). 0.5는 계좌의 절반보다 0.5%일 가능성이 큽니다',
  ),
} as const;
/** A position's (or the book's heat) share of the account: above 4× exceeds what stock margin allows. */
export const MAX_WEIGHT_MISTAKE = {
  above: 4,
  of: OF_ACCOUNT,
  why: t(
    'a share position above 4× the account exceeds what stock margin allows (Reg T 2×, portfolio margin about 4×–6×); 25 is far likelier 25%',
    '계좌의 4배를 넘는 주식 포지션은 증거금 규정이 허용하는 범위(Reg T 2배, 포트폴리오 마진 약 4~6배)를 넘습니다. 25는 25%일 가능성이 훨씬 큽니다',
  ),
} as const;
/** The book's heat cap (PORTFOLIO_SIZE): a total loss at the stops above the whole account is a percent typed as a whole number. */
export const HEAT_MISTAKE = {
  above: 1,
  of: OF_ACCOUNT,
  why: t(
    'a heat cap above 100% would let the stops lose more than the whole account (the column keeps total risk to a few percent); 6 is far likelier 6%',
    '히트 한도가 100%를 넘으면 손절 손실 합이 계좌 전체보다 커집니다 (칼럼은 전체 위험을 몇 % 이내로 유지). 6은 6%일 가능성이 훨씬 큽니다',
  ),
} as const;
/** A probability or fraction that must be ≤ 1: anything above is a percent typed as a whole number. */
export function fractionMistake(of?: ReturnType<typeof t>) {
  return {
    above: 1,
    ...(of ? { of } : {}),
    why: t(
      'the value is a decimal from 0 to 1; 95 is 95% written as a whole number',
      '0~1 사이의 소수입니다. 95는 95%를 정수로 쓴 것입니다',
    ),
  } as const;
}

export const DECIMAL_HINT = t('rates, returns and volatilities are decimals: 0.2 = 20%', '이율·수익률·변동성은 소수입니다: 0.2 = 20%');

/** A price per share, > 0. */
export function price<const N extends string>(name: N, description: Text) {
  return {
    name,
    kind: 'number',
    description,
    unit: t('currency units per share', '주당 통화 단위'),
    min: 0,
    minExclusive: true,
  } as const;
}

/** Trading days; the implementation receives years as `T` (days / year_days). */
export const days = {
  name: 'days',
  kind: 'number',
  description: t('Horizon, in trading days.', '기간 (거래일 수).'),
  unit: t('trading days (252 a year by default)', '거래일 (기본 1년 = 252일)'),
  min: 0,
  max: 252000,
  mistake: {
    kind: 'date',
    above: 12600,
    why: t(
      'Excel passes a date as its serial number (46,000 in 2025); more than 50 years of trading days (12,600) is likelier a date than a horizon',
      'Excel은 날짜를 일련번호(2025년이면 46,000)로 넘깁니다. 50년치 거래일(12,600)을 넘으면 기간보다 날짜일 가능성이 큽니다',
    ),
  },
  perYear: 'year_days',
  as: 'T',
} as const;

export const yearDays = {
  name: 'year_days',
  kind: 'number',
  description: t(
    'Trading days in a year, used to turn days into years (T = days / year_days).',
    '1년의 거래일 수. 기간을 연 단위로 바꿀 때 씁니다 (T = days / year_days).',
  ),
  unit: t('trading days per year', '연간 거래일 수'),
  optional: true,
  default: 252,
  min: 1,
  max: 366,
} as const;

export const vol = {
  name: 'vol',
  kind: 'number',
  description: t('Annualized volatility of the price (standard deviation of log returns).', '연율화 변동성 (로그 수익률의 표준편차).'),
  unit: t('decimal per year (0.3 = 30%)', '연 소수 (0.3 = 30%)'),
  min: 0,
  max: 10,
  hint: DECIMAL_HINT,
  mistake: VOL_MISTAKE,
} as const;

/** An annual rate in decimals, > −1. */
export function annualRate<const N extends string>(name: N, description: Text) {
  return {
    name,
    kind: 'number',
    description,
    unit: t('decimal per year (0.05 = 5%)', '연 소수 (0.05 = 5%)'),
    min: -1,
    minExclusive: true,
    max: 10,
    hint: DECIMAL_HINT,
    mistake: RATE_MISTAKE,
  } as const;
}

/** A growth rate or an expected return: like annualRate, but 100%–199% a year stays allowed. */
export function growthRate<const N extends string>(name: N, description: Text) {
  return { ...annualRate(name, description), mistake: GROWTH_MISTAKE } as const;
}

export const optionType = {
  name: 'type',
  kind: 'option',
  description: t('"call" or "put" (also "c"/"p" and "콜"/"풋").', '"call" 또는 "put" ("c"/"p", "콜"/"풋"도 가능).'),
  unit: t('text', '텍스트'),
  choices: [
    { value: 'call', aliases: ['c', '콜', '콜옵션'], label: t('call', '콜') },
    { value: 'put', aliases: ['p', '풋', '풋옵션'], label: t('put', '풋') },
  ],
} as const;

/** Exercise style, the last parameter of every option function (issue #11). */
export const exerciseStyle = {
  name: 'style',
  kind: 'option',
  description: t(
    '"european" (exercise at expiry only; the default) or "american" (exercise on any day until expiry, as US stock options); also "e"/"a" and "유럽형"/"미국형".',
    '"european" (만기에만 행사, 기본값) 또는 "american" (만기까지 언제든 행사, 미국 주식 옵션); "e"/"a", "유럽형"/"미국형"도 가능.',
  ),
  unit: t('text', '텍스트'),
  optional: true,
  default: 'european',
  choices: [
    { value: 'european', aliases: ['e', 'eu', '유럽형', '유럽'], label: t('European: at expiry only', '유럽형: 만기에만 행사') },
    {
      value: 'american',
      aliases: ['a', 'am', '미국형', '미국'],
      label: t('American: any day until expiry', '미국형: 만기까지 언제든 행사'),
    },
  ],
} as const;

export const rate = {
  ...annualRate('rate', t('Risk-free interest rate, continuously compounded.', '무위험 이자율 (연속 복리).')),
  optional: true,
  default: 0,
  unit: t('decimal per year, continuously compounded (0.05 = 5%)', '연 소수, 연속 복리 (0.05 = 5%)'),
} as const;

export const dividendYield = {
  ...annualRate('yield', t('Continuous dividend yield of the stock.', '주식의 연속 배당수익률.')),
  optional: true,
  default: 0,
  unit: t('decimal per year, continuous (0.02 = 2%)', '연 소수, 연속 (0.02 = 2%)'),
} as const;

/** The drift μ of a price, optional with default 0. */
export function drift(description: Text) {
  return { ...growthRate('drift', description), optional: true, default: 0 } as const;
}

/** Option inputs after the type: spot, strike, days, vol. */
export const spot = price('spot', t('Current price of the stock.', '현재 주가.'));
export const strike = price('strike', t('Strike price of the option.', '옵션 행사가.'));

export const prices = {
  name: 'prices',
  kind: 'series',
  description: t(
    "Price history, oldest first: one column or row, or a table with a header row and dates first, as Excel's STOCKHISTORY returns it (last column used; header and blank cells skipped). Sheets hides GOOGLEFINANCE history from add-ins: use the sidebar's price history sheet.",
    '가격 이력 (오래된 순): 한 열 또는 한 행, 또는 Excel STOCKHISTORY처럼 머리글 행과 날짜 열이 있는 표 (마지막 열 사용, 머리글과 빈 셀은 건너뜀). Sheets는 GOOGLEFINANCE 이력을 부가기능에 숨기므로 사이드바의 가격 이력 시트를 쓰세요.',
  ),
  unit: t('currency units per share', '주당 통화 단위'),
} as const;

export const TEXT_UNIT = t('text', '텍스트');
