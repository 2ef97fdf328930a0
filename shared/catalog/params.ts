/**
 * Parameters that many functions share, defined once so their units and rules never drift apart,
 * and the bilingual text helper every catalog file uses. Each helper keeps the parameter's name as
 * a literal type, so definitions built from them are still checked against their implementations.
 */
import type { Text } from './types';

/** A text in English and Korean. */
export const t = (en: string, ko: string): Text => ({ en, ko });

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
  } as const;
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
  return { ...annualRate('drift', description), optional: true, default: 0 } as const;
}

/** Option inputs after the type: spot, strike, days, vol. */
export const spot = price('spot', t('Current price of the stock.', '현재 주가.'));
export const strike = price('strike', t('Strike price of the option.', '옵션 행사가.'));

export const prices = {
  name: 'prices',
  kind: 'series',
  description: t(
    'Price history, oldest first: one column or row, or a table as GOOGLEFINANCE or STOCKHISTORY returns it (the last column is used; header text and blank cells are skipped).',
    '가격 이력 (오래된 순): 한 열 또는 한 행, 또는 GOOGLEFINANCE·STOCKHISTORY가 돌려주는 표 (마지막 열 사용, 머리글과 빈 셀은 건너뜀).',
  ),
  unit: t('currency units per share', '주당 통화 단위'),
} as const;

export const TEXT_UNIT = t('text', '텍스트');
