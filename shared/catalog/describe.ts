/**
 * Text derived from catalog entries, shared by every generator so all hosts describe a function alike.
 * Formula text (syntax lines, example formulas) lives in ../formula.ts.
 */
import { isRangeParam, type FunctionSpec, type ParamSpec } from './types';

export type Lang = 'en' | 'ko';

/**
 * The valid range of a parameter in words, e.g. "> 0", "≥ 0, < 5", or "" when unrestricted. A
 * unit-mistake bound (UnitMistake) narrows the declared range and is shown as part of it.
 */
export function ruleText(p: ParamSpec): string {
  const parts: string[] = [];
  if (p.kind === 'integer') parts.push('whole number');
  let lo = p.min === undefined ? undefined : { op: p.minExclusive ? '>' : '≥', v: p.min };
  let hi = p.max === undefined ? undefined : { op: p.maxExclusive ? '<' : '≤', v: p.max };
  const m = p.mistake;
  if (m) {
    const b = m.atLeast ?? m.above ?? Infinity;
    const strict = m.atLeast !== undefined;
    if (!hi || b < hi.v || (b === hi.v && strict)) hi = { op: strict ? '<' : '≤', v: b };
    if (lo === undefined || -b > lo.v || (-b === lo.v && strict)) lo = { op: strict ? '>' : '≥', v: -b };
  }
  if (lo !== undefined) parts.push(`${lo.op} ${lo.v}`);
  if (hi !== undefined) parts.push(`${hi.op} ${hi.v}`);
  if (p.choices) parts.push(`one of ${p.choices.map((c) => `"${c.value}"`).join(', ')}`);
  return parts.join(', ');
}

/** Why a parameter's unit-mistake bound exists, or "" (docs). */
export function mistakeText(p: ParamSpec, lang: Lang): string {
  return p.mistake ? p.mistake.why[lang] : '';
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
