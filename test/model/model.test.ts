/**
 * The model sheet computed (issue #12 item 5): shared/model.ts's layout evaluated in HyperFormula with
 * every Scenario Desk function served by the built bundle of the layout's host (test/model/engine.ts),
 * in both hosts and both languages. Cells are found through the layout itself (its names, its charts
 * and the calls in its formulas), never by hard-coded address, and every expected number is either
 * recomputed here from the sheet's inputs with textbook formulas (jStat's normal, the black-scholes
 * package, a term-by-term DCF, a fixed-fractional sizing loop) or a relation between cells.
 */
import type { Lang } from '../../shared/catalog/describe';
import { findFunction } from '../../shared/catalog';
import { excelPrefix } from '../../shared/formula';
import { area, colName, modelLayout, parseA1, parseArea, type ModelLayout, type ResultKind } from '../../shared/model';
import { PROFILES, type HostKind } from '../../shared/playbook';
import { ModelEngine, type Value } from './engine';

/* eslint-disable @typescript-eslint/no-require-imports -- untyped CommonJS references */
const jStat = require('jstat');
const blackScholes = require('black-scholes');
/* eslint-enable @typescript-eslint/no-require-imports */

const normInv = (p: number): number => jStat.normal.inv(p, 0, 1);
const normPdf = (x: number): number => jStat.normal.pdf(x, 0, 1);

/** Comparisons of sums and ratios of the sheet's numbers recomputed here in another order. */
const REL = 1e-9;
/** The black-scholes package's series Φ (100 terms) and jStat's Φ⁻¹ are good to about this. */
const TEXTBOOK_REL = 1e-6;
/** A US equity option contract covers 100 shares (the exchanges' standard, not the layout's). */
const CONTRACT_SHARES = 100;
/** The column: conservative investors keep 20% or more in cash. */
const COLUMN_CONSERVATIVE_CASH = 0.2;
/** The word the binding column uses when only whole shares stop one more share. */
const ROUNDING: Record<Lang, string> = { en: 'rounding', ko: '단위 반올림' };
const EUROPEAN: Record<Lang, string> = { en: 'european', ko: '유럽형' };
/** The host functions a formula may use besides Scenario Desk's: all in both Excel and Sheets. */
const HOST_FUNCTIONS = new Set(['INDEX', 'MATCH', 'IF', 'SUM', 'MAX', 'MIN', 'ABS', 'LN', 'SQRT', 'ROUND']);

const close = (a: number, b: number, rel = REL): boolean => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

function expectClose(actual: number, expected: number, rel = REL, what = ''): void {
  if (!close(actual, expected, rel)) throw new Error(`${what}: ${actual} is not within ${rel} of ${expected}`);
}

/** Every cell of an A1 area, row by row. */
function cellsOf(range: string): string[] {
  const { r1, c1, r2, c2 } = parseArea(range.replace(/\$/g, ''));
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(`${colName(c)}${r}`);
  return out;
}

const isFormula = (v: number | string): v is string => typeof v === 'string' && v.startsWith('=');

/** Top-level arguments of the first call of `fn` in a formula. */
function argsOf(formula: string, fn: string): string[] {
  const at = formula.indexOf(`${fn}(`);
  if (at < 0) throw new Error(`${fn} not in ${formula}`);
  const args: string[] = [];
  let depth = 0;
  let inString = false;
  let cur = '';
  for (let i = at + fn.length + 1; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') inString = !inString;
    if (!inString && ch === '(') depth++;
    if (!inString && ch === ')') {
      if (depth === 0) {
        args.push(cur.trim());
        return args;
      }
      depth--;
    }
    if (!inString && depth === 0 && ch === ',') {
      args.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  throw new Error(`unbalanced ${formula}`);
}

/** Independent two-stage DCF, term by term: Σ CF(1+g)^t/(1+r)^t + the Gordon value of year n+1 on, discounted. */
function dcf(cash: number, g: number, r: number, years: number, terminal: number): number {
  let pv = 0;
  for (let t = 1; t <= years; t++) pv += (cash * (1 + g) ** t) / (1 + r) ** t;
  return pv + (cash * (1 + g) ** years * (1 + terminal)) / (r - terminal) / (1 + r) ** years;
}

const FLAVOURS: [HostKind, Lang][] = [
  ['excel', 'en'],
  ['excel', 'ko'],
  ['sheets', 'en'],
  ['sheets', 'ko'],
];

describe.each(FLAVOURS)('the model sheet computed (%s, %s)', (host, lang) => {
  const layout: ModelLayout = modelLayout(host, lang);
  const P = host === 'excel' ? excelPrefix : '';
  const cells = layout.cells;
  let e: ModelEngine;

  beforeAll(() => {
    e = new ModelEngine(layout);
  });

  // ---- Finding things through the layout ------------------------------------------------------

  const formulaCells = Object.entries(cells).filter(([, c]) => isFormula(c.value)) as [string, { value: string }][];
  /** The cells whose formula calls a Scenario Desk function. */
  const calls = (fn: string) => formulaCells.filter(([, c]) => c.value.includes(`${P}${fn}(`));
  const call = (fn: string, i = 0) => {
    const found = calls(fn);
    if (!found[i]) throw new Error(`no call ${i} of ${fn}`);
    return { ref: found[i][0], args: argsOf(found[i][1].value, `${P}${fn}`) };
  };
  const nameRange = (name: string): string | undefined => layout.names.find((n) => n.name === name)?.range;
  /** An argument as the A1 range it stands for (a name or a reference). */
  const rangeOf = (arg: string): string => nameRange(arg) ?? arg.replace(/\$/g, '');
  const shift = (ref: string, dRow: number, dCol: number) => {
    const { row, col } = parseA1(ref);
    return `${colName(col + dCol)}${row + dRow}`;
  };

  /** Which spill anchor covers a cell (the anchor itself included). */
  const spillOwner = new Map<string, string>();
  for (const [ref, c] of Object.entries(cells))
    if (c.spill) {
      const { row, col } = parseA1(ref);
      for (const r of cellsOf(area(row, col, row + c.spill.rows - 1, col + c.spill.cols - 1))) spillOwner.set(r, ref);
    }
  const occupied = (ref: string) => cells[ref] !== undefined || spillOwner.has(ref);

  // ---- Reading and changing the sheet ----------------------------------------------------------

  const num = (ref: string): number => {
    const v = e.value(ref);
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${ref} is not a number: ${JSON.stringify(v)}`);
    return v;
  };
  const nums = (arg: string): number[] => cellsOf(rangeOf(arg)).map(num);
  const named = (name: string) => num(nameRange(name)!);

  /** Types inputs, runs `body`, and puts the layout's own contents back. */
  function withInputs<T>(changes: Record<string, number | string>, body: () => T): T {
    try {
      for (const [ref, v] of Object.entries(changes)) e.set(ref, v);
      return body();
    } finally {
      for (const ref of Object.keys(changes)) e.set(ref, cells[ref].value);
    }
  }

  // ---- The blocks --------------------------------------------------------------------------------

  const size = call('PORTFOLIO_SIZE');
  const bookRows = cellsOf(rangeOf(size.args[1])).map((r) => parseA1(r).row);
  const sharesCol = parseA1(size.ref).col;
  const tradeRows = cellsOf(rangeOf('TradeTickers')).map((r) => parseA1(r).row);
  const tradeCol = (name: string) => parseArea(rangeOf(name)).c1;
  const bindingCol = (() => {
    const found = Object.entries(cells).filter(([ref, c]) => parseA1(ref).row === bookRows[0] && c.result === 'text-or-blank');
    if (found.length !== 1) throw new Error(`the book's first row has ${found.length} text-or-blank cells`);
    return parseA1(found[0][0]).col;
  })();
  /** The profile table's column of a limit (the range its "selected" INDEX reads) and its header. */
  const limitColumn = (name: string) => {
    const m = /INDEX\((\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+),/.exec(cells[nameRange(name)!].value as string);
    if (!m) throw new Error(`${name} does not pick from the profile table`);
    return parseArea(m[1].replace(/\$/g, ''));
  };
  const LIMITS = ['RiskPerPosition', 'MaxWeight', 'MaxHeat', 'CashFloor'] as const;
  const profileRow = (i: number) => parseArea(rangeOf('ProfileNames')).r1 + i;
  /** A limit's header in the profile table, as the binding column names it. */
  const limitHeader = (l: (typeof LIMITS)[number]) => {
    const { r1, c1 } = limitColumn(l);
    return String(e.value(`${colName(c1)}${r1 - 1}`)).toLowerCase();
  };

  interface Book {
    account: number;
    limits: Record<(typeof LIMITS)[number], number>;
    rows: { ticker: string; held: boolean; shares: number; entry: number; stop: number; value: number; loss: number; binding: Value }[];
    exposure: number;
    heat: number;
  }

  function readBook(): Book {
    const account = named('Account');
    const limits = Object.fromEntries(LIMITS.map((l) => [l, named(l)])) as Book['limits'];
    const rows = bookRows.map((r, i) => {
      const ticker = e.value(`A${r}`) as string;
      const sharesV = e.value(`${colName(sharesCol)}${r}`);
      const held = sharesV !== '';
      // Entry and stop from the trade plan, not the book's copies of them.
      const entry = num(`${colName(tradeCol('TradeSpot'))}${tradeRows[i]}`);
      const stop = num(`${colName(tradeCol('TradeStop'))}${tradeRows[i]}`);
      const shares = held ? num(`${colName(sharesCol)}${r}`) : 0;
      return {
        ticker,
        held,
        shares,
        entry,
        stop,
        value: held ? num(`${colName(sharesCol + 1)}${r}`) : 0,
        loss: held ? num(`${colName(sharesCol + 2)}${r}`) : 0,
        binding: e.value(`${colName(bindingCol)}${r}`),
      };
    });
    const held = rows.filter((x) => x.held);
    return {
      account,
      limits,
      rows,
      exposure: sum(held.map((x) => Math.abs(x.shares) * x.entry)),
      heat: sum(held.map((x) => Math.abs(x.shares) * Math.abs(x.entry - x.stop))),
    };
  }

  /** The limits hold, the sheet's totals and checks agree, and the binding column names a limit that binds. */
  function checkBook(b: Book): void {
    const { account, limits } = b;
    const riskCap = limits.RiskPerPosition * account;
    const weightCap = limits.MaxWeight * account;
    const heatCap = limits.MaxHeat * account;
    const grossCap = (1 - limits.CashFloor) * account;
    const held = b.rows.filter((x) => x.held);
    const slack = 1e-9 * account;
    for (const x of b.rows) {
      // The book holds a name exactly when the trade plan gives it an entry and the profile flags it.
      const r = bookRows[b.rows.indexOf(x)];
      expect(x.ticker).toBe(e.value(`A${tradeRows[b.rows.indexOf(x)]}`));
      if (!x.held) {
        expect(e.value(`${colName(sharesCol + 1)}${r}`)).toBe('');
        expect(x.binding).toBe('');
        continue;
      }
      const perShare = Math.abs(x.entry - x.stop);
      expect(Number.isInteger(x.shares)).toBe(true);
      if (x.shares !== 0) expect(Math.sign(x.shares)).toBe(x.stop < x.entry ? 1 : -1);
      expectClose(x.value, Math.abs(x.shares) * x.entry, REL, `${x.ticker} value`);
      expectClose(x.loss, Math.abs(x.shares) * perShare, REL, `${x.ticker} loss at the stop`);
      expect(Math.abs(x.shares) * perShare).toBeLessThanOrEqual(riskCap + slack);
      expect(Math.abs(x.shares) * x.entry).toBeLessThanOrEqual(weightCap + slack);
    }
    expect(b.heat).toBeLessThanOrEqual(heatCap + slack);
    expect(b.exposure).toBeLessThanOrEqual(grossCap + slack);
    expect(account - b.exposure).toBeGreaterThanOrEqual(limits.CashFloor * account - slack);

    // Independently sized: min(risk cap / risk per share, weight cap / entry), one factor for heat and cash, floored.
    const raw = held.map((x) => Math.min(riskCap / Math.abs(x.entry - x.stop), weightCap / x.entry));
    const heat0 = sum(held.map((x, i) => raw[i] * Math.abs(x.entry - x.stop)));
    const gross0 = sum(held.map((x, i) => raw[i] * x.entry));
    const factor = Math.min(1, heatCap / heat0, grossCap / gross0);
    held.forEach((x, i) => {
      const want = Math.floor(raw[i] * factor + 1e-9);
      expect(Math.abs(x.shares)).toBeLessThanOrEqual(want);
      expect(Math.abs(x.shares)).toBeGreaterThanOrEqual(want - 1);
    });

    // Which limit binds: one more share of the name breaks its own cap, or one more of every name breaks the book's.
    const morePerShare = sum(held.map((x) => Math.abs(x.entry - x.stop)));
    const moreEntry = sum(held.map((x) => x.entry));
    for (const x of held) {
      const n = Math.abs(x.shares);
      const binds: Record<string, boolean> = {
        [limitHeader('RiskPerPosition')]: (n + 1) * Math.abs(x.entry - x.stop) > riskCap,
        [limitHeader('MaxWeight')]: (n + 1) * x.entry > weightCap,
        [limitHeader('MaxHeat')]: b.heat + morePerShare > heatCap,
        [limitHeader('CashFloor')]: b.exposure + moreEntry > grossCap,
      };
      const label = String(x.binding);
      if (label === ROUNDING[lang]) expect(Object.values(binds).some(Boolean)).toBe(false);
      else {
        expect(Object.keys(binds)).toContain(label);
        if (!binds[label]) throw new Error(`${x.ticker}: "${label}" does not bind (${n} shares)`);
      }
    }

    // The sheet's own totals and checks say the same.
    const totalRow = bookRows[bookRows.length - 1] + 1;
    const totalValue = `${colName(sharesCol + 1)}${totalRow}`;
    expectClose(num(totalValue), b.exposure, REL, 'total value');
    expectClose(num(`${colName(sharesCol + 2)}${totalRow}`), b.heat, REL, 'total loss at the stops');
    const exposureCell = formulaCells.find(([, c]) => c.value === `=${totalValue}`)![0];
    const cashCell = formulaCells.find(([, c]) => c.value === `=${'Account'}-${totalValue}`)![0];
    expectClose(num(exposureCell), b.exposure, REL, 'exposure');
    expectClose(num(cashCell), account - b.exposure, REL, 'cash');
    const checks = formulaCells.filter(([, c]) => c.value.includes('"✓'));
    expect(checks).toHaveLength(4);
    const heldRows = b.rows.filter((x) => x.held);
    const measured: Record<string, number> = {
      CashFloor: 1 - b.exposure / account,
      MaxHeat: b.heat / account,
      MaxWeight: Math.max(0, ...heldRows.map((x) => (Math.abs(x.shares) * x.entry) / account)),
      RiskPerPosition: Math.max(0, ...heldRows.map((x) => (Math.abs(x.shares) * Math.abs(x.entry - x.stop)) / account)),
    };
    for (const [ref, c] of checks) {
      // =IF(book>=limit-ε, "✓ …", "✗ …"): the limit cell shows the profile's, the book cell the measured value.
      const [bookCell, limitCell] = /^=IF\(([A-Z]+\d+)[<>]=([A-Z]+\d+)/.exec(c.value)!.slice(1);
      const limit = (cells[limitCell].value as string).slice(1) as (typeof LIMITS)[number];
      expect(LIMITS).toContain(limit);
      expect(num(limitCell)).toBe(limits[limit]);
      expectClose(num(bookCell), measured[limit], REL, `book's ${limit}`);
      expect(String(e.value(ref)).startsWith('✓')).toBe(true);
    }
  }

  // ---- Every cell --------------------------------------------------------------------------------

  test('every formula computes to its declared kind: no errors, no NaN, spills the declared size', () => {
    expect(e.problems).toEqual([]);
    const kindOf = (ref: string): ResultKind | null => {
      const owner = spillOwner.get(ref) ?? ref;
      const c = cells[owner];
      return c && isFormula(c.value) ? (c.result ?? 'number') : null;
    };
    let computed = 0;
    for (let r = 1; r <= layout.rows; r++)
      for (let c = 1; c <= layout.cols; c++) {
        const ref = `${colName(c)}${r}`;
        const v = e.value(ref);
        const kind = kindOf(ref);
        if (v !== null && typeof v === 'object') throw new Error(`${ref}: ${v.error} ${v.message}`);
        if (kind === null) {
          // A constant reads back as itself (no text taken for a number or a date), an empty cell as empty.
          expect([ref, v]).toEqual([ref, cells[ref]?.value ?? null]);
          continue;
        }
        computed++;
        const ok =
          kind === 'number'
            ? typeof v === 'number' && Number.isFinite(v)
            : kind === 'number-or-blank'
              ? v === '' || (typeof v === 'number' && Number.isFinite(v))
              : kind === 'text'
                ? typeof v === 'string' && v !== ''
                : typeof v === 'string';
        if (!ok) throw new Error(`${ref} (${kind}): ${JSON.stringify(v)}`);
      }
    expect(formulaCells.length).toBeGreaterThan(250);
    expect(computed).toBeGreaterThan(formulaCells.length);
    // Every spill area lies in the sheet, collides with no other cell and is filled.
    for (const [ref, c] of Object.entries(cells))
      if (c.spill) {
        const { row, col } = parseA1(ref);
        expect(row + c.spill.rows - 1).toBeLessThanOrEqual(layout.rows);
        expect(col + c.spill.cols - 1).toBeLessThanOrEqual(layout.cols);
        for (const r of cellsOf(area(row, col, row + c.spill.rows - 1, col + c.spill.cols - 1))) {
          if (r !== ref) expect([r, cells[r]]).toEqual([r, undefined]);
          expect(e.value(r)).not.toBeNull();
        }
      }
    expect(e.calls).toBeGreaterThan(0);
    expect(e.problems).toEqual([]);
  });

  test('every reference resolves: cells in the sheet and not empty, names defined, functions both hosts have', () => {
    const names = new Set(layout.names.map((n) => n.name));
    const TOKEN =
      /(?<![A-Za-z0-9_.$])(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![A-Za-z0-9_(])|(?<![A-Za-z0-9_.$])([A-Za-z_][A-Za-z0-9_.]*)(\s*\()?/g;
    for (const [ref, c] of formulaCells) {
      const text = c.value.replace(/"[^"]*"/g, '""');
      expect(text).not.toContain('!');
      for (const m of text.matchAll(TOKEN)) {
        if (m[1]) {
          for (const r of cellsOf(m[1])) {
            const { row, col } = parseA1(r);
            if (!(row <= layout.rows && col <= layout.cols && occupied(r))) throw new Error(`${ref}: ${m[1]} reaches empty ${r}`);
          }
        } else if (m[3]) {
          const fn = m[2];
          if (!HOST_FUNCTIONS.has(fn) && !(fn.startsWith(P) && findFunction(fn.slice(P.length))))
            throw new Error(`${ref}: unknown function ${fn}`);
          if (host === 'sheets') expect(fn.startsWith(excelPrefix)).toBe(false);
        } else if (!names.has(m[2])) throw new Error(`${ref}: ${m[2]} is no name of the layout`);
      }
    }
  });

  test('every named range exists in the engine, points where the layout says and reads its cells', () => {
    const seen = new Set<string>();
    for (const n of layout.names) {
      expect(seen.has(n.name.toLowerCase())).toBe(false);
      seen.add(n.name.toLowerCase());
      // Not mistakable for a cell (A1 or R1C1) in either host.
      expect(n.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      expect(n.name).not.toMatch(/^[A-Za-z]{1,3}\d+$|^[Rr]\d*[Cc]\d*$/);
      expect(e.hasName(n.name)).toBe(true);
      const formula = e.hf.getNamedExpressionFormula(n.name)!;
      expect(formula.replace(/\$/g, '').replace(/^=Model!/, '')).toBe(n.range.replace(/\$/g, ''));
      expect(n.comment).not.toBe('');
      for (const r of cellsOf(n.range)) expect(occupied(r)).toBe(true);
      expect(e.namedRange(n.name)).toEqual(e.range(n.range));
    }
    // What the names hold: the profiles in the playbook's order, the trade plan's columns side by side,
    // a symmetric correlation matrix with a unit diagonal, the focus ticker's own row.
    expect(e.namedRange('ProfileNames')).toEqual(PROFILES.map((p) => p.name[lang]));
    expect(PROFILES.map((p) => p.name[lang])).toContain(e.named('ProfileName'));
    const trade = parseArea(rangeOf('TradeTickers'));
    for (const name of ['TradeSpot', 'TradeVol', 'TradeDrift', 'TradeStop', 'TradeTarget']) {
      const a = parseArea(rangeOf(name));
      expect([a.r1, a.r2, a.c1 === a.c2]).toEqual([trade.r1, trade.r2, true]);
    }
    const book = parseArea(rangeOf('BookShares'));
    expect(book.r2 - book.r1).toBe(trade.r2 - trade.r1);
    expect(cellsOf(area(book.r1, 1, book.r2, 1)).map((r) => e.value(r))).toEqual(e.namedRange('TradeTickers'));
    const n = trade.r2 - trade.r1 + 1;
    const corr = parseArea(rangeOf('Correlations'));
    expect([corr.r2 - corr.r1 + 1, corr.c2 - corr.c1 + 1]).toEqual([n, n]);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const v = num(`${colName(corr.c1 + j)}${corr.r1 + i}`);
        expect(v).toBe(num(`${colName(corr.c1 + i)}${corr.r1 + j}`));
        if (i === j) expect(v).toBe(1);
        else expect(Math.abs(v)).toBeLessThan(1);
      }
    const k = (e.namedRange('TradeTickers') as string[]).indexOf(e.named('FocusTicker') as string);
    expect(k).toBeGreaterThanOrEqual(0);
    for (const [focus, col] of [
      ['FocusSpot', 'TradeSpot'],
      ['FocusVol', 'TradeVol'],
      ['FocusDrift', 'TradeDrift'],
    ])
      expect(named(focus)).toBe(nums(col)[k]);
  });

  test('a second model (names suffixed "_2") computes as well and uses only its own names', () => {
    const second = modelLayout(host, lang, { nameSuffix: '_2' });
    const other = new ModelEngine(second);
    try {
      const names = new Set(second.names.map((n) => n.name));
      expect([...names].every((n) => n.endsWith('_2'))).toBe(true);
      for (const [ref, c] of Object.entries(second.cells)) {
        if (!isFormula(c.value)) continue;
        const text = c.value.replace(/"[^"]*"/g, '""');
        for (const m of text.matchAll(/(?<![A-Za-z0-9_.$])([A-Za-z_][A-Za-z0-9_.]*)(?![A-Za-z0-9_.(])/g))
          if (!/^\$?[A-Z]{1,3}\$?\d+$/.test(m[1]) && !names.has(m[1])) throw new Error(`${ref}: ${m[1]} is not a _2 name`);
      }
      for (let r = 1; r <= second.rows; r++)
        for (let c = 1; c <= second.cols; c++) {
          const v = other.value(`${colName(c)}${r}`);
          if (v !== null && typeof v === 'object') throw new Error(`${colName(c)}${r}: ${v.error} ${v.message}`);
        }
      expect(other.problems).toEqual([]);
      // The same numbers as the first model.
      expect(other.range(second.names.find((n) => n.name === 'BookShares_2')!.range)).toEqual(e.range(nameRange('BookShares')!));
    } finally {
      e.value('A1'); // the first engine is the current one again
    }
  });

  // ---- The book under each profile -------------------------------------------------------------

  test.each(PROFILES.map((p, i) => [p.name.en, i] as const))('%s: the book respects every limit of the profile', (_, i) => {
    const p = PROFILES[i];
    withInputs({ [nameRange('ProfileName')!]: p.name[lang] }, () => {
      const b = readBook();
      expect(b.limits).toEqual({
        RiskPerPosition: p.riskPerPosition,
        MaxWeight: p.maxWeight,
        MaxHeat: p.maxHeat,
        CashFloor: p.cashFloor,
      });
      checkBook(b);
      // The names held are the column's for the profile: its named tickers, and ETFs where it names ETFs.
      const held = b.rows.filter((x) => x.held).map((x) => x.ticker);
      const listed = p.positions.en.match(/\b[A-Z]{3,5}\b/g)!.filter((t) => t !== 'ETF');
      const inPlan = (e.namedRange('TradeTickers') as string[]).filter((t) => listed.includes(t));
      expect(held).toEqual(expect.arrayContaining(inPlan));
      for (const t of held.filter((x) => !listed.includes(x))) {
        expect(p.positions.en).toMatch(/ETF/);
        const note = layout.notes.find((nt) => nt.cell === `A${tradeRows[(e.namedRange('TradeTickers') as string[]).indexOf(t)]}`);
        expect(note?.text).toMatch(/ETF/);
      }
      expect(held.length).toBeGreaterThan(0);
      if (i === 0) {
        // Only MSFT, AMZN and one defensive ETF (its note says so, checked above).
        expect(held).toEqual(expect.arrayContaining(['MSFT', 'AMZN']));
        expect(held).toHaveLength(3);
        expect(b.account - b.exposure).toBeGreaterThanOrEqual(COLUMN_CONSERVATIVE_CASH * b.account);
      }
      // The original complaint: the book must leave the floor in cash, not size to $99.6k of $100k.
      expect(b.exposure).toBeLessThanOrEqual((1 - p.cashFloor) * b.account);
      expect(b.exposure).toBeGreaterThan(0);
    });
  });

  test('a limit check turns to ✗ when its limit is typed tighter than the book', () => {
    const checks = formulaCells.filter(([, c]) => c.value.includes('"✓'));
    for (const [ref, c] of checks) {
      const [op, limitCell] = /^=IF\([A-Z]+\d+([<>])=([A-Z]+\d+)/.exec(c.value)!.slice(1);
      const book = num(/^=IF\(([A-Z]+\d+)/.exec(c.value)![1]);
      const tighter = op === '>' ? book + 0.01 : book - 0.001;
      withInputs({ [limitCell]: tighter }, () => expect(String(e.value(ref)).startsWith('✗')).toBe(true));
      expect(String(e.value(ref)).startsWith('✓')).toBe(true);
    }
  });

  test('switching the profile changes the limits and the book', () => {
    const seen = PROFILES.map((p) =>
      withInputs({ [nameRange('ProfileName')!]: p.name[lang] }, () => {
        const b = readBook();
        return {
          limits: JSON.stringify(b.limits),
          held: b.rows
            .filter((x) => x.held)
            .map((x) => `${x.ticker}:${x.shares}`)
            .join(),
        };
      }),
    );
    expect(new Set(seen.map((s) => s.limits)).size).toBe(PROFILES.length);
    expect(new Set(seen.map((s) => s.held)).size).toBe(PROFILES.length);
    // Editing a profile's row of the table moves the selected limit with it.
    const { c1 } = limitColumn('MaxHeat');
    const cell = `${colName(c1)}${profileRow(1)}`;
    withInputs({ [nameRange('ProfileName')!]: PROFILES[1].name[lang], [cell]: 0.03 }, () => {
      expect(named('MaxHeat')).toBe(0.03);
      checkBook(readBook());
    });
  });

  test('a higher cash floor never raises the exposure, and lowers it once it binds', () => {
    const { c1 } = limitColumn('CashFloor');
    const cell = `${colName(c1)}${profileRow(1)}`;
    const base = readBook();
    let last = Infinity;
    for (const floor of [0, 0.1, 0.3, 0.5, 0.7, 0.8, 0.9]) {
      const b = withInputs({ [cell]: floor }, () => {
        const b = readBook();
        checkBook(b);
        return b;
      });
      expect(b.exposure).toBeLessThanOrEqual(last);
      if (1 - floor < base.exposure / base.account) {
        expect(b.exposure).toBeLessThan(base.exposure);
        expect(b.rows.filter((x) => x.held).some((x) => x.binding === limitHeader('CashFloor'))).toBe(true);
      }
      last = b.exposure;
    }
  });

  test('tighter heat, bigger accounts and short stops still keep every limit', () => {
    const heatCell = `${colName(limitColumn('MaxHeat').c1)}${profileRow(1)}`;
    const weightCell = `${colName(limitColumn('MaxWeight').c1)}${profileRow(1)}`;
    withInputs({ [heatCell]: 0.02 }, () => {
      const b = readBook();
      checkBook(b);
      expect(b.rows.filter((x) => x.held).every((x) => x.binding === limitHeader('MaxHeat'))).toBe(true);
    });
    withInputs({ [heatCell]: 1, [weightCell]: 0.05 }, () => {
      const b = readBook();
      checkBook(b);
      expect(b.rows.filter((x) => x.held).some((x) => x.binding === limitHeader('MaxWeight'))).toBe(true);
    });
    withInputs({ [nameRange('Account')!]: 2_500_000 }, () => checkBook(readBook()));
    // A stop typed above the entry sizes a short: negative shares, the same caps.
    const stop = `${colName(tradeCol('TradeStop'))}${tradeRows[0]}`;
    const target = `${colName(tradeCol('TradeTarget'))}${tradeRows[0]}`;
    const spot0 = num(`${colName(tradeCol('TradeSpot'))}${tradeRows[0]}`);
    withInputs({ [stop]: spot0 * 1.1, [target]: spot0 * 0.9 }, () => {
      const b = readBook();
      checkBook(b);
      expect(b.rows[0].shares).toBeLessThan(0);
    });
  });

  // ---- Inputs move their dependents as the column says ------------------------------------------

  test('a higher spot raises its stop, target, range, strikes and valuation, and changes the shares', () => {
    const spotCell = `${colName(tradeCol('TradeSpot'))}${tradeRows[0]}`;
    const row = (name: string) => `${colName(tradeCol(name))}${tradeRows[0]}`;
    const range = call('PRICE_RANGE');
    const lowHigh = [range.ref, shift(range.ref, 0, 1)];
    const grid = call('DCF_REPRICE');
    const g0 = parseA1(grid.ref);
    const gs = cells[grid.ref].spill!;
    const gridCells = cellsOf(area(g0.row, g0.col, g0.row + gs.rows - 1, g0.col + gs.cols - 1));
    const kCells = call('CALL_SPREAD').args.slice(1, 3).concat(call('PUT_HEDGE').args[1]);
    const up = [
      row('TradeStop'),
      row('TradeTarget'),
      ...lowHigh,
      nameRange('DcfPrice')!,
      ...gridCells,
      ...kCells,
      call('IMPLIED_GROWTH').ref,
    ];
    up.push(call('PUT_HEDGE').ref);
    expect(e.named('FocusTicker')).toBe(e.value(`A${tradeRows[0]}`));
    const before = up.map(num);
    const sharesCell = `${colName(sharesCol)}${bookRows[0]}`;
    const sharesBefore = num(sharesCell);
    const spot = num(spotCell);
    withInputs({ [spotCell]: spot * 1.1 }, () => {
      up.forEach((ref, i) => {
        if (!(num(ref) > before[i])) throw new Error(`${ref} did not rise: ${before[i]} → ${num(ref)}`);
      });
      // The risk per share grows with the price, so fewer shares fit the same dollar limits.
      expect(num(sharesCell)).not.toBe(sharesBefore);
      expect(num(sharesCell)).toBeLessThan(sharesBefore);
      checkBook(readBook());
    });
  });

  test('stops, targets, drifts and ranges follow the textbook formulas of the inputs', () => {
    const h = named('HorizonDays');
    const T = h / 252;
    const spots = nums('TradeSpot');
    const vols = nums('TradeVol');
    const drifts = nums('TradeDrift');
    const round2 = (x: number) => Math.round(x * 100) / 100;
    nums('TradeStop').forEach((s, i) =>
      expectClose(s, round2(spots[i] * (1 - named('StopSigma') * vols[i] * Math.sqrt(T))), 1e-12, 'stop'),
    );
    nums('TradeTarget').forEach((s, i) =>
      expectClose(s, round2(spots[i] * (1 + named('TargetSigma') * vols[i] * Math.sqrt(T))), 1e-12, 'target'),
    );
    const z = -normInv((1 - named('RangeProb')) / 2);
    const range = call('PRICE_RANGE');
    spots.forEach((s, i) => {
      const c = (drifts[i] - vols[i] ** 2 / 2) * T;
      expectClose(num(shift(range.ref, i, 0)), s * Math.exp(c - z * vols[i] * Math.sqrt(T)), TEXTBOOK_REL, 'range low');
      expectClose(num(shift(range.ref, i, 1)), s * Math.exp(c + z * vols[i] * Math.sqrt(T)), TEXTBOOK_REL, 'range high');
    });
    const hit = call('HIT_FIRST');
    const ev = call('TRADE_EV');
    const stops = nums('TradeStop');
    spots.forEach((s, i) => {
      const p = [0, 1, 2].map((j) => num(shift(hit.ref, i, j)));
      p.forEach((x) => expect(x).toBeGreaterThanOrEqual(0));
      expectClose(sum(p), 1, 1e-12, 'HIT_FIRST sums to 1');
      expectClose(num(shift(ev.ref, i, 1)), num(shift(ev.ref, i, 0)) / Math.abs(s - stops[i]), REL, 'expected R');
    });
    // The price cone: the 1σ band inside the wider one, both widening from the spot at day 0.
    const cone = layout.charts.find((c) => c.id === 'cone')!;
    const days = nums(cone.categories.values);
    const [lowP, highP, low1, high1] = cone.series.map((s) => nums(s.values));
    expect(days[0]).toBe(0);
    expect(days[days.length - 1]).toBe(h);
    const fs = named('FocusSpot');
    expect([lowP[0], highP[0], low1[0], high1[0]]).toEqual([fs, fs, fs, fs]);
    for (let k = 1; k < days.length; k++) {
      expect(highP[k] - lowP[k]).toBeGreaterThan(highP[k - 1] - lowP[k - 1]);
      expect(lowP[k]).toBeLessThan(low1[k]);
      expect(highP[k]).toBeGreaterThan(high1[k]);
    }
  });

  test('scenarios: SCENARIO_EV, P(loss), the news update and the drift, and a probability change moves them', () => {
    const evs = calls('SCENARIO_EV').filter(([, c]) => argsOf(c.value, `${P}SCENARIO_EV`).length === 2);
    const check = () => {
      for (const [ref, c] of evs) {
        const [probs, outs] = argsOf(c.value, `${P}SCENARIO_EV`);
        const p = nums(probs);
        const o = nums(outs);
        expectClose(sum(p), 1, 1e-12, 'probabilities');
        expectClose(num(ref), sum(p.map((x, j) => x * o[j])), 1e-12, `${ref} expected value`);
      }
      for (const [ref, c] of calls('SCENARIO_EV').filter(([, x]) => x.value.includes('"p_loss"'))) {
        const [probs, outs] = argsOf(c.value, `${P}SCENARIO_EV`);
        const o = nums(outs);
        expectClose(num(ref), sum(nums(probs).filter((_, j) => o[j] < 0)), 1e-12, `${ref} P(loss)`);
      }
      for (const [ref, c] of calls('SCENARIO_BAYES')) {
        const [prior, like] = argsOf(c.value, `${P}SCENARIO_BAYES`);
        const joint = nums(prior).map((p, j) => p * nums(like)[j]);
        joint.forEach((x, j) => expectClose(num(shift(ref, 0, j)), x / sum(joint), 1e-12, `${ref} posterior`));
      }
      for (const [ref, c] of formulaCells.filter(([, x]) => /^=LN\(1\+[A-Z]+\d+\)/.test(x.value))) {
        const ev = num(/^=LN\(1\+([A-Z]+\d+)\)/.exec(c.value)![1]);
        expectClose(num(ref), (Math.log(1 + ev) * 252) / named('HorizonDays'), 1e-12, `${ref} drift`);
      }
    };
    check();
    expect(evs.length).toBe(8); // before and after the news, for each of four segments
    const [ref, c] = evs[0];
    const bull = cellsOf(argsOf(c.value, `${P}SCENARIO_EV`)[0])[0];
    const before = num(ref);
    const driftBefore = nums('TradeDrift')[0];
    const hitBefore = num(call('HIT_FIRST').ref);
    withInputs({ [bull]: num(bull) + 0.1 }, () => {
      check();
      // The bull return beats the bear one, so a likelier bull raises the expected return and what follows it.
      expect(num(ref)).toBeGreaterThan(before);
      expect(nums('TradeDrift')[0]).toBeGreaterThan(driftBefore);
      expect(num(call('HIT_FIRST').ref)).toBeGreaterThan(hitBefore);
    });
  });

  test('DCF grid: labelled axes, the price at its own assumptions, lower with a higher discount rate', () => {
    const g = call('DCF_REPRICE');
    const growth = cellsOf(rangeOf(g.args[2]));
    const discount = cellsOf(rangeOf(g.args[4]));
    const { row, col } = parseA1(g.ref);
    expect(parseA1(growth[0])).toEqual({ row, col: col - 1 });
    expect(parseA1(discount[0])).toEqual({ row: row - 1, col });
    expect(cells[g.ref].spill).toEqual({ rows: growth.length, cols: discount.length });
    // The corner names both axes; every axis cell is a number shown as a percentage.
    const corner = String(e.value(shift(discount[0], 0, -1)));
    expect(corner).toMatch(lang === 'en' ? /growth.*discount/i : /성장률.*할인율/);
    for (const r of [...growth, ...discount]) {
      num(r);
      expect(layout.numberFormats.some((f) => f.format.includes('%') && cellsOf(f.range).includes(r))).toBe(true);
    }
    const price = named('DcfPrice');
    const [oldG, oldD, years, terminal, cash] = ['DcfOldGrowth', 'DcfOldDiscount', 'DcfYears', 'DcfTerminal', 'DcfCashFlow'].map(named);
    const at = (i: number, j: number) => num(shift(g.ref, i, j));
    growth.forEach((gr, i) =>
      discount.forEach((dr, j) => {
        const want = (price * dcf(1, num(gr), num(dr), years, terminal)) / dcf(1, oldG, oldD, years, terminal);
        expectClose(at(i, j), want, 1e-12, `DCF_REPRICE ${i},${j}`);
        if (num(gr) === oldG && num(dr) === oldD) expectClose(at(i, j), price, 1e-12, 'at its own assumptions');
        if (j > 0) expect(at(i, j)).toBeLessThan(at(i, j - 1));
        if (i > 0) expect(at(i, j)).toBeGreaterThan(at(i - 1, j));
      }),
    );
    // Reverse DCF: the implied growth prices the cash flow at the price.
    expectClose(dcf(cash, num(call('IMPLIED_GROWTH').ref), oldD, years, terminal), price, 1e-8, 'IMPLIED_GROWTH');
    const before = growth.map((_, i) => at(i, 0));
    withInputs({ [discount[0]]: num(discount[0]) + 0.005 }, () => growth.forEach((_, i) => expect(at(i, 0)).toBeLessThan(before[i])));
  });

  test('hedges: American puts cost at least the European ones, totals = contracts × 100 × cost per share', () => {
    const put = call('PUT_HEDGE');
    const spread = call('CALL_SPREAD');
    const S = named('FocusSpot');
    const T = named('OptionDays') / 252;
    const v = named('FocusVol');
    const r = named('RiskFreeRate');
    const [k1, k2] = spread.args.slice(1, 3).map(num);
    const kp = num(put.args[1]);
    expect(named('ContractMultiplier')).toBe(CONTRACT_SHARES);
    const american = { put: num(put.ref), spread: num(spread.ref) };
    expect(put.args[put.args.length - 1]).toBe('OptionStyle');
    const european = withInputs({ [nameRange('OptionStyle')!]: EUROPEAN[lang] }, () => ({ put: num(put.ref), spread: num(spread.ref) }));
    expectClose(european.put, blackScholes.blackScholes(S, kp, T, v, r, 'put'), TEXTBOOK_REL, 'European put');
    expectClose(
      european.spread,
      blackScholes.blackScholes(S, k1, T, v, r, 'call') - blackScholes.blackScholes(S, k2, T, v, r, 'call'),
      TEXTBOOK_REL,
      'European call spread',
    );
    expect(american.put).toBeGreaterThanOrEqual(european.put);
    expect(american.put).toBeGreaterThan(Math.max(kp - S, 0));
    // Without dividends an American call is worth its European twin.
    expectClose(american.spread, european.spread, 1e-4, 'American call spread');

    // Per contract and in total, for the layout's contracts and for more.
    for (const anchor of [spread.ref, put.ref]) {
      const perContract = formulaCells.find(([, c]) => c.value === `=${anchor}*ContractMultiplier`)![0];
      const [total, c] = formulaCells.find(([, x]) => x.value.startsWith(`=${perContract}*`))!;
      const contracts = c.value.slice(`=${perContract}*`.length);
      for (const n of [num(contracts), 3, 12])
        withInputs({ [contracts]: n }, () => {
          expectClose(num(perContract), num(anchor) * CONTRACT_SHARES, REL, 'cost per contract');
          expectClose(num(total), n * CONTRACT_SHARES * num(anchor), REL, 'total cost');
        });
    }
    // The payoff table agrees with the functions: the put's floor is its maximum loss, the spread's cap its maximum profit.
    const payoff = layout.charts.find((c) => c.id === 'payoff')!;
    const px = nums(payoff.categories.values);
    const [stock, withPut, withSpread] = payoff.series.map((s) => nums(s.values));
    const debit = num(spread.ref);
    const cost = num(put.ref);
    px.forEach((x, i) => {
      expectClose(stock[i], x - S, REL, 'stock P&L');
      if (x <= kp) expectClose(withPut[i], -num(shift(put.ref, 0, 2)), REL, 'put floor');
      if (x >= k2) expectClose(withSpread[i] - stock[i], num(shift(spread.ref, 0, 1)), REL, 'spread cap');
      expectClose(withPut[i], x - S + Math.max(kp - x, 0) - cost, REL, 'stock + put');
    });
    expectClose(num(shift(put.ref, 0, 3)), S + cost, REL, 'put breakeven');
    expectClose(num(shift(spread.ref, 0, 2)), k1 + debit, REL, 'spread breakeven');
    expectClose(num(shift(put.ref, 0, 1)), cost / S, REL, 'cost ÷ spot');
  });

  test('book risk: VaR, expected shortfall and risk shares from the correlation matrix; leverage drag', () => {
    const pv = call('PORTFOLIO_VAR');
    const w = nums(pv.args[0]).map((x, i) => x * nums('TradeVol')[i]);
    const n = w.length;
    const C = nums('Correlations');
    const cw = w.map((_, i) => sum(w.map((wj, j) => C[i * n + j] * wj)));
    const variance = sum(w.map((wi, i) => wi * cw[i]));
    const sigma = Math.sqrt(variance * (named('HorizonDays') / 252));
    const conf = named('VarConfidence');
    const z = normInv(conf);
    expectClose(num(pv.ref), z * sigma, TEXTBOOK_REL, 'VaR');
    expectClose(num(shift(pv.ref, 0, 1)), (normPdf(z) / (1 - conf)) * sigma, TEXTBOOK_REL, 'expected shortfall');
    const rc = call('RISK_CONTRIB');
    w.forEach((wi, i) => expectClose(num(shift(rc.ref, i, 0)), (wi * cw[i]) / variance, REL, 'risk share'));
    const chart = layout.charts.find((c) => c.id === 'risk')!;
    expectClose(sum(nums(chart.series[0].values)), 1, 1e-12, 'risk shares');

    for (const [ref, c] of calls('LEVERAGE_DRAG')) {
      const [levs, vols, days] = argsOf(c.value, `${P}LEVERAGE_DRAG`);
      const T = (/^\d+$/.test(days) ? Number(days) : named(days)) / 252;
      nums(levs).forEach((L, i) => {
        const vol = nums(vols)[i];
        expectClose(num(shift(ref, i, 0)), 1 - Math.exp((-(L * L - L) * vol * vol * T) / 2), 1e-12, 'leverage drag');
      });
      // 3× drags more than 2× on the same underlying.
      const d = cellsOf(rangeOf(levs)).map((_, i) => num(shift(ref, i, 0)));
      expect(d[1]).toBeGreaterThan(d[0]);
      expect(d[3]).toBeGreaterThan(d[2]);
    }
  });

  // ---- Validation, conditional formats, charts ---------------------------------------------------

  test('validations cover real cells whose current values obey them', () => {
    for (const vd of layout.validations) {
      expect(vd.message).not.toBe('');
      for (const ref of cellsOf(vd.range)) {
        const { row, col } = parseA1(ref);
        expect(row <= layout.rows && col <= layout.cols && cells[ref] !== undefined).toBe(true);
        const v = e.value(ref);
        const rule = vd.rule;
        if (rule.kind === 'list') {
          const allowed = 'source' in rule ? e.range(rule.source) : [...rule.values];
          if ('source' in rule) for (const r of cellsOf(rule.source)) expect(typeof cells[r]?.value).toBe('string');
          expect(allowed).toContain(v);
        } else {
          if (typeof v !== 'number') throw new Error(`${ref}: ${JSON.stringify(v)} under a ${rule.kind} rule`);
          if ('greaterThan' in rule) expect(v).toBeGreaterThan(rule.greaterThan);
          else {
            expect(v).toBeGreaterThanOrEqual(rule.min);
            expect(v).toBeLessThanOrEqual(rule.max);
          }
          if (rule.kind === 'whole') expect(Number.isInteger(v)).toBe(true);
        }
      }
    }
    // Each drop-down offers what its formulas look up.
    const lists = layout.validations.filter((vd) => vd.rule.kind === 'list');
    const profileList = lists.find((vd) => vd.range === nameRange('ProfileName'))!;
    expect('source' in profileList.rule && e.range(profileList.rule.source)).toEqual(e.namedRange('ProfileNames'));
    const focusList = lists.find((vd) => vd.range === nameRange('FocusTicker'))!;
    expect('source' in focusList.rule && e.range(focusList.rule.source)).toEqual(e.namedRange('TradeTickers'));
  });

  test('conditional formats and charts read ranges inside the sheet holding numbers', () => {
    const inside = (range: string) => {
      const a = parseArea(range.replace(/\$/g, ''));
      return a.r1 >= 1 && a.c1 >= 1 && a.r2 <= layout.rows && a.c2 <= layout.cols;
    };
    for (const cf of layout.conditionalFormats) {
      expect(inside(cf.range)).toBe(true);
      const vals = e.range(cf.range);
      if (cf.kind === 'colorScale') vals.forEach((v) => expect(typeof v).toBe('number'));
      else {
        vals.forEach((v) => expect(typeof v).toBe('string'));
        // The rule's text is one the cells can show.
        for (const ref of cellsOf(cf.range)) expect(String(cells[ref].value)).toContain(cf.text);
      }
    }
    for (const ch of layout.charts) {
      for (const s of [ch.categories, ...ch.series]) {
        for (const r of [s.header, s.values, s.withHeader]) expect(inside(r)).toBe(true);
        expect(typeof e.value(s.header)).toBe('string');
        expect(e.value(s.header)).not.toBe('');
        const h = parseA1(s.header);
        const v = parseArea(s.values);
        expect([v.r1, v.c1, v.c2]).toEqual([h.row + 1, h.col, h.col]);
        expect(s.withHeader).toBe(`${s.header}:${s.values.split(':')[1]}`);
      }
      const len = (r: string) => cellsOf(r).length;
      for (const s of ch.series) {
        expect(len(s.values)).toBe(len(ch.categories.values));
        e.range(s.values).forEach((x) => expect(typeof x === 'number' && Number.isFinite(x)).toBe(true));
      }
      e.range(ch.categories.values).forEach((x) => expect(typeof x === 'number' || (typeof x === 'string' && x !== '')).toBe(true));
      // Anchored right of the blocks, so no chart hides a cell.
      expect(parseA1(ch.anchor).col).toBeGreaterThan(layout.cols);
      expect(parseA1(ch.anchor).row).toBeLessThanOrEqual(layout.rows);
    }
  });
});
