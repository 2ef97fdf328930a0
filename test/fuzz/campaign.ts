/**
 * `npm run fuzz`: a long fuzzing campaign over every catalog function through both built bundles.
 * FUZZ_RUNS (default 3000) argument tuples per function, FUZZ_SEED (default: the time) for the
 * generator. Prints every finding: a bad cell, a wrong thrown type, or a call over 50 ms.
 */
import fc from 'fast-check';
import { loadExcel, loadSheets } from '../hosts/load';
import { argsArb, CATALOG, checkExcel, checkSheets, plausibleArgsArb, type Finding } from './hostile';

const runs = Number(process.env.FUZZ_RUNS ?? 3000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2147483647);
const BUDGET_MS = 50;

const excel = loadExcel();
const sheets = loadSheets();
const findings: Finding[] = [];
const rows: string[] = ['| function | calls | slowest call (ms) | findings |', '|---|---|---|---|'];
console.log(`fuzz campaign: ${runs} argument tuples per function, seed ${seed}`);
for (const spec of CATALOG) {
  let calls = 0;
  let slowest = 0;
  let found = 0;
  fc.assert(
    fc.property(fc.oneof(argsArb(sheets, spec), plausibleArgsArb(spec)), (args) => {
      for (const r of [checkExcel(excel.functions.get(spec.name)!, spec.name, args), checkSheets(sheets, spec.name, args)]) {
        calls++;
        slowest = Math.max(slowest, r.ms);
        const slow =
          r.ms > BUDGET_MS
            ? { host: 'excel' as const, fn: spec.name, args: JSON.stringify(args).slice(0, 200), problem: `took ${r.ms.toFixed(1)} ms` }
            : null;
        for (const f of [r.finding, slow]) {
          if (f && found < 20) {
            findings.push(f);
            found++;
          }
        }
      }
      return true;
    }),
    { seed, numRuns: runs },
  );
  rows.push(`| ${spec.name} | ${calls} | ${slowest.toFixed(1)} | ${found} |`);
}
console.log(rows.join('\n'));
if (findings.length) {
  console.log(`\n${findings.length} finding(s):`);
  for (const f of findings) console.log(`- ${f.host} ${f.fn}: ${f.problem}\n  args ${f.args}`);
  process.exitCode = 1;
} else console.log('\nno findings');
