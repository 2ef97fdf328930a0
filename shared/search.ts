/**
 * Function lookup over the catalog: names, keywords and descriptions in English and Korean.
 * "드로다운", "drawdown" and "risk" all find MAX_DRAWDOWN; results are ranked, best first.
 */
import { CATALOG } from './catalog';
import type { FunctionSpec } from './catalog/types';

function haystack(spec: FunctionSpec): { name: string; keywords: string[]; text: string } {
  return {
    name: spec.name.toLowerCase(),
    keywords: [...spec.keywords.en, ...spec.keywords.ko].map((k) => k.toLowerCase()),
    text: [
      spec.summary.en,
      spec.summary.ko,
      spec.returns.en,
      spec.returns.ko,
      ...spec.params.map((p) => `${p.name} ${p.description.en} ${p.description.ko}`),
    ]
      .join(' ')
      .toLowerCase(),
  };
}

/** Catalog entries matching every word of `query`, ranked; the whole catalog for an empty query. */
export function searchFunctions(query: string, catalog: readonly FunctionSpec[] = CATALOG): FunctionSpec[] {
  const words = query
    .toLowerCase()
    .replace(/[=(),]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return [...catalog];
  const scored: { spec: FunctionSpec; score: number; order: number }[] = [];
  catalog.forEach((spec, order) => {
    const h = haystack(spec);
    let score = 0;
    for (const w of words) {
      const bare = w.replace(/^desk\./, '');
      let s = 0;
      if (h.name === bare || h.name === bare.replace(/ /g, '_')) s = 100;
      else if (h.name.includes(bare) || h.name.replace(/_/g, '').includes(bare.replace(/_/g, ''))) s = 60;
      else if (h.keywords.some((k) => k === w)) s = 50;
      else if (h.keywords.some((k) => k.includes(w))) s = 30;
      else if (h.text.includes(w)) s = 10;
      if (s === 0) return; // every word must match
      score += s;
    }
    scored.push({ spec, score, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((x) => x.spec);
}
