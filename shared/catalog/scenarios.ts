import { impliedProb, scenarioBayes, scenarioEv, scenarioProb } from '../kernels/scenario';
import { days, drift, price, rate, t, TEXT_UNIT, vol, yearDays } from './params';
import { defineFunction, type FunctionSpec, type Text } from './types';

const KERNEL = 'shared/kernels/scenario.ts';

export const SCENARIO_PROB: FunctionSpec = defineFunction({
  name: 'SCENARIO_PROB',
  category: 'scenarios',
  kernel: KERNEL,
  summary: {
    en: 'Probability that the price reaches a target within a horizon, for a price following geometric Brownian motion.',
    ko: '기하 브라운 운동을 따르는 주가가 기간 안에 목표가에 도달할 확률.',
  },
  returns: { en: 'probability, a decimal from 0 to 1', ko: '확률 (0~1 소수)' },
  keywords: {
    en: ['scenario', 'probability', 'target', 'odds', 'chance', 'touch', 'barrier', 'lognormal'],
    ko: ['시나리오', '확률', '목표가', '도달', '상승 확률', '하락 확률'],
  },
  params: [
    price('spot', { en: 'Current price.', ko: '현재 주가.' }),
    price('target', {
      en: 'Target price. Above spot asks about a rise, below spot about a fall.',
      ko: '목표 주가. 현재가보다 높으면 상승, 낮으면 하락 확률입니다.',
    }),
    days,
    vol,
    drift(t('Expected annual return of the price (the drift μ of the process).', '연 기대 수익률 (과정의 드리프트 μ).')),
    {
      name: 'mode',
      kind: 'option',
      description: {
        en: '"end": at or beyond the target at the horizon; "touch": reaches it at any time before.',
        ko: '"end": 만기 시점에 목표가 이상(이하); "touch": 기간 중 한 번이라도 도달.',
      },
      unit: TEXT_UNIT,
      optional: true,
      default: 'end',
      choices: [
        { value: 'end', aliases: ['만기', 'close'], label: { en: 'at the horizon', ko: '만기 시점' } },
        { value: 'touch', aliases: ['도달', '터치', 'hit'], label: { en: 'any time before the horizon', ko: '기간 중 도달' } },
      ],
    },
    yearDays,
  ],
  result: { kind: 'scalar', unit: 'probability' },
  hot: true,
  examples: [
    {
      args: [100, 110, 20, 0.3],
      result: 0.121004,
      tolerance: 5e-7,
      source:
        'mpmath 50-digit P(S_T ≥ target) for geometric Brownian motion, Φ((ln(S/K) + (μ − σ²/2)T)/(σ√T)) with T = days/252 (Hull, 10th ed., eq. 15.3, the lognormal S_T); cross-checked with QuantLib 1.29 blackFormulaCashItmProbability; test/reference/examples.py',
      text: {
        en: 'A 10% rise in 20 trading days at 30% volatility, ending above the target.',
        ko: '변동성 30%에서 20거래일 안에 10% 상승해 만기에 목표가 위에 있을 확률.',
      },
    },
    {
      args: [100, 110, 20, 0.3, 0, 'touch'],
      result: 0.247238,
      tolerance: 5e-7,
      source:
        'mpmath 50-digit first-passage probability of Brownian motion with drift, Φ(z₁) + e^{2νb/σ²}Φ(z₂) with T = days/252 (Shreve, Stochastic Calculus for Finance II, 2004, §7.2, maximum of Brownian motion with drift; Karatzas & Shreve, Brownian Motion and Stochastic Calculus, §3.5.C); cross-checked to 40 digits by quadrature of the inverse-Gaussian first-passage density; test/reference/examples.py',
      text: {
        en: 'The same target touched at any time: about twice the "end" probability.',
        ko: '같은 목표가를 기간 중 한 번이라도 터치할 확률: "end"의 약 두 배.',
      },
    },
  ],
  impl: ({ spot, target, T, vol, drift, mode }) => scenarioProb(spot, target, T, vol, drift, mode),
});

function probVector<const N extends string>(name: N, description: Text) {
  return {
    name,
    kind: 'vector',
    description,
    unit: t('decimals from 0 to 1 that sum to 1 (0.6 = 60%)', '합이 1인 0~1 소수 (0.6 = 60%)'),
  } as const;
}

export const SCENARIO_EV: FunctionSpec = defineFunction({
  name: 'SCENARIO_EV',
  category: 'scenarios',
  kernel: KERNEL,
  summary: {
    en: 'Probability-weighted outcome of a set of scenarios: the mean, the standard deviation, or the probability of a loss.',
    ko: '시나리오들의 확률 가중 결과: 기댓값, 표준편차 또는 손실 확률.',
  },
  returns: {
    en: 'the statistic, in the units of outcomes (p_loss: a probability from 0 to 1)',
    ko: '통계값 (outcomes와 같은 단위, p_loss는 0~1 확률)',
  },
  keywords: {
    en: ['expected value', 'scenario', 'weighted', 'mean', 'stdev', 'loss probability', 'risk'],
    ko: ['기댓값', '시나리오', '가중평균', '표준편차', '손실 확률'],
  },
  params: [
    probVector(
      'probabilities',
      t('Probability of each scenario; they must sum to 1 (within 1e-9).', '각 시나리오의 확률. 합이 1이어야 합니다 (오차 1e-9 이내).'),
    ),
    {
      name: 'outcomes',
      kind: 'vector',
      pairedWith: 'probabilities',
      description: {
        en: 'Outcome of each scenario (a return, a price or a profit), same number of cells as probabilities.',
        ko: '각 시나리오의 결과 (수익률, 가격 또는 손익). probabilities와 셀 수가 같아야 합니다.',
      },
      unit: { en: 'any consistent unit (e.g. decimal return, 0.1 = 10%)', ko: '일관된 단위 (예: 수익률 소수, 0.1 = 10%)' },
    },
    {
      name: 'stat',
      kind: 'option',
      description: {
        en: '"mean" (expected outcome), "stdev" (standard deviation of the outcome distribution) or "p_loss" (probability of an outcome below 0).',
        ko: '"mean" (기댓값), "stdev" (결과 분포의 표준편차), "p_loss" (결과가 0 미만일 확률).',
      },
      unit: TEXT_UNIT,
      optional: true,
      default: 'mean',
      choices: [
        { value: 'mean', aliases: ['ev', '평균', '기댓값'], label: { en: 'expected outcome', ko: '기댓값' } },
        { value: 'stdev', aliases: ['sd', 'std', '표준편차'], label: { en: 'standard deviation', ko: '표준편차' } },
        { value: 'p_loss', aliases: ['ploss', 'loss', '손실확률'], label: { en: 'probability of a loss', ko: '손실 확률' } },
      ],
    },
  ],
  result: { kind: 'scalar', unit: 'percent' },
  errors: [
    'probabilities that do not sum to 1 within 1e-9 (the message states the sum)',
    'ranges of different sizes, or a pair with only one side filled',
  ],
  examples: [
    {
      args: [[[0.65], [0.25], [0.1]], [[0.12], [-0.05], [-0.2]], 'mean'],
      result: 0.0455,
      tolerance: 1e-12,
      source:
        'exact rational arithmetic (Python fractions): Σ pᵢ·oᵢ = 0.65·0.12 − 0.25·0.05 − 0.1·0.2 = 91/2000; test/reference/examples.py',
      text: { en: 'Bull 65% (+12%), base 25% (−5%), bear 10% (−20%).', ko: '강세 65% (+12%), 기본 25% (−5%), 약세 10% (−20%).' },
    },
    {
      args: [[[0.65], [0.25], [0.1]], [[0.12], [-0.05], [-0.2]], 'p_loss'],
      result: 0.35,
      tolerance: 1e-12,
      source: 'exact rational arithmetic (Python fractions): Σ pᵢ over outcomes below 0 = 0.25 + 0.1 = 7/20; test/reference/examples.py',
    },
  ],
  impl: ({ probabilities, outcomes, stat }) => scenarioEv(probabilities.values, outcomes.values, stat),
});

export const SCENARIO_BAYES: FunctionSpec = defineFunction({
  name: 'SCENARIO_BAYES',
  category: 'scenarios',
  kernel: KERNEL,
  summary: {
    en: 'Posterior scenario probabilities after news (Bayes’ rule), in the shape of the priors.',
    ko: '뉴스 반영 후의 사후 시나리오 확률 (베이즈 정리). priors와 같은 모양으로 반환.',
  },
  returns: { en: 'probabilities from 0 to 1 that sum to 1, one per scenario', ko: '시나리오별 0~1 확률 (합 1)' },
  keywords: {
    en: ['bayes', 'posterior', 'update', 'news', 'scenario', 'probability', 'prior'],
    ko: ['베이즈', '사후확률', '업데이트', '뉴스', '시나리오', '사전확률'],
  },
  params: [
    probVector(
      'priors',
      t('Scenario probabilities before the news; they must sum to 1 (within 1e-9).', '뉴스 이전의 시나리오 확률. 합이 1이어야 합니다.'),
    ),
    {
      name: 'likelihoods',
      kind: 'vector',
      pairedWith: 'priors',
      description: {
        en: 'P(news | scenario) for each scenario; need not sum to 1.',
        ko: '각 시나리오에서 그 뉴스가 나올 확률 P(뉴스 | 시나리오). 합이 1일 필요는 없습니다.',
      },
      unit: { en: 'decimals ≥ 0', ko: '0 이상의 소수' },
    },
  ],
  result: { kind: 'table', units: ['probability'] },
  errors: ['priors that do not sum to 1 within 1e-9', 'zero total evidence: the news is impossible under every scenario'],
  examples: [
    {
      args: [
        [[0.65], [0.25], [0.1]],
        [[0.3], [0.6], [0.9]],
      ],
      result: [[0.4482758620689655], [0.3448275862068966], [0.20689655172413793]],
      tolerance: 1e-12,
      source: "exact rational arithmetic (Python fractions), Bayes' rule pᵢLᵢ/ΣpⱼLⱼ = 13/29, 10/29, 6/29; test/reference/examples.py",
      text: {
        en: 'Antitrust news, more likely in weaker scenarios, shifts weight away from the bull case.',
        ko: '약세 시나리오에서 더 잘 나오는 반독점 뉴스가 강세 시나리오의 비중을 낮춥니다.',
      },
    },
  ],
  impl: ({ priors, likelihoods }) => {
    // The posterior in the priors' shape, blank where the pair was blank.
    const post = scenarioBayes(priors.values, likelihoods.values);
    const out: (number | null)[][] = Array.from({ length: priors.rows }, () => new Array<number | null>(priors.cols).fill(null));
    priors.index.forEach((k, i) => (out[Math.floor(k / priors.cols)][k % priors.cols] = post[i]));
    return out;
  },
});

export const IMPLIED_PROB: FunctionSpec = defineFunction({
  name: 'IMPLIED_PROB',
  category: 'scenarios',
  kernel: KERNEL,
  summary: {
    en: 'Risk-neutral probability that the price ends above a call spread’s strikes, implied by the spread’s price.',
    ko: '콜 스프레드 가격에 내재된, 만기 주가가 행사가 구간 위에서 끝날 위험중립 확률.',
  },
  returns: { en: 'probability, a decimal from 0 to 1', ko: '확률 (0~1 소수)' },
  keywords: {
    en: ['implied probability', 'risk neutral', 'call spread', 'options market', 'odds'],
    ko: ['내재 확률', '위험중립', '콜 스프레드', '옵션 시장'],
  },
  params: [
    price('low_strike', { en: 'Strike of the call bought.', ko: '매수한 콜의 행사가.' }),
    price('high_strike', { en: 'Strike of the call sold; above low_strike.', ko: '매도한 콜의 행사가 (low_strike보다 높음).' }),
    { ...price('low_call', { en: 'Price of the low-strike call.', ko: '낮은 행사가 콜의 가격.' }), min: 0, minExclusive: false },
    { ...price('high_call', { en: 'Price of the high-strike call.', ko: '높은 행사가 콜의 가격.' }), min: 0, minExclusive: false },
    {
      ...days,
      optional: true,
      default: 0,
      description: {
        en: 'Trading days to expiry, for discounting the strike gap.',
        ko: '만기까지 거래일 수 (행사가 차이를 할인할 때 사용).',
      },
    },
    rate,
    yearDays,
  ],
  result: { kind: 'scalar', unit: 'probability' },
  errors: ['high_strike not above low_strike', 'quotes that imply a probability below 0 or above 1 (arbitrage)'],
  examples: [
    {
      args: [100, 110, 6.5, 2.9],
      result: 0.36,
      tolerance: 1e-12,
      source:
        'exact rational arithmetic (Python fractions): a call spread pays the strike gap when S_T > high, so its undiscounted price / gap is the risk-neutral probability (Breeden & Litzenberger 1978): (6.5 − 2.9)/10 = 9/25; test/reference/examples.py',
      text: { en: '(6.5 − 2.9) / (110 − 100).', ko: '(6.5 − 2.9) / (110 − 100).' },
    },
  ],
  impl: ({ low_strike, high_strike, low_call, high_call, T, rate }) => impliedProb(low_strike, high_strike, low_call, high_call, T, rate),
});
