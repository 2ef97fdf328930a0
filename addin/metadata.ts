/**
 * Excel's custom-functions metadata (functions.json), generated from the catalog. Every parameter
 * is `any` + `matrix` so a cell, a literal or a range can be passed, and every result is a matrix:
 * the shared engine decides the shape. The Korean twin has the same ids with Korean help text.
 *
 * Excel's Insert Function dialog shows at most 255 characters of a description, so every function
 * and parameter description is fitted to DESCRIPTION_LIMIT (whole trailing sentences dropped first,
 * else cut at a word boundary with an ellipsis; the unit, range and default of a parameter are always
 * kept) and each function's `helpUrl` points at its section of functions.html (docs/functions.md,
 * served by the build), where the full text lives. Its https://localhost:3000/ origin is rewritten by
 * a production build like every manifest URL.
 *
 * `jsdocDeclarations` writes the same metadata as JSDoc-annotated TypeScript declarations, the input
 * Microsoft's generator (custom-functions-metadata) reads; test/microsoft.test.ts runs that generator
 * on it and requires its output to equal functionsJson.
 */
import { CATALOG } from '../shared/catalog';
import { functionHelp, paramHelp, type Lang } from '../shared/catalog/describe';
import type { FunctionSpec } from '../shared/catalog/types';

/** The longest description Excel's Insert Function dialog shows. */
export const DESCRIPTION_LIMIT = 255;
/** Where the built function reference is served (rewritten by a production build). */
export const HELP_PAGE = 'https://localhost:3000/functions.html';

export interface FunctionsJson {
  functions: Array<{
    id: string;
    name: string;
    description: string;
    helpUrl: string;
    result: { type: 'any'; dimensionality: 'matrix' };
    parameters: Array<{ name: string; description: string; type: 'any'; dimensionality: 'matrix'; optional: boolean }>;
  }>;
}

/** The anchor of a function's section in docs/functions.md and functions.html (GitHub's slug). */
export const helpAnchor = (name: string): string => name.toLowerCase();
export const helpUrl = (name: string): string => `${HELP_PAGE}#${helpAnchor(name)}`;

const ELLIPSIS = '…';

/** `text` cut to at most `limit` characters at a word boundary, ending in an ellipsis. */
function clipWords(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const room = text.slice(0, limit - ELLIPSIS.length + 1);
  const space = room.search(/\s\S*$/);
  const cut = space > limit / 2 ? room.slice(0, space) : room.slice(0, limit - ELLIPSIS.length);
  return cut.replace(/[\s,;:(–—-]+$/u, '') + ELLIPSIS;
}

/**
 * `head + tail` in at most `limit` characters, shortening only `head`: first by dropping whole
 * trailing sentences, then by cutting its first sentence at a word boundary with an ellipsis.
 */
export function fitText(head: string, tail: string, limit = DESCRIPTION_LIMIT): string {
  if (head.length + tail.length <= limit) return head + tail;
  const room = limit - tail.length;
  if (room < 20) return clipWords(head + tail, limit);
  const sentences = head.split(/(?<=[.!?。])\s+/);
  for (let n = sentences.length - 1; n >= 1; n--) {
    const kept = sentences.slice(0, n).join(' ');
    if (kept.length <= room) return kept + tail;
  }
  return clipWords(head, room) + tail;
}

/** `full` (which normally starts with `head`) fitted to the limit, shortening `head` first. */
function fitted(full: string, head: string): string {
  if (full.length <= DESCRIPTION_LIMIT) return full;
  return full.startsWith(head) ? fitText(head, full.slice(head.length)) : clipWords(full, DESCRIPTION_LIMIT);
}

export const functionDescription = (spec: FunctionSpec, lang: Lang): string => fitted(functionHelp(spec, lang), spec.summary[lang]);

export const paramDescription = (p: FunctionSpec['params'][number], lang: Lang): string => fitted(paramHelp(p, lang), p.description[lang]);

export function functionsJson(lang: Lang, catalog: readonly FunctionSpec[] = CATALOG): FunctionsJson {
  return {
    functions: catalog.map((spec) => ({
      id: spec.name,
      name: spec.name,
      description: functionDescription(spec, lang),
      helpUrl: helpUrl(spec.name),
      result: { type: 'any', dimensionality: 'matrix' },
      parameters: spec.params.map((p) => ({
        name: p.name,
        description: paramDescription(p, lang),
        type: 'any',
        dimensionality: 'matrix',
        optional: Boolean(p.optional),
      })),
    })),
  };
}

/** Text safe inside a JSDoc block: no comment terminator, no line that starts a tag. */
const jsdocText = (text: string): string => text.replace(/\*\//g, '*\u2215').replace(/\s+/g, ' ').replace(/ @/g, ' \uFF20');

/**
 * The metadata as TypeScript for Microsoft's generator: one declared function per catalog entry,
 * `@customfunction ID NAME`, every parameter `any[][]` (type any, dimensionality matrix), optional
 * ones with `?`, and `@returns {any[][]}`. Only metadata: the bodies are never run.
 */
export function jsdocDeclarations(lang: Lang, catalog: readonly FunctionSpec[] = CATALOG): string {
  const blocks = functionsJson(lang, catalog).functions.map((f, i) => {
    const lines = [
      '/**',
      ` * ${jsdocText(f.description)}`,
      ` * @customfunction ${f.id} ${f.name}`,
      ` * @helpurl ${f.helpUrl}`,
      ...f.parameters.map((p) => ` * @param ${p.name} ${jsdocText(p.description)}`),
      ' * @returns {any[][]} The result (one cell, or rows that spill).',
      ' */',
    ];
    const params = f.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}: any[][]`).join(', ');
    return `${lines.join('\n')}\nexport function desk${i}(${params}): any[][] {\n  return [[${f.parameters.length}]];\n}\n`;
  });
  return [
    '// Generated by addin/metadata.ts (jsdocDeclarations) for custom-functions-metadata. Do not edit.',
    '/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars */',
    '',
    blocks.join('\n'),
  ].join('\n');
}
