/**
 * The build wrote exactly the generated files: dist/ holds what scripts/generate.ts makes of the
 * catalog now (a stale dist/ or generated/ fails here). Reads dist/, so it needs `npm run build`
 * first (`npm test` builds before jest); the golden tests in test/generated.test.ts do not.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CATALOG } from '../shared/catalog';
import { buildInputs, codeJs, GENERATED } from '../scripts/generate';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const hotLoops = require('../scripts/hot-loops-loader') as ((source: string) => string) & { HOT_LOOP_COPIES: number };

const DIST = path.resolve(__dirname, '../dist');
const inputs = buildInputs();

function built(file: string): string {
  const target = path.join(DIST, file);
  if (!fs.existsSync(target)) throw new Error(`${path.relative(process.cwd(), target)} is missing: run \`npm run build\` first`);
  return fs.readFileSync(target, 'utf8');
}

test('dist/excel/functions.json and functions.ko.json are the generated metadata', () => {
  expect(built('excel/functions.json')).toBe(inputs['excel/functions.json']);
  expect(built('excel/functions.ko.json')).toBe(inputs['excel/functions.ko.json']);
});

test('dist/sheets/Code.js is the generated head, the core bundle, then the generated stubs and entry points', () => {
  const code = built('sheets/Code.js');
  const head = inputs['sheets/Code.head.js'];
  const tail = inputs['sheets/Code.tail.js'];
  expect(code.startsWith(head)).toBe(true);
  expect(code).toContain('@OnlyCurrentDoc');
  expect(code.endsWith(`\n${tail}`)).toBe(true);
  const bundle = code.slice(head.length, code.length - tail.length - 1);
  expect(bundle).toMatch(/^var ScenarioDesk\b/);
  expect(code).toBe(codeJs(bundle, inputs));
});

test('generated/ holds the build inputs the build used', () => {
  for (const [file, text] of Object.entries(inputs)) expect(fs.readFileSync(path.join(GENERATED, file), 'utf8')).toBe(text);
});

test('the runtime bundles carry the catalog rules and both languages of messages, not its documentation', () => {
  const fs = jest.requireActual('fs') as typeof import('fs');
  const path = jest.requireActual('path') as typeof import('path');
  const dist = path.resolve(__dirname, '../dist');
  for (const file of ['excel/functions.js', 'sheets/Code.js']) {
    const code = fs.readFileSync(path.join(dist, file), 'utf8');
    expect(code).toContain('주당 위험이 없습니다'); // a Korean error sentence
    expect(code).toContain('there is no risk per share');
    expect(code).not.toContain('test/reference/examples.py'); // example sources stay in the catalog and docs
  }
});

test('functions.js carries no pane code (issue #13: the panes may grow, functions.js must not) and stays under 120 KB', () => {
  const js = built('excel/functions.js');
  // the pane's strings, formats and pictures (shared/i18n, shared/format, shared/charts, ui/)
  for (const paneOnly of ['exactValue', 'insertModel', 'maximumSignificantDigits', 'heat-', 'createElement'])
    expect([paneOnly, js.includes(paneOnly)]).toEqual([paneOnly, false]);
  expect(Buffer.byteLength(js)).toBeLessThan(120_000);
});

test("the runtime bundles carry the engine's scalar loop once more for each hot function (scripts/hot-loops-loader.js)", () => {
  const code = built('sheets/Code.js');
  const loop = /\nfunction scalarColumns\([\s\S]*?\n}\n/.exec(code)![0];
  const names = Array.from({ length: hotLoops.HOT_LOOP_COPIES }, (_, k) => `scalarColumnsHot${k + 1}`);
  for (const name of names) expect(code).toContain(loop.replace('function scalarColumns(', `function ${name}(`));
  expect(code).toContain(`const SCALAR_LOOPS = [scalarColumns, ${names.join(', ')}];`);
  const hot = CATALOG.filter((f) => f.hot);
  expect(hot.map((f) => f.name)).toEqual(expect.arrayContaining(['BS_PRICE', 'SCENARIO_PROB', 'POSITION_SIZE']));
  expect(hot.length).toBeLessThanOrEqual(hotLoops.HOT_LOOP_COPIES);
  for (const f of hot) expect([f.name, f.result.kind]).toEqual([f.name, 'scalar']);
  // In both bundles (minified, the Excel one lists the copies as function literals): the loop's
  // one-time reading of its four columns stands once for the shared loop and once per copy.
  for (const file of ['sheets/Code.js', 'excel/functions.js'])
    expect([file, built(file).match(/\[0, ?1, ?2, ?3\]\.map\(/g)?.length]).toEqual([file, hotLoops.HOT_LOOP_COPIES + 1]);
});

test('the hot-loops loader fails the build when the engine no longer has the shapes it rewrites', () => {
  expect(() => hotLoops('function scalarColumns() {}\nconst SCALAR_LOOPS = [];\n')).toThrow(/hot-loops-loader/);
  expect(() => hotLoops('const SCALAR_LOOPS = [scalarColumns];\n')).toThrow(/hot-loops-loader/);
});
