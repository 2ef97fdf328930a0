/**
 * A book of positions: shares for each under shared caps (PORTFOLIO_SIZE), the book's parametric
 * value at risk with correlations (PORTFOLIO_VAR), and which position carries the risk (RISK_CONTRIB).
 */
import { portfolioSize, portfolioVar, riskContrib } from '../kernels/portfolio';
import {
  DECIMAL_HINT,
  days,
  fractionMistake,
  HEAT_MISTAKE,
  MAX_WEIGHT_MISTAKE,
  RISK_PCT_MISTAKE,
  t,
  VOL_MISTAKE,
  yearDays,
} from './params';
import { defineFunction, type FunctionSpec, type Vector } from './types';

const KERNEL = 'shared/kernels/portfolio.ts';

/** A fraction of the account, optional. Above 0 so that an empty cell takes the default. */
function accountFraction<const N extends string, const M>(
  name: N,
  fallback: number,
  percent: string,
  max: number,
  en: string,
  ko: string,
  mistake: M,
) {
  return {
    mistake,
    name,
    kind: 'number',
    description: t(en, ko),
    unit: t(`decimal of the account (${fallback} = ${percent})`, `계좌 대비 소수 (${fallback} = ${percent})`),
    optional: true,
    default: fallback,
    min: 0,
    minExclusive: true,
    max,
  } as const;
}

/** Each cell of a range, row by row: its number, or null where the range (or the pair) was blank. */
function cells(v: Vector): (number | null)[] {
  const out = new Array<number | null>(v.rows * v.cols).fill(null);
  v.index.forEach((k, i) => (out[k] = v.values[i]));
  return out;
}

/** "One number for every pair" as a number; a block as the matrix it is. */
const correlationArg = (c: number[][] | null): number[][] | number | null =>
  c !== null && c.length === 1 && c[0].length === 1 ? c[0][0] : c;

const SIZE_SOURCE = (workings: string) =>
  `exact rational arithmetic (Python fractions): each position first gets min(account·risk_pct/|entry − stop|, account·max_weight/entry) shares, every position is scaled by the one factor min(1, max_heat·account/Σ loss at the stops, (1 − cash_floor)·account/Σ value), then floored to whole lots, signed + for a stop below the entry (fixed-fractional risk sizing under portfolio caps, as the catalog defines it); ${workings}; test/reference/examples.py`;

export const PORTFOLIO_SIZE: FunctionSpec = defineFunction({
  name: 'PORTFOLIO_SIZE',
  category: 'portfolio',
  kernel: KERNEL,
  summary: t(
    'Shares for each position of a book so that no position risks more than risk_pct of the account at its stop or exceeds max_weight, the total loss at the stops (the heat) stays under max_heat, and cash_floor stays in cash. Positive = buy, negative = sell short.',
    '포지션마다 손절 시 손실이 계좌의 risk_pct 이하, 비중이 max_weight 이하이고, 전체 손절 손실 합(히트)이 max_heat 이하, 현금이 cash_floor 이상 남도록 하는 주식 수. 양수 = 매수, 음수 = 공매도.',
  ),
  returns: t(
    'one row per position: shares (signed, a multiple of lot_size), value (currency units), loss at the stop (currency units)',
    '포지션마다 한 행: 주식 수 (부호 있음, lot_size의 배수), 평가액 (통화 단위), 손절 시 손실 (통화 단위)',
  ),
  keywords: {
    en: ['portfolio', 'position sizing', 'heat', 'open risk', 'cash floor', 'diversification', 'book', 'shares', 'stop loss'],
    ko: ['포트폴리오', '포지션 사이징', '히트', '총 위험', '현금 비중', '분산', '주식 수', '손절'],
  },
  params: [
    {
      name: 'account',
      kind: 'number',
      description: t('Total account value.', '총 계좌 평가액.'),
      unit: t('currency units', '통화 단위'),
      min: 0,
      minExclusive: true,
    },
    {
      name: 'entries',
      kind: 'vector',
      description: t(
        'Entry price of each position: a column or a row, one cell per position (a blank pair of entry and stop gives a blank row).',
        '포지션별 진입가: 한 열 또는 한 행, 포지션마다 한 셀 (진입가와 손절가가 모두 빈 셀이면 빈 행).',
      ),
      unit: t('currency units per share', '주당 통화 단위'),
    },
    {
      name: 'stops',
      kind: 'vector',
      pairedWith: 'entries',
      description: t(
        'Stop-loss price of each position, same number of cells as entries: below the entry for a long, above for a short.',
        '포지션별 손절가 (entries와 셀 수가 같음): 매수는 진입가 아래, 공매도는 진입가 위.',
      ),
      unit: t('currency units per share', '주당 통화 단위'),
    },
    accountFraction(
      'risk_pct',
      0.01,
      '1%',
      1,
      'Largest loss at the stop for each position, as a fraction of the account.',
      '포지션마다 손절 시 허용하는 최대 손실 (계좌 대비 비율).',
      RISK_PCT_MISTAKE,
    ),
    accountFraction(
      'max_heat',
      0.06,
      '6%',
      100,
      'Largest total loss if every stop is hit (the heat), as a fraction of the account.',
      '모든 손절가에 닿았을 때의 최대 총 손실 (히트, 계좌 대비 비율).',
      HEAT_MISTAKE,
    ),
    accountFraction(
      'max_weight',
      0.25,
      '25%',
      100,
      'Largest value of each position, as a fraction of the account.',
      '포지션마다 최대 평가액 (계좌 대비 비율).',
      MAX_WEIGHT_MISTAKE,
    ),
    {
      name: 'cash_floor',
      kind: 'number',
      description: t(
        'Part of the account kept in cash: the positions’ total value stays at most (1 − cash_floor)·account.',
        '현금으로 남길 비율: 포지션 평가액 합은 (1 − cash_floor)·계좌 이하.',
      ),
      unit: t('decimal of the account (0.2 = 20%)', '계좌 대비 소수 (0.2 = 20%)'),
      optional: true,
      default: 0,
      min: 0,
      max: 1,
    },
    {
      name: 'lot_size',
      kind: 'number',
      description: t('Trading unit: each position is a whole number of lots.', '거래 단위: 포지션마다 이 단위의 정수 배입니다.'),
      unit: t('shares per lot', '로트당 주식 수'),
      optional: true,
      default: 1,
      min: 0,
      minExclusive: true,
    },
  ],
  result: {
    kind: 'table',
    columns: [t('shares', '주식 수'), t('value', '평가액'), t('loss at the stop', '손절 시 손실')],
    units: ['shares', 'money', 'money'],
  },
  errors: [
    'entries and stops of different sizes, or a pair with only one side filled',
    'a stop equal to its entry (the message names the cell)',
  ],
  examples: [
    {
      args: [100000, [[180], [340], [95]], [[171], [320], [85]], 0.02, 0.06, 0.35, 0.2],
      result: [
        [176, 31680, 1584],
        [90, 30600, 1800],
        [181, 17195, 1810],
      ],
      tolerance: 0,
      source: SIZE_SOURCE(
        'caps 35,000, 34,000 and 19,000 of value sum to 88,000 > 80,000 (a 20% cash floor): factor 10/11, then ⌊176.7⌋, ⌊90.9⌋, ⌊181.8⌋',
      ),
      text: t(
        'Three names, 2% risk each, 35% weight caps and 20% in cash: the cash floor scales all three by 10/11.',
        '세 종목, 종목당 위험 2%, 비중 한도 35%, 현금 20%: 현금 하한 때문에 세 종목 모두 10/11로 줄어듭니다.',
      ),
    },
    {
      args: [50000, [[50], [120]], [[47], [126]], 0.02, 0.02],
      result: [
        [181, 9050, 543],
        [-75, 9000, 450],
      ],
      tolerance: 0,
      source: SIZE_SOURCE(
        'weight caps 250 and 104.17 shares put 1,375 at the stops > 1,000 (a 2% heat cap): factor 8/11, then ⌊181.8⌋ long and ⌊75.8⌋ short',
      ),
      text: t(
        'A long and a short (stop above the entry) under a 2% heat cap.',
        '매수 하나와 공매도 하나 (손절가가 진입가 위), 히트 한도 2%.',
      ),
    },
  ],
  impl: ({ account, entries, stops, risk_pct, max_heat, max_weight, cash_floor, lot_size }) =>
    portfolioSize(account, cells(entries), cells(stops), risk_pct, max_heat, max_weight, cash_floor, lot_size),
});

const values = {
  name: 'values',
  kind: 'vector',
  description: t(
    'Market value of each position: a column or a row; negative for a short.',
    '포지션별 평가액: 한 열 또는 한 행. 공매도는 음수.',
  ),
  unit: t('currency units', '통화 단위'),
} as const;
const vols = {
  name: 'vols',
  kind: 'vector',
  pairedWith: 'values',
  description: t(
    'Annualized volatility of each position, same number of cells as values.',
    '포지션별 연율화 변동성 (values와 셀 수가 같음).',
  ),
  unit: t('decimals per year (0.3 = 30%)', '연 소수 (0.3 = 30%)'),
  min: 0,
  max: 10,
  hint: DECIMAL_HINT,
  mistake: VOL_MISTAKE,
} as const;
const correlations = {
  name: 'correlations',
  kind: 'matrix',
  description: t(
    'Correlations of the positions: an n×n range (symmetric, 1 on the diagonal, each from −1 to 1, in the order of values), or one number for every pair. Omitted: 1 for every pair (the plain sum of the single risks).',
    '포지션 간 상관계수: n×n 범위 (대칭, 대각선 1, 각 −1~1, values 순서), 또는 모든 쌍에 같은 숫자 하나. 생략하면 모든 쌍이 1 (개별 위험의 단순 합).',
  ),
  unit: t('decimals from −1 to 1 (0.6 = 60%)', '−1~1 소수 (0.6 = 60%)'),
  optional: true,
  default: null,
} as const;

const BOOK: [number[][], number[][], number[][]] = [
  [[30000], [30000], [20000]],
  [[0.5], [0.4], [0.9]],
  [
    [1, 0.7, 0.6],
    [0.7, 1, 0.65],
    [0.6, 0.65, 1],
  ],
];

const VAR_SOURCE =
  'mpmath 50-digit parametric (zero-mean normal) value at risk and expected shortfall of the book: σ_P = √(wᵀCw)·√T with w = value·vol and T = days/252 (wᵀCw in exact rationals), VaR = Φ⁻¹(c)·σ_P, ES = φ(Φ⁻¹(c))/(1 − c)·σ_P (McNeil, Frey & Embrechts, Quantitative Risk Management, 2005, §2.2.4 and Example 2.18); ES cross-checked to 40 digits as the average of VaR_u over u from c to 1 (mpmath.quad); the matrix shown positive definite by an exact Cholesky factorisation; test/reference/examples.py';

export const PORTFOLIO_VAR: FunctionSpec = defineFunction({
  name: 'PORTFOLIO_VAR',
  category: 'portfolio',
  kernel: KERNEL,
  summary: t(
    'Value at risk and expected shortfall of a book of positions that move together: parametric (normal, zero mean), with a correlation matrix or one correlation for every pair.',
    '함께 움직이는 포지션들로 이루어진 포트폴리오의 VaR와 기대손실(ES): 모수적 방법 (정규분포, 평균 0), 상관행렬 또는 모든 쌍에 같은 상관계수.',
  ),
  returns: t(
    'one row: VaR, expected shortfall (positive losses, in the currency units of values)',
    '한 행: VaR, 기대손실 ES (양수 손실액, values와 같은 통화 단위)',
  ),
  keywords: {
    en: ['var', 'value at risk', 'expected shortfall', 'cvar', 'portfolio', 'correlation', 'covariance', 'book', 'diversification'],
    ko: ['VaR', '위험가치', '기대손실', 'CVaR', '포트폴리오', '상관관계', '공분산', '분산 효과'],
  },
  params: [
    values,
    vols,
    correlations,
    { ...days, optional: true, default: 1, description: t('Horizon, in trading days (default 1).', '기간 (거래일 수, 기본 1).') },
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
    yearDays,
  ],
  result: { kind: 'row', columns: [t('VaR', 'VaR'), t('expected shortfall', '기대손실 (ES)')], units: ['money', 'money'] },
  errors: [
    'values and vols of different sizes, or a pair with only one side filled',
    'correlations not n×n, not symmetric, not 1 on the diagonal or outside −1 to 1 (the message names the cell)',
    'correlations that cannot hold together (not positive semidefinite): the message gives the smallest eigenvalue',
  ],
  examples: [
    {
      args: [...BOOK, 10, 0.99],
      result: [[18243.670340966, 20901.1258232783]],
      tolerance: 1e-8,
      source: VAR_SOURCE,
      text: t(
        'Three correlated names (30,000 at 50%, 30,000 at 40%, 20,000 at 90% volatility): 10-day 99% VaR and ES.',
        '상관된 세 종목 (30,000 변동성 50%, 30,000 40%, 20,000 90%)의 10일 99% VaR와 ES.',
      ),
    },
    {
      args: [BOOK[0], BOOK[1], 0.3],
      result: [[3424.97640934098, 4295.05859317832]],
      tolerance: 1e-8,
      source: VAR_SOURCE,
      text: t('The same book, one correlation of 0.3 for every pair: one-day 95%.', '같은 포트폴리오, 모든 쌍의 상관계수 0.3: 1일 95%.'),
    },
  ],
  impl: ({ values, vols, correlations, T, confidence }) =>
    portfolioVar(values.values, vols.values, correlationArg(correlations), T, confidence),
});

const CONTRIB_SOURCE = (workings: string) =>
  `exact rational arithmetic (Python fractions): the Euler allocation of the variance, w_i·(Cw)_i / wᵀCw with w = value·vol (Tasche, Risk contributions and performance measurement, 1999; Qian, Risk parity portfolios, 2005), which sums to exactly 1${workings}; test/reference/examples.py`;

export const RISK_CONTRIB: FunctionSpec = defineFunction({
  name: 'RISK_CONTRIB',
  category: 'portfolio',
  kernel: KERNEL,
  summary: t(
    'Each position’s share of the book’s risk (variance), counting its correlations with the rest: the shares sum to 1; a hedge has a negative share.',
    '포지션마다 포트폴리오 위험(분산)에서 차지하는 몫 (다른 포지션과의 상관관계 포함): 합은 1, 헤지는 음수.',
  ),
  returns: t(
    'one value per position, in the shape of values: a fraction of the book’s variance (0.4 = 40%)',
    '포지션마다 하나 (values와 같은 모양): 포트폴리오 분산 중 비율 (0.4 = 40%)',
  ),
  keywords: {
    en: ['risk contribution', 'risk budget', 'euler allocation', 'risk parity', 'portfolio', 'correlation', 'concentration'],
    ko: ['위험 기여도', '위험 예산', '오일러 배분', '리스크 패리티', '포트폴리오', '상관관계', '집중도'],
  },
  params: [values, vols, correlations],
  result: { kind: 'table', columns: [t('share of risk', '위험 비중')], units: ['percent'] },
  errors: [
    'values and vols of different sizes, or a pair with only one side filled',
    'correlations as for PORTFOLIO_VAR',
    'a book with no variance (every position 0, or an exact hedge)',
  ],
  examples: [
    {
      args: [...BOOK],
      result: [[0.331010452961672], [0.264808362369338], [0.40418118466899]],
      tolerance: 1e-12,
      source: CONTRIB_SOURCE(''),
      text: t(
        'The smallest position carries the most risk: 20,000 at 90% volatility, correlated with the rest.',
        '가장 작은 포지션이 위험을 가장 많이 집니다: 변동성 90%인 20,000, 나머지와 상관.',
      ),
    },
    {
      args: [[[30000], [-20000]], [[0.5], [0.3]], 0.8],
      result: [[1.30769230769231], [-0.307692307692308]],
      tolerance: 1e-12,
      source: CONTRIB_SOURCE(
        ': w = 15,000 and −6,000, Cw = 10,200 and 6,000, wᵀCw = 117,000,000, so 153/117 and −36/117 (a hedge takes risk away)',
      ),
      text: t('A short hedge correlated 0.8 with the long.', '매수와 상관계수 0.8인 공매도 헤지.'),
    },
  ],
  impl: ({ values, vols, correlations }) => {
    // In the shape of values, blank where the pair was blank.
    const share = riskContrib(values.values, vols.values, correlationArg(correlations));
    const out: (number | null)[][] = Array.from({ length: values.rows }, () => new Array<number | null>(values.cols).fill(null));
    values.index.forEach((k, i) => (out[Math.floor(k / values.cols)][k % values.cols] = share[i]));
    return out;
  },
});
