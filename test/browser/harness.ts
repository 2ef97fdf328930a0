/**
 * Real headless Chromium (Debian's, driven by playwright-core) against the built pages served on
 * loopback. The Office CDN is routed to the @microsoft/office-js package; nothing leaves the machine.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import webpack from 'webpack';

export const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const OFFICE_DIST = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = path.normalize(path.join(DIST, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error('Debian chromium is not installed: run `apt-get install chromium` (.ci/run does)');
  return found;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

let mockBundle: Promise<string> | null = null;

/** test/browser/excel-mock.ts bundled for the browser (office-addin-mock inside). */
export function excelMockScript(): Promise<string> {
  mockBundle ??= new Promise((resolve, reject) => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-mock-'));
    webpack(
      {
        mode: 'development',
        devtool: false,
        target: 'web',
        entry: path.join(__dirname, 'excel-mock.ts'),
        output: { path: out, filename: 'mock.js' },
        resolve: { extensions: ['.ts', '.js'], alias: { 'office-addin-manifest': path.join(__dirname, 'office-addin-manifest-stub.js') } },
        module: { rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true } }] },
      },
      (err, stats) => {
        if (err || !stats || stats.hasErrors()) return reject(err ?? new Error(stats?.toString('errors-only')));
        resolve(fs.readFileSync(path.join(out, 'mock.js'), 'utf8'));
      },
    );
  });
  return mockBundle;
}

/** Routes the Office CDN to the package; with `mock`, office.js is followed by the Excel stand-in. */
export async function routeOffice(context: BrowserContext, mock: string | null): Promise<string[]> {
  const outside: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    if (url.hostname === 'appsforoffice.microsoft.com' && url.pathname.startsWith('/lib/1/hosted/')) {
      const file = path.join(OFFICE_DIST, url.pathname.slice('/lib/1/hosted/'.length));
      if (fs.existsSync(file)) {
        let body = fs.readFileSync(file, 'utf8');
        if (mock && url.pathname.endsWith('/office.js')) body += `\n;${mock}`;
        return route.fulfill({ status: 200, contentType: 'text/javascript', body });
      }
    }
    outside.push(url.href);
    return route.abort();
  });
  return outside;
}

/** Collects page errors and console errors (CSP violations show up there). */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return problems;
}

/** Saves a screenshot to test-results/, and to docs/screenshots/ when missing or UPDATE_SCREENSHOTS=1. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const results = path.join(ROOT, 'test-results');
  fs.mkdirSync(results, { recursive: true });
  const buf = await page.screenshot({ fullPage: false });
  fs.writeFileSync(path.join(results, name), buf);
  const doc = path.join(ROOT, 'docs/screenshots', name);
  if (process.env.UPDATE_SCREENSHOTS || !fs.existsSync(doc)) {
    fs.mkdirSync(path.dirname(doc), { recursive: true });
    fs.writeFileSync(doc, buf);
  }
}
