import { histVol, leverageDrag, maxDrawdown, valueAtRisk } from '../kernels/risk';
import { days, drift, fractionMistake, prices, t, vol, yearDays } from './params';
import { defineFunction, type FunctionSpec } from './types';

const KERNEL = 'shared/kernels/risk.ts';

export const HIST_VOL: FunctionSpec = defineFunction({
  name: 'HIST_VOL',
  category: 'risk',
  kernel: KERNEL,
  summary: t(
    'Annualized historical volatility: the sample standard deviation of log returns × √year_days.',
    '연율화 역사적 변동성: 로그 수익률의 표본 표준편차 × √year_days.',
  ),
  returns: t('volatility, a decimal per year (0.3 = 30%)', '연 변동성 소수 (0.3 = 30%)'),
  keywords: {
    en: ['historical volatility', 'realized volatility', 'stdev', 'risk', 'vol'],
    ko: ['역사적 변동성', '실현 변동성', '표준편차', '위험'],
  },
  params: [
    prices,
    {
      ...yearDays,
      description: t('Price observations per year (252 for daily closes, 52 for weekly).', '연간 관측 횟수 (일별 종가 252, 주별 52).'),
      unit: t('observations per year', '연간 관측 수'),
    },
  ],
  result: { kind: 'scalar', unit: 'percent' },
  errors: ['fewer than 3 prices', 'a price ≤ 0, or text that is not a number below the header row'],
  examples: [
    {
      args: [[[100], [102], [101], [104], [103]]],
      result: 0.3202,
      tolerance: 5e-5,
      source:
        'mpmath 50-digit sample standard deviation (n − 1) of daily log returns × √252 (Hull, 10th ed., §15.4); test/reference/examples.py',
      text: t('Five daily closes.', '일별 종가 다섯 개.'),
    },
  ],
  impl: ({ prices, year_days }) => histVol(prices, year_days),
});

export const MAX_DRAWDOWN: FunctionSpec = defineFunction({
  name: 'MAX_DRAWDOWN',
  category: 'risk',
  kernel: KERNEL,
  summary: t(
    'The largest peak-to-trough fall of a price history, as a negative fraction.',
    '가격 이력의 최대 낙폭 (고점 대비 최대 하락률, 음수).',
  ),
  returns: t('a decimal ≤ 0 (−0.25 = −25%)', '0 이하 소수 (−0.25 = −25%)'),
  keywords: {
    en: ['drawdown', 'max drawdown', 'mdd', 'peak to trough', 'risk', 'loss'],
    ko: ['드로다운', '최대 낙폭', 'MDD', '고점 대비', '위험'],
  },
  params: [prices],
  result: { kind: 'scalar', unit: 'percent' },
  errors: ['fewer than 2 prices', 'a price ≤ 0'],
  examples: [
    {
      args: [[[100], [120], [90], [110], [80], [130]]],
      result: -1 / 3,
      tolerance: 1e-12,
      source:
        'hand derivation, exact rational arithmetic (Python fractions): peak 120, trough 80, (80 − 120)/120 = −1/3; test/reference/examples.py',
      text: t('Peak 120, trough 80.', '고점 120, 저점 80.'),
    },
  ],
  impl: ({ prices }) => maxDrawdown(prices),
});

export const LEVERAGE_DRAG: FunctionSpec = defineFunction({
  name: 'LEVERAGE_DRAG',
  category: 'risk',
  kernel: KERNEL,
  summary: t(
    'Expected shortfall of a daily-rebalanced leveraged fund against leverage × the index’s log return: 1 − exp(−(L² − L)·vol²·T/2) (Avellaneda & Zhang 2010). Negative leverage for inverse funds.',
    '매일 리밸런싱하는 레버리지 펀드가 지수 로그 수익률의 L배에 못 미치는 비율: 1 − exp(−(L² − L)·vol²·T/2) (Avellaneda & Zhang 2010). 인버스는 음수 레버리지.',
  ),
  returns: t('shortfall, a decimal of the fund’s value (0.05 = 5%)', '부족분 (펀드 가치 대비 소수, 0.05 = 5%)'),
  keywords: {
    en: ['leverage', 'leveraged etf', 'volatility drag', 'decay', 'inverse', 'margin'],
    ko: ['레버리지', '레버리지 ETF', '변동성 끌림', '음의 복리', '인버스'],
  },
  params: [
    {
      name: 'leverage',
      kind: 'number',
      description: t('Daily leverage multiple (2 for a 2× fund, −1 for an inverse fund).', '일간 레버리지 배수 (2배 펀드 2, 인버스 −1).'),
      unit: t('times', '배'),
      min: -20,
      max: 20,
    },
    { ...vol, description: t('Annualized volatility of the index.', '지수의 연율화 변동성.') },
    { ...days, description: t('Holding period, in trading days.', '보유 기간 (거래일 수).') },
    yearDays,
  ],
  result: { kind: 'scalar', unit: 'percent' },
  hot: true,
  examples: [
    {
      args: [3, 0.6, 20],
      result: 0.0821,
      tolerance: 5e-5,
      source:
        'mpmath 50-digit 1 − exp(−(L² − L)σ²T/2), T = days/252 (Avellaneda & Zhang, Path-dependence of leveraged ETF returns, SIAM J. Financial Math. 1, 2010, 586–603); test/reference/examples.py',
      text: t('A 3× fund on a 60%-volatility index for 20 trading days.', '변동성 60% 지수의 3배 펀드를 20거래일 보유.'),
    },
  ],
  impl: ({ leverage, vol, T }) => leverageDrag(leverage, vol, T),
});

export const VALUE_AT_RISK: FunctionSpec = defineFunction({
  name: 'VALUE_AT_RISK',
  category: 'risk',
  kernel: KERNEL,
  summary: t(
    'Value at risk: the loss not exceeded with probability confidence over the horizon, for a position following geometric Brownian motion.',
    '위험가치(VaR): 기하 브라운 운동을 따르는 포지션이 기간 동안 confidence 확률로 넘지 않는 손실.',
  ),
  returns: t('loss, a positive amount in the currency units of value', '손실액 (value와 같은 통화 단위, 양수)'),
  keywords: {
    en: ['var', 'value at risk', 'loss', 'risk', 'confidence', 'tail'],
    ko: ['VaR', '위험가치', '최대 손실', '신뢰수준', '위험'],
  },
  params: [
    { name: 'value', kind: 'number', description: t('Position value.', '포지션 가치.'), unit: t('currency units', '통화 단위'), min: 0 },
    vol,
    days,
    {
      name: 'confidence',
      kind: 'number',
      description: t('Confidence level (0.95 = 95%, 0.99 = 99%).', '신뢰수준 (0.95 = 95%, 0.99 = 99%).'),
      unit: t('probability, a decimal', '확률 (소수)'),
      optional: true,
      default: 0.95,
      min: 0,
      minExclusive: true,
      max: 1,
      maxExclusive: true,
      mistake: fractionMistake(),
    },
    drift(t('Expected annual return of the position.', '포지션의 연 기대 수익률.')),
    yearDays,
  ],
  result: { kind: 'scalar', unit: 'money' },
  hot: true,
  examples: [
    {
      args: [100000, 0.45, 10, 0.99],
      result: 19148.55,
      tolerance: 0.005,
      source:
        'mpmath 50-digit V·(1 − exp((μ − σ²/2)T + σ√T·Φ⁻¹(1 − c))), the 1 − c quantile of the lognormal position value under geometric Brownian motion (Hull, 10th ed., eq. 15.3), T = days/252; test/reference/examples.py',
      text: t('99% 10-day VaR of 100,000 at 45% volatility.', '변동성 45%인 10만의 10일 99% VaR.'),
    },
  ],
  impl: ({ value, vol, T, confidence, drift }) => valueAtRisk(value, vol, T, confidence, drift),
});
