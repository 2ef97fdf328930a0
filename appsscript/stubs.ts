/**
 * The Apps Script custom-function stubs, generated from the catalog: one real top-level
 * `function NAME(...)` per catalog entry, preceded by the JSDoc block Sheets reads for autocomplete
 * and formula help (description, @param with units, @return, @customfunction).
 */
import { CATALOG } from '../shared/catalog';
import { functionHelp, paramHelp } from '../shared/catalog/describe';
import type { FunctionSpec, ParamSpec } from '../shared/catalog/types';

/**
 * Words that cannot name a parameter of a function in Code.js: every ECMAScript reserved word,
 * the strict-mode future reserved words, `await` (reserved in modules and async code), `arguments`
 * and `eval` (forbidden as binding names in strict code, and the stub body uses `arguments`), and
 * `ScenarioDesk`, the bundle's global that the stub body calls.
 */
export const RESERVED: ReadonlySet<string> = new Set([
  // ECMAScript reserved words
  'await',
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'yield',
  // reserved in strict code
  'implements',
  'interface',
  'let',
  'package',
  'private',
  'protected',
  'public',
  'static',
  // restricted or used by the stub body
  'arguments',
  'eval',
  'ScenarioDesk',
]);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A JavaScript-safe parameter identifier: a reserved word gets a trailing underscore (`default` → `default_`). */
export function jsIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`parameter name ${JSON.stringify(name)} is not a JavaScript identifier`);
  return RESERVED.has(name) ? `${name}_` : name;
}

/** The stub's parameter list: safe identifiers, still distinct (`new` beside a `new_` becomes `new__`). */
export function jsParameters(names: readonly string[]): string[] {
  const used = new Set(names);
  return names.map((name) => {
    let id = jsIdentifier(name);
    if (id === name) return name;
    while (used.has(id)) id += '_';
    used.add(id);
    return id;
  });
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
  // The JSDoc keeps the user-facing names (Sheets shows them); only the code's identifiers change.
  const names = jsParameters(spec.params.map((p) => p.name)).join(', ');
  lines.push(`function ${spec.name}(${names}) {`, `  return ScenarioDesk.call(${JSON.stringify(spec.name)}, arguments);`, '}');
  return lines.join('\n');
}

export function appsScriptStubs(catalog: readonly FunctionSpec[] = CATALOG): string {
  const header = '// ---- Custom functions (generated from the Scenario Desk catalog; do not edit) ----';
  return [header, ...catalog.map(stub)].join('\n\n') + '\n';
}

/** Menu, add-on and sidebar entry points: the only public server functions besides the custom functions. */
export const SERVER_GLOBALS = `// ---- Menu, add-on and sidebar entry points ----

/** Adds the Scenario Desk menu when the spreadsheet opens. */
function onOpen(e) {
  ScenarioDesk.onOpen(e);
}

/** Editor add-on: runs onOpen right after installation. */
function onInstall(e) {
  ScenarioDesk.onOpen(e);
}

/** Menu: opens the sidebar. */
function showSidebar() {
  ScenarioDesk.showSidebar();
}

/** Menu (in the user's locale) and sidebar (lang "en" or "ko"): adds the trade-plan model sheet. */
function insertModelSheet(lang) {
  return ScenarioDesk.insertModelSheet(lang);
}

/** Sidebar: writes a formula into the active cell unless it is occupied and force is not true. */
function deskInsertFormula(formula, force) {
  return ScenarioDesk.insertFormula(formula, force);
}

/** Sidebar: adds a sheet with a unique name and the given cells. */
function deskAddSheet(baseName, rows) {
  return ScenarioDesk.addSheet(baseName, rows);
}

/** Sidebar: the address of the selected cells, for a calculator field. */
function deskSelection() {
  return ScenarioDesk.selection();
}

/** Sidebar: a pane setting kept with the spreadsheet (document properties). */
function deskLoadSetting(key) {
  return ScenarioDesk.loadSetting(key);
}

/** Sidebar: keeps a pane setting with the spreadsheet. */
function deskSaveSetting(key, value) {
  return ScenarioDesk.saveSetting(key, value);
}

/** Sidebar: the user's locale, for the UI language. */
function deskLocale() {
  return ScenarioDesk.locale();
}
`;

/** The header of Code.js: Apps Script reads @OnlyCurrentDoc to limit the scope to this spreadsheet. */
export const CODE_HEADER = [
  '/**',
  ' * Scenario Desk for Google Sheets (generated by npm run build; do not edit).',
  ' * @OnlyCurrentDoc',
  ' */',
  '',
].join('\n');
