/**
 * Golden tests for everything generated from the catalog: Excel's functions.json and its Korean
 * twin, the Apps Script stubs, and docs/functions.md. A catalog change shows up as a reviewable diff
 * of test/golden/; refresh with `UPDATE_GOLDEN=1 npx jest test/generated.test.ts` (and `npm run docs`).
 */
import * as fs from 'fs';
import * as path from 'path';
import { functionsJson } from '../addin/metadata';
import { appsScriptStubs, CODE_HEADER, SERVER_GLOBALS } from '../appsscript/stubs';
import { functionsMarkdown } from '../docs/generate';
import { CATALOG } from '../shared/catalog';

const GOLDEN = path.join(__dirname, 'golden');
const DIST = path.resolve(__dirname, '../dist');

function golden(file: string, actual: string): void {
  const target = path.join(GOLDEN, file);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(target, actual);
  expect(actual).toBe(fs.readFileSync(target, 'utf8'));
}

const json = (v: unknown): string => JSON.stringify(v, null, 2) + '\n';

test('functions.json matches the golden file', () => golden('functions.json', json(functionsJson('en'))));
test('functions.ko.json matches the golden file', () => golden('functions.ko.json', json(functionsJson('ko'))));
test('Apps Script stubs match the golden file', () => golden('stubs.js', appsScriptStubs()));

test('the build wrote exactly the generated metadata and stubs', () => {
  expect(fs.readFileSync(path.join(DIST, 'excel/functions.json'), 'utf8')).toBe(json(functionsJson('en')));
  expect(fs.readFileSync(path.join(DIST, 'excel/functions.ko.json'), 'utf8')).toBe(json(functionsJson('ko')));
  const code = fs.readFileSync(path.join(DIST, 'sheets/Code.js'), 'utf8');
  expect(code.startsWith(CODE_HEADER)).toBe(true);
  expect(code).toContain('@OnlyCurrentDoc');
  expect(code.endsWith(`${appsScriptStubs()}\n${SERVER_GLOBALS}`)).toBe(true);
});

test('docs/functions.md is up to date (run `npm run docs`)', () => {
  expect(fs.readFileSync(path.resolve(__dirname, '../docs/functions.md'), 'utf8')).toBe(functionsMarkdown());
});

describe('functions.json shape', () => {
  const meta = functionsJson('en');
  test('one entry per catalog function, ids are the names, every parameter any + matrix', () => {
    expect(meta.functions.map((f) => f.id)).toEqual(CATALOG.map((f) => f.name));
    for (const f of meta.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(f.result).toEqual({ type: 'any', dimensionality: 'matrix' });
      for (const p of f.parameters) {
        expect(p.type).toBe('any');
        expect(p.dimensionality).toBe('matrix');
      }
      // Excel requires optional parameters to come after required ones.
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });

  test('the Korean twin has the same ids and parameters with Korean help', () => {
    const ko = functionsJson('ko');
    expect(ko.functions.map((f) => [f.id, f.parameters.map((p) => p.name)])).toEqual(
      meta.functions.map((f) => [f.id, f.parameters.map((p) => p.name)]),
    );
    for (const f of ko.functions) expect(f.description).toMatch(/[가-힣]/);
  });

  test('every stub is a real top-level function with @customfunction and one @param per parameter', () => {
    const stubs = appsScriptStubs();
    for (const spec of CATALOG) {
      const block = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${spec.name}\\(`).exec(stubs);
      expect(block).not.toBeNull();
      const doc = block![1];
      expect(doc).toContain('@customfunction');
      expect(doc).toContain('@return');
      expect((doc.match(/@param /g) ?? []).length).toBe(spec.params.length);
      for (const p of spec.params) expect(doc).toContain(`} ${p.name} `);
      expect(doc).toMatch(/Unit: /);
    }
  });
});
