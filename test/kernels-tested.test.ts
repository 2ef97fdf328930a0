/**
 * Guard: a kernel with no test cannot pass everything. Every module in shared/kernels/ has a test
 * beside it (NAME.ts → NAME.test.ts) that imports it, and every kernel a catalog entry names exists.
 * The catalog's worked examples (test/catalog.test.ts) check an entry end to end through the engine;
 * the sibling test checks the maths itself against independently computed values.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CATALOG } from '../shared/catalog';

const ROOT = path.resolve(__dirname, '..');
const KERNELS = path.join(ROOT, 'shared', 'kernels');

/**
 * Kernel modules allowed to go without a sibling test, each with the reason. Keep this empty: a
 * helper small enough to need no test is small enough to get one (see sums.test.ts).
 */
const UNTESTED: Record<string, string> = {};

const modules = fs
  .readdirSync(KERNELS)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
  .map((f) => f.slice(0, -'.ts'.length))
  .sort();

test('shared/kernels/ holds kernels', () => expect(modules.length).toBeGreaterThan(0));

test.each(modules.filter((m) => !(m in UNTESTED)))('shared/kernels/%s.ts has a sibling test that imports it', (name) => {
  const testFile = path.join(KERNELS, `${name}.test.ts`);
  expect({ kernel: `${name}.ts`, test: fs.existsSync(testFile) }).toEqual({ kernel: `${name}.ts`, test: true });
  const source = fs.readFileSync(testFile, 'utf8');
  const imported = new RegExp(`from\\s+['"]\\./${name}['"]`).test(source);
  expect({ test: `${name}.test.ts`, importsKernel: imported }).toEqual({ test: `${name}.test.ts`, importsKernel: true });
});

test('every whitelisted untested kernel still exists and gives a reason', () => {
  for (const [name, reason] of Object.entries(UNTESTED)) {
    expect(modules).toContain(name);
    expect(reason.length).toBeGreaterThan(10);
  }
});

test('every kernel a catalog entry names is a file in shared/kernels/', () => {
  for (const spec of CATALOG) {
    for (const file of spec.kernel.split(/,\s*/)) {
      expect({ fn: spec.name, file, exists: fs.existsSync(path.join(ROOT, file)) }).toEqual({ fn: spec.name, file, exists: true });
      expect(path.dirname(file)).toBe('shared/kernels');
    }
  }
});
