/**
 * The Scenario Desk pane, shared by the Excel task pane and the Google Sheets sidebar: function
 * lookup, a calculator generated from the catalog, and the column's playbook. Host specifics go
 * through `DeskHost`; the look through `Controls`. User text is only ever set as text.
 */
import { CATALOG, findFunction } from '../shared/catalog';
import { chartFor } from '../shared/charts';
import { functionHelp, paramHelp, type Lang } from '../shared/catalog/describe';
import { isRangeParam, type FunctionSpec, type ParamSpec } from '../shared/catalog/types';
import { evaluate, type OutCell, type ResultGrid } from '../shared/engine';
import { formatNumber, inputUnit, resultUnits, showCell } from '../shared/format';
import { formula, isReference, listParams, syntax, typedFormula, typedItems, typedList, typedNumber, typedRows } from '../shared/formula';
import { uiText, type UiText } from '../shared/i18n';
import { historySheet, historySheetName } from '../shared/history';
import { PROFILES, SEGMENTS } from '../shared/playbook';
import { searchFunctions } from '../shared/search';
import { chartNode } from './chart';
import { el, type Controls } from './controls';
import { HostTooOld, type DeskHost } from './host';

type Tab = 'lookup' | 'calculator' | 'playbook';

/** A calculator field's text as the argument a cell would receive (its formula text: typedArg in shared/formula.ts). */
export function fieldValue(p: ParamSpec, raw: string, list?: 'column' | 'row'): unknown {
  const text = raw.trim();
  if (text === '') return null;
  const values = list ? typedList(text) : null;
  if (values) return list === 'column' ? values.map((v) => [v]) : [values];
  if (p.kind === 'matrix') return typedRows(text).map((row) => row.map(typedNumber));
  if (isRangeParam(p)) return typedItems(text).map((s) => [typedNumber(s)]);
  return p.kind === 'option' ? text : typedNumber(text);
}

/**
 * A result as the pane shows it: each number formatted by its catalog unit (12.1%, 26,640.00,
 * 1,332 shares), the exact value in its title and data-exact; several values as a table under
 * their column names in the pane's language; an error once, in the pane's language, when every
 * cell fails alike.
 */
function resultNode(spec: FunctionSpec, r: ResultGrid, lang: Lang, exactLabel: string): HTMLElement {
  const cells = r.cells.flat();
  const first = cells[0];
  if (cells.length > 0 && cells.every((c) => c !== null && typeof c !== 'number' && showCell(c, lang) === showCell(first, lang)))
    return el('span', { class: 'error', role: 'alert' }, showCell(first, lang));
  const units = resultUnits(spec.result, r.cols);
  const cell = (c: OutCell, j: number) =>
    typeof c === 'number'
      ? el('span', { class: 'value', 'data-exact': String(c), title: `${exactLabel}: ${String(c)}` }, formatNumber(c, units[j], lang))
      : el('span', { class: c === null ? 'blank' : 'error' }, showCell(c, lang));
  if (r.rows === 1 && r.cols === 1) return cell(r.cells[0][0], 0);
  const table = el('table', { class: 'grid result-grid' });
  const names = spec.result.kind === 'scalar' ? undefined : spec.result.columns;
  if (names && names.length === r.cols) table.append(el('tr', {}, ...names.map((n) => el('th', { scope: 'col' }, n[lang]))));
  for (const row of r.cells) table.append(el('tr', {}, ...row.map((c, j) => el('td', {}, cell(c, j)))));
  return table;
}

/**
 * A what-if table: the first list's values down the side, the second's across the top (or the
 * function's name for one list), each cell formatted by the result's unit; with two lists a
 * heatmap in nine steps from the lowest to the highest number (CSS classes: no inline styles).
 */
function whatIfNode(
  spec: FunctionSpec,
  r: ResultGrid,
  lists: readonly string[],
  raw: Readonly<Record<string, string>>,
  lang: Lang,
  exactLabel: string,
): HTMLElement {
  const down = typedList(raw[lists[0]] ?? '') ?? [];
  const across = lists[1] ? (typedList(raw[lists[1]] ?? '') ?? []) : [];
  const numbers = r.cells.flat().filter((c): c is number => typeof c === 'number');
  const lo = Math.min(...numbers);
  const hi = Math.max(...numbers);
  const unit = resultUnits(spec.result, 1)[0];
  const table = el('table', { class: `grid what-if${across.length ? ' heatmap' : ''}`, id: 'what-if' });
  const corner = across.length ? `${lists[0]} ↓ · ${lists[1]} →` : lists[0];
  // Headers read as the inputs' units (8%, 180.00), the value as typed in the tooltip.
  const header = (name: string, v: string, scope: 'col' | 'row') => {
    const p = spec.params.find((q) => q.name === name);
    const x = Number(v);
    if (!p || v === '' || !Number.isFinite(x)) return el('th', { scope }, v);
    return el('th', { scope, title: `${exactLabel}: ${v}` }, formatNumber(x, inputUnit(p), lang));
  };
  table.append(
    el(
      'tr',
      {},
      el('th', { scope: 'col' }, corner),
      ...(across.length ? across.map((v) => header(lists[1], v, 'col')) : [el('th', { scope: 'col' }, spec.name)]),
    ),
  );
  r.cells.forEach((row, i) => {
    const tr = el('tr', {}, header(lists[0], down[i] ?? '', 'row'));
    row.forEach((c) => {
      if (typeof c !== 'number') {
        tr.append(el('td', {}, el('span', { class: c === null ? 'blank' : 'error' }, showCell(c, lang))));
        return;
      }
      const step = across.length && hi > lo ? Math.round(((c - lo) / (hi - lo)) * 8) : -1;
      const td = el('td', step >= 0 ? { class: `heat-${step}` } : {});
      td.append(el('span', { class: 'value', 'data-exact': String(c), title: `${exactLabel}: ${String(c)}` }, formatNumber(c, unit, lang)));
      tr.append(td);
    });
    table.append(tr);
  });
  return table;
}

export interface AppState {
  lang: Lang;
  tab: Tab;
  query: string;
  calcName: string;
  calcRaw: Record<string, string>;
}

/** Where the calculator keeps what was typed, per function, across function switches and reloads. */
const STORE = 'scenario-desk.calculator';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // a sandboxed frame without storage: inputs last as long as the pane
  }
}

function stored(): { last?: string; inputs: Record<string, Record<string, string>> } {
  try {
    const v = JSON.parse(storage()?.getItem(STORE) ?? '{}') as { last?: unknown; inputs?: unknown };
    const inputs = v.inputs && typeof v.inputs === 'object' ? (v.inputs as Record<string, Record<string, string>>) : {};
    return { last: typeof v.last === 'string' ? v.last : undefined, inputs };
  } catch {
    return { inputs: {} };
  }
}

/** The inputs last typed for a function (only its own parameters, only text). */
function recalled(name: string): Record<string, string> {
  const spec = findFunction(name);
  const saved = stored().inputs[name] ?? {};
  const out: Record<string, string> = {};
  for (const p of spec?.params ?? []) if (typeof saved[p.name] === 'string') out[p.name] = saved[p.name];
  return out;
}

/** Keeps the inputs in local storage; returns the stored text (for the document's copy). */
function remember(name: string, raw: Readonly<Record<string, string>>): string {
  const s = stored();
  s.inputs[name] = { ...raw };
  const text = JSON.stringify({ last: name, inputs: s.inputs });
  try {
    storage()?.setItem(STORE, text);
  } catch {
    // storage full or refused: the document's copy may still hold it
  }
  return text;
}

/** Document settings hold what the workbook's users typed; they win over this browser's copy. */
function adopt(text: string | null): boolean {
  if (!text) return false;
  try {
    const doc = JSON.parse(text) as { last?: unknown; inputs?: unknown };
    if (!doc.inputs || typeof doc.inputs !== 'object') return false;
    const mine = stored();
    const inputs = { ...mine.inputs, ...(doc.inputs as Record<string, Record<string, string>>) };
    storage()?.setItem(STORE, JSON.stringify({ last: typeof doc.last === 'string' ? doc.last : mine.last, inputs }));
    return true;
  } catch {
    return false;
  }
}

export function mountApp(root: HTMLElement, host: DeskHost, ctl: Controls, lang: Lang): { state: AppState } {
  const last = stored().last;
  const calcName = last && findFunction(last) ? last : CATALOG[0].name;
  const state: AppState = { lang, tab: 'lookup', query: '', calcName, calcRaw: recalled(calcName) };
  const canInsert = host.kind !== 'preview';

  let t: UiText = uiText(state.lang);

  // The calculator's inputs also go to the document (debounced), and come back from it on opening.
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  // Once the user has typed, the document's copy (which may arrive late on a busy machine) no longer replaces it.
  let typed = false;
  const keep = (text: string): void => {
    if (host.kind === 'preview' || text.length > 9000) return;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void host.saveSetting(STORE, text).catch(() => undefined), 800);
  };
  void host
    .loadSetting(STORE)
    .then((text) => {
      if (typed || !adopt(text)) return;
      const last = stored().last;
      if (last && findFunction(last)) state.calcName = last;
      state.calcRaw = recalled(state.calcName);
      if (state.tab === 'calculator') render();
    })
    .catch(() => undefined);
  let status: HTMLElement;
  let notice: HTMLElement;

  // The last message stays through re-renders (a late language answer re-renders the pane).
  let said: string | null = null;
  const say = (text: string) => {
    said = text;
    status.textContent = text;
  };

  async function insert(formulaText: string): Promise<void> {
    notice.replaceChildren();
    try {
      const r = await host.insertFormula(formulaText, false);
      if (r.status === 'inserted') return say(`${t.inserted} ${r.address}: ${formulaText}`);
      const ask = el(
        'div',
        { class: 'confirm', role: 'alertdialog', 'aria-label': `${r.address} ${t.occupied}` },
        el('p', {}, `${r.address} ${t.occupied}`),
      );
      ask.append(
        ctl.button(
          t.overwrite,
          async () => {
            notice.replaceChildren();
            try {
              const again = await host.insertFormula(formulaText, true);
              say(`${t.inserted} ${again.address}: ${formulaText}`);
            } catch (e) {
              say(`${t.hostError} ${e instanceof Error ? e.message : String(e)}`);
            }
          },
          { primary: true },
        ),
        ctl.button(t.cancel, () => {
          notice.replaceChildren();
          say(t.cancelled);
        }),
      );
      notice.append(ask);
    } catch (e) {
      say(`${t.hostError} ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  function lookupPanel(): HTMLElement {
    const panel = el('section', { id: 'panel-lookup', role: 'tabpanel', 'aria-labelledby': 'tab-lookup' });
    const input = el('input', { id: 'search', type: 'search', placeholder: t.searchPlaceholder, autocomplete: 'off' });
    input.value = state.query;
    const results = el('div', { id: 'results' });
    const update = () => {
      state.query = input.value;
      results.replaceChildren();
      const found = searchFunctions(state.query);
      if (found.length === 0) results.append(el('p', { class: 'empty' }, t.noResults));
      for (const spec of found) results.append(resultCard(spec));
    };
    input.addEventListener('input', update);
    panel.append(el('label', { for: 'search' }, t.searchLabel), input, results);
    update();
    return panel;
  }

  function resultCard(spec: FunctionSpec): HTMLElement {
    const card = el('article', { class: 'fn', 'data-fn': spec.name });
    card.append(
      el('h3', {}, spec.name),
      el('code', { class: 'syntax' }, syntax(spec, host.prefix)),
      el('p', {}, functionHelp(spec, state.lang)),
    );
    const params = el('ul', { class: 'params' });
    for (const p of spec.params) params.append(el('li', {}, el('strong', {}, p.name), ` — ${paramHelp(p, state.lang)}`));
    const details = el('details', {}, el('summary', {}, t.parameters), params);
    const ex = spec.examples[0];
    const exFormula = formula(spec, ex.args, host.prefix);
    const exResult = evaluate(spec, ex.args);
    const example = el(
      'p',
      { class: 'example' },
      `${t.example}: `,
      el('code', {}, exFormula),
      ' → ',
      resultNode(spec, exResult, state.lang, t.exactValue),
    );
    const actions = el('div', { class: 'actions' });
    actions.append(
      ctl.button(t.insert, () => void insert(exFormula), { primary: true, disabled: !canInsert, ariaLabel: `${t.insert} ${spec.name}` }),
      ctl.button(
        t.tryIt,
        () => {
          state.calcName = spec.name;
          state.calcRaw = {};
          spec.params.forEach((p, k) => {
            const a = ex.args[k];
            state.calcRaw[p.name] =
              a === null || a === undefined ? '' : Array.isArray(a) ? a.map((r) => r.join(', ')).join('\n') : String(a);
          });
          selectTab('calculator');
        },
        { ariaLabel: `${t.tryIt} ${spec.name}` },
      ),
    );
    card.append(details, example, actions);
    return card;
  }

  function calculatorPanel(): HTMLElement {
    const panel = el('section', { id: 'panel-calculator', role: 'tabpanel', 'aria-labelledby': 'tab-calculator' });
    const select = el('select', { id: 'calc-fn' });
    for (const spec of CATALOG) {
      const o = el('option', { value: spec.name }, spec.name);
      if (spec.name === state.calcName) o.selected = true;
      select.append(o);
    }
    const form = el('form', { id: 'calc-form' });
    form.addEventListener('submit', (e) => e.preventDefault());
    const out = el('output', { id: 'calc-result', role: 'status', 'aria-live': 'polite' });
    const formulaLine = el('code', { id: 'calc-formula' });
    const picture = el('div', { id: 'calc-picture' });
    const spec = () => findFunction(state.calcName) ?? CATALOG[0];
    const recompute = () => {
      const s = spec();
      keep(remember(s.name, state.calcRaw));
      formulaLine.textContent = typedFormula(s, state.calcRaw, host.prefix);
      // Nothing typed yet in a required field: a hint, not an error.
      if (s.params.some((p) => !p.optional && (state.calcRaw[p.name] ?? '').trim() === '')) {
        out.replaceChildren(el('span', { class: 'hint' }, t.fillIn));
        picture.replaceChildren();
        return;
      }
      // Cell references are the sheet's to compute: the formula shows them, the preview cannot.
      if (s.params.some((p) => p.kind !== 'option' && isReference(state.calcRaw[p.name] ?? ''))) {
        out.replaceChildren(el('span', { class: 'hint' }, t.references));
        picture.replaceChildren();
        return;
      }
      const lists = listParams(s, state.calcRaw);
      if (lists.length > 2) {
        out.replaceChildren(el('span', { class: 'hint' }, t.twoLists));
        picture.replaceChildren();
        return;
      }
      const args = s.params.map((p) => {
        const k = lists.indexOf(p.name);
        return fieldValue(p, state.calcRaw[p.name] ?? '', k === 0 ? 'column' : k === 1 ? 'row' : undefined);
      });
      while (args.length && args[args.length - 1] === null) args.pop();
      const result = evaluate(s, args);
      const chart = lists.length > 0 ? null : chartFor(s, args, result, state.lang);
      out.replaceChildren(
        lists.length > 0
          ? whatIfNode(s, result, lists, state.calcRaw, state.lang, t.exactValue)
          : resultNode(s, result, state.lang, t.exactValue),
      );
      picture.replaceChildren(...(chart ? [chartNode(chart, 'calc-chart')] : []));
    };
    const buildForm = () => {
      form.replaceChildren();
      const s = spec();
      s.params.forEach((p) => {
        const id = `calc-${p.name}`;
        const label = el('label', { for: id }, `${p.name}${p.optional ? ` (${t.optional})` : ''} — ${p.unit[state.lang]}`);
        let field: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
        if (p.kind === 'option') {
          field = el('select', { id, name: p.name });
          field.append(el('option', { value: '' }, p.optional ? `${t.defaultIs}: ${String(p.default)}` : '—'));
          for (const c of p.choices ?? []) field.append(el('option', { value: c.value }, `${c.value} — ${c.label[state.lang]}`));
        } else if (isRangeParam(p)) {
          field = el('textarea', { id, name: p.name, rows: '3', placeholder: p.kind === 'matrix' ? t.matrixHint : t.vectorHint });
        } else {
          field = el('input', { id, name: p.name, type: 'text', inputmode: 'decimal', autocomplete: 'off' });
          if (p.optional && p.default !== null && p.default !== undefined)
            field.setAttribute('placeholder', `${t.defaultIs}: ${String(p.default)}`);
        }
        field.value = state.calcRaw[p.name] ?? '';
        if (p.kind !== 'option') field.addEventListener('focus', () => (lastField = p.name));
        field.setAttribute('aria-describedby', `${id}-help`);
        field.addEventListener('input', () => {
          typed = true;
          state.calcRaw[p.name] = field.value;
          recompute();
        });
        field.addEventListener('change', () => {
          typed = true;
          state.calcRaw[p.name] = field.value;
          recompute();
        });
        form.append(el('div', { class: 'field' }, label, field, el('small', { id: `${id}-help` }, p.description[state.lang])));
      });
      recompute();
    };
    /** The number or range field last focused: "use selected cells" fills it with the selection's address. */
    let lastField: string | null = null;
    const useSelection = ctl.button(
      t.useSelection,
      async () => {
        const s = spec();
        const target = lastField ?? s.params.find((p) => p.kind !== 'option')?.name;
        if (!target) return;
        try {
          const address = await host.selection();
          state.calcRaw[target] = address;
          const field = form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#calc-${target}`);
          if (field) field.value = address;
          recompute();
          say(`${target} = ${address}`);
        } catch (e) {
          say(`${t.hostError} ${e instanceof Error ? e.message : String(e)}`);
        }
      },
      { disabled: !canInsert, ariaLabel: t.useSelectionLabel },
    );
    useSelection.id = 'calc-selection';
    select.addEventListener('change', () => {
      typed = true;
      state.calcName = select.value;
      state.calcRaw = recalled(select.value);
      buildForm();
    });
    const insertBtn = ctl.button(t.insertFormula, () => void insert(typedFormula(spec(), state.calcRaw, host.prefix)), {
      primary: true,
      disabled: !canInsert,
    });
    insertBtn.id = 'calc-insert';
    panel.append(
      el('label', { for: 'calc-fn' }, t.functionLabel),
      select,
      el('p', { class: 'hint' }, t.calculatorHint),
      form,
      el('div', { class: 'result' }, el('strong', {}, `${t.result}: `), out),
      picture,
      formulaLine,
      el('div', { class: 'actions' }, insertBtn, useSelection),
    );
    buildForm();
    return panel;
  }

  function playbookPanel(): HTMLElement {
    const panel = el('section', { id: 'panel-playbook', role: 'tabpanel', 'aria-labelledby': 'tab-playbook' });
    // Long texts (the view, the hedges) take a full-width row under their line, so the tables
    // fit the sidebar's 300 px and the pane's 320 px without clipping a column.
    const detail = (label: string, text: string, span: number) =>
      el('tr', { class: 'detail' }, el('td', { colspan: String(span) }, el('span', { class: 'hint' }, `${label}: `), text));
    const seg = el(
      'table',
      { class: 'grid', id: 'segments' },
      el('tr', {}, ...[t.segment, t.tickers, t.probability].map((h) => el('th', { scope: 'col' }, h))),
    );
    for (const s of SEGMENTS) {
      const prob =
        s.probability === null
          ? '—'
          : s.probability[0] === s.probability[1]
            ? `${Math.round(s.probability[0] * 100)}%`
            : `${Math.round(s.probability[0] * 100)}–${Math.round(s.probability[1] * 100)}%`;
      seg.append(
        el('tr', {}, el('th', { scope: 'row' }, s.segment[state.lang]), el('td', {}, s.tickers.join(', ')), el('td', {}, prob)),
        detail(t.view, s.view[state.lang], 3),
      );
    }
    const prof = el(
      'table',
      { class: 'grid', id: 'profiles' },
      el('tr', {}, ...[t.profile, t.cashFloor, t.riskPerPosition, t.maxWeight].map((h) => el('th', { scope: 'col' }, h))),
    );
    for (const p of PROFILES) {
      prof.append(
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, p.name[state.lang]),
          el('td', {}, `${Math.round(p.cashFloor * 100)}%`),
          el('td', {}, `${Math.round(p.riskPerPosition * 100)}%`),
          el('td', {}, `${Math.round(p.maxWeight * 100)}%`),
        ),
        detail(t.hedges, p.hedges[state.lang], 4),
      );
    }
    const btn = ctl.button(
      t.insertModel,
      async () => {
        try {
          const { name, notes } = await host.insertModel(state.lang);
          const where = notes === 'comments' ? ` ${t.notesAsComments}` : notes === 'none' ? ` ${t.notesLeftOut}` : '';
          say(`${t.insertedModel}: ${name}.${where}`);
        } catch (e) {
          say(e instanceof HostTooOld ? t.modelNeeds : `${t.hostError} ${e instanceof Error ? e.message : String(e)}`);
        }
      },
      { primary: true, disabled: !canInsert },
    );
    btn.id = 'insert-model';
    panel.append(el('p', {}, t.playbookIntro), seg, prof, el('p', {}, t.modelIntro), el('div', { class: 'actions' }, btn));
    if (host.kind === 'sheets') panel.append(historySection());
    return panel;
  }

  /** Sheets only: a price history sheet per ticker, computed by Sheets' own formulas (shared/history.ts). */
  function historySection(): HTMLElement {
    const buttons = SEGMENTS.flatMap((s) => s.tickers).map((ticker) => {
      const b = ctl.button(
        ticker,
        async () => {
          try {
            const name = await host.addSheet(historySheetName(ticker, state.lang), historySheet(ticker, state.lang));
            say(`${t.insertedModel}: ${name}`);
          } catch (e) {
            say(`${t.hostError} ${e instanceof Error ? e.message : String(e)}`);
          }
        },
        { ariaLabel: `${t.priceHistory} ${ticker}` },
      );
      b.id = `history-${ticker}`;
      return b;
    });
    return el(
      'section',
      { id: 'price-history', 'aria-labelledby': 'price-history-title' },
      el('h3', { id: 'price-history-title' }, t.priceHistory),
      el('p', {}, t.priceHistoryIntro),
      el('div', { class: 'actions' }, ...buttons),
    );
  }

  const panels: Record<Tab, () => HTMLElement> = { lookup: lookupPanel, calculator: calculatorPanel, playbook: playbookPanel };

  function selectTab(tab: Tab): void {
    state.tab = tab;
    render();
  }

  /** Set by the tab list's keys: the new tab takes the focus once rendered. */
  let focusTab = false;

  function render(): void {
    t = uiText(state.lang);
    document.documentElement.lang = state.lang;
    root.replaceChildren();
    const toggle = ctl.button(
      t.switchLanguage,
      () => {
        state.lang = state.lang === 'ko' ? 'en' : 'ko';
        said = null; // a message in the other language would stay behind
        render();
      },
      { ariaLabel: t.switchLanguageLabel },
    );
    toggle.id = 'lang';
    const header = el('header', {}, el('h1', {}, t.title), toggle);
    status = el(
      'p',
      { id: 'status', role: 'status', 'aria-live': 'polite' },
      said ?? (host.kind === 'preview' ? t.previewMode : host.kind === 'excel' ? t.connectedExcel : t.connectedSheets),
    );
    notice = el('div', { id: 'notice' });
    const tabs = el('nav', { role: 'tablist', class: 'tabs' });
    const order: Tab[] = ['lookup', 'calculator', 'playbook'];
    const labels: Record<Tab, string> = { lookup: t.tabLookup, calculator: t.tabCalculator, playbook: t.tabPlaybook };
    for (const tab of order) {
      const selected = state.tab === tab;
      const b = el(
        'button',
        {
          id: `tab-${tab}`,
          role: 'tab',
          type: 'button',
          'aria-selected': String(selected),
          'aria-controls': `panel-${tab}`,
          tabindex: selected ? '0' : '-1',
        },
        labels[tab],
      );
      b.addEventListener('click', () => selectTab(tab));
      // WAI-ARIA tabs: arrows, Home and End move between tabs (one tab stop for the list).
      b.addEventListener('keydown', (e) => {
        const k = order.indexOf(tab);
        const to = { ArrowRight: k + 1, ArrowLeft: k - 1, Home: 0, End: order.length - 1 }[e.key];
        if (to === undefined) return;
        e.preventDefault();
        focusTab = true;
        selectTab(order[(to + order.length) % order.length]);
      });
      tabs.append(b);
    }
    root.append(header, status, notice, tabs, panels[state.tab]());
    if (focusTab) document.getElementById(`tab-${state.tab}`)?.focus();
    focusTab = false;
  }

  render();
  return { state };
}
