/**
 * Security and hygiene of what ships: no network or dynamic-code APIs in the built bundles, the
 * least Apps Script scopes and Office permission the features need, no known vulnerabilities in
 * the production dependencies, and only permissive licences among them.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');

const SHIPPED = ['dist/excel/functions.js', 'dist/excel/taskpane.js', 'dist/sheets/Code.js', 'dist/sheets/Sidebar.html'];
const FORBIDDEN: [string, RegExp][] = [
  ['fetch(', /\bfetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['UrlFetchApp', /UrlFetchApp/],
  ['eval(', /(^|[^\w.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['WebSocket', /new\s+WebSocket\s*\(/],
  ['sendBeacon', /sendBeacon/],
  ['importScripts', /importScripts\s*\(/],
];

describe.each(SHIPPED)('%s', (file) => {
  test('has no network or dynamic-code API', () => {
    const text = read(file);
    const found = FORBIDDEN.filter(([, re]) => re.test(text)).map(([name]) => name);
    expect(found).toEqual([]);
  });
});

test('the task pane allows only its own files and what office.js itself loads (listed in taskpane.html)', () => {
  const html = read('dist/excel/taskpane.html');
  const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directives = Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
  const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
  expect(directives).toEqual({
    'default-src': ["'self'"],
    'script-src': ["'self'", OFFICE_JS],
    // FAST's empty design-token <style> element (the hash of "").
    'style-src': ["'self'", "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"],
    // office.js's telemetry frame's style="display:none" and nothing else.
    'style-src-attr': ["'unsafe-hashes'", "'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE='"],
    'img-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'frame-src': ["'self'", OFFICE_JS, 'https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
  });
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('*');
  const external = [...html.matchAll(/(?:src|href)=["']?(https?:[^"' >]+)/g)].map((m) => m[1]);
  expect(external).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
});

test('the sidebar is self-contained: no external scripts, styles or images', () => {
  const html = read('dist/sheets/Sidebar.html');
  expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/i);
});

test('appsscript.json asks exactly for the sidebar’s two scopes; Code.js is @OnlyCurrentDoc', () => {
  const manifest = JSON.parse(read('dist/sheets/appsscript.json'));
  expect(manifest.runtimeVersion).toBe('V8');
  expect([...manifest.oauthScopes].sort()).toEqual([
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
  ]);
  expect(read('dist/sheets/Code.js')).toContain('@OnlyCurrentDoc');
});

test('the Excel manifest asks for ReadWriteDocument: writing formulas and adding sheets need it, nothing more', () => {
  expect(/<Permissions>(\w+)<\/Permissions>/.exec(read('manifest.xml'))?.[1]).toBe('ReadWriteDocument');
});

describe('production dependencies', () => {
  const tree = JSON.parse(execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], { cwd: ROOT, encoding: 'utf8' })) as {
    dependencies?: Record<string, Dep>;
  };
  interface Dep {
    version: string;
    dependencies?: Record<string, Dep>;
  }
  const names = new Set<string>();
  const walk = (deps?: Record<string, Dep>) => {
    for (const [name, d] of Object.entries(deps ?? {})) {
      if (names.has(name)) continue;
      names.add(name);
      walk(d.dependencies);
    }
  };
  walk(tree.dependencies);

  test('every shipped package has a permissive licence (MIT, BSD, Apache-2.0, ISC, 0BSD)', () => {
    expect(names.size).toBeGreaterThan(0);
    const bad: string[] = [];
    for (const name of names) {
      const pkg = JSON.parse(read(`node_modules/${name}/package.json`));
      const licence = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? '');
      if (!/^(\(?(MIT|ISC|0BSD|BSD-[23]-Clause|Apache-2\.0)( OR (MIT|ISC|0BSD|BSD-[23]-Clause|Apache-2\.0))*\)?)$/.test(licence))
        bad.push(`${name}: ${licence}`);
    }
    expect(bad).toEqual([]);
  });

  // npm audit needs the registry's advisory endpoint. Where the registry in reach does not offer it
  // (this workplace's mirror answers 405), the check is reported as skipped, not passed.
  let audit: { metadata?: { vulnerabilities?: Record<string, number> }; error?: unknown } = {};
  try {
    audit = JSON.parse(
      execFileSync('npm', ['audit', '--omit=dev', '--json'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60000,
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
  } catch (e) {
    try {
      audit = JSON.parse((e as { stdout?: string }).stdout ?? '{}');
    } catch {
      audit = { error: 'no JSON from npm audit' };
    }
  }
  const auditTest = audit.error || !audit.metadata ? test.skip : test;
  auditTest('npm audit --omit=dev reports no vulnerability', () => {
    expect(audit.metadata?.vulnerabilities?.total).toBe(0);
  });
});
