/**
 * Parameter names that are JavaScript reserved words must not break Code.js: the stub renames the
 * identifier (`default` → `default_`) and keeps the user-facing name in the JSDoc Sheets shows.
 */
import * as vm from 'vm';
import { CATALOG } from '../shared/catalog';
import type { FunctionSpec } from '../shared/catalog/types';
import { jsParameters, RESERVED, stub } from './stubs';

/** Every word ECMAScript reserves, in any code, in strict code, or as a strict-mode binding name. */
const WORDS = [
  ...['await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else'],
  ...['enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new'],
  ...['null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with'],
  ...['yield', 'implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static'],
  ...['arguments', 'eval'],
];

/** A real catalog entry with its parameters renamed (the rest of the spec is untouched). */
function renamed(names: readonly string[]): FunctionSpec {
  const base = CATALOG.find((f) => f.params.length >= names.length);
  if (!base) throw new Error(`no catalog function has ${names.length} parameters`);
  return { ...base, params: base.params.slice(0, names.length).map((p, i) => ({ ...p, name: names[i] })) } as FunctionSpec;
}

/** Parses (does not run) the stub as a script, sloppy and strict, as Apps Script's V8 might read Code.js. */
function parses(code: string): void {
  new vm.Script(code);
  new vm.Script(`'use strict';\n${code}`);
}

const paramDocNames = (code: string): string[] => [...code.matchAll(/@param \{[^}]*\} (\S+) /g)].map((m) => m[1]);
const signature = (code: string): string[] => /\nfunction \w+\(([^)]*)\)/.exec(code)![1].split(', ').filter(Boolean);

test('a stub with parameters named default, new, class, in, return parses and documents the real names', () => {
  const names = ['default', 'new', 'class', 'in', 'return'];
  const code = stub(renamed(names));
  expect(() => parses(code)).not.toThrow();
  expect(paramDocNames(code)).toEqual(names);
  expect(signature(code)).toEqual(['default_', 'new_', 'class_', 'in_', 'return_']);
});

test('every reserved word is renamed and every stub parses in strict code', () => {
  for (const word of WORDS) expect(RESERVED.has(word)).toBe(true);
  for (const word of WORDS) {
    const code = stub(renamed([word]));
    expect(() => parses(code)).not.toThrow();
    expect(paramDocNames(code)).toEqual([word]);
  }
});

test('a parameter cannot shadow what the stub body uses (arguments, ScenarioDesk)', () => {
  const code = stub(renamed(['arguments', 'ScenarioDesk']));
  expect(signature(code)).toEqual(['arguments_', 'ScenarioDesk_']);
  expect(code).toContain('return ScenarioDesk.call(');
});

test('renamed identifiers stay distinct from the other parameters', () => {
  expect(jsParameters(['new', 'new_', 'x'])).toEqual(['new__', 'new_', 'x']);
  expect(jsParameters(['new_', 'new'])).toEqual(['new_', 'new__']);
  const code = stub(renamed(['new', 'new_']));
  expect(() => parses(code)).not.toThrow();
});

test('a name that is not an identifier is refused rather than written into Code.js', () => {
  expect(() => jsParameters(['year days'])).toThrow(/not a JavaScript identifier/);
});

test('every catalog stub parses in strict code', () => {
  for (const spec of CATALOG) expect(() => parses(stub(spec))).not.toThrow();
});
