/**
 * The trade planner: a position with a target and a stop set in advance, under geometric Brownian
 * motion. Which level is touched first (HIT_FIRST), what the trade is worth on average (TRADE_EV) and
 * where the price is likely to be by the horizon (PRICE_RANGE).
 */
import { hitFirst, priceRange, tradeEv } from '../kernels/trade';
import { days, drift, fractionMistake, price, spot, t, vol, yearDays } from './params';
import { defineFunction, type FunctionSpec } from './types';

const KERNEL = 'shared/kernels/trade.ts';

const target = price(
  'target',
  t(
    'Target price, where the trade takes its profit: above spot for a long, below spot for a short.',
    '목표가 (이익 실현 가격): 매수는 spot 위, 공매도는 spot 아래.',
  ),
);
const stop = price(
  'stop',
  t('Stop-loss price: below spot for a long, above spot for a short.', '손절가: 매수는 spot 아래, 공매도는 spot 위.'),
);
const horizon = {
  ...days,
  description: t(
    'Trading days you give the trade; a level not touched by then is not counted.',
    '거래에 주는 기간 (거래일 수). 그때까지 닿지 않은 가격은 세지 않습니다.',
  ),
} as const;
const tradeDrift = drift(
  t(
    'Expected annual return of the stock (the arithmetic drift μ; the median path grows at μ − vol²/2). 0 is the neutral assumption.',
    '주식의 연 기대 수익률 (산술 드리프트 μ, 중앙 경로는 μ − vol²/2로 증가). 0은 중립 가정입니다.',
  ),
);

const SAME_SIDE = 'target and stop on the same side of spot, or equal to each other: the message names the rule';
const HIT_SOURCE =
  'mpmath 50-digit probabilities that geometric Brownian motion touches the target first, the stop first, or neither within T = days/252, by the eigenfunction (Fourier sine) series of the killed density (Hui, One-touch double barrier binary option values, Applied Financial Economics 6, 1996; Haug, The Complete Guide to Option Pricing Formulas, 2nd ed., §4.19.5); cross-checked to 25 digits by the method-of-images killed density (Karatzas & Shreve, Brownian Motion and Stochastic Calculus, 2nd ed., §2.8) integrated by mpmath.quad, the split between the levels by optional stopping of the scale-function martingale e^{−2νX/σ²}; test/reference/examples.py';

export const HIT_FIRST: FunctionSpec = defineFunction({
  name: 'HIT_FIRST',
  category: 'trade',
  kernel: KERNEL,
  summary: t(
    'Probabilities that the price touches the target before the stop, the stop before the target, or neither within the horizon (geometric Brownian motion). Target above spot is a long, below a short.',
    '기간 안에 주가가 손절가보다 목표가에 먼저 닿을 확률, 목표가보다 손절가에 먼저 닿을 확률, 둘 다 닿지 않을 확률 (기하 브라운 운동). 목표가가 spot 위면 매수, 아래면 공매도.',
  ),
  returns: t(
    'one row: target_first, stop_first, neither, probabilities from 0 to 1 that sum to 1',
    '한 행: 목표가 먼저, 손절가 먼저, 둘 다 아님 (합이 1인 0~1 확률)',
  ),
  keywords: {
    en: ['target', 'stop', 'stop loss', 'hit', 'touch', 'first', 'barrier', 'probability', 'trade plan', 'win rate', 'double barrier'],
    ko: ['목표가', '손절가', '손절', '도달 확률', '터치', '먼저', '배리어', '승률', '매매 계획'],
  },
  params: [spot, target, stop, horizon, vol, tradeDrift, yearDays],
  result: {
    kind: 'row',
    columns: [t('target first', '목표가 먼저'), t('stop first', '손절가 먼저'), t('neither', '둘 다 아님')],
    units: ['probability', 'probability', 'probability'],
  },
  errors: [SAME_SIDE],
  examples: [
    {
      args: [100, 110, 95, 63, 0.3, 0.1],
      result: [[0.367013244177494, 0.626452571005687, 0.00653418481681908]],
      tolerance: 1e-12,
      source: HIT_SOURCE,
      text: t(
        'A long at 100 with a target at 110 and a stop at 95, for three months at 30% volatility and a 10% expected return: the stop, twice as near, is hit first more often.',
        '100에 매수, 목표가 110, 손절가 95, 3개월, 변동성 30%, 기대수익률 10%: 두 배 가까운 손절가에 먼저 닿는 경우가 더 많습니다.',
      ),
    },
    {
      args: [180, 160, 190, 20, 0.45],
      result: [[0.294993289557021, 0.631471149942791, 0.0735355605001882]],
      tolerance: 1e-12,
      source: HIT_SOURCE,
      text: t(
        'A short at 180 with a target at 160 and a stop at 190, for four weeks at 45% volatility.',
        '180에 공매도, 목표가 160, 손절가 190, 4주, 변동성 45%.',
      ),
    },
  ],
  impl: ({ spot, target, stop, T, vol, drift }) => hitFirst(spot, target, stop, T, vol, drift),
});

const TRADE_EV_SOURCE = (workings: string) =>
  `mpmath 50-digit expected P&L per share and per unit risked |spot − stop| of a position closed at the first level touched, else at the horizon, under geometric Brownian motion: ${workings} (the eigenfunction (Fourier sine) series of the killed density (Hui, One-touch double barrier binary option values, Applied Financial Economics 6, 1996; Haug, The Complete Guide to Option Pricing Formulas, 2nd ed., §4.19.5); the method-of-images killed density (Karatzas & Shreve, Brownian Motion and Stochastic Calculus, 2nd ed., §2.8) integrated by mpmath.quad, the split between the levels by optional stopping of the scale-function martingale e^{−2νX/σ²}); test/reference/examples.py`;

const TRADE_EV_EXIT =
  'expected exit = target·P(target first) + stop·P(stop first) + E[S_T; neither], the probabilities by the sine series and E[S_T; neither] = spot·∫e^x·(killed density) by mpmath.quad of the image series; the same route gives 0 to 40 digits at drift 0, as optional stopping requires of a martingale';

export const TRADE_EV: FunctionSpec = defineFunction({
  name: 'TRADE_EV',
  category: 'trade',
  kernel: KERNEL,
  summary: t(
    'Expected profit of a trade closed at the target or the stop when first touched, otherwise at the market price at the horizon: per share and in R (multiples of the amount risked, |spot − stop|). Long or short as in HIT_FIRST.',
    '목표가나 손절가에 먼저 닿으면 그 가격에, 아니면 기간 끝의 시장가에 청산하는 거래의 기대 손익: 주당 금액과 R 배수 (위험 금액 |spot − stop|의 배수). 매수·공매도는 HIT_FIRST와 같습니다.',
  ),
  returns: t(
    'one row: expected P&L per share (currency units), expected R (a multiple of |spot − stop|)',
    '한 행: 주당 기대 손익 (통화 단위), 기대 R 배수 (|spot − stop|의 배수)',
  ),
  keywords: {
    en: ['expected value', 'ev', 'expectancy', 'r multiple', 'risk reward', 'trade plan', 'target', 'stop', 'profit'],
    ko: ['기대값', '기댓값', '기대 손익', 'R 배수', '손익비', '매매 계획', '목표가', '손절가'],
  },
  params: [
    spot,
    target,
    stop,
    horizon,
    vol,
    tradeDrift,
    {
      name: 'cost',
      kind: 'number',
      description: t(
        'Round-trip cost per share: commissions, spread and slippage of the entry and the exit.',
        '주당 왕복 비용: 진입과 청산의 수수료, 스프레드, 슬리피지.',
      ),
      unit: t('currency units per share', '주당 통화 단위'),
      optional: true,
      default: 0,
      min: 0,
    },
    yearDays,
  ],
  result: {
    kind: 'row',
    columns: [t('expected P&L per share', '주당 기대 손익'), t('expected R', '기대 R 배수')],
    units: ['money', 'multiple'],
  },
  errors: [SAME_SIDE, 'spot at the stop: there is no risk to measure R by'],
  examples: [
    {
      args: [100, 110, 95, 63, 0.3, 0.1],
      result: [[0.55316541058572, 0.11063308211714]],
      tolerance: 1e-11,
      source: TRADE_EV_SOURCE(TRADE_EV_EXIT),
      text: t('The trade of HIT_FIRST’s example: +0.55 a share on average, 0.11 R.', 'HIT_FIRST 예시의 거래: 평균 주당 +0.55, 0.11 R.'),
    },
    {
      args: [180, 160, 190, 20, 0.45, -0.1],
      result: [[0.526175204700868, 0.0526175204700868]],
      tolerance: 1e-11,
      source: TRADE_EV_SOURCE(`a short: the P&L is spot − expected exit; ${TRADE_EV_EXIT}`),
      text: t(
        'A four-week short at 180 (target 160, stop 190) when the stock is expected to fall 10% a year.',
        '연 10% 하락이 예상될 때 180에 4주 공매도 (목표가 160, 손절가 190).',
      ),
    },
    {
      args: [180, 200, 171, 20, 0.45, 0.25, 0.05],
      result: [[1.13971308668889, 0.126634787409876]],
      tolerance: 1e-11,
      source: TRADE_EV_SOURCE(`${TRADE_EV_EXIT}, less the round-trip cost`),
      text: t(
        'A four-week long at 180 (target 200, stop 171, 45% volatility, 25% expected return), 0.05 a share in costs.',
        '180에 4주 매수 (목표가 200, 손절가 171, 변동성 45%, 기대수익률 25%), 주당 비용 0.05.',
      ),
    },
  ],
  impl: ({ spot, target, stop, T, vol, drift, cost }) => tradeEv(spot, target, stop, T, vol, drift, cost),
});

const RANGE_SOURCE =
  'mpmath 50-digit central interval of the lognormal price at T = days/252, spot·exp((μ − σ²/2)T ∓ z·σ√T) with z = √2·erfinv(prob) = Φ⁻¹((1 + prob)/2), or 1 (one standard deviation, 68.27%) when prob is omitted (Hull, 10th ed., eq. 15.3); the probability between the two recomputed by Φ; test/reference/examples.py';

export const PRICE_RANGE: FunctionSpec = defineFunction({
  name: 'PRICE_RANGE',
  category: 'trade',
  kernel: KERNEL,
  summary: t(
    'The range the price is likely to be in at the horizon (the expected move): the central interval holding the price with probability prob, or one standard deviation (about 68%) when prob is omitted.',
    '기간 끝에 주가가 있을 법한 범위 (예상 변동폭): 확률 prob로 주가를 담는 가운데 구간, prob를 생략하면 1 표준편차 (약 68%).',
  ),
  returns: t('one row: low, high (currency units per share)', '한 행: 하단, 상단 (주당 통화 단위)'),
  keywords: {
    en: ['expected move', 'price range', 'probability cone', 'confidence interval', 'one standard deviation', 'forecast'],
    ko: ['예상 변동폭', '가격 범위', '확률 원뿔', '신뢰구간', '표준편차', '예상 주가'],
  },
  params: [
    spot,
    { ...days, description: t('Horizon, in trading days.', '기간 (거래일 수).') },
    vol,
    drift(t('Expected annual return of the stock (the arithmetic drift μ).', '주식의 연 기대 수익률 (산술 드리프트 μ).')),
    {
      name: 'prob',
      kind: 'number',
      description: t(
        'Probability that the price ends inside the range (0.9 = 90%); omitted: one standard deviation, about 68.27%.',
        '주가가 범위 안에서 끝날 확률 (0.9 = 90%). 생략하면 1 표준편차 (약 68.27%).',
      ),
      unit: t('probability, a decimal', '확률 (소수)'),
      optional: true,
      default: null,
      min: 0,
      minExclusive: true,
      max: 1,
      maxExclusive: true,
      mistake: fractionMistake(),
    },
    yearDays,
  ],
  result: { kind: 'row', columns: [t('low', '하단'), t('high', '상단')], units: ['money', 'money'] },
  examples: [
    {
      args: [180, 20, 0.45],
      result: [[157.298928528113, 202.693355877718]],
      tolerance: 1e-9,
      source: RANGE_SOURCE,
      text: t(
        'One standard deviation for a 180 stock at 45% volatility over four weeks.',
        '변동성 45%인 180 주식의 4주 후 1 표준편차 범위.',
      ),
    },
    {
      args: [180, 20, 0.45, 0.25, 0.9],
      result: [[147.856047774726, 224.367574070294]],
      tolerance: 1e-9,
      source: RANGE_SOURCE,
      text: t('The 90% range with a 25% expected return.', '기대수익률 25%일 때의 90% 범위.'),
    },
  ],
  impl: ({ spot, T, vol, drift, prob }) => priceRange(spot, T, vol, drift, prob),
});
