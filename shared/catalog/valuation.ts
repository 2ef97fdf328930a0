import { dcfReprice, dcfValue, impliedGrowth, peReprice } from '../kernels/dcf';
import { annualRate, growthRate, price } from './params';
import { defineFunction, type FunctionSpec } from './types';

const yearsParam = {
  name: 'years',
  kind: 'integer',
  description: {
    en: 'Length of the first (explicit growth) stage, in whole years; 0 gives the pure Gordon value.',
    ko: '1단계(명시적 성장) 기간, 정수 연수. 0이면 고든 성장 모형 값입니다.',
  },
  unit: { en: 'years', ko: '년' },
  optional: true,
  default: 5,
  min: 0,
  max: 200,
} as const;

const terminalGrowth = {
  ...annualRate('terminal_growth', {
    en: 'Growth of the cash flow forever after the first stage (Gordon growth); must be below the discount rate.',
    ko: '1단계 이후 영구 성장률 (고든 성장). 할인율보다 낮아야 합니다.',
  }),
  optional: true,
  default: 0.025,
} as const;

export const DCF_VALUE: FunctionSpec = defineFunction({
  name: 'DCF_VALUE',
  category: 'valuation',
  kernel: 'shared/kernels/dcf.ts',
  summary: {
    en: 'Two-stage discounted cash flow value: growth for a number of years, then Gordon growth forever, discounted end of year.',
    ko: '2단계 현금흐름할인(DCF) 가치: 일정 기간 성장 후 영구 성장(고든), 연말 할인.',
  },
  returns: { en: 'present value, in the currency units of cash_flow', ko: '현재가치 (cash_flow와 같은 통화 단위)' },
  keywords: {
    en: ['dcf', 'valuation', 'present value', 'intrinsic value', 'gordon', 'discount'],
    ko: ['현금흐름할인', '가치평가', '현재가치', '내재가치', '할인율'],
  },
  params: [
    {
      name: 'cash_flow',
      kind: 'number',
      description: { en: 'Cash flow of the year just ended (grows from the first year on).', ko: '직전 연도 현금흐름 (첫해부터 성장).' },
      unit: { en: 'currency units per year', ko: '연간 통화 단위' },
    },
    growthRate('growth', { en: 'Annual growth of the cash flow during the first stage.', ko: '1단계 연간 현금흐름 성장률.' }),
    annualRate('discount', { en: 'Annual discount rate (required return).', ko: '연 할인율 (요구 수익률).' }),
    yearsParam,
    terminalGrowth,
  ],
  result: { kind: 'scalar', unit: 'money' },
  errors: ['discount not above terminal_growth: the Gordon terminal value needs r > g'],
  examples: [
    {
      args: [100, 0.1, 0.09, 5, 0.025],
      result: 2164.5295,
      tolerance: 5e-5,
      source:
        'exact rational arithmetic (Python fractions), term by term: Σ_{t=1..n} CF(1+g)^t/(1+r)^t + CF(1+g)^n(1+g_T)/((r − g_T)(1+r)^n), the two-stage DCF with a Gordon-growth terminal value (Gordon, Review of Economics and Statistics 41, 1959); test/reference/examples.py',
      text: {
        en: '100 a year growing 10% for five years, then 2.5% forever, discounted at 9%.',
        ko: '연 100이 5년간 10% 성장 후 영구 2.5% 성장, 할인율 9%.',
      },
    },
    {
      args: [100, 0.05, 0.08, 0],
      result: 1863.6364,
      tolerance: 5e-5,
      source:
        'exact rational arithmetic (Python fractions), term by term: Σ_{t=1..n} CF(1+g)^t/(1+r)^t + CF(1+g)^n(1+g_T)/((r − g_T)(1+r)^n), the two-stage DCF with a Gordon-growth terminal value (Gordon, Review of Economics and Statistics 41, 1959); test/reference/examples.py',
      text: { en: 'years = 0: the Gordon value 100 × 1.025 / (0.08 − 0.025).', ko: 'years = 0: 고든 가치 100 × 1.025 / (0.08 − 0.025).' },
    },
  ],
  impl: ({ cash_flow, growth, discount, years, terminal_growth }) => dcfValue(cash_flow, growth, discount, years, terminal_growth),
});

function margin<const N extends string>(name: N, en: string, ko: string) {
  return {
    name,
    kind: 'number',
    description: { en, ko },
    unit: { en: 'decimal (0.25 = 25%), or any consistent scale', ko: '소수 (0.25 = 25%) 또는 일관된 배율' },
    optional: true,
    default: 1,
    min: 0,
    minExclusive: true,
  } as const;
}

export const DCF_REPRICE: FunctionSpec = defineFunction({
  name: 'DCF_REPRICE',
  category: 'valuation',
  kernel: 'shared/kernels/dcf.ts',
  summary: {
    en: 'The price re-rated by the ratio of two-stage DCF values when growth, discount rate or margin assumptions change.',
    ko: '성장률·할인율·마진 가정이 바뀔 때 2단계 DCF 가치의 비율로 다시 계산한 주가.',
  },
  returns: { en: 'new price, in the currency units of price', ko: '새 주가 (price와 같은 통화 단위)' },
  keywords: {
    en: ['reprice', 'rerate', 're-rating', 'dcf', 'sensitivity', 'discount rate', 'growth', 'margin', 'valuation'],
    ko: ['재평가', '리레이팅', '민감도', '할인율', '성장률', '마진', '가치평가'],
  },
  params: [
    price('price', { en: 'Current price, taken to reflect the old assumptions.', ko: '현재 주가 (기존 가정을 반영한 가격).' }),
    growthRate('old_growth', { en: 'First-stage growth the price reflects now.', ko: '현재 가격에 반영된 1단계 성장률.' }),
    growthRate('new_growth', { en: 'Revised first-stage growth.', ko: '수정된 1단계 성장률.' }),
    annualRate('old_discount', { en: 'Discount rate the price reflects now.', ko: '현재 가격에 반영된 할인율.' }),
    annualRate('new_discount', { en: 'Revised discount rate.', ko: '수정된 할인율.' }),
    margin(
      'old_margin',
      'Profit margin (or any scale of the cash flow) the price reflects now.',
      '현재 가격에 반영된 이익률 (또는 현금흐름 배율).',
    ),
    margin('new_margin', 'Revised profit margin, on the same scale as old_margin.', '수정된 이익률 (old_margin과 같은 기준).'),
    yearsParam,
    terminalGrowth,
  ],
  result: { kind: 'scalar', unit: 'money' },
  errors: ['old_discount or new_discount not above terminal_growth'],
  examples: [
    {
      args: [180, 0.15, 0.2, 0.09, 0.09],
      result: 218.9366,
      tolerance: 5e-5,
      source:
        'exact rational arithmetic (Python fractions), term by term: Σ_{t=1..n} CF(1+g)^t/(1+r)^t + CF(1+g)^n(1+g_T)/((r − g_T)(1+r)^n), the two-stage DCF with a Gordon-growth terminal value (Gordon, Review of Economics and Statistics 41, 1959); price × PV(new)/PV(old) with margins 1; test/reference/examples.py',
      text: {
        en: 'A contract lifts five-year growth from 15% to 20% at a 9% discount rate.',
        ko: '대형 계약으로 5년 성장률이 15%에서 20%로 오를 때 (할인율 9%).',
      },
    },
    {
      args: [180, 0.15, 0.15, 0.09, 0.1],
      result: 154.801,
      tolerance: 5e-5,
      source:
        'exact rational arithmetic (Python fractions), term by term: Σ_{t=1..n} CF(1+g)^t/(1+r)^t + CF(1+g)^n(1+g_T)/((r − g_T)(1+r)^n), the two-stage DCF with a Gordon-growth terminal value (Gordon, Review of Economics and Statistics 41, 1959); price × PV(new)/PV(old) with margins 1; test/reference/examples.py',
      text: { en: 'Rates rise: the discount rate goes from 9% to 10%.', ko: '금리 상승: 할인율이 9%에서 10%로.' },
    },
  ],
  impl: (a) =>
    dcfReprice(a.price, a.old_growth, a.new_growth, a.old_discount, a.new_discount, a.old_margin, a.new_margin, a.years, a.terminal_growth),
});

export const IMPLIED_GROWTH: FunctionSpec = defineFunction({
  name: 'IMPLIED_GROWTH',
  category: 'valuation',
  kernel: 'shared/kernels/dcf.ts',
  summary: {
    en: 'Reverse DCF: the first-stage growth at which the two-stage DCF value equals the price.',
    ko: '역DCF: 2단계 DCF 가치가 현재 가격과 같아지는 1단계 성장률.',
  },
  returns: { en: 'growth, a decimal per year (0.15 = 15%)', ko: '연 성장률 소수 (0.15 = 15%)' },
  keywords: {
    en: ['reverse dcf', 'implied growth', 'priced in', 'expectations', 'valuation'],
    ko: ['역DCF', '내재 성장률', '기대 성장률', '가치평가'],
  },
  params: [
    price('price', { en: 'Price (or value) to explain, in the units of cash_flow.', ko: '설명할 가격 (cash_flow와 같은 단위).' }),
    {
      name: 'cash_flow',
      kind: 'number',
      description: { en: 'Cash flow of the year just ended; must be > 0.', ko: '직전 연도 현금흐름 (0보다 커야 함).' },
      unit: { en: 'currency units per year', ko: '연간 통화 단위' },
    },
    annualRate('discount', { en: 'Annual discount rate (required return).', ko: '연 할인율 (요구 수익률).' }),
    {
      ...yearsParam,
      min: 1,
      description: { en: 'Length of the growth stage, in whole years (at least 1).', ko: '성장 단계 기간 (정수 연수, 1 이상).' },
    },
    terminalGrowth,
  ],
  result: { kind: 'scalar', unit: 'percent' },
  errors: ['cash_flow ≤ 0', 'a price that no growth from −99% to +1000% reproduces (the message gives the reachable range)'],
  examples: [
    {
      args: [2164.5294616, 100, 0.09],
      result: 0.1,
      tolerance: 1e-9,
      source:
        'mpmath 50-digit root (findroot) of the term-by-term two-stage DCF sum = price (Gordon-growth terminal value, years 5, terminal growth 0.025); test/reference/examples.py',
      text: {
        en: 'Recovers the 10% growth behind DCF_VALUE(100, 0.1, 0.09).',
        ko: 'DCF_VALUE(100, 0.1, 0.09)에 쓰인 10% 성장률을 되찾습니다.',
      },
    },
  ],
  impl: ({ price, cash_flow, discount, years, terminal_growth }) => impliedGrowth(price, cash_flow, discount, years, terminal_growth),
});

export const PE_REPRICE: FunctionSpec = defineFunction({
  name: 'PE_REPRICE',
  category: 'valuation',
  kernel: 'shared/kernels/dcf.ts',
  summary: {
    en: 'Price after an EPS revision: new_eps × new_pe, the multiple defaulting to today’s price / old_eps.',
    ko: 'EPS 수정 후 주가: new_eps × new_pe (new_pe를 생략하면 현재 PER = price / old_eps).',
  },
  returns: { en: 'new price, in the currency units of price', ko: '새 주가 (price와 같은 통화 단위)' },
  keywords: {
    en: ['pe', 'p/e', 'multiple', 'eps', 'upgrade', 'rerating', 'earnings'],
    ko: ['PER', '주가수익비율', 'EPS', '상향', '멀티플', '실적'],
  },
  params: [
    price('price', { en: 'Current price.', ko: '현재 주가.' }),
    {
      name: 'old_eps',
      kind: 'number',
      description: { en: 'Earnings per share the price reflects now.', ko: '현재 가격에 반영된 주당순이익.' },
      unit: { en: 'currency units per share', ko: '주당 통화 단위' },
    },
    {
      name: 'new_eps',
      kind: 'number',
      description: { en: 'Revised earnings per share.', ko: '수정된 주당순이익.' },
      unit: { en: 'currency units per share', ko: '주당 통화 단위' },
    },
    {
      name: 'new_pe',
      kind: 'number',
      description: {
        en: 'Price/earnings multiple to apply; omit to keep today’s price / old_eps.',
        ko: '적용할 PER. 생략하면 현재 PER (price / old_eps) 유지.',
      },
      unit: { en: 'times earnings', ko: '배' },
      optional: true,
      default: null,
      min: 0,
      minExclusive: true,
    },
  ],
  result: { kind: 'scalar', unit: 'money' },
  errors: ['old_eps ≤ 0 with new_pe omitted: there is no current multiple to keep'],
  examples: [
    {
      args: [180, 4, 5],
      result: 225,
      tolerance: 1e-12,
      source: 'exact rational arithmetic (Python fractions): new_eps × price/old_eps = 5 × 45; test/reference/examples.py',
      text: { en: 'EPS upgraded from 4 to 5 at the current 45× multiple.', ko: 'EPS가 4에서 5로 상향, 현재 PER 45배 유지.' },
    },
    {
      args: [180, 4, 5, 40],
      result: 200,
      tolerance: 1e-12,
      source: 'exact rational arithmetic (Python fractions): new_eps × new_pe = 5 × 40; test/reference/examples.py',
      text: { en: 'The same upgrade with the multiple compressing to 40×.', ko: '같은 상향에 PER이 40배로 축소.' },
    },
  ],
  impl: ({ price, old_eps, new_eps, new_pe }) => peReprice(price, old_eps, new_eps, new_pe),
});
