/** Parameters that many functions share, defined once so their units and rules never drift apart. */
import type { ParamSpec, Text } from './types';

const t = (en: string, ko: string): Text => ({ en, ko });

export const DECIMAL_HINT = 'rates, returns and volatilities are decimals: 0.2 = 20%';

export function price(name: string, description: Text): ParamSpec {
  return { name, kind: 'number', description, unit: t('currency units per share', '주당 통화 단위'), min: 0, minExclusive: true };
}

export const days: ParamSpec = {
  name: 'days',
  kind: 'number',
  description: t('Horizon, in trading days.', '기간 (거래일 수).'),
  unit: t('trading days (252 a year by default)', '거래일 (기본 1년 = 252일)'),
  min: 0,
  max: 252000,
};

export const yearDays: ParamSpec = {
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
};

export const vol: ParamSpec = {
  name: 'vol',
  kind: 'number',
  description: t('Annualized volatility of the price (standard deviation of log returns).', '연율화 변동성 (로그 수익률의 표준편차).'),
  unit: t('decimal per year (0.3 = 30%)', '연 소수 (0.3 = 30%)'),
  min: 0,
  max: 10,
  rangeHint: DECIMAL_HINT,
};

export function annualRate(name: string, description: Text, opts: Partial<ParamSpec> = {}): ParamSpec {
  return {
    name,
    kind: 'number',
    description,
    unit: t('decimal per year (0.05 = 5%)', '연 소수 (0.05 = 5%)'),
    min: -1,
    minExclusive: true,
    max: 10,
    rangeHint: DECIMAL_HINT,
    ...opts,
  };
}
