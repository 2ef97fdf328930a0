/**
 * Architecture guard: shared/ is the pure core. Its compile-time purity comes from
 * shared/tsconfig.json (no DOM/Office/Apps Script types; `npm run typecheck`); this test adds that no
 * core file imports anything outside shared/ or any package, no host folder holds math, and the
 * hosts stay apart: addin/ (Excel) and appsscript/ (Sheets) share only shared/ and ui/ (the pane UI,
 * DOM-only by ui/tsconfig.json), and ui/ imports no host.
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

test('host and UI folders hold no math: no Math.exp/log/sqrt/pow and no kernel imports', () => {
  const hostFiles = [...files(path.join(ROOT, 'addin')), ...files(path.join(ROOT, 'appsscript')), ...files(path.join(ROOT, 'ui'))];
  for (const file of hostFiles) {
    const text = fs.readFileSync(file, 'utf8');
    expect({ file, math: /Math\.(exp|log|sqrt|pow|expm1|log1p)\b/.test(text) }).toEqual({ file, math: false });
    for (const spec of imports(file)) expect({ file, spec, kernel: spec.includes('/kernels/') }).toEqual({ file, spec, kernel: false });
  }
});

/** Every module a source file names: import/export … from, side-effect import, import(), require(), CSS @import. */
function specifiers(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const patterns = [
    /^\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /@import\s+(?:url\()?['"]([^'"]+)['"]/g,
  ];
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]));
}

/** The top-level folder a relative import lands in, or null for a package. */
function target(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return path.relative(ROOT, path.resolve(path.dirname(file), spec)).split(path.sep)[0];
}

describe('host folders are independent: each reaches the other only through shared/ and ui/', () => {
  const sources = (dir: string) => ['.ts', '.js', '.css'].flatMap((ext) => files(path.join(ROOT, dir), ext));
  const crossings = (dir: string, allowed: (top: string | null) => boolean) =>
    sources(dir).flatMap((file) =>
      specifiers(file)
        .filter((spec) => !allowed(target(file, spec)))
        .map((spec) => `${path.relative(ROOT, file)} imports ${spec}`),
    );

  test('the scan sees the imports that are there', () => {
    const sidebar = specifiers(path.join(ROOT, 'appsscript/sidebar/sidebar.ts'));
    expect(sidebar).toEqual(expect.arrayContaining(['../../ui/app', './sidebar.css']));
    expect(
      specifiers(path.join(ROOT, 'appsscript/sidebar/sidebar.css')).map((s) => target(path.join(ROOT, 'appsscript/sidebar/x'), s)),
    ).toEqual(['ui']);
    expect(specifiers(path.join(ROOT, 'addin/dev-server.js'))).toEqual(expect.arrayContaining(['./static-server', 'webpack']));
  });

  test('appsscript/ imports nothing from addin/', () => {
    expect(crossings('appsscript', (top) => top !== 'addin')).toEqual([]);
  });

  test('addin/ imports nothing from appsscript/', () => {
    expect(crossings('addin', (top) => top !== 'appsscript')).toEqual([]);
  });

  test('ui/ imports only ui/ and shared/ (no host, no package)', () => {
    expect(crossings('ui', (top) => top === 'ui' || top === 'shared')).toEqual([]);
  });
});
