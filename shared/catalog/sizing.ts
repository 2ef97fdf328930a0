import { kelly, positionSize, scaleIn } from '../kernels/sizing';
import { fractionMistake, MAX_WEIGHT_MISTAKE, price, RISK_PCT_MISTAKE, t } from './params';
import { defineFunction, type FunctionSpec } from './types';

export const POSITION_SIZE: FunctionSpec = defineFunction({
  name: 'POSITION_SIZE',
  category: 'sizing',
  kernel: 'shared/kernels/sizing.ts',
  summary: {
    en: 'Signed shares so the loss at the stop is at most the account risk: positive to buy (stop below entry), negative to sell short (stop above entry).',
    ko: '손절가에서의 손실이 계좌 위험 한도를 넘지 않는 주식 수 (부호 있음): 양수는 매수(손절가 < 진입가), 음수는 공매도(손절가 > 진입가).',
  },
  returns: {
    en: 'shares, a multiple of lot_size: positive = buy, negative = sell short',
    ko: '주식 수 (lot_size의 배수): 양수 = 매수, 음수 = 공매도',
  },
  keywords: {
    en: ['position', 'size', 'sizing', 'shares', 'risk', 'stop loss', 'stop', 'account'],
    ko: ['포지션', '비중', '수량', '손절', '위험', '리스크', '계좌'],
  },
  params: [
    {
      name: 'account',
      kind: 'number',
      description: { en: 'Total account value.', ko: '총 계좌 평가액.' },
      unit: { en: 'currency units', ko: '통화 단위' },
      min: 0,
      minExclusive: true,
    },
    {
      name: 'risk_pct',
      kind: 'number',
      description: {
        en: 'Largest loss allowed on this position, as a fraction of the account (0.02 = 2%).',
        ko: '이 포지션에서 허용하는 최대 손실 (계좌 대비 비율, 0.02 = 2%).',
      },
      unit: { en: 'decimal of the account (0.02 = 2%)', ko: '계좌 대비 소수 (0.02 = 2%)' },
      min: 0,
      minExclusive: true,
      max: 1,
      hint: t('a fraction of the account: 0.02 = 2%', '계좌 대비 비율입니다: 0.02 = 2%'),
      mistake: RISK_PCT_MISTAKE,
    },
    price('entry', { en: 'Entry price.', ko: '진입가.' }),
    {
      ...price('stop', {
        en: 'Stop-loss price. Below entry for a long position, above entry for a short.',
        ko: '손절가. 매수는 진입가 아래, 공매도는 진입가 위.',
      }),
      min: 0,
      minExclusive: false,
    },
    {
      name: 'max_weight',
      kind: 'number',
      description: {
        en: 'Largest position value as a fraction of the account (1 = the whole account; above 1 uses margin).',
        ko: '계좌 대비 최대 포지션 비중 (1 = 계좌 전체, 1 초과는 신용 사용).',
      },
      unit: { en: 'decimal of the account (0.25 = 25%)', ko: '계좌 대비 소수 (0.25 = 25%)' },
      optional: true,
      default: 1,
      min: 0,
      minExclusive: true,
      max: 100,
      mistake: MAX_WEIGHT_MISTAKE,
    },
    {
      name: 'lot_size',
      kind: 'number',
      description: { en: 'Trading unit: the result is a whole number of lots.', ko: '거래 단위: 결과는 이 단위의 정수 배입니다.' },
      unit: { en: 'shares per lot', ko: '로트당 주식 수' },
      optional: true,
      default: 1,
      min: 0,
      minExclusive: true,
    },
  ],
  result: { kind: 'scalar', unit: 'shares' },
  hot: true,
  errors: [
    'stop equals entry: there is no risk per share',
    'not even one lot fits within risk_pct or max_weight (a date in a price cell arrives as its serial number, so it usually shows up here)',
  ],
  examples: [
    {
      args: [100000, 0.02, 180, 171],
      result: 222,
      tolerance: 0,
      source:
        'exact rational arithmetic (Python fractions): sign·lot·⌊min(account·risk_pct/|entry − stop|, account·max_weight/entry)/lot⌋, sign + for a stop below entry and − above (fixed-fractional risk sizing, capped by position value, as the catalog defines it): ⌊min(2000/9, 100000/180)⌋ = 222; test/reference/examples.py',
      text: {
        en: 'Risk 2% of 100,000 with a stop 9 below a 180 entry: 2,000 / 9 = 222 shares.',
        ko: '계좌 10만의 2%를 위험에 두고 진입가 180, 손절가 171: 2,000 / 9 = 222주.',
      },
    },
    {
      args: [100000, 0.02, 180, 171, 0.25, 10],
      result: 130,
      tolerance: 0,
      source:
        'exact rational arithmetic (Python fractions): sign·lot·⌊min(account·risk_pct/|entry − stop|, account·max_weight/entry)/lot⌋, sign + for a stop below entry and − above (fixed-fractional risk sizing, capped by position value, as the catalog defines it): 10·⌊min(2000/9, 25000/180)/10⌋ = 10·⌊13.88…⌋ = 130; test/reference/examples.py',
      text: { en: 'Capped at 25% of the account and rounded down to lots of 10.', ko: '계좌의 25% 비중 한도와 10주 단위로 내림.' },
    },
    {
      args: [100000, 0.02, 180, 190],
      result: -200,
      tolerance: 0,
      source:
        'exact rational arithmetic (Python fractions): sign·lot·⌊min(account·risk_pct/|entry − stop|, account·max_weight/entry)/lot⌋, sign + for a stop below entry and − above (fixed-fractional risk sizing, capped by position value, as the catalog defines it): stop above entry, a short: −⌊min(2000/10, 100000/180)⌋ = −200; test/reference/examples.py',
      text: {
        en: 'A stop at 190 above a 180 entry is a short: sell 200 shares (2,000 / 10), shown as −200.',
        ko: '진입가 180 위의 손절가 190은 공매도입니다: 200주 매도 (2,000 / 10), −200으로 표시.',
      },
    },
  ],
  impl: ({ account, risk_pct, entry, stop, max_weight, lot_size }) => positionSize(account, risk_pct, entry, stop, max_weight, lot_size),
});

const fractionOf = t;

export const KELLY: FunctionSpec = defineFunction({
  name: 'KELLY',
  category: 'sizing',
  kernel: 'shared/kernels/sizing.ts',
  summary: {
    en: 'Kelly exposure as a fraction of capital for a trade that gains win_return or loses loss_return; above 1 means leverage. Use fraction (e.g. 0.5) for fractional Kelly.',
    ko: 'win_return만큼 벌거나 loss_return만큼 잃는 거래의 켈리 비중 (자본 대비). 1을 넘으면 레버리지를 뜻합니다. fraction(예: 0.5)으로 부분 켈리.',
  },
  returns: {
    en: 'exposure, a decimal of capital (0.25 = 25%; above 1 = leverage)',
    ko: '자본 대비 비중 소수 (0.25 = 25%, 1 초과 = 레버리지)',
  },
  keywords: { en: ['kelly', 'sizing', 'bet size', 'edge', 'leverage', 'fraction'], ko: ['켈리', '비중', '베팅', '엣지', '레버리지'] },
  params: [
    {
      name: 'win_prob',
      kind: 'number',
      description: fractionOf('Probability that the trade wins.', '거래가 이길 확률.'),
      unit: fractionOf('probability, a decimal from 0 to 1', '확률 (0~1 소수)'),
      min: 0,
      max: 1,
      mistake: fractionMistake(),
    },
    {
      name: 'win_return',
      kind: 'number',
      description: fractionOf('Gain if it wins, as a fraction of the position (0.2 = +20%).', '이길 때의 수익 (포지션 대비, 0.2 = +20%).'),
      unit: fractionOf('decimal of the position', '포지션 대비 소수'),
      min: 0,
      minExclusive: true,
    },
    {
      name: 'loss_return',
      kind: 'number',
      description: fractionOf(
        'Loss if it loses, as a positive fraction of the position (0.1 = −10%).',
        '질 때의 손실 (포지션 대비 양수, 0.1 = −10%).',
      ),
      unit: fractionOf('decimal of the position, positive', '포지션 대비 소수 (양수)'),
      min: 0,
      minExclusive: true,
      mistake: {
        above: 1,
        of: t('of the position', '포지션의'),
        why: t(
          'a bought position cannot lose more than all of it (100%); 10 is far likelier 10%',
          '매수한 포지션은 전부(100%)보다 더 잃을 수 없습니다. 10은 10%일 가능성이 훨씬 큽니다',
        ),
      },
    },
    {
      name: 'fraction',
      kind: 'number',
      description: fractionOf('Share of the full Kelly bet to take (0.5 = half Kelly).', '전체 켈리 중 취할 비율 (0.5 = 하프 켈리).'),
      unit: fractionOf('decimal (1 = full Kelly)', '소수 (1 = 전체 켈리)'),
      optional: true,
      default: 1,
      min: 0,
      minExclusive: true,
      max: 1,
      mistake: fractionMistake(),
    },
  ],
  result: { kind: 'scalar', unit: 'percent' },
  examples: [
    {
      args: [0.65, 0.2, 0.1],
      result: 4.75,
      tolerance: 1e-12,
      source:
        'exact rational arithmetic (Python fractions): fraction·max(0, p/loss − (1 − p)/win), the maximizer of E ln(1 + f·X) for a two-outcome trade (Kelly, Bell System Technical Journal 35, 1956; Thorp, The Kelly criterion in blackjack, sports betting and the stock market, 2006): 0.65/0.1 − 0.35/0.2 = 19/4; test/reference/examples.py',
      text: {
        en: '0.65/0.1 − 0.35/0.2: a leveraged bet, which is why half Kelly is common.',
        ko: '0.65/0.1 − 0.35/0.2: 레버리지 베팅이라 하프 켈리를 흔히 씁니다.',
      },
    },
    {
      args: [0.55, 0.1, 0.1, 0.5],
      result: 0.5,
      tolerance: 1e-12,
      source:
        'exact rational arithmetic (Python fractions): fraction·max(0, p/loss − (1 − p)/win), the maximizer of E ln(1 + f·X) for a two-outcome trade (Kelly, Bell System Technical Journal 35, 1956; Thorp, The Kelly criterion in blackjack, sports betting and the stock market, 2006): 0.5·(0.55/0.1 − 0.45/0.1) = 1/2; test/reference/examples.py',
    },
  ],
  impl: ({ win_prob, win_return, loss_return, fraction }) => kelly(win_prob, win_return, loss_return, fraction),
});

export const SCALE_IN: FunctionSpec = defineFunction({
  name: 'SCALE_IN',
  category: 'sizing',
  kernel: 'shared/kernels/sizing.ts',
  summary: {
    en: 'A scale-in (split buying) ladder: one row per tranche with price, shares, cumulative shares and average cost.',
    ko: '분할 매수 계획표: 회차별 가격, 수량, 누적 수량, 평균 단가.',
  },
  returns: {
    en: 'a table of tranches rows × 4 columns (price, shares, cumulative shares, average cost)',
    ko: '회차 수 × 4열 표 (가격, 수량, 누적 수량, 평균 단가)',
  },
  keywords: {
    en: ['scale in', 'ladder', 'tranche', 'split buying', 'average cost', 'dca'],
    ko: ['분할 매수', '분할매수', '평균 단가', '물타기', '불타기'],
  },
  params: [
    {
      name: 'total_shares',
      kind: 'integer',
      description: fractionOf('Shares to buy in all.', '총 매수 수량.'),
      unit: fractionOf('shares', '주'),
      min: 1,
      max: 1e12,
    },
    {
      name: 'tranches',
      kind: 'integer',
      description: fractionOf('Number of buys.', '매수 횟수.'),
      unit: fractionOf('count', '회'),
      min: 1,
      max: 1000,
    },
    price('first_price', fractionOf('Price of the first buy.', '첫 매수 가격.')),
    price(
      'last_price',
      fractionOf('Price of the last buy; prices are evenly spaced in between.', '마지막 매수 가격. 그 사이는 같은 간격입니다.'),
    ),
    {
      name: 'weighting',
      kind: 'option',
      description: fractionOf(
        '"equal": the same shares each time; "pyramid": weights 1, 2, …, n rising toward the last price.',
        '"equal": 매번 같은 수량, "pyramid": 마지막 가격 쪽으로 1, 2, …, n 비율로 증가.',
      ),
      unit: fractionOf('text', '텍스트'),
      optional: true,
      default: 'equal',
      choices: [
        { value: 'equal', aliases: ['균등'], label: fractionOf('equal', '균등') },
        { value: 'pyramid', aliases: ['피라미드'], label: fractionOf('pyramid', '피라미드') },
      ],
    },
  ],
  result: {
    kind: 'table',
    columns: [
      fractionOf('price', '가격'),
      fractionOf('shares', '수량'),
      fractionOf('cumulative shares', '누적 수량'),
      fractionOf('average cost', '평균 단가'),
    ],
    units: ['money', 'shares', 'shares', 'money'],
  },
  examples: [
    {
      args: [100, 3, 180, 160],
      result: [
        [180, 34, 34, 180],
        [170, 33, 67, 175.07462686567163],
        [160, 33, 100, 170.1],
      ],
      tolerance: 1e-9,
      source:
        'hand derivation in exact rational arithmetic (Python fractions): shares 34/33/33 (100 split equally by largest remainder, the leftover share to the first tranche), prices 180/170/160, average cost = cumulative cost / cumulative shares = 180, 11730/67, 1701/10; test/reference/examples.py',
      text: { en: '100 shares in three buys from 180 down to 160.', ko: '100주를 180에서 160까지 세 번에 나눠 매수.' },
    },
  ],
  impl: ({ total_shares, tranches, first_price, last_price, weighting }) =>
    scaleIn(total_shares, tranches, first_price, last_price, weighting),
});
