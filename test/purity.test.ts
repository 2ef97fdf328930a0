/**
 * Architecture guard: shared/ is the pure core. Its compile-time purity comes from
 * shared/tsconfig.json (no DOM/Office/Apps Script types; `npm run typecheck`); this test adds that no
 * core file imports anything outside shared/ or any package, and no host folder holds math.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');

function files(dir: string, ext = '.ts'): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return files(p, ext);
    return p.endsWith(ext) ? [p] : [];
  });
}

const imports = (file: string): string[] =>
  [...fs.readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);

test('shared/ (non-test files) imports only shared/ modules', () => {
  for (const file of files(path.join(ROOT, 'shared')).filter((f) => !f.endsWith('.test.ts'))) {
    for (const spec of imports(file)) {
      expect(spec.startsWith('.')).toBe(true);
      const resolved = path.resolve(path.dirname(file), spec);
      expect(resolved.startsWith(path.join(ROOT, 'shared'))).toBe(true);
    }
  }
});

test('host folders hold no math: no Math.exp/log/sqrt/pow and no kernel imports', () => {
  const hostFiles = [...files(path.join(ROOT, 'addin')), ...files(path.join(ROOT, 'appsscript'))];
  for (const file of hostFiles) {
    const text = fs.readFileSync(file, 'utf8');
    expect({ file, math: /Math\.(exp|log|sqrt|pow|expm1|log1p)\b/.test(text) }).toEqual({ file, math: false });
    for (const spec of imports(file)) expect({ file, spec, kernel: spec.includes('/kernels/') }).toEqual({ file, spec, kernel: false });
  }
});
