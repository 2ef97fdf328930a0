/**
 * The one place where errors become sentences. A DeskError is data (argument, value, rule code,
 * rule parameters); `renderError` words it in English or Korean in one shape:
 *   `<argument>[ (cell k)]: <the rule's sentence, which usually starts with the value>`
 * e.g. `stop: 180 equals entry 180; there is no risk per share` /
 *      `stop: 180이(가) entry 180과 같습니다. 주당 위험이 없습니다`.
 */
import type { DeskError } from '../errors';
import { RULES, type Lang, type Shown } from './rules';

export type { Lang } from './rules';

const WORDS = {
  en: {
    empty: 'an empty cell',
    range: 'a range',
    date: 'the date',
    badDate: 'an invalid date',
    other: 'a non-cell value',
    inf: 'infinity',
  },
  ko: { empty: '빈 셀', range: '범위', date: '날짜', badDate: '잘못된 날짜', other: '셀 값이 아닌 값', inf: '무한대' },
} as const;

/** A host's language tag ("ko-KR", "ko_KR", "en-US") as one of ours: Korean for any `ko` tag. */
export function languageOf(tag: string | null | undefined): Lang {
  return typeof tag === 'string' && tag.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** A user-supplied value as the user would recognise it, in `lang`. */
export function showValue(value: unknown, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? w.inf : `-${w.inf}`;
    if (Object.is(value, -0)) return '0';
    return String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    return Number.isNaN(d.getTime()) ? w.badDate : `${w.date} ${d.toISOString().slice(0, 10)}`;
  }
  if (value === null || value === undefined) return w.empty;
  if (Array.isArray(value)) return w.range;
  return w.other;
}

/** A rule parameter: bilingual text picks the language, numbers and values show as values. */
function showParam(value: unknown, lang: Lang): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'en' in value && 'ko' in value)
    return String((value as Record<Lang, string>)[lang]);
  if (typeof value === 'string') return value;
  return showValue(value, lang);
}

/** The message of `e` in `lang`. */
export function renderError(e: DeskError, lang: Lang): string {
  const shown: Shown = {};
  for (const [k, v] of Object.entries(e.params)) shown[k] = showParam(v, lang);
  if (typeof e.value !== 'symbol') shown.value = showValue(e.value, lang);
  const label = e.cell === null ? e.arg : `${e.arg} (${lang === 'ko' ? '셀' : 'cell'} ${e.cell})`;
  const rule = RULES[e.rule];
  return `${label}: ${rule[lang](shown, e.params)}`;
}

/** The host's error label and message, as a cell shows it. */
export function errorText(e: DeskError, lang: Lang): string {
  return `${e.kind === 'NA' ? '#N/A' : '#VALUE!'} ${renderError(e, lang)}`;
}
