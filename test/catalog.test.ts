/**
 * The catalog is the single source of truth, so its entries are checked for completeness, and its
 * documented examples run as tests (simple-statistics style: a doc example that drifts fails).
 */
import { CATALOG } from '../shared/catalog';
import { ruleText } from '../shared/catalog/describe';
import { coerceCell } from '../shared/coerce';
import { evaluate } from '../shared/engine';
import { isRangeParam, type FunctionSpec } from '../shared/catalog/types';
import { EXAMPLES } from './reference';

/** The argument keys an implementation reads while it computes an example (through the engine). */
function keysRead(spec: FunctionSpec, args: readonly unknown[]): Set<string> {
  const read = new Set<string>();
  const spy: FunctionSpec = {
    ...spec,
    impl: (rec) =>
      spec.impl(
        new Proxy(rec, {
          get: (target, key) => {
            if (typeof key === 'string') read.add(key);
            return Reflect.get(target, key);
          },
        }),
      ),
  };
  evaluate(spy, args);
  return read;
}

describe.each(CATALOG.map((f) => [f.name, f] as const))('%s', (_name, spec) => {
  test('is documented in English and Korean with units for every parameter and the result', () => {
    for (const text of [spec.summary, spec.returns]) {
      expect(text.en.length).toBeGreaterThan(3);
      expect(text.ko).toMatch(/[가-힣]/);
    }
    for (const p of spec.params) {
      expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(p.description.en.length).toBeGreaterThan(3);
      expect(p.description.ko).toMatch(/[가-힣]/);
      expect(p.unit.en.length).toBeGreaterThan(0);
      expect(p.unit.ko.length).toBeGreaterThan(0);
    }
    expect(spec.keywords.en.length).toBeGreaterThan(0);
    expect(spec.keywords.ko.length).toBeGreaterThan(0);
  });

  test('parameter names are unique; optional ones come last and their defaults obey their own rules', () => {
    const names = spec.params.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    const firstOptional = spec.params.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(spec.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
    for (const p of spec.params.filter((q) => q.optional && !isRangeParam(q))) {
      expect(p.default).toBeDefined();
      expect(coerceCell(p, p.default)).toBe(p.default);
    }
    for (const p of spec.params.filter((q) => q.kind === 'option')) expect(ruleText(p)).toContain('one of');
  });

  test('the implementation reads every declared parameter (a parameter nothing uses is a mistake)', () => {
    const read = new Set<string>();
    for (const ex of spec.examples) for (const k of keysRead(spec, ex.args)) read.add(k);
    for (const p of spec.params) {
      // year_days is consumed by the engine's days → years conversion when the kernel needs no more.
      const consumed = p.name === 'year_days' && spec.params.some((q) => q.perYear === 'year_days');
      if (!consumed) expect({ param: p.name, read: read.has(p.as ?? p.name) }).toEqual({ param: p.name, read: true });
    }
  });

  test('the result declares how each column reads (one unit per named column, or one for the whole table)', () => {
    const r = spec.result;
    if (r.kind === 'scalar') expect(r.unit).toBeDefined();
    else expect(r.units).toHaveLength(r.columns ? r.columns.length : 1);
    // a probability result is documented as one (returns text or column name says so)
    const units = r.kind === 'scalar' ? [r.unit] : r.units;
    if (units.every((u) => u === 'probability')) expect(spec.returns.en).toMatch(/probabilit/);
  });

  test('every trading-days parameter names its year_days parameter, which exists', () => {
    for (const p of spec.params.filter((q) => q.perYear)) {
      expect(spec.params.some((q) => q.name === p.perYear)).toBe(true);
      expect(p.as).toBeDefined();
    }
  });

  test('every documented example result agrees with its independent reference (test/reference/examples.json) and cites it', () => {
    const refs = EXAMPLES.examples[spec.name];
    expect(refs).toHaveLength(spec.examples.length);
    spec.examples.forEach((ex, k) => {
      expect(ex.source).toBe(refs[k].source);
      expect(ex.args).toEqual(refs[k].args);
      const doc = typeof ex.result === 'number' ? [[ex.result]] : ex.result;
      const ref = typeof refs[k].value === 'number' ? [[refs[k].value as number]] : (refs[k].value as number[][]);
      expect([doc.length, doc[0].length]).toEqual([ref.length, ref[0].length]);
      doc.forEach((row, i) => row.forEach((x, j) => expect(Math.abs(x - ref[i][j])).toBeLessThanOrEqual(ex.tolerance)));
    });
  });

  test('has worked examples, and each gives its documented result', () => {
    expect(spec.examples.length).toBeGreaterThan(0);
    for (const ex of spec.examples) {
      const out = evaluate(spec, ex.args);
      const expected = typeof ex.result === 'number' ? [[ex.result]] : ex.result;
      expect([out.rows, out.cols]).toEqual([expected.length, expected[0].length]);
      out.cells.forEach((row, i) =>
        row.forEach((c, j) => {
          if (typeof c !== 'number') throw new Error(`${spec.name} example gave ${c === null ? 'a blank' : `an error: ${c.message}`}`);
          expect(Math.abs(c - expected[i][j])).toBeLessThanOrEqual(ex.tolerance);
        }),
      );
    }
  });
});

test('function names are unique and valid in both hosts', () => {
  const names = CATALOG.map((f) => f.name);
  expect(new Set(names).size).toBe(names.length);
  for (const n of names) expect(n).toMatch(/^[A-Z][A-Z0-9_]{1,62}$/);
  // Sheets has built-in VAR; a custom function may not shadow a built-in.
  expect(names).not.toContain('VAR');
});
