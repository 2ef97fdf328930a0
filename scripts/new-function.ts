/**
 * `npm run new-function NAME [family]`: scaffolds a new catalog function that already works end to
 * end, so every later step is an edit of real, passing code rather than a blank to fill in.
 *
 *   shared/catalog/<family>.ts          the definition: appended to the family's file, or a new file
 *                                       for a new family (then also registered in categories.ts)
 *   shared/kernels/<file>.ts            the maths (<family>.ts for a new family, else <name>.ts)
 *   shared/kernels/<file>.test.ts       its test, against independently computed values
 *   shared/catalog/index.ts             the definition imported and listed in CATALOG
 *   test/reference/examples.py, .json   the example's independent value (mpmath), which the catalog
 *                                       test checks the example and its cited source against
 *
 * Until it is edited the function returns the one-standard-deviation price move spot·vol·√T, and its
 * example documents that closed form's value (exactly 10, by hand and in mpmath), so `npm test`
 * passes honestly. The TypeScript files are formatted with Prettier.
 * NAME must be a valid function name in both hosts and new; nothing existing is ever overwritten.
 * `family` defaults to a new family named after the function.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as prettier from 'prettier';
import { CATALOG } from '../shared/catalog';
import { CATEGORIES } from '../shared/catalog/categories';

const ROOT = path.resolve(__dirname, '..');
const CATALOG_DIR = path.join(ROOT, 'shared', 'catalog');
const KERNEL_DIR = path.join(ROOT, 'shared', 'kernels');
/** Independent values of every catalog example (test/catalog.test.ts checks each example against them). */
const EXAMPLES_PY = path.join(ROOT, 'test', 'reference', 'examples.py');
const EXAMPLES_JSON = path.join(ROOT, 'test', 'reference', 'examples.json');
const rel = (file: string): string => path.relative(ROOT, file).split(path.sep).join('/');

/**
 * Google Sheets built-ins a custom function may not shadow (Sheets refuses the name): the Sheets-only
 * ones below plus every Excel-compatible one that @formulajs/formulajs implements. Best effort: the
 * full list is https://support.google.com/docs/table/25273.
 */
const SHEETS_ONLY = `ADD ARRAY_CONSTRAIN ARRAYFORMULA AVERAGE_WEIGHTED BYCOL BYROW CELL CONTINUE COUNTUNIQUE COUNTUNIQUEIFS
  DETECTLANGUAGE DIVIDE ENCODEURL EPOCHTODATE EQ FILTER FLATTEN FORMULATEXT GETPIVOTDATA GOOGLEFINANCE GOOGLETRANSLATE GT GTE
  HYPERLINK IMAGE IMPORTDATA IMPORTFEED IMPORTHTML IMPORTRANGE IMPORTXML INDIRECT ISBETWEEN ISDATE ISEMAIL ISFORMULA ISREF ISURL
  JOIN LAMBDA LET LT LTE MAKEARRAY MAP MARGINOFERROR MINUS MULTIPLY NE OFFSET POW QUERY RANDARRAY REDUCE REGEXEXTRACT REGEXMATCH
  REGEXREPLACE SCAN SEQUENCE SHEET SHEETS SORTN SPARKLINE SPLIT TO_DATE TO_DOLLARS TO_PERCENT TO_PURE_NUMBER TO_TEXT TOCOL TOROW
  UMINUS UNARY_PERCENT UPLUS WRAPCOLS WRAPROWS XLOOKUP XMATCH ADDRESS`.split(/\s+/);

function sheetsBuiltIns(): Set<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const formulajs = require('@formulajs/formulajs') as Record<string, unknown>;
  return new Set([...SHEETS_ONLY, ...Object.keys(formulajs).map((k) => k.toUpperCase())]);
}

const RESERVED_WORDS = new Set(
  `break case catch class const continue debugger default delete do else enum export extends false finally for function if import
  in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface
  package private protected public await arguments eval undefined NaN Infinity`.split(/\s+/),
);

/** Identifiers the scaffolded definition uses itself. */
const ENTRY_IDENTIFIERS = ['spot', 'days', 'vol', 'yearDays', 't', 'defineFunction', 'FunctionSpec', 'T'];

class Refusal extends Error {}
const refuse = (message: string): never => {
  throw new Refusal(message);
};

const camel = (name: string): string => name.toLowerCase().replace(/_+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const titleOf = (family: string): string => family[0].toUpperCase() + family.slice(1).replace(/_/g, ' ');
const declares = (source: string, id: string): boolean =>
  new RegExp(`\\b(?:const|let|var|function|class|interface|type|enum)\\s+${id}\\b`).test(source);
/** A TypeScript string literal in single quotes. */
const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const mentions = (source: string, id: string): boolean => new RegExp(`\\b${id}\\b`).test(source);

export interface Plan {
  name: string;
  family: string;
  newFamily: boolean;
  kernelFn: string;
  /** Absolute paths. */
  catalogFile: string;
  kernelFile: string;
  testFile: string;
  /**
   * The example: arguments in parameter order (spot, days, vol), the result worked out by hand, its
   * 50 digits as test/reference/examples.py writes them, and the source both the catalog and the
   * reference table state.
   */
  example: { args: [number, number, number]; result: number; digits: string; source: string };
}

/** Checks NAME and family and decides every file, writing nothing. */
export function plan(name: string | undefined, familyArg: string | undefined): Plan {
  if (!name) refuse('usage: npm run new-function NAME [family]   (e.g. npm run new-function MY_FUNC risk)');
  name = name!;
  if (!/^[A-Z][A-Z0-9_]{1,62}$/.test(name))
    refuse(`${name}: a function name is 2 to 63 capital letters, digits and underscores, starting with a letter (e.g. MY_FUNC)`);
  if (CATALOG.some((f) => f.name === name)) refuse(`${name} already exists in the catalog`);
  if (sheetsBuiltIns().has(name)) refuse(`${name} is a Google Sheets built-in function; a custom function may not shadow it`);

  const family = familyArg ?? name.toLowerCase();
  if (!/^[a-z][a-z0-9_]{1,40}$/.test(family)) refuse(`${family}: a family is a lowercase word (letters, digits, underscores), e.g. risk`);
  const newFamily = !(family in CATEGORIES);
  const catalogFile = path.join(CATALOG_DIR, `${family}.ts`);
  if (newFamily && fs.existsSync(catalogFile))
    refuse(`${rel(catalogFile)} exists but ${family} is not a family in shared/catalog/categories.ts; pick another family name`);

  let kernelBase = newFamily ? family : name.toLowerCase();
  if (newFamily && fs.existsSync(path.join(KERNEL_DIR, `${kernelBase}.ts`))) kernelBase = name.toLowerCase();
  const kernelFile = path.join(KERNEL_DIR, `${kernelBase}.ts`);
  const testFile = path.join(KERNEL_DIR, `${kernelBase}.test.ts`);
  for (const file of [kernelFile, testFile]) if (fs.existsSync(file)) refuse(`${rel(file)} exists; it is not overwritten`);

  const familySource = fs.existsSync(catalogFile) ? fs.readFileSync(catalogFile, 'utf8') : '';
  const indexSource = fs.readFileSync(path.join(CATALOG_DIR, 'index.ts'), 'utf8');
  if (mentions(familySource, name) || mentions(indexSource, name))
    refuse(`${name} is already an identifier in ${rel(catalogFile)} or index.ts`);
  const familyBody = familySource.replace(/^import[\s\S]*?from\s*'[^']+';$/gm, '');
  for (const id of ENTRY_IDENTIFIERS.filter((i) => i !== 'T'))
    if (declares(familyBody, id)) refuse(`${rel(catalogFile)} declares its own ${id}; the scaffold imports the shared one`);

  let kernelFn = camel(name);
  if (RESERVED_WORDS.has(kernelFn) || ENTRY_IDENTIFIERS.includes(kernelFn) || mentions(familySource, kernelFn)) kernelFn += 'Kernel';

  if (fs.existsSync(EXAMPLES_JSON) && name in (JSON.parse(fs.readFileSync(EXAMPLES_JSON, 'utf8')) as { examples: object }).examples)
    refuse(`${rel(EXAMPLES_JSON)} already holds references for ${name}`);

  // 100 × 0.2 × √(63/252) = 100 × 0.2 × 0.5 = 10, exactly: by hand, and mpmath's 50 digits are "10.0".
  return {
    name,
    family,
    newFamily,
    kernelFn,
    catalogFile,
    kernelFile,
    testFile,
    example: {
      args: [100, 63, 0.2],
      result: 10,
      digits: '10.0',
      source:
        'mpmath 50-digit closed form spot·vol·√T, T = days/252 (the one-standard-deviation move `npm run new-function` scaffolds: replace with the function’s defining formula and cite it); test/reference/examples.py',
    },
  };
}

function kernelSource(p: Plan): string {
  return `/**
 * ${p.name}: a new function, scaffolded by \`npm run new-function\`. Until it is edited it returns the
 * one-standard-deviation price move spot·vol·√T (vol annualized, T in years): replace the maths,
 * this comment (say what it computes and cite the formula's source) and its test beside it.
 * Pure: plain numbers in, a number (or rows) out. A domain error is thrown as
 * \`fail(rule, argName, value, params)\` from '../errors', with its sentence in English and Korean
 * added to shared/messages/rules.ts; the parameters' declared ranges are checked before this runs.
 */
export function ${p.kernelFn}(spot: number, vol: number, T: number): number {
  return spot * vol * Math.sqrt(T);
}
`;
}

function testSource(p: Plan): string {
  const base = path.basename(p.kernelFile, '.ts');
  return `import { ${p.kernelFn} } from './${base}';

// Replace with the new maths' reference values, each computed independently of this code (a
// textbook table, mpmath at 50 digits, QuantLib) and cited; see the other kernel tests.
describe('${p.kernelFn}: spot·vol·√T', () => {
  test('100 at 20% a year over a quarter moves 10: 100 × 0.2 × √0.25 = 100 × 0.2 × 0.5 (by hand)', () => {
    expect(${p.kernelFn}(100, 0.2, 0.25)).toBe(10);
  });

  test('four times the horizon doubles the move: 100 × 0.2 × √1 = 20 (by hand)', () => {
    expect(${p.kernelFn}(100, 0.2, 1)).toBe(20);
  });

  test('no time, no move', () => {
    expect(${p.kernelFn}(100, 0.2, 0)).toBe(0);
  });
});
`;
}

function entrySource(p: Plan): string {
  const kernel = rel(p.kernelFile);
  const [spot, days, vol] = p.example.args;
  return `export const ${p.name}: FunctionSpec = defineFunction({
  name: '${p.name}',
  category: '${p.family}',
  kernel: '${kernel}',
  summary: t(
    'New function ${p.name}: for now the one-standard-deviation price move spot·vol·√T. Edit this summary, the parameters, the example and the kernel.',
    '새 함수 ${p.name}: 지금은 1표준편차 가격 변동 spot·vol·√T를 돌려줍니다. 설명·인수·예시·커널을 고치세요.',
  ),
  returns: t('currency units per share', '주당 통화 단위'),
  keywords: { en: ['new function', 'one standard deviation move'], ko: ['새 함수', '1표준편차 변동'] },
  params: [spot, days, vol, yearDays],
  result: { kind: 'scalar', unit: 'number' },
  examples: [
    {
      args: [${spot}, ${days}, ${vol}],
      result: ${p.example.result},
      tolerance: 1e-12,
      // ${spot} × ${vol} × √(${days}/252) = ${spot} × ${vol} × 0.5 = ${p.example.result}; the value and this source are also in test/reference/examples.py.
      source: ${quote(p.example.source)},
      text: t('A stock at ${spot} with 20% volatility over a quarter (${days} trading days).', '변동성 20%, 주가 ${spot}, 한 분기(${days}거래일).'),
    },
  ],
  impl: ({ spot, vol, T }) => ${p.kernelFn}(spot, vol, T),
});
`;
}

/** The example's independent value in test/reference/examples.py, before the output section. */
function referencePy(source: string, p: Plan): string {
  const [spot, days, vol] = p.example.args;
  const tail = /\n\n# -{20,}\n\n\ndef num\(/.exec(source) ?? refuse(`${rel(EXAMPLES_PY)}: no "def num(" after the examples found`);
  const pySource = p.example.source.replace(/test\/reference\/examples\.py$/, '{HERE}');
  const block = `

# ${p.name}(spot, days, vol, year_days = 252), scaffolded by \`npm run new-function\`: spot·vol·√T.
# Replace with the new function's defining formula, written from its source, not from the TypeScript.
S, vol, T = D(${spot}), D(${vol}), years(${days})
add('${p.name}', [${spot}, ${days}, ${vol}], S * vol * mp.sqrt(T),
    f'${pySource}')`;
  return source.slice(0, tail.index) + block + source.slice(tail.index);
}

/** The entry examples.py writes for the example (json.dump with indent=1), added to examples.json. */
function referenceJson(source: string, p: Plan): string {
  const end = source.lastIndexOf('\n }\n}');
  if (end < 0) refuse(`${rel(EXAMPLES_JSON)}: not the layout examples.py writes`);
  const entry = { args: p.example.args, value: p.example.result, digits: p.example.digits, source: p.example.source };
  const list = JSON.stringify([entry], null, 1)
    .split('\n')
    .map((line, i) => (i ? `  ${line}` : line))
    .join('\n');
  return `${source.slice(0, end)},\n  ${JSON.stringify(p.name)}: ${list}${source.slice(end)}`;
}

function newFamilySource(p: Plan): string {
  return `/** ${titleOf(p.family)}: a new family of functions. */
import { ${p.kernelFn} } from '../kernels/${path.basename(p.kernelFile, '.ts')}';
import { days, spot, t, vol, yearDays } from './params';
import { defineFunction, type FunctionSpec } from './types';

${entrySource(p)}`;
}

/** `import { a, type B } from 'module';` with `names` merged in (added if absent); sorted like the rest. */
function mergeImport(source: string, module: string, names: string[], before: RegExp): string {
  const escaped = module.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const re = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*'${escaped}';`);
  const m = re.exec(source);
  const bare = (s: string) => s.replace(/^type\s+/, '');
  const have = m
    ? m[1]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
  const all = [...have, ...names.filter((n) => !have.some((h) => bare(h) === bare(n)))];
  all.sort((a, b) => bare(a).toLowerCase().localeCompare(bare(b).toLowerCase()));
  const line = `import { ${all.join(', ')} } from '${module}';`;
  if (m) return source.replace(re, line);
  // A new import goes among the value imports of its kind (./ or ../) in order, else before `before`.
  const group = [...source.matchAll(/^import (?!type )[\s\S]*?from '([^']+)';$/gm)].filter((i) =>
    i[1].startsWith(module.startsWith('./') ? './' : '../'),
  );
  const next = group.find((i) => i[1] > module);
  const last = group[group.length - 1];
  const at = next ? next.index : last ? last.index + last[0].length + 1 : before.exec(source)?.index;
  return at === undefined ? `${line}\n${source}` : source.slice(0, at) + line + '\n' + source.slice(at);
}

function appendToFamily(source: string, p: Plan): string {
  let out = mergeImport(source, `../kernels/${path.basename(p.kernelFile, '.ts')}`, [p.kernelFn], /^import /m);
  out = mergeImport(out, './params', ['days', 'spot', 't', 'vol', 'yearDays'], /^import .*from '\.\/types';/m);
  out = mergeImport(out, './types', ['defineFunction', 'type FunctionSpec'], /^(?!import )/m);
  return `${out.trimEnd()}\n\n${entrySource(p)}`;
}

/** Imports the definition and lists it in CATALOG after the last function of its family. */
function registerInIndex(source: string, p: Plan): string {
  const module = `./${p.family}`;
  const familyImport = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*'\\./${p.family}';`).exec(source);
  const siblings = familyImport ? familyImport[1].split(',').map((s) => s.trim()) : [];
  let out = mergeImport(source, module, [p.name], /^import type /m);
  const list =
    /export const CATALOG[^=]*=\s*\[([\s\S]*?)\n\];/.exec(out) ??
    refuse('shared/catalog/index.ts: no `export const CATALOG = [...]` found');
  const members = list[1].split(',').map((s) => s.trim());
  const last = [...members].reverse().find((m) => siblings.includes(m));
  const body = list[1];
  const listStart = list.index + list[0].length - '\n];'.length - body.length;
  let newBody: string;
  if (last) {
    const at = new RegExp(`\\b${last}\\b,?`).exec(body)!;
    const end = at.index + at[0].length;
    newBody = `${body.slice(0, end)}${at[0].endsWith(',') ? '' : ','}\n  ${p.name},${body.slice(end)}`;
  } else {
    newBody = `${body.replace(/,?\s*$/, ',')}\n  ${p.name},`;
  }
  out = out.slice(0, listStart) + newBody + out.slice(listStart + body.length);
  return out;
}

function registerCategory(source: string, p: Plan): string {
  const m =
    /export const CATEGORIES = \{([\s\S]*?)\n\}/.exec(source) ??
    refuse('shared/catalog/categories.ts: no `export const CATEGORIES = {...}` found');
  const title = titleOf(p.family);
  const entry = `\n  ${p.family}: t('${title}', '${title} (새 분류)'),`;
  const at = m.index + m[0].length - 2;
  return source.slice(0, at) + entry + source.slice(at);
}

async function format(file: string, text: string): Promise<string> {
  const config = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...config, filepath: file });
}

export async function scaffold(name: string | undefined, family: string | undefined): Promise<{ plan: Plan; written: string[] }> {
  const p = plan(name, family);
  const indexFile = path.join(CATALOG_DIR, 'index.ts');
  const categoriesFile = path.join(CATALOG_DIR, 'categories.ts');
  const read = (file: string) => fs.readFileSync(file, 'utf8');
  // Everything is computed (and every refusal raised) before the first write.
  const files: Array<[string, string, 'create' | 'update']> = [
    [p.kernelFile, kernelSource(p), 'create'],
    [p.testFile, testSource(p), 'create'],
    fs.existsSync(p.catalogFile)
      ? [p.catalogFile, appendToFamily(read(p.catalogFile), p), 'update']
      : [p.catalogFile, newFamilySource(p), 'create'],
    [indexFile, registerInIndex(read(indexFile), p), 'update'],
  ];
  if (p.newFamily) files.push([categoriesFile, registerCategory(read(categoriesFile), p), 'update']);
  const references: Array<[string, string, 'update']> = fs.existsSync(EXAMPLES_PY)
    ? [
        [EXAMPLES_PY, referencePy(read(EXAMPLES_PY), p), 'update'],
        [EXAMPLES_JSON, referenceJson(read(EXAMPLES_JSON), p), 'update'],
      ]
    : [];
  const formatted = [
    ...(await Promise.all(files.map(async ([file, text, how]) => [file, await format(file, text), how] as const))),
    ...references,
  ];
  for (const [file, text, how] of formatted) fs.writeFileSync(file, text, { flag: how === 'create' ? 'wx' : 'w' });
  return { plan: p, written: formatted.map(([file, , how]) => `${how === 'create' ? 'created' : 'updated'} ${rel(file)}`) };
}

function nextSteps(p: Plan): string {
  const kernel = rel(p.kernelFile);
  return [
    `${p.name} works now (it returns spot·vol·√T). Next:`,
    `  1. ${rel(p.catalogFile)}: the summary, returns, keywords, parameters (shared ones from params.ts, or your own`,
    `     with kind, unit, range and default) and the examples. Each example's value comes from`,
    `     test/reference/examples.py (its block for ${p.name}: the defining formula in mpmath, with the source`,
    `     the example quotes); rerun it (python3 test/reference/examples.py, needs mpmath and QuantLib).`,
    ...(p.newFamily ? [`     shared/catalog/categories.ts: the ${p.family} family's title in English and Korean.`] : []),
    `  2. ${kernel}: the maths (pure; domain errors via fail(rule, arg, value, params), rules in shared/messages/rules.ts),`,
    `     and ${rel(p.testFile)}: reference values with their sources.`,
    `  3. npm run generate   (functions.json, the Sheets stubs, docs/functions.md), review the diffs, then npm test.`,
  ].join('\n');
}

if (require.main === module) {
  const [name, family] = process.argv.slice(2);
  scaffold(name, family).then(
    ({ plan: p, written }) => console.log(`${written.join('\n')}\n\n${nextSteps(p)}`),
    (e: unknown) => {
      console.error(e instanceof Refusal ? `new-function: ${e.message}` : e);
      process.exitCode = 1;
    },
  );
}
