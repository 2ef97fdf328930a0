/**
 * Excel's custom-functions metadata (functions.json), generated from the catalog. Every parameter
 * is `any` + `matrix` so a cell, a literal or a range can be passed, and every result is a matrix:
 * the shared engine decides the shape. The Korean twin has the same ids with Korean help text.
 */
import { CATALOG } from '../shared/catalog';
import { functionHelp, paramHelp, type Lang } from '../shared/catalog/describe';
import type { FunctionSpec } from '../shared/catalog/types';

export interface FunctionsJson {
  functions: Array<{
    id: string;
    name: string;
    description: string;
    result: { type: 'any'; dimensionality: 'matrix' };
    parameters: Array<{ name: string; description: string; type: 'any'; dimensionality: 'matrix'; optional: boolean }>;
  }>;
}

export function functionsJson(lang: Lang, catalog: readonly FunctionSpec[] = CATALOG): FunctionsJson {
  return {
    functions: catalog.map((spec) => ({
      id: spec.name,
      name: spec.name,
      description: functionHelp(spec, lang),
      result: { type: 'any', dimensionality: 'matrix' },
      parameters: spec.params.map((p) => ({
        name: p.name,
        description: paramHelp(p, lang),
        type: 'any',
        dimensionality: 'matrix',
        optional: Boolean(p.optional),
      })),
    })),
  };
}
