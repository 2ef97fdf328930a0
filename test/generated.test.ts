/**
 * What the generators make of the catalog: Excel's functions.json and its Korean twin, the Apps
 * Script stubs, and docs/functions.md. No build needed: everything here calls the generators.
 *
 * Golden files hold two representative functions only (a scalar one with a text option and
 * optional arguments, and one taking ranges and spilling a table), so a change to a generator shows
 * up as a short, readable diff of test/golden/; the structural checks below cover every function.
 * Refresh with `UPDATE_GOLDEN=1 npx jest test/generated.test.ts` and `npm run generate`.
 * That the build wrote exactly these files is checked separately, in test/build-output.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { functionsJson } from '../addin/metadata';
import { appsScriptStubs, stub } from '../appsscript/stubs';
import { functionsMarkdown } from '../docs/generate';
import { CATALOG } from '../shared/catalog';

const GOLDEN = path.join(__dirname, 'golden');
const REPRESENTATIVE = ['SCENARIO_PROB', 'SCENARIO_BAYES'];

function golden(file: string, actual: string): void {
  const target = path.join(GOLDEN, file);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(target, actual);
  expect(actual).toBe(fs.readFileSync(target, 'utf8'));
}

const json = (v: unknown): string => JSON.stringify(v, null, 2) + '\n';

describe.each(REPRESENTATIVE)('%s matches its golden files', (name) => {
  const spec = CATALOG.find((f) => f.name === name);
  const entry = (lang: 'en' | 'ko') => functionsJson(lang).functions.find((f) => f.id === name);

  test('its catalog entry exists (pick another representative if it was renamed)', () => expect(spec).toBeDefined());
  test(`its functions.json and functions.ko.json entries: test/golden/${name}.json`, () =>
    golden(`${name}.json`, json({ 'functions.json': entry('en'), 'functions.ko.json': entry('ko') })));
  test(`its Apps Script stub: test/golden/${name}.js`, () => golden(`${name}.js`, stub(spec!) + '\n'));
});

test('docs/functions.md is up to date (run `npm run generate`)', () => {
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
});

describe('Apps Script stubs', () => {
  const stubs = appsScriptStubs();
  test('the generated banner, then one stub per catalog function in catalog order', () => {
    expect(stubs.startsWith('// ---- Custom functions (generated from the Scenario Desk catalog; do not edit) ----\n\n')).toBe(true);
    expect([...stubs.matchAll(/^function (\w+)\(/gm)].map((m) => m[1])).toEqual(CATALOG.map((f) => f.name));
    expect(stubs).toBe(
      `// ---- Custom functions (generated from the Scenario Desk catalog; do not edit) ----\n\n${CATALOG.map(stub).join('\n\n')}\n`,
    );
  });

  test('every stub is a real top-level function with @customfunction and one @param per parameter', () => {
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
