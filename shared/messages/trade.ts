/**
 * Rules of the trade and portfolio kernels (HIT_FIRST, TRADE_EV, PRICE_RANGE, PORTFOLIO_SIZE,
 * PORTFOLIO_VAR, RISK_CONTRIB), in English and Korean. Merged into RULES by `./rules`.
 */
import type { RuleText } from './rules';

export const TRADE_RULES = {
  levels_same_side: {
    en: (s) =>
      `${s.value} is on the same side of spot ${s.spot} as target ${s.target}; the stop must be on the other side (below spot for a long, above for a short)`,
    ko: (s) =>
      `${s.value}은(는) target ${s.target}와(과) 같은 쪽에 있습니다 (spot ${s.spot} 기준). 손절가는 반대쪽에 있어야 합니다 (매수는 spot 아래, 매도는 spot 위)`,
  },
  levels_equal: {
    en: (s) => `${s.value} equals target ${s.target}; give a stop and a target on either side of spot`,
    ko: (s) => `${s.value}이(가) target ${s.target}와(과) 같습니다. spot 양쪽에 손절가와 목표가를 주세요`,
  },
  corr_diagonal: {
    en: (s) => `${s.value} is on the diagonal, where a correlation must be 1 (each position with itself)`,
    ko: (s) => `${s.value}은(는) 대각선에 있습니다. 자기 자신과의 상관계수는 1이어야 합니다`,
  },
  corr_symmetric: {
    en: (s) => `${s.value} differs from ${s.otherValue} in cell ${s.other}; a correlation matrix must be symmetric`,
    ko: (s) => `${s.value}이(가) ${s.other} 셀의 ${s.otherValue}와(과) 다릅니다. 상관행렬은 대칭이어야 합니다`,
  },
  corr_range: {
    en: (s) => `${s.value} must be between -1 and 1; correlations are decimals: 0.3 = 30%`,
    ko: (s) => `${s.value}은(는) -1과 1 사이여야 합니다. 상관계수는 소수입니다: 0.3 = 30%`,
  },
  corr_not_psd: {
    en: (s) =>
      `is not a valid correlation matrix: its smallest eigenvalue is ${s.eigenvalue}, below 0 (these correlations cannot all hold at once)`,
    ko: (s) => `유효한 상관행렬이 아닙니다. 최소 고유값이 ${s.eigenvalue}로 0보다 작습니다 (이 상관계수들은 동시에 성립할 수 없습니다)`,
  },
  zero_variance: {
    en: () => 'the portfolio has no variance (every position is 0 or they hedge exactly); there is no risk to share out',
    ko: () => '포트폴리오의 분산이 0입니다 (모든 포지션이 0이거나 정확히 상쇄됩니다). 나눌 위험이 없습니다',
  },
} satisfies Record<string, RuleText>;
