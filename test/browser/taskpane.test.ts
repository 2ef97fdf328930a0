/**
 * The Excel task pane in real headless Chromium: office.js from the @microsoft/office-js package
 * (CDN URL routed), Excel's object model stood in by office-addin-mock, and preview mode outside
 * Office. Calculator results are compared with the core evaluated here in Node.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CATALOG, findFunction } from '../../shared/catalog';
import { evaluate } from '../../shared/engine';
import { chartFor } from '../../shared/charts';
import { formatNumber, resultUnits } from '../../shared/format';
import { modelLayout } from '../../shared/model';
import {
  excelMockScript,
  launch,
  OFFICE_TELEMETRY_FRAME,
  officeSettled,
  recordViolations,
  routeOffice,
  screenshot,
  axeViolations,
  serveDist,
  violations,
  watch,
} from './harness';

jest.setTimeout(60000);

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let mock: string;

beforeAll(async () => {
  [browser, server, mock] = await Promise.all([launch(), serveDist(), excelMockScript()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  problems: string[];
  outside: string[];
  office: string[];
}

/**
 * Node's and Chromium's V8 differ in the last bits of Math.exp, Math.log and Math.pow: the pane's
 * exact values agree with the core computed here to a few ulps.
 */
const ENGINES = 1e-15;

async function open(opts: {
  excel: boolean;
  lang?: string;
  activeValue?: string;
  sheets?: string[];
  settings?: Record<string, unknown>;
  excelApi?: string;
}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 320, height: 760 }, locale: 'en-US' });
  const { outside, office } = await routeOffice(context, opts.excel ? mock : null);
  await recordViolations(context);
  await context.addInitScript(
    (cfg) => {
      (window as unknown as { __deskTest: unknown }).__deskTest = cfg;
    },
    { lang: opts.lang ?? 'en-US', activeValue: opts.activeValue ?? '', sheets: opts.sheets ?? ['Sheet1'], excelApi: opts.excelApi },
  );
  // the workbook's saved document settings (Office.context.document.settings), as a reopened workbook has them
  if (opts.settings) await context.addInitScript((saved) => Object.assign(window, { __excelSettings: saved }), opts.settings);
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const problems = watch(page);
  await page.goto(`${server.url}/excel/taskpane.html`);
  await page.waitForSelector('#search');
  return { context, page, problems, outside, office };
}

async function activeFormula(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    const excel = (
      window as unknown as {
        __excel: { context: { workbook: { activeCell: { load(p: string): void; formulas: unknown[][] } }; sync(): Promise<void> } };
      }
    ).__excel;
    const cell = excel.context.workbook.activeCell;
    cell.load('formulas');
    await excel.context.sync();
    return cell.formulas[0][0];
  });
}

describe('Excel task pane (office.js + office-addin-mock)', () => {
  test('search finds functions in English and Korean', async () => {
    const { page, problems, outside, context } = await open({ excel: true });
    expect(await page.textContent('#status')).toContain('Connected to Excel');
    for (const [query, expected] of [
      ['drawdown', 'MAX_DRAWDOWN'],
      ['드로다운', 'MAX_DRAWDOWN'],
      ['risk', 'POSITION_SIZE'],
      ['내재 변동성', 'IMPLIED_VOL'],
    ]) {
      await page.fill('#search', query);
      const names = await page.$$eval('#results article', (cards) => cards.map((c) => c.getAttribute('data-fn')));
      expect(names).toContain(expected);
    }
    await page.fill('#search', 'risk');
    const risk = await page.$$eval('#results article', (cards) => cards.map((c) => c.getAttribute('data-fn')));
    expect(risk).toEqual(expect.arrayContaining(['POSITION_SIZE', 'MAX_DRAWDOWN']));
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  test('calculator results equal the core, and a bad input shows the cell’s message', async () => {
    const { page, problems, context } = await open({ excel: true });
    await page.click('#tab-calculator');
    await page.selectOption('#calc-fn', 'POSITION_SIZE');
    await page.fill('#calc-account', '100000');
    await page.fill('#calc-risk_pct', '2%');
    await page.fill('#calc-entry', '180');
    await page.fill('#calc-stop', '171');
    expect(await page.textContent('#calc-result')).toBe('222');
    expect(await page.textContent('#calc-formula')).toBe('=DESK.POSITION_SIZE(100000, 2%, 180, 171)');
    await page.fill('#calc-stop', '180');
    expect(await page.textContent('#calc-result')).toBe('#VALUE! stop: 180 equals entry 180; there is no risk per share');
    // Every function: its first example typed into the form gives what the core gives.
    for (const spec of CATALOG) {
      await page.selectOption('#calc-fn', spec.name);
      const ex = spec.examples[0];
      for (let k = 0; k < spec.params.length; k++) {
        const p = spec.params[k];
        const a = ex.args[k];
        const text = a === null || a === undefined ? '' : Array.isArray(a) ? a.map((r) => r.join(',')).join('\n') : String(a);
        if (p.kind === 'option') await page.selectOption(`#calc-${p.name}`, text);
        else await page.fill(`#calc-${p.name}`, text);
      }
      // The pane shows each number formatted by its catalog unit, with the exact value beside it.
      const core = evaluate(findFunction(spec.name)!, ex.args);
      const units = resultUnits(spec.result, core.cols);
      const numbers = core.cells.flatMap((r) =>
        r.flatMap((c, j) => (typeof c === 'number' ? [[c, formatNumber(c, units[j])] as const] : [])),
      );
      const shown = await page.$$eval('#calc-result .value', (els) =>
        els.map((e) => [Number(e.getAttribute('data-exact')), e.textContent] as const),
      );
      expect([spec.name, shown.map((v) => v[1])]).toEqual([spec.name, numbers.map((n) => n[1])]);
      shown.forEach(([x], k) =>
        expect([spec.name, Math.abs(x - numbers[k][0]) <= ENGINES * Math.abs(numbers[k][0])]).toEqual([spec.name, true]),
      );
      if (spec.result.kind !== 'scalar' && spec.result.columns && core.cols > 1)
        expect(await page.$$eval('#calc-result th', (els) => els.map((e) => e.textContent))).toEqual(spec.result.columns.map((c) => c.en));
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a form that helps: a hint before typing, "100,000" and "$180" read as numbers, inputs kept across switches and reloads (issue #13)', async () => {
    const { page, problems, context } = await open({ excel: true });
    await page.click('#tab-calculator');
    await page.selectOption('#calc-fn', 'POSITION_SIZE');
    for (const p of ['account', 'risk_pct', 'entry', 'stop']) await page.fill(`#calc-${p}`, '');
    expect(await page.textContent('#calc-result')).toBe('Fill in the required fields to see the result.');
    await page.fill('#calc-account', '100,000');
    expect(await page.textContent('#calc-result')).toBe('Fill in the required fields to see the result.');
    await page.fill('#calc-risk_pct', '2%');
    await page.fill('#calc-entry', '$180');
    await page.fill('#calc-stop', '₩171');
    expect(await page.textContent('#calc-result')).toBe('222');
    expect(await page.textContent('#calc-formula')).toBe('=DESK.POSITION_SIZE(100000, 2%, 180, 171)');
    await page.selectOption('#calc-fn', 'HIT_FIRST');
    await page.selectOption('#calc-fn', 'POSITION_SIZE');
    expect(await page.inputValue('#calc-entry')).toBe('$180');
    await page.reload();
    await page.waitForSelector('#search');
    await page.click('#tab-calculator');
    expect(await page.inputValue('#calc-fn')).toBe('POSITION_SIZE');
    expect(await page.inputValue('#calc-account')).toBe('100,000');
    expect(await page.textContent('#calc-result')).toBe('222');
    // Several values: labelled columns, formatted by unit, the exact value kept in data-exact.
    await page.selectOption('#calc-fn', 'HIT_FIRST');
    for (const [p, v] of [
      ['spot', '180'],
      ['target', '200'],
      ['stop', '171'],
      ['days', '20'],
      ['vol', '45%'],
      ['drift', '0.1'],
    ])
      await page.fill(`#calc-${p}`, v);
    expect(await page.$$eval('#calc-result th', (els) => els.map((e) => e.textContent))).toEqual(['target first', 'stop first', 'neither']);
    const core = evaluate(findFunction('HIT_FIRST')!, ['180', '200', '171', '20', '45%', '0.1']).cells[0] as number[];
    expect(await page.$$eval('#calc-result .value', (els) => els.map((e) => e.textContent))).toEqual(
      core.map((x) => formatNumber(x, 'probability')),
    );
    const exact = await page.$$eval('#calc-result .value', (els) => els.map((e) => Number(e.getAttribute('data-exact'))));
    exact.forEach((x, k) => expect(Math.abs(x - core[k])).toBeLessThanOrEqual(ENGINES * core[k]));
    await page.locator('#calc-formula').scrollIntoViewIfNeeded();
    await screenshot(page, 'excel-calculator-en.png');
    await page.click('#lang');
    await page.click('#tab-calculator');
    expect(await page.$$eval('#calc-result th', (els) => els.map((e) => e.textContent))).toEqual([
      '목표가 먼저',
      '손절가 먼저',
      '둘 다 아님',
    ]);
    await page.locator('#calc-formula').scrollIntoViewIfNeeded();
    await screenshot(page, 'excel-calculator-ko.png');
    // An error in every cell is shown once.
    await page.fill('#calc-stop', '190');
    expect(await page.$$eval('#calc-result .error', (els) => els.length)).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('what-if: lists in two fields make a grid with a heatmap, inserted as one broadcast formula (issue #13)', async () => {
    const { page, problems, context } = await open({ excel: true });
    await page.click('#tab-calculator');
    await page.selectOption('#calc-fn', 'DCF_REPRICE');
    for (const [p, v] of [
      ['price', '180'],
      ['old_growth', '15%'],
      ['new_growth', '0.1, 0.15, 0.2'],
      ['old_discount', '0.09'],
      ['new_discount', '0.08:0.1:0.01'],
    ])
      await page.fill(`#calc-${p}`, v);
    expect(await page.textContent('#calc-formula')).toBe('=DESK.DCF_REPRICE(180, 15%, {0.1;0.15;0.2}, 0.09, {0.08,0.09,0.1})');
    const grid = await page.$$eval('#what-if tr', (rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    // headers read in the inputs' units (decimals of a year as percents), the typed value in the tooltip
    expect(grid[0]).toEqual(['new_growth ↓ · new_discount →', '8%', '9%', '10%']);
    expect(grid.map((r) => r[0]).slice(1)).toEqual(['10%', '15%', '20%']);
    expect(await page.getAttribute('#what-if tr:nth-child(1) th:nth-child(4)', 'title')).toBe('Exact value: 0.1');
    // growth unchanged at 15% and discount unchanged at 9% reprices to the price itself
    expect(grid[2][2]).toBe('180.00');
    const core = evaluate(findFunction('DCF_REPRICE')!, ['180', '15%', [['0.1'], ['0.15'], ['0.2']], '0.09', [['0.08', '0.09', '0.1']]]);
    expect(grid.slice(1).map((r) => r.slice(1))).toEqual(core.cells.map((r) => r.map((c) => formatNumber(c as number, 'money'))));
    // the heatmap: highest growth at the lowest discount is the darkest step, the opposite corner the lightest
    expect(await page.getAttribute('#what-if tr:nth-child(4) td:nth-child(2)', 'class')).toBe('heat-8');
    expect(await page.getAttribute('#what-if tr:nth-child(2) td:nth-child(4)', 'class')).toBe('heat-0');
    await page.locator('#what-if').scrollIntoViewIfNeeded();
    await screenshot(page, 'excel-what-if-en.png');
    await page.click('#calc-insert');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('Inserted'));
    expect(await activeFormula(page)).toBe('=DESK.DCF_REPRICE(180, 15%, {0.1;0.15;0.2}, 0.09, {0.08,0.09,0.1})');
    // a third list is refused with a hint
    await page.fill('#calc-price', '170, 180');
    expect(await page.textContent('#calc-result')).toContain('at most two');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('accessibility: axe-core finds no WCAG 2.1 AA violation and nothing reaches past the 320 px pane on any tab, in English and Korean (issue #13)', async () => {
    for (const lang of ['en-US', 'ko-KR']) {
      const { page, context } = await open({ excel: true, lang });
      const found: string[] = [];
      for (const tab of ['lookup', 'calculator', 'playbook']) {
        await page.click(`#tab-${tab}`);
        if (tab === 'calculator') {
          await page.selectOption('#calc-fn', 'DCF_REPRICE');
          await page.fill('#calc-price', '180');
          await page.fill('#calc-old_growth', '0.15');
          await page.fill('#calc-new_growth', '0.1, 0.2');
          await page.fill('#calc-old_discount', '0.09');
          await page.fill('#calc-new_discount', '0.08, 0.1');
        }
        found.push(...(await axeViolations(page)).map((v) => `${lang} ${tab} ${v}`));
        // Nothing reaching past the pane's right edge at 320 px (a table too wide for its columns).
        const past = await page.$$eval('label, th, td, button, h1, h2, h3, p, small, table', (els) =>
          els
            .filter(
              (e) => (e as HTMLElement).offsetParent !== null && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
            )
            .map((e) => `${e.tagName} ${(e.textContent ?? '').slice(0, 60)}`),
        );
        found.push(...past.map((c) => `${lang} ${tab} past the edge: ${c}`));
      }
      expect(found).toEqual([]);
      await context.close();
    }
  });

  test('pictures: each chart renders for its example, draws the core’s numbers and says them in text, in both languages (issue #13)', async () => {
    for (const lang of ['en', 'ko'] as const) {
      const { page, problems, context } = await open({ excel: true, lang: lang === 'ko' ? 'ko-KR' : 'en-US' });
      await page.click('#tab-calculator');
      for (const name of [
        'SCENARIO_PROB',
        'PRICE_RANGE',
        'HIT_FIRST',
        'CALL_SPREAD',
        'PUT_HEDGE',
        'POSITION_SIZE',
        'PORTFOLIO_SIZE',
        'DCF_REPRICE',
      ]) {
        const spec = findFunction(name)!;
        await page.selectOption('#calc-fn', name);
        const ex = spec.examples[0];
        for (let k = 0; k < spec.params.length; k++) {
          const p = spec.params[k];
          const a = ex.args[k];
          const text = a === null || a === undefined ? '' : Array.isArray(a) ? a.map((r) => r.join(',')).join('\n') : String(a);
          if (p.kind === 'option') await page.selectOption(`#calc-${p.name}`, text);
          else await page.fill(`#calc-${p.name}`, text);
        }
        const expected = chartFor(spec, ex.args, evaluate(spec, ex.args), lang)!;
        const svg = page.locator('#calc-chart');
        expect(await svg.getAttribute('role')).toBe('img');
        expect([name, await svg.getAttribute('aria-label')]).toEqual([name, expected.alt]);
        for (const [key, v] of Object.entries(expected.data)) {
          const drawn = Number(await svg.getAttribute(`data-${key.replace(/_/g, '-')}`));
          expect([name, key, Math.abs(drawn - v) <= ENGINES * Math.abs(v) + 1e-12]).toEqual([name, key, true]);
        }
        expect(await page.locator('#calc-chart path, #calc-chart rect').count()).toBeGreaterThan(1);
        // result headers and help texts wrap between words, never inside one ("breakev / en" and
        // "미국 / 형" at 320 px before)
        const broken = await page.$$eval('#calc-result th, #panel-calculator small', (ths) =>
          ths.flatMap((th) => {
            const text = th.firstChild;
            if (!text || text.nodeType !== Node.TEXT_NODE) return [];
            const out: string[] = [];
            const content = text.textContent ?? '';
            for (const m of content.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(text, m.index);
              range.setEnd(text, m.index + m[0].length);
              const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (tops.size > 1) out.push(m[0]);
            }
            return out;
          }),
        );
        expect([name, lang, broken]).toEqual([name, lang, []]);
        await page.locator('#calc-picture').scrollIntoViewIfNeeded();
        await screenshot(page, `chart-${name.toLowerCase()}-${lang}.png`);
      }
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  test('use selected cells: the last field edited takes the selection’s address; the preview leaves references to the sheet (issue #13)', async () => {
    const { page, problems, context } = await open({ excel: true });
    await page.click('#tab-calculator');
    await page.selectOption('#calc-fn', 'POSITION_SIZE');
    await page.fill('#calc-account', '100000');
    await page.fill('#calc-risk_pct', '2%');
    await page.fill('#calc-stop', '171');
    await page.focus('#calc-entry');
    await page.click('#calc-selection');
    await page.waitForFunction(() => (document.querySelector('#calc-entry') as HTMLInputElement).value === 'B2:B20');
    expect(await page.textContent('#calc-formula')).toBe('=DESK.POSITION_SIZE(100000, 2%, B2:B20, 171)');
    expect(await page.textContent('#calc-result')).toBe('Cell references are computed in the sheet: insert the formula to see the result.');
    expect(await page.locator('#calc-chart').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('keyboard only: tabs by arrow keys, a calculator filled and its formula inserted without a mouse (issue #13)', async () => {
    const { page, problems, context } = await open({ excel: true });
    await page.focus('#tab-lookup');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-calculator');
    expect(await page.getAttribute('#tab-calculator', 'aria-selected')).toBe('true');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-playbook');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    // Tab from the tab list reaches the function list, then each field in order
    const reached: string[] = [];
    for (let k = 0; k < 12 && !reached.includes('calc-stop'); k++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(reached).toContain('calc-fn');
    await page.focus('#calc-fn');
    await page.selectOption('#calc-fn', 'POSITION_SIZE');
    for (const [id, v] of [
      ['account', '100000'],
      ['risk_pct', '2%'],
      ['entry', '180'],
      ['stop', '171'],
    ]) {
      await page.focus(`#calc-${id}`);
      await page.keyboard.type(v);
    }
    expect(await page.textContent('#calc-result')).toBe('222');
    await page.focus('#calc-insert');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('Inserted'));
    // a focused field is visibly outlined (layout.css: 2 px in the brand colour)
    await page.focus('#calc-stop');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('calculator inputs are kept in the workbook (document settings) and come back on another machine', async () => {
    const first = await open({ excel: true });
    await first.page.click('#tab-calculator');
    await first.page.selectOption('#calc-fn', 'KELLY');
    await first.page.fill('#calc-win_prob', '0.61');
    await first.page
      .waitForFunction(() =>
        String(
          (window as unknown as { __excelSettings: Record<string, unknown> }).__excelSettings['scenario-desk.calculator'] ?? '',
        ).includes('0.61'),
      )
      .catch(async (e) => {
        const seen = await first.page.evaluate(() => ({
          saved: (window as unknown as { __excelSettings: Record<string, unknown> }).__excelSettings,
          field: (document.querySelector('#calc-win_prob') as HTMLInputElement | null)?.value,
          fn: (document.querySelector('#calc-fn') as HTMLSelectElement | null)?.value,
          status: document.querySelector('#status')?.textContent,
        }));
        throw new Error(`${String(e)}; the pane: ${JSON.stringify(seen)}`);
      });
    const saved = await first.page.evaluate(() => (window as unknown as { __excelSettings: Record<string, unknown> }).__excelSettings);
    await first.context.close();
    const second = await open({ excel: true, settings: saved });
    await second.page.click('#tab-calculator');
    await second.page.waitForFunction(() => (document.querySelector('#calc-win_prob') as HTMLInputElement | null)?.value === '0.61');
    expect(await second.page.inputValue('#calc-fn')).toBe('KELLY');
    expect(second.problems).toEqual([]);
    await second.context.close();
  });

  test('insert writes =DESK.… into the active cell and asks before overwriting', async () => {
    const empty = await open({ excel: true });
    await empty.page.fill('#search', 'POSITION_SIZE');
    await empty.page.click('[aria-label="Insert POSITION_SIZE"]');
    await empty.page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('Inserted'));
    expect(await activeFormula(empty.page)).toBe('=DESK.POSITION_SIZE(100000, 0.02, 180, 171)');
    await empty.context.close();

    const full = await open({ excel: true, activeValue: 'keep me' });
    await full.page.fill('#search', 'KELLY');
    await full.page.click('[aria-label="Insert KELLY"]');
    await full.page.waitForSelector('.confirm');
    expect(await full.page.textContent('.confirm')).toContain('B2 is not empty');
    expect(await activeFormula(full.page)).toBe('keep me');
    await full.page.click('.confirm >> text="Cancel"');
    expect(await activeFormula(full.page)).toBe('keep me');
    await full.page.click('[aria-label="Insert KELLY"]');
    await full.page.click('.confirm >> text="Overwrite"');
    await full.page.waitForFunction(() => !document.querySelector('.confirm'));
    expect(await full.page.textContent('#status')).toContain('Inserted into B2');
    expect(await activeFormula(full.page)).toBe('=DESK.KELLY(0.65, 0.2, 0.1)');
    expect(full.problems).toEqual([]);
    await full.context.close();
  });

  test('insert model sheet renders the whole layout into a new, uniquely named sheet in the pane’s language', async () => {
    // Excel compares sheet names case-insensitively: the taken name differs in case only.
    for (const [lang, taken, expected] of [
      ['en-US', 'scenario desk MODEL', 'Scenario Desk model (2)'],
      ['ko-KR', '시나리오 데스크 모델', '시나리오 데스크 모델 (2)'],
    ] as const) {
      const { page, context, problems } = await open({ excel: true, lang, sheets: ['Sheet1', taken] });
      await page.click('#tab-playbook');
      expect(await page.textContent('#segments')).toContain('NVDA');
      await page.click('#insert-model');
      await page.waitForFunction((name) => document.querySelector('#status')?.textContent?.includes(name), expected);
      const added = (await page.evaluate(() => {
        const recs = (
          window as unknown as {
            __excelAdded: {
              name: string;
              formulas: Map<string, unknown>;
              names: unknown[];
              charts: unknown[];
              notes: Map<string, string>;
            }[];
          }
        ).__excelAdded;
        return recs.map((r) => ({
          name: r.name,
          formulas: Object.fromEntries(r.formulas),
          names: r.names.length,
          charts: r.charts.length,
          notes: r.notes.size,
        }));
      })) as { name: string; formulas: Record<string, unknown>; names: number; charts: number; notes: number }[];
      const layout = modelLayout('excel', lang === 'ko-KR' ? 'ko' : 'en');
      expect(added.map((a) => a.name)).toEqual([expected]);
      expect(added[0].formulas).toEqual(Object.fromEntries(Object.entries(layout.cells).map(([ref, c]) => [ref, c.value])));
      expect([added[0].names, added[0].charts, added[0].notes]).toEqual([
        layout.names.length,
        layout.charts.length,
        new Set(layout.notes.map((n) => n.cell)).size,
      ]);
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  test('insert model sheet in an Excel before ExcelApi 1.8 adds nothing and says what it needs', async () => {
    const { page, context, problems } = await open({ excel: true, excelApi: '1.7' });
    await page.click('#tab-playbook');
    await page.click('#insert-model');
    await page
      .waitForFunction(() => document.querySelector('#status')?.textContent?.includes('ExcelApi 1.8'))
      .catch(async (e) => {
        throw new Error(`${String(e)}; status: ${await page.textContent('#status')}`);
      });
    expect(await page.textContent('#status')).toContain('The model needs Excel 2019 or later');
    expect(await page.evaluate(() => (window as unknown as { __excelAdded: unknown[] }).__excelAdded.length)).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('what-if and the playbook in Korean: headers and cells in the Korean locale; screenshots (issue #13)', async () => {
    const { page, problems, context } = await open({ excel: true, lang: 'ko-KR' });
    await page.click('#tab-calculator');
    await page.selectOption('#calc-fn', 'DCF_REPRICE');
    for (const [p, v] of [
      ['price', '180'],
      ['old_growth', '15%'],
      ['new_growth', '0.1, 0.15, 0.2'],
      ['old_discount', '0.09'],
      ['new_discount', '0.08:0.1:0.01'],
    ])
      await page.fill(`#calc-${p}`, v);
    const grid = await page.$$eval('#what-if tr', (rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    expect(grid[0].slice(1)).toEqual(['8%', '9%', '10%']);
    expect(grid.map((r) => r[0]).slice(1)).toEqual(['10%', '15%', '20%']);
    expect(grid[2][2]).toBe('180.00'); // growth 15% and discount 9%: the price itself
    expect(await page.getAttribute('#what-if tr:nth-child(1) th:nth-child(4)', 'title')).toBe('정확한 값: 0.1');
    await page.locator('#what-if').scrollIntoViewIfNeeded();
    await screenshot(page, 'excel-what-if-ko.png');
    await page.click('#tab-playbook');
    await page.locator('#insert-model').waitFor();
    await screenshot(page, 'excel-playbook-ko.png');
    await page.click('#lang');
    await page.locator('#insert-model').waitFor();
    await screenshot(page, 'excel-playbook-en.png');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('follows Excel’s display language (Korean), with a manual switch', async () => {
    const { page, context } = await open({ excel: true, lang: 'ko-KR' });
    expect(await page.textContent('h1')).toBe('시나리오 데스크');
    await screenshot(page, 'excel-ko.png');
    await page.click('#lang');
    expect(await page.textContent('h1')).toBe('Scenario Desk');
    await screenshot(page, 'excel-en.png');
    await context.close();
  });

  test('preview mode outside Office: lookup and calculator work, insert is disabled with a reason', async () => {
    const { page, problems, outside, context } = await open({ excel: false });
    expect(await page.textContent('#status')).toContain('Preview');
    await page.fill('#search', 'drawdown');
    expect(await page.$$eval('#results article', (c) => c.length)).toBeGreaterThan(0);
    expect(await page.getAttribute('[aria-label="Insert MAX_DRAWDOWN"]', 'disabled')).not.toBeNull();
    await page.click('#tab-playbook');
    expect(await page.getAttribute('#insert-model', 'disabled')).not.toBeNull();
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  test.each([
    ['in Excel', true],
    ['in preview mode', false],
  ])('everything office.js loads by itself passes the CSP (%s), its telemetry frame included', async (_, excel) => {
    const { page, context, problems, outside, office } = await open({ excel });
    // Violations are collected until office.js's last load (its telemetry frame, 3 s in) is done.
    const telemetryFrame = await officeSettled(page);
    expect(await violations(page)).toEqual([]);
    expect(telemetryFrame).toBe(OFFICE_TELEMETRY_FRAME);
    expect(office).toEqual(expect.arrayContaining(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', OFFICE_TELEMETRY_FRAME]));
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  test('a script-injection payload typed into every input stays text', async () => {
    const { page, context } = await open({ excel: true });
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await page.fill('#search', payload);
    await page.click('#tab-calculator');
    for (const spec of CATALOG.slice(0, 6)) {
      await page.selectOption('#calc-fn', spec.name);
      for (const p of spec.params.filter((q) => q.kind !== 'option')) await page.fill(`#calc-${p.name}`, payload);
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(await page.textContent('#calc-result')).toContain('#VALUE!');
    await context.close();
  });
});
