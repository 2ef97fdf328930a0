/**
 * Fixed-seed fuzzing of every catalog function through both built bundles with hostile arguments
 * (test/fuzz/hostile.ts). Every cell must be a finite number or the host's error with a message,
 * and nothing but the host's error type may be thrown. Call times are reported, not asserted
 * (`npm run fuzz` runs the long campaign and flags calls over 50 ms).
 */
import fc from 'fast-check';
import { loadExcel, loadSheets } from '../hosts/load';
import { argsArb, CATALOG, checkExcel, checkSheets, plausibleArgsArb, type Finding } from './hostile';

jest.setTimeout(120000);

const excel = loadExcel();
const sheets = loadSheets();
let slowest = { ms: 0, fn: '' };

afterAll(() => {
  process.stdout.write(`fuzz: slowest call ${slowest.ms.toFixed(1)} ms (${slowest.fn})\n`);
});

test.each(CATALOG.map((f) => [f.name, f] as const))('%s: hostile arguments give numbers or host errors in both hosts', (name, spec) => {
  fc.assert(
    fc.property(fc.oneof(argsArb(sheets, spec), plausibleArgsArb(spec)), (args) => {
      const findings: Finding[] = [];
      for (const r of [checkExcel(excel.functions.get(name)!, name, args), checkSheets(sheets, name, args)]) {
        if (r.finding) findings.push(r.finding);
        if (r.ms > slowest.ms) slowest = { ms: r.ms, fn: name };
      }
      expect(findings).toEqual([]);
    }),
    { seed: 20261124, numRuns: 150 },
  );
});

test('an internal exception (a bug, not a bad input) in any cell is a finding in both hosts', () => {
  const { ExcelErrorStandIn } = jest.requireActual('../hosts/load') as typeof import('../hosts/load');
  const bug = 'SCENARIO_PROB: could not compute (TypeError: x is undefined)';
  const excelBug = () => [[1], [new ExcelErrorStandIn('#VALUE!', bug)]];
  expect(checkExcel(excelBug, 'SCENARIO_PROB', [1]).finding).not.toBeNull();
  const userError = () => [[1], [new ExcelErrorStandIn('#VALUE!', 'spot: 0 must be > 0')]];
  expect(checkExcel(userError, 'SCENARIO_PROB', [1]).finding).toBeNull();
  const ctx = { BUGGY: () => [[1], [`#VALUE! ${bug}`]], FINE: () => [[1], ['#VALUE! spot: 0 must be > 0']] };
  expect(checkSheets(ctx as never, 'BUGGY', [1]).finding).not.toBeNull();
  expect(checkSheets(ctx as never, 'FINE', [1]).finding).toBeNull();
});
