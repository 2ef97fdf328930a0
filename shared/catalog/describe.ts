/**
 * Text derived from catalog entries, shared by every generator so all hosts describe a function alike.
 * Formula text (syntax lines, example formulas) lives in ../formula.ts.
 */
import { isRangeParam, type FunctionSpec, type ParamSpec } from './types';

export type Lang = 'en' | 'ko';

/** The valid range of a parameter in words, e.g. "> 0", "≥ 0 and ≤ 10", or "" when unrestricted. */
export function ruleText(p: ParamSpec): string {
  const parts: string[] = [];
  if (p.kind === 'integer') parts.push('whole number');
  if (p.min !== undefined) parts.push(`${p.minExclusive ? '>' : '≥'} ${p.min}`);
  if (p.max !== undefined) parts.push(`${p.maxExclusive ? '<' : '≤'} ${p.max}`);
  if (p.choices) parts.push(`one of ${p.choices.map((c) => `"${c.value}"`).join(', ')}`);
  return parts.join(', ');
}

export function defaultText(p: ParamSpec): string {
  if (p.default === null) return 'derived (see description)';
  return typeof p.default === 'string' ? `"${p.default}"` : String(p.default);
}

/** One parameter's help: description, unit, rule and default. */
export function paramHelp(p: ParamSpec, lang: Lang): string {
  const unit = lang === 'ko' ? `단위: ${p.unit[lang]}` : `Unit: ${p.unit[lang]}`;
  const rule = ruleText(p);
  const parts = [p.description[lang], `${unit}.`];
  if (rule) parts.push(lang === 'ko' ? `범위: ${rule}.` : `Valid: ${rule}.`);
  if (p.optional) parts.push(lang === 'ko' ? `선택 항목, 기본값 ${defaultText(p)}.` : `Optional, default ${defaultText(p)}.`);
  if (isRangeParam(p)) parts.push(lang === 'ko' ? '범위 전체를 받습니다.' : 'Takes a whole range.');
  return parts.join(' ');
}

/** The function's description with its result unit, for autocomplete and formula help. */
export function functionHelp(spec: FunctionSpec, lang: Lang): string {
  return `${spec.summary[lang]} ${lang === 'ko' ? '결과' : 'Returns'}: ${spec.returns[lang]}.`;
}
