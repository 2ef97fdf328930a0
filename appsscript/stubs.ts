/**
 * The Apps Script custom-function stubs, generated from the catalog: one real top-level
 * `function NAME(...)` per catalog entry, preceded by the JSDoc block Sheets reads for autocomplete
 * and formula help (description, @param with units, @return, @customfunction).
 */
import { CATALOG } from '../shared/catalog';
import { functionHelp, paramHelp } from '../shared/catalog/describe';
import type { FunctionSpec, ParamSpec } from '../shared/catalog/types';

const RESERVED = new Set([
  'yield',
  'arguments',
  'eval',
  'let',
  'static',
  'implements',
  'interface',
  'package',
  'private',
  'protected',
  'public',
  'await',
]);

/** A JavaScript-safe parameter identifier (`yield` is reserved in strict code). */
export function jsIdentifier(name: string): string {
  return RESERVED.has(name) ? `${name}_` : name;
}

function jsdocType(p: ParamSpec): string {
  if (p.kind === 'option') return 'string|Array<Array<string>>';
  return 'number|Array<Array<number>>';
}

const clean = (text: string): string => text.replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim();

export function stub(spec: FunctionSpec): string {
  const lines = ['/**', ` * ${clean(functionHelp(spec, 'en'))}`, ' *'];
  for (const p of spec.params) lines.push(` * @param {${jsdocType(p)}} ${p.name} ${clean(paramHelp(p, 'en'))}`);
  const shape = spec.result.kind === 'scalar' ? 'number|Array<Array<number>>' : 'Array<Array<number>>';
  lines.push(` * @return {${shape}} ${clean(spec.returns.en)}`);
  lines.push(' * @customfunction', ' */');
  const names = spec.params.map((p) => jsIdentifier(p.name)).join(', ');
  lines.push(`function ${spec.name}(${names}) {`, `  return ScenarioDesk.call(${JSON.stringify(spec.name)}, arguments);`, '}');
  return lines.join('\n');
}

export function appsScriptStubs(catalog: readonly FunctionSpec[] = CATALOG): string {
  const header = '// ---- Custom functions (generated from the Scenario Desk catalog; do not edit) ----';
  return [header, ...catalog.map(stub)].join('\n\n') + '\n';
}
