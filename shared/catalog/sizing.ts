import { positionSize } from '../kernels/sizing';
import { price } from './params';
import { defineFunction, type FunctionSpec } from './types';

export const POSITION_SIZE: FunctionSpec = defineFunction({
  name: 'POSITION_SIZE',
  category: 'sizing',
  summary: {
    en: 'Shares to buy (stop below entry) or sell short (stop above entry) so the loss at the stop is at most the account risk.',
    ko: '손절가에서의 손실이 계좌 위험 한도를 넘지 않도록 매수(손절가 < 진입가) 또는 공매도(손절가 > 진입가)할 주식 수.',
  },
  returns: { en: 'shares, a positive multiple of lot_size', ko: '주식 수 (lot_size의 배수, 양수)' },
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
      rangeHint: 'a fraction of the account: 0.02 = 2%',
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
  result: { kind: 'scalar' },
  errors: ['stop equals entry: there is no risk per share'],
  examples: [
    {
      args: [100000, 0.02, 180, 171],
      result: 222,
      tolerance: 0,
      text: {
        en: 'Risk 2% of 100,000 with a stop 9 below a 180 entry: 2,000 / 9 = 222 shares.',
        ko: '계좌 10만의 2%를 위험에 두고 진입가 180, 손절가 171: 2,000 / 9 = 222주.',
      },
    },
    {
      args: [100000, 0.02, 180, 171, 0.25, 10],
      result: 130,
      tolerance: 0,
      text: { en: 'Capped at 25% of the account and rounded down to lots of 10.', ko: '계좌의 25% 비중 한도와 10주 단위로 내림.' },
    },
  ],
  impl: positionSize,
});
