/**
 * Real headless Chromium (Debian's, driven by playwright-core) against the built pages served on
 * loopback. The Office CDN is routed to the @microsoft/office-js package; nothing leaves the machine.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import webpack from 'webpack';
import { serveStatic } from '../../addin/static-server';

export const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const OFFICE_DIST = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
/** Where office.js loads itself and its host files from (addin/taskpane/taskpane.html). */
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
/**
 * The ULS telemetry proxy frame office.js adds 3 s after load when it finds no host info (a plain
 * browser, and so these tests): o15apptofilemappingtable.js, ULSEndpointProxy. The task pane's CSP
 * allows it; here a blank page stands in for it so that nothing leaves the machine.
 */
export const OFFICE_TELEMETRY_FRAME = 'https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html';

/** dist/ over plain HTTP on a free loopback port (the same static server as `npm start`). */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const { url, close } = await serveStatic({ root: DIST });
  return { url, close };
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

/** Requests a page made: `outside` were refused (they would have left the machine), `office` were office.js's own, answered locally. */
export interface Traffic {
  outside: string[];
  office: string[];
}

/**
 * Routes the Office CDN to the package and office.js's telemetry frame to a blank stand-in; aborts
 * anything else off loopback. With `mock`, office.js is followed by the Excel stand-in.
 */
export async function routeOffice(context: BrowserContext, mock: string | null): Promise<Traffic> {
  const traffic: Traffic = { outside: [], office: [] };
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    if (url.href.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_DIST, url.pathname.slice(new URL(OFFICE_CDN).pathname.length));
      if (file.startsWith(OFFICE_DIST + path.sep) && fs.existsSync(file)) {
        traffic.office.push(url.href);
        let body = fs.readFileSync(file, 'utf8');
        if (mock && url.pathname.endsWith('/office.js')) body += `\n;${mock}`;
        return route.fulfill({ status: 200, contentType: 'text/javascript', body });
      }
    }
    if (url.origin + url.pathname === OFFICE_TELEMETRY_FRAME) {
      traffic.office.push(url.href);
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>telemetry proxy stand-in</title>' });
    }
    traffic.outside.push(url.href);
    return route.abort();
  });
  return traffic;
}

/** Collects page errors and console errors (the browser reports CSP violations there too). */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return problems;
}

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Records every CSP violation in each page of `context` (securitypolicyviolation events), from the first script on. */
export async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: unknown[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
}

/** The violations recorded so far in the page's main frame. */
export function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: Violation[] }).__cspViolations ?? []);
}

/**
 * Waits until office.js's last load has been through the CSP: its telemetry frame (above), added
 * 3 s after office.js starts, has finished loading, whatever the machine's speed. Resolves with
 * the frame's URL (the stand-in's when the CSP let it through, an error page's when it did not).
 */
export async function officeSettled(page: Page, timeout = 30000): Promise<string> {
  const frame = await page.waitForSelector('iframe[src*="telemetryproxy"]', { state: 'attached', timeout });
  const content = await frame.contentFrame();
  if (!content) throw new Error('office.js telemetry frame has no content frame');
  await content.waitForLoadState('load', { timeout });
  // The violation events of the frame (and of its style attribute, set just before) are queued
  // tasks; one more round trip through the page's task queue lets them all arrive.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return content.url();
}

/** Saves a screenshot to test-results/, and to docs/screenshots/ when missing or UPDATE_SCREENSHOTS=1. */
export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<void> {
  const results = path.join(ROOT, 'test-results');
  fs.mkdirSync(results, { recursive: true });
  const buf = await page.screenshot({ fullPage: opts.fullPage ?? false });
  fs.writeFileSync(path.join(results, name), buf);
  const doc = path.join(ROOT, 'docs/screenshots', name);
  if (process.env.UPDATE_SCREENSHOTS || !fs.existsSync(doc)) {
    fs.mkdirSync(path.dirname(doc), { recursive: true });
    fs.writeFileSync(doc, buf);
  }
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * WCAG 2.1 A and AA violations axe-core finds on the page as it is now, one line each ("rule: target").
 * axe is injected through the DevTools protocol (page.evaluate), which the pane's CSP does not govern,
 * so the pane runs under its real policy.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: { id: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`));
  });
  return found;
}
