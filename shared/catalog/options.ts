import { callSpread, optionGreek, optionImpliedVol, optionPrice, putHedge } from '../kernels/options';
import { days, dividendYield, exerciseStyle, optionType, price, rate, spot, strike, t, TEXT_UNIT, vol, yearDays } from './params';
import { defineFunction, type FunctionSpec } from './types';

const KERNEL = 'shared/kernels/blackscholes.ts';
const expiry = { ...days, description: t('Trading days to expiry.', '만기까지 거래일 수.') };
const BSM = t(
  'Black–Scholes–Merton, continuous rate and dividend yield; European exercise unless style is "american" (Andersen–Lake–Offengenden early-exercise premium).',
  '블랙-숄즈-머튼 모형 (연속 복리 이자율과 배당수익률). style이 "american"이면 미국형 (Andersen–Lake–Offengenden 조기행사 프리미엄), 아니면 유럽형.',
);

export const BS_PRICE: FunctionSpec = defineFunction({
  name: 'BS_PRICE',
  category: 'options',
  kernel: KERNEL,
  summary: t(`Price of a call or put option. ${BSM.en}`, `콜·풋 옵션 가격. ${BSM.ko}`),
  returns: t('option price, in currency units per share', '옵션 가격 (주당 통화 단위)'),
  keywords: {
    en: ['black scholes', 'option', 'price', 'premium', 'call', 'put', 'bsm'],
    ko: ['블랙숄즈', '옵션', '옵션 가격', '프리미엄', '콜', '풋'],
  },
  params: [optionType, spot, strike, expiry, vol, rate, dividendYield, yearDays, exerciseStyle],
  result: { kind: 'scalar', unit: 'money' },
  hot: true,
  examples: [
    {
      args: ['call', 100, 100, 252, 0.2, 0.05],
      result: 10.450583572185566,
      tolerance: 1e-12,
      source:
        'mpmath 50-digit Black–Scholes–Merton (Hull, Options, Futures, and Other Derivatives, 10th ed., §15.8, eqs. 15.20–15.21; dividend yield q as in Merton 1973), T = days/252; cross-checked with QuantLib 1.29 BlackCalculator (the calculator of AnalyticEuropeanEngine); test/reference/examples.py',
      text: t('One-year at-the-money call, 20% volatility, 5% rate.', '1년 만기 등가격 콜, 변동성 20%, 금리 5%.'),
    },
    {
      args: ['put', 180, 160, 20, 0.45, 0.04],
      result: 1.9491,
      tolerance: 5e-5,
      source:
        'mpmath 50-digit Black–Scholes–Merton (Hull, Options, Futures, and Other Derivatives, 10th ed., §15.8, eqs. 15.20–15.21; dividend yield q as in Merton 1973), T = days/252; cross-checked with QuantLib 1.29 BlackCalculator (the calculator of AnalyticEuropeanEngine); test/reference/examples.py',
      text: t('A protective put 11% below the price, 20 trading days out.', '20거래일 만기, 현재가보다 11% 아래 보호용 풋.'),
    },
    {
      args: ['put', 100, 100, 252, 0.3, 0.05, 0, 252, 'american'],
      result: 9.870063954928904,
      tolerance: 1e-8,
      source:
        'QuantLib 1.29 QdFpAmericanEngine, tanh-sinh fixed-point scheme (30 steps, 96 nodes, eps 1e-14; finer than its highPrecisionScheme, see test/reference/american.py), T scaled to one year via σ√T, rT, qT; T = days/252; test/reference/examples.py',
      text: t(
        'The same put with American exercise: worth 0.52 more than the European 9.35 (QuantLib highPrecisionScheme: 9.870063954928904).',
        '같은 풋을 미국형으로: 유럽형 9.35보다 0.52 더 가치가 있습니다 (QuantLib highPrecisionScheme: 9.870063954928904).',
      ),
    },
  ],
  impl: ({ type, spot, strike, T, vol, rate, yield: q, style }) => optionPrice(style, type, spot, strike, T, vol, rate, q),
});

export const BS_GREEK: FunctionSpec = defineFunction({
  name: 'BS_GREEK',
  category: 'options',
  kernel: KERNEL,
  summary: t(
    `An option greek: delta (per 1 of spot), gamma (per 1 of spot, per 1 of spot), vega (per 1 percentage point of volatility), theta (per trading day, a day being 1/year_days of a year) or rho (per 1 percentage point of rate). ${BSM.en}`,
    `옵션 그릭스: delta (주가 1당), gamma (주가 1당 델타 변화), vega (변동성 1%p당), theta (거래일 하루당, 하루 = 1/year_days년), rho (금리 1%p당). ${BSM.ko}`,
  ),
  returns: t('the greek in the units named for it above', '위에 적힌 단위의 그릭 값'),
  keywords: {
    en: ['greeks', 'delta', 'gamma', 'vega', 'theta', 'rho', 'hedge ratio', 'sensitivity'],
    ko: ['그릭스', '델타', '감마', '베가', '세타', '로', '민감도'],
  },
  params: [
    {
      name: 'greek',
      kind: 'option',
      description: t('"delta", "gamma", "vega", "theta" or "rho".', '"delta", "gamma", "vega", "theta", "rho" 중 하나.'),
      unit: TEXT_UNIT,
      choices: [
        { value: 'delta', aliases: ['델타'], label: t('delta, per 1 of spot', '델타 (주가 1당)') },
        { value: 'gamma', aliases: ['감마'], label: t('gamma, per 1 of spot squared', '감마') },
        { value: 'vega', aliases: ['베가'], label: t('vega, per 1 percentage point of volatility', '베가 (변동성 1%p당)') },
        { value: 'theta', aliases: ['세타'], label: t('theta, per trading day', '세타 (거래일 하루당)') },
        { value: 'rho', aliases: ['로'], label: t('rho, per 1 percentage point of rate', '로 (금리 1%p당)') },
      ],
    },
    optionType,
    spot,
    strike,
    expiry,
    vol,
    rate,
    dividendYield,
    yearDays,
    exerciseStyle,
  ],
  result: { kind: 'scalar', unit: 'number' },
  hot: true,
  examples: [
    {
      args: ['delta', 'call', 100, 100, 252, 0.2, 0.05],
      result: 0.6368306511756191,
      tolerance: 1e-12,
      source:
        'mpmath 50-digit call delta e^{−qT}N(d₁) (Hull, 10th ed., ch. 19, Delta; Black–Scholes–Merton (Hull, Options, Futures, and Other Derivatives, 10th ed., §15.8, eqs. 15.20–15.21; dividend yield q as in Merton 1973)); cross-checked with QuantLib 1.29 BlackCalculator (the calculator of AnalyticEuropeanEngine); test/reference/examples.py',
    },
    {
      args: ['theta', 'call', 100, 100, 252, 0.2, 0.05],
      result: -0.0254524903,
      tolerance: 1e-10,
      source:
        "mpmath 50-digit call theta per year −S e^{−qT}N′(d₁)σ/(2√T) − rKe^{−rT}N(d₂) + qSe^{−qT}N(d₁) (Hull, 10th ed., ch. 19, Theta), divided by year_days = 252 for the catalog's per-trading-day theta; cross-checked with QuantLib 1.29 BlackCalculator (the calculator of AnalyticEuropeanEngine) (theta per year); test/reference/examples.py",
      text: t('Per trading day: the annual theta / 252.', '거래일 하루당: 연간 세타 / 252.'),
    },
  ],
  impl: ({ greek, type, spot, strike, T, vol, rate, yield: q, year_days, style }) => {
    const g = optionGreek(style, greek, type, spot, strike, T, vol, rate, q);
    // The kernel's theta is per year; the catalog documents it per trading day.
    return greek === 'theta' ? g / year_days : g;
  },
});

export const IMPLIED_VOL: FunctionSpec = defineFunction({
  name: 'IMPLIED_VOL',
  category: 'options',
  kernel: KERNEL,
  summary: t(`The volatility at which the model reproduces an option’s price. ${BSM.en}`, `옵션 가격을 재현하는 내재 변동성. ${BSM.ko}`),
  returns: t('annualized volatility, a decimal (0.2 = 20%)', '연율화 변동성 소수 (0.2 = 20%)'),
  keywords: { en: ['implied volatility', 'iv', 'vol', 'option', 'solver'], ko: ['내재 변동성', '내재변동성', 'IV', '옵션'] },
  params: [
    { ...price('price', t('Market price of the option.', '옵션의 시장 가격.')), min: 0, minExclusive: false },
    optionType,
    spot,
    strike,
    { ...expiry, min: 0, minExclusive: true },
    rate,
    dividendYield,
    yearDays,
    exerciseStyle,
  ],
  result: { kind: 'scalar', unit: 'percent' },
  hot: true,
  errors: ['price below the discounted intrinsic value, or at or above the no-arbitrage maximum (the message states the bound)'],
  examples: [
    {
      args: [10.450583572185565, 'call', 100, 100, 252, 0.05],
      result: 0.2,
      tolerance: 1e-12,
      source:
        'mpmath 50-digit root (findroot) of Black–Scholes–Merton (Hull, Options, Futures, and Other Derivatives, 10th ed., §15.8, eqs. 15.20–15.21; dividend yield q as in Merton 1973) = price, T = days/252; cross-checked with QuantLib 1.29 blackFormulaImpliedStdDev; test/reference/examples.py',
      text: t('Recovers the 20% volatility of the BS_PRICE example.', 'BS_PRICE 예시의 변동성 20%를 되찾습니다.'),
    },
    {
      args: [9.870063949925212, 'put', 100, 100, 252, 0.05, 0, 252, 'american'],
      result: 0.3,
      tolerance: 1e-8,
      source:
        'root (secant) of QuantLib 1.29 QdFpAmericanEngine, tanh-sinh fixed-point scheme (30 steps, 96 nodes, eps 1e-14; finer than its highPrecisionScheme, see test/reference/american.py), T scaled to one year via σ√T, rT, qT = price; T = days/252; test/reference/examples.py',
      text: t('From an American put price: recovers 30% volatility.', '미국형 풋 가격에서 변동성 30%를 되찾습니다.'),
    },
  ],
  impl: ({ price, type, spot, strike, T, rate, yield: q, style }) => optionImpliedVol(style, price, type, spot, strike, T, rate, q),
});

export const CALL_SPREAD: FunctionSpec = defineFunction({
  name: 'CALL_SPREAD',
  category: 'options',
  kernel: 'shared/kernels/options.ts',
  summary: t(
    `Bull call spread (buy the low-strike call, sell the high-strike call): net debit, maximum profit, breakeven and the risk-neutral probability of ending above the breakeven, per share. ${BSM.en}`,
    `강세 콜 스프레드 (낮은 행사가 콜 매수, 높은 행사가 콜 매도): 순지불액, 최대 이익, 손익분기점, 손익분기점 위에서 끝날 위험중립 확률 (주당). ${BSM.ko}`,
  ),
  returns: t(
    'one row: net debit and maximum profit (currency per share), breakeven (price), probability (0 to 1)',
    '한 행: 순지불액·최대 이익 (주당 통화), 손익분기 주가, 확률 (0~1)',
  ),
  keywords: {
    en: ['call spread', 'bull spread', 'vertical', 'strategy', 'breakeven', 'cap upside cost'],
    ko: ['콜 스프레드', '강세 스프레드', '버티컬', '손익분기'],
  },
  params: [
    spot,
    price('low_strike', t('Strike of the call bought.', '매수하는 콜의 행사가.')),
    price('high_strike', t('Strike of the call sold; above low_strike.', '매도하는 콜의 행사가 (low_strike보다 높음).')),
    expiry,
    vol,
    rate,
    dividendYield,
    yearDays,
    exerciseStyle,
  ],
  result: {
    kind: 'row',
    columns: [
      t('net debit', '순지불액'),
      t('max profit', '최대 이익'),
      t('breakeven', '손익분기점'),
      t('P(above breakeven)', '손익분기 상회 확률'),
    ],
    units: ['money', 'money', 'money', 'probability'],
  },
  errors: ['high_strike not above low_strike'],
  examples: [
    {
      args: [180, 180, 200, 20, 0.45, 0.04],
      result: [[6.5184, 13.4816, 186.5184, 0.3749]],
      tolerance: 5e-5,
      source:
        'mpmath 50-digit Black–Scholes–Merton (Hull, Options, Futures, and Other Derivatives, 10th ed., §15.8, eqs. 15.20–15.21; dividend yield q as in Merton 1973): debit c(low) − c(high), max profit (high − low) − debit, breakeven low + debit, P(S_T > breakeven) = N(d₂) at the breakeven (Hull, 10th ed., §15.8), T = days/252; cross-checked with QuantLib 1.29 BlackCalculator (the calculator of AnalyticEuropeanEngine); test/reference/examples.py',
      text: t('NVDA-style: buy the 180 call, sell the 200 call, 20 trading days out.', '180 콜 매수, 200 콜 매도, 20거래일 만기.'),
    },
  ],
  impl: ({ spot, low_strike, high_strike, T, vol, rate, yield: q, style }) =>
    callSpread(spot, low_strike, high_strike, T, vol, rate, q, style),
});

export const PUT_HEDGE: FunctionSpec = defineFunction({
  name: 'PUT_HEDGE',
  category: 'options',
  kernel: 'shared/kernels/options.ts',
  summary: t(
    `Protective put on one share: put cost, cost as a fraction of spot, maximum loss including the premium, and breakeven price. ${BSM.en}`,
    `주식 1주에 대한 보호용 풋: 풋 비용, 주가 대비 비용 비율, 프리미엄 포함 최대 손실, 손익분기 주가. ${BSM.ko}`,
  ),
  returns: t(
    'one row: cost (currency per share), cost / spot (decimal), maximum loss (currency per share), breakeven (price)',
    '한 행: 비용 (주당 통화), 비용/주가 (소수), 최대 손실 (주당 통화), 손익분기 주가',
  ),
  keywords: { en: ['protective put', 'hedge', 'insurance', 'downside', 'put'], ko: ['보호용 풋', '헤지', '하방 방어', '풋옵션'] },
  params: [spot, strike, expiry, vol, rate, dividendYield, yearDays, exerciseStyle],
  result: {
    kind: 'row',
    columns: [t('put cost', '풋 비용'), t('cost / spot', '비용/주가'), t('max loss', '최대 손실'), t('breakeven', '손익분기점')],
    units: ['money', 'percent', 'money', 'money'],
  },
  examples: [
    {
      args: [180, 160, 20, 0.45, 0.04],
      result: [[1.9491, 0.0108, 21.9491, 181.9491]],
      tolerance: 5e-5,
      source:
        'mpmath 50-digit Black–Scholes–Merton (Hull, Options, Futures, and Other Derivatives, 10th ed., §15.8, eqs. 15.20–15.21; dividend yield q as in Merton 1973): put p, p/spot, spot − strike + p, spot + p, T = days/252; cross-checked with QuantLib 1.29 BlackCalculator (the calculator of AnalyticEuropeanEngine); test/reference/examples.py',
      text: t('An 11% out-of-the-money put for 20 trading days.', '20거래일 만기, 11% 외가격 풋.'),
    },
    {
      args: [180, 160, 20, 0.45, 0.04, 0, 252, 'american'],
      result: [[1.9543, 0.0109, 21.9543, 181.9543]],
      tolerance: 5e-5,
      source:
        'QuantLib 1.29 QdFpAmericanEngine, tanh-sinh fixed-point scheme (30 steps, 96 nodes, eps 1e-14; finer than its highPrecisionScheme, see test/reference/american.py), T scaled to one year via σ√T, rT, qT: put p, p/spot, spot − strike + p, spot + p, T = days/252; test/reference/examples.py',
      text: t('The same hedge, American as US stock options are.', '미국 주식 옵션처럼 미국형으로 같은 헤지.'),
    },
  ],
  impl: ({ spot, strike, T, vol, rate, yield: q, style }) => putHedge(spot, strike, T, vol, rate, q, style),
});
