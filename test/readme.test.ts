/**
 * Every formula in the README's tables is true in the host it names: a formula written
 * `=DESK.NAME(...)` runs through the built Excel bundle, a bare `=NAME(...)` through the built Sheets
 * bundle, and the result the README shows must be what the cell shows, to the digits shown. (Rows
 * marked "e.g." depend on live market data and are skipped; a formula that calls a host function,
 * such as GOOGLEFINANCE, is tested where the README's path for it is.)
 */
import * as fs from 'fs';
import * as path from 'path';
import { callExcel, callSheets, excelArgs, loadExcel, loadSheets, sheetsArgs, type Cell } from './hosts/load';

const README = fs.readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');
const excel = loadExcel();
const sheets = loadSheets();

type Arg = number | string | number[][];

/** The arguments of a formula as typed: numbers, "text", {a;b;c} or {a,b;c,d} arrays. */
function parseArgs(text: string): Arg[] {
  const args: Arg[] = [];
  let i = 0;
  const skip = () => {
    while (text[i] === ' ') i++;
  };
  while (i < text.length) {
    skip();
    if (text[i] === '"') {
      const end = text.indexOf('"', i + 1);
      args.push(text.slice(i + 1, end));
      i = end + 1;
    } else if (text[i] === '{') {
      const end = text.indexOf('}', i);
      args.push(
        text
          .slice(i + 1, end)
          .split(';')
          .map((row) => row.split(',').map(Number)),
      );
      i = end + 1;
    } else {
      const m = /^-?[\d.]+(?:e-?\d+)?%?/.exec(text.slice(i));
      if (!m) throw new Error(`cannot read argument at "${text.slice(i)}"`);
      args.push(m[0].endsWith('%') ? Number(m[0].slice(0, -1)) / 100 : Number(m[0]));
      i += m[0].length;
    }
    skip();
    if (text[i] === ',') i++;
  }
  return args;
}

interface Row {
  formula: string;
  shown: string;
}

const rows: Row[] = [];
for (const line of README.split('\n')) {
  const m = /^\|\s*`(=[^`]+)`\s*\|\s*([^|]+?)\s*\|/.exec(line);
  if (m) rows.push({ formula: m[1], shown: m[2] });
}

/** The numbers a README cell shows ("0.448, 0.345, 0.207", "−200", "2164.53"). */
const shownNumbers = (shown: string): string[] => shown.split(',').map((s) => s.trim().replace('−', '-'));

const callable = rows.filter((r) => !r.shown.startsWith('e.g.') && /^=(DESK\.)?[A-Z_]+\([^()]*\)$/.test(r.formula));

test('the README has formula tables to check', () => {
  expect(callable.length).toBeGreaterThanOrEqual(10);
});

test.each(callable.map((r) => [r.formula, r.shown]))('%s shows %s', (formula, shown) => {
  const m = /^=(DESK\.)?([A-Z_]+)\((.*)\)$/.exec(formula)!;
  const [, desk, name, argText] = m;
  const args = parseArgs(argText);
  let cells: Cell[];
  if (desk) {
    const fn = excel.functions.get(name);
    expect(fn).toBeDefined();
    cells = callExcel(fn!, excelArgs(args, args.length)).flat();
  } else cells = callSheets(sheets, name, sheetsArgs(args)).flat();
  const expected = shownNumbers(shown);
  expect(cells).toHaveLength(expected.length);
  cells.forEach((c, k) => {
    expect(typeof c).toBe('number');
    const digits = (expected[k].split('.')[1] ?? '').length;
    // the README rounds to the digits it shows: half a unit in the last one
    expect(Math.abs((c as number) - Number(expected[k]))).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-12);
  });
});

/** Prose examples of the form `=DESK.NAME(...)` gives `message`. */
const prose = [...README.replace(/\n\s*/g, ' ').matchAll(/`(=(?:DESK\.)?[A-Z_]+\([^`]*\))` gives `([^`]+)`/g)].map((m) => [m[1], m[2]]);

test('the README has error examples to check', () => {
  expect(prose.length).toBeGreaterThanOrEqual(1);
});

test.each(prose)('%s gives the message %s', (formula, message) => {
  const [, desk, name, argText] = /^=(DESK\.)?([A-Z_]+)\((.*)\)$/.exec(formula)!;
  const args = parseArgs(argText);
  const cells = desk ? callExcel(excel.functions.get(name)!, excelArgs(args, args.length)) : callSheets(sheets, name, sheetsArgs(args));
  for (const c of cells.flat()) expect(c).toEqual({ error: '#VALUE!', message });
});
