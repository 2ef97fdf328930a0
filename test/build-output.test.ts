/**
 * The build wrote exactly the generated files: dist/ holds what scripts/generate.ts makes of the
 * catalog now (a stale dist/ or generated/ fails here). Reads dist/, so it needs `npm run build`
 * first (`npm test` builds before jest); the golden tests in test/generated.test.ts do not.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildInputs, codeJs, GENERATED } from '../scripts/generate';

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
