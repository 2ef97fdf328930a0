/**
 * The function families, in display order, with their titles in English and Korean: the one list a
 * new family is added to (`npm run new-function NAME family` adds it). `Category` is derived from
 * it, and docs/functions.md takes its section titles and order from it.
 */
import { t } from './params';
import type { Text } from './types';

export const CATEGORIES = {
  scenarios: t('Scenarios', '시나리오'),
  sizing: t('Sizing', '포지션 사이징'),
  trade: t('Trade planning', '매매 계획'),
  portfolio: t('Portfolio', '포트폴리오'),
  valuation: t('Valuation', '가치평가'),
  options: t('Options', '옵션'),
  risk: t('Risk', '위험'),
} as const satisfies Record<string, Text>;

/** A function's family: a key of CATEGORIES. */
export type Category = keyof typeof CATEGORIES;
