/**
 * The Google Sheets sidebar (dist/sheets/Sidebar.html) in real headless Chromium, with a
 * google.script.run stand-in that runs the real server functions of the built Code.js in a vm with
 * a minimal SpreadsheetApp stand-in. The same flows as the Excel task pane.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CATALOG, findFunction } from '../../shared/catalog';
import { evaluate } from '../../shared/engine';
import { formatNumber } from '../../shared/format';
import { callServer, loadSheetsWorld, type SheetsWorld } from '../hosts/sheets-standin';
import { modelLayout } from '../../shared/model';
import { axeViolations, launch, routeOffice, screenshot, serveDist, watch } from './harness';

jest.setTimeout(60000);

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serveDist()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(world: SheetsWorld | null): Promise<{ context: BrowserContext; page: Page; problems: string[]; outside: string[] }> {
  const context = await browser.newContext({ viewport: { width: 300, height: 760 }, locale: 'en-US' });
  const { outside } = await routeOffice(context, null);
  if (world) {
    await context.exposeBinding('__gasCall', (_source, name: string, args: unknown[]) => {
      try {
        return { ok: true, value: JSON.parse(JSON.stringify(callServer(world, name, args)) ?? 'null') };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    });
    await context.addInitScript(() => {
      type Handler = ((v: unknown) => void) | null;
      const w = window as unknown as {
        google: unknown;
        __gasCall: (n: string, a: unknown[]) => Promise<{ ok: boolean; value?: unknown; error?: string }>;
      };
      const runner = (ok: Handler, fail: Handler): unknown =>
        new Proxy(
          {},
          {
            get(_t, prop: string) {
              if (prop === 'withSuccessHandler') return (f: Handler) => runner(f, fail);
              if (prop === 'withFailureHandler') return (f: Handler) => runner(ok, f);
              return (...args: unknown[]) => {
                void w.__gasCall(prop, args).then((r) => (r.ok ? ok?.(r.value) : fail?.(new Error(r.error))));
              };
            },
          },
        );
      w.google = { script: { run: runner(null, null) } };
    });
  }
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const problems = watch(page);
  await page.goto(`${server.url}/sheets/Sidebar.html`);
  await page.waitForSelector('#search');
  return { context, page, problems, outside };
}

describe('Google Sheets sidebar (google.script.run into the built Code.js)', () => {
  test('search in both languages, calculator equal to the core, bad input message', async () => {
    const world = loadSheetsWorld();
    const { page, problems, outside, context } = await open(world);
    expect(await page.textContent('#status')).toContain('Connected to Google Sheets');
    for (const [query, expected] of [
      ['drawdown', 'MAX_DRAWDOWN'],
      ['드로다운', 'MAX_DRAWDOWN'],
      ['risk', 'POSITION_SIZE'],
    ]) {
      await page.fill('#search', query);
      expect(await page.$$eval('#results article', (cards) => cards.map((c) => c.getAttribute('data-fn')))).toContain(expected);
    }
    expect(await page.textContent('#results article code.syntax')).toMatch(/^=[A-Z]/); // bare names in Sheets
    await page.click('#tab-calculator');
    await page.selectOption('#calc-fn', 'DCF_VALUE');
    await page.fill('#calc-cash_flow', '100');
    await page.fill('#calc-growth', '10%');
    await page.fill('#calc-discount', '0.09');
    const core = evaluate(findFunction('DCF_VALUE')!, ['100', '10%', '0.09']);
    const value = core.cells[0][0] as number;
    expect(await page.textContent('#calc-result')).toBe(formatNumber(value, 'money'));
    expect(await page.getAttribute('#calc-result .value', 'data-exact')).toBe(String(value));
    expect(await page.textContent('#calc-formula')).toBe('=DCF_VALUE(100, 10%, 0.09)');
    await page.fill('#calc-discount', '0.01');
    expect(await page.textContent('#calc-result')).toBe(
      '#VALUE! discount: 0.01 must exceed terminal_growth 0.025; the Gordon terminal value needs r > g',
    );
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  test('insert writes the bare formula into the active cell and asks before overwriting', async () => {
    const world = loadSheetsWorld();
    const { page, context, problems } = await open(world);
    await page.fill('#search', 'SCENARIO_PROB');
    await page.click('[aria-label="Insert SCENARIO_PROB"]');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('Inserted'));
    expect(world.active().getActiveCell().getFormula()).toBe('=SCENARIO_PROB(100, 110, 20, 0.3)');
    await page.fill('#search', 'KELLY');
    await page.click('[aria-label="Insert KELLY"]');
    await page.waitForSelector('.confirm');
    expect(world.active().getActiveCell().getFormula()).toBe('=SCENARIO_PROB(100, 110, 20, 0.3)');
    await page.click('.confirm >> text="Overwrite"');
    await page.waitForFunction(() => !document.querySelector('.confirm'));
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('KELLY'));
    expect(world.active().getActiveCell().getFormula()).toBe('=KELLY(0.65, 0.2, 0.1)');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('pictures in the sidebar too: HIT_FIRST and CALL_SPREAD draw their results', async () => {
    const { page, context, problems } = await open(loadSheetsWorld());
    await page.click('#tab-calculator');
    await page.selectOption('#calc-fn', 'HIT_FIRST');
    for (const [p, v] of [
      ['spot', '100'],
      ['target', '110'],
      ['stop', '95'],
      ['days', '63'],
      ['vol', '0.3'],
      ['drift', '0.1'],
    ])
      await page.fill(`#calc-${p}`, v);
    const hit = evaluate(findFunction('HIT_FIRST')!, ['100', '110', '95', '63', '0.3', '0.1']).cells[0] as number[];
    expect(Math.abs(Number(await page.getAttribute('#calc-chart', 'data-target-first')) / hit[0] - 1)).toBeLessThan(1e-15);
    await page.selectOption('#calc-fn', 'CALL_SPREAD');
    for (const [p, v] of [
      ['spot', '180'],
      ['low_strike', '180'],
      ['high_strike', '200'],
      ['days', '20'],
      ['vol', '0.45'],
      ['rate', '0.04'],
    ])
      await page.fill(`#calc-${p}`, v);
    expect(await page.getAttribute('#calc-chart', 'aria-label')).toContain('breakeven 186.52');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('calculator inputs are kept with the spreadsheet (document properties) and come back in a new browser', async () => {
    const world = loadSheetsWorld();
    const first = await open(world);
    await first.page.click('#tab-calculator');
    await first.page.selectOption('#calc-fn', 'KELLY');
    await first.page.fill('#calc-win_prob', '0.61');
    // the sidebar saves after a pause in typing; wait until the spreadsheet holds it
    for (let k = 0; k < 100 && !(world.documentProperties.get('scenario-desk.calculator') ?? '').includes('0.61'); k++)
      await new Promise((r) => setTimeout(r, 50));
    expect(world.documentProperties.get('scenario-desk.calculator')).toContain('"win_prob":"0.61"');
    await first.context.close();
    // another browser (empty local storage), the same spreadsheet
    const second = await open(world);
    await second.page.click('#tab-calculator');
    await second.page.waitForFunction(() => (document.querySelector('#calc-win_prob') as HTMLInputElement | null)?.value === '0.61');
    expect(await second.page.inputValue('#calc-fn')).toBe('KELLY');
    expect(() => callServer(world, 'deskSaveSetting', ['other', 'x'])).toThrow('setting: unknown key');
    await second.context.close();
  });

  test('use selected cells in Sheets: deskSelection gives the active range’s A1 notation', async () => {
    const world = loadSheetsWorld();
    const { page, context, problems } = await open(world);
    await page.click('#tab-calculator');
    await page.selectOption('#calc-fn', 'HIST_VOL');
    await page.focus('#calc-prices');
    await page.click('#calc-selection');
    await page.waitForFunction(() => (document.querySelector('#calc-formula') as HTMLElement).textContent === '=HIST_VOL(C3:C30)');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('insert model sheet adds the model in the pane’s language as a new sheet, never touching existing ones', async () => {
    const world = loadSheetsWorld();
    world.sheets[0].cells.set('A1', { value: 'mine', formula: '' });
    const { page, context } = await open(world);
    await page.click('#tab-playbook');
    await page.click('#insert-model');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('Added the sheet'));
    await page.click('#lang'); // the pane in Korean: the next model is Korean, whatever the locale
    await page.click('#insert-model');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('시트를 추가했습니다'));
    expect(world.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Scenario Desk model', '시나리오 데스크 모델']);
    expect(world.sheets[0].cells.get('A1')?.value).toBe('mine');
    const layouts = [modelLayout('sheets', 'en'), modelLayout('sheets', 'ko', { nameSuffix: '_2' })];
    layouts.forEach((layout, k) => {
      const got = Object.fromEntries([...world.sheets[k + 1].cells].map(([ref, c]) => [ref, c.formula || c.value]));
      expect(got).toEqual(Object.fromEntries(Object.entries(layout.cells).map(([ref, c]) => [ref, c.value])));
      expect(world.sheets[k + 1].charts.length).toBe(layout.charts.length);
    });
    await context.close();
  });

  test('a price history sheet per ticker: GOOGLEFINANCE in A1, Sheets formulas beside it (issue #9)', async () => {
    const world = loadSheetsWorld();
    const { page, context, problems } = await open(world);
    await page.click('#tab-playbook');
    await page.click('#history-NVDA');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('NVDA history'));
    expect(world.sheets.map((s) => s.name)).toEqual(['Sheet1', 'NVDA history']);
    const rows = world.sheets[1].dump(4, 8);
    expect(rows[0][0]).toBe('=GOOGLEFINANCE("NVDA", "close", TODAY()-365, TODAY())');
    expect(rows[2][7]).toBe('=STDEV.S(E3:E1001)*SQRT(252)');
    expect(rows[3][7]).toBe('=MIN(D2:D1001)');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('accessibility: axe-core finds no WCAG 2.1 AA violation and nothing is clipped on any tab at 300 px, in English and Korean; screenshots (issue #13)', async () => {
    for (const locale of ['en_US', 'ko_KR']) {
      const { page, context } = await open(loadSheetsWorld(locale));
      await page.waitForFunction((ko) => document.documentElement.lang === (ko ? 'ko' : 'en'), locale === 'ko_KR');
      const found: string[] = [];
      for (const tab of ['lookup', 'calculator', 'playbook']) {
        await page.click(`#tab-${tab}`);
        found.push(...(await axeViolations(page)).map((v) => `${locale} ${tab} ${v}`));
        // Nothing clipped at the sidebar's fixed 300 px: no text box wider than its own box, and
        // nothing (a table too wide for its columns) reaching past the sidebar's right edge.
        const clipped = await page.$$eval('label, th, td, button, h1, h2, h3, p, small, summary, option, table', (els) =>
          els
            .filter(
              (e) =>
                (e as HTMLElement).offsetParent !== null &&
                (e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > document.documentElement.clientWidth + 1),
            )
            .map((e) => `${e.tagName} ${(e.textContent ?? '').slice(0, 60)}`),
        );
        found.push(...clipped.map((c) => `${locale} ${tab} clipped: ${c}`));
        await screenshot(page, `sheets-${tab}-${locale.slice(0, 2)}.png`);
      }
      expect(found).toEqual([]);
      await context.close();
    }
  });

  test('follows the Sheets user’s locale (Korean), with a manual switch; screenshots', async () => {
    const world = loadSheetsWorld('ko_KR');
    const { page, context } = await open(world);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '시나리오 데스크');
    await screenshot(page, 'sheets-ko.png');
    await page.click('#lang');
    expect(await page.textContent('h1')).toBe('Scenario Desk');
    await screenshot(page, 'sheets-en.png');
    await context.close();
  });

  test('opened without Apps Script it runs in preview mode; injection payloads stay text', async () => {
    const { page, context, problems } = await open(null);
    expect(await page.textContent('#status')).toContain('Preview');
    const payload = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await page.fill('#search', payload);
    await page.click('#tab-calculator');
    for (const spec of CATALOG.slice(0, 8)) {
      await page.selectOption('#calc-fn', spec.name);
      for (const p of spec.params.filter((q) => q.kind !== 'option')) await page.fill(`#calc-${p.name}`, payload);
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('Code.js server side', () => {
  test('onOpen adds the add-on menu (createAddonMenu: Extensions › Scenario Desk); onInstall does the same; the sidebar opens', () => {
    const world = loadSheetsWorld();
    callServer(world, 'onOpen', [{}]);
    callServer(world, 'onInstall', [{}]);
    expect(world.menus.map((m) => m.name)).toEqual(['Extensions › Scenario Desk', 'Extensions › Scenario Desk']);
    expect(world.menus[0].items).toEqual([
      ['Open Scenario Desk', 'showSidebar'],
      ['Insert model sheet', 'insertModelSheet'],
    ]);
    const korean = loadSheetsWorld('ko_KR');
    callServer(korean, 'onOpen', [{}]);
    expect(korean.menus[0].items.map((i) => i[0])).toEqual(['시나리오 데스크 열기', '모델 시트 삽입']);
    callServer(world, 'showSidebar', []);
    expect(world.sidebars).toEqual(['Sidebar']);
  });

  test('the menu inserts the model sheet; server functions validate what the client sends', () => {
    const world = loadSheetsWorld();
    expect(callServer(world, 'insertModelSheet', [])).toBe('Scenario Desk model');
    expect(() => callServer(world, 'deskInsertFormula', ['not a formula', false])).toThrow('formula: expected formula text');
    expect(() => callServer(world, 'deskAddSheet', ['x', 'rows'])).toThrow('rows: expected 1 to 1500 rows');
  });
});
