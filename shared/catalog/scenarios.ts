import { scenarioProb, type ProbMode } from '../kernels/scenario';
import { annualRate, days, price, vol, yearDays } from './params';
import { defineFunction, type FunctionSpec } from './types';

export const SCENARIO_PROB: FunctionSpec = defineFunction({
  name: 'SCENARIO_PROB',
  category: 'scenarios',
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
    annualRate(
      'drift',
      { en: 'Expected annual return of the price (the drift μ of the process).', ko: '연 기대 수익률 (과정의 드리프트 μ).' },
      { optional: true, default: 0 },
    ),
    {
      name: 'mode',
      kind: 'option',
      description: {
        en: '"end": at or beyond the target at the horizon; "touch": reaches it at any time before.',
        ko: '"end": 만기 시점에 목표가 이상(이하); "touch": 기간 중 한 번이라도 도달.',
      },
      unit: { en: 'text', ko: '텍스트' },
      optional: true,
      default: 'end',
      choices: [
        { value: 'end', aliases: ['만기', 'close'], label: { en: 'at the horizon', ko: '만기 시점' } },
        { value: 'touch', aliases: ['도달', '터치', 'hit'], label: { en: 'any time before the horizon', ko: '기간 중 도달' } },
      ],
    },
    yearDays,
  ],
  result: { kind: 'scalar' },
  examples: [
    {
      args: [100, 110, 20, 0.3],
      result: 0.121004,
      tolerance: 5e-7,
      text: {
        en: 'A 10% rise in 20 trading days at 30% volatility, ending above the target.',
        ko: '변동성 30%에서 20거래일 안에 10% 상승해 만기에 목표가 위에 있을 확률.',
      },
    },
    {
      args: [100, 110, 20, 0.3, 0, 'touch'],
      result: 0.247238,
      tolerance: 5e-7,
      text: {
        en: 'The same target touched at any time: about twice the "end" probability.',
        ko: '같은 목표가를 기간 중 한 번이라도 터치할 확률: "end"의 약 두 배.',
      },
    },
  ],
  impl: (spot: number, target: number, d: number, v: number, drift: number, mode: string, yd: number) =>
    scenarioProb(spot, target, d, v, drift, mode as ProbMode, yd),
});
