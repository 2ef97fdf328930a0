/**
 * Every rule a DeskError can name is worded in English and in Korean, with the same information:
 * each rule is rendered with stand-in parameters, and both languages must use the same ones.
 */
import { DeskError, NO_VALUE } from '../shared/errors';
import { renderError, showValue } from '../shared/messages';
import { RULES, type RuleCode, type Shown } from '../shared/messages/rules';

/** A `Shown` map that records which parameters a sentence uses and answers ⟨name⟩. */
function recorder(): { shown: Shown; used: Set<string> } {
  const used = new Set<string>();
  const shown = new Proxy({} as Shown, {
    get: (_t, key) => {
      if (typeof key !== 'string') return undefined;
      used.add(key);
      return `⟨${key}⟩`;
    },
  });
  return { shown, used };
}

const HANGUL = /[가-힣]/;
const codes = Object.keys(RULES) as RuleCode[];

describe.each(codes.map((c) => [c]))('rule %s', (code) => {
  // Raw parameters for the rules that branch on them: both branches are rendered.
  const variants: Record<string, unknown>[] = [{}, { short: 'rows', what: 'forward', count: 1, size: 1, high: Infinity }];
  test.each(variants.map((v, k) => [k, v]))('variant %i is worded in both languages with the same parameters', (_k, raw) => {
    const en = recorder();
    const ko = recorder();
    const textEn = RULES[code].en(en.shown, raw);
    const textKo = RULES[code].ko(ko.shown, raw);
    expect(textEn.length).toBeGreaterThan(3);
    expect(textKo).toMatch(HANGUL);
    expect(textEn.replace('too large or undefined', '')).not.toMatch(/undefined|NaN|\[object/);
    expect(textKo).not.toMatch(/undefined|NaN|\[object/);
    expect([...ko.used].sort()).toEqual([...en.used].sort());
  });
});

describe('renderError', () => {
  test('the shape is "argument[ (cell k)]: sentence", in each language', () => {
    const e = new DeskError('no_risk', 'stop', 180, { entry: 180 });
    expect(renderError(e, 'en')).toBe('stop: 180 equals entry 180; there is no risk per share');
    expect(renderError(e, 'ko')).toBe('stop: 180이(가) entry 180와(과) 같습니다. 주당 위험이 없습니다');
    const cell = new DeskError('price_positive', 'prices', -1).at(3);
    expect(renderError(cell, 'en')).toBe('prices (cell 3): -1 must be > 0; prices are positive');
    expect(renderError(cell, 'ko')).toBe('prices (셀 3): -1은(는) 0보다 커야 합니다. 가격은 양수입니다');
  });

  test('bilingual parameters (range hints) pick the language; values read as the user typed them', () => {
    const hint = { en: 'a fraction of the account: 0.02 = 2%', ko: '계좌 대비 비율입니다: 0.02 = 2%' };
    const e = new DeskError('max', 'risk_pct', 2, { op: '≤', bound: 1, hint });
    expect(renderError(e, 'en')).toBe('risk_pct: 2 must be ≤ 1 (a fraction of the account: 0.02 = 2%)');
    expect(renderError(e, 'ko')).toBe('risk_pct: 2은(는) ≤ 1이어야 합니다 (계좌 대비 비율입니다: 0.02 = 2%)');
    expect(renderError(new DeskError('required', 'days', NO_VALUE), 'ko')).toBe('days: 비어 있습니다. 값이 필요합니다');
  });

  test('values: empty cells, dates, logical values and infinities in both languages', () => {
    expect(showValue(null, 'en')).toBe('an empty cell');
    expect(showValue(null, 'ko')).toBe('빈 셀');
    expect(showValue(new Date(Date.UTC(2026, 0, 2)), 'ko')).toBe('날짜 2026-01-02');
    expect(showValue(true, 'ko')).toBe('TRUE');
    expect(showValue(-Infinity, 'ko')).toBe('-무한대');
    expect(showValue('x'.repeat(50), 'en')).toBe(JSON.stringify(`${'x'.repeat(40)}…`));
  });
});
