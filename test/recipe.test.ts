/**
 * The README's "Adding a function" recipe, followed end to end on a copy of the project (the files git
 * tracks plus untracked ones it does not ignore, node_modules linked): `npm run new-function
 * RECIPE_CHECK`, `npm run generate`, a build of the Excel functions bundle and the Sheets Code.js,
 * then the new function called in both bundles as the hosts load them, the copy's own tests of the
 * new entry and kernel, and the type checker and linters over the files the scaffold wrote.
 * Slow (a webpack build): about a minute; the copy is removed afterwards.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import * as vm from 'vm';
import type { Example } from '../shared/catalog/types';
import { callExcel, callSheets, EXCEL_ERROR_CODES, ExcelErrorStandIn, excelArgs, sheetsArgs, type ExcelFn } from './hosts/load';

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '..');
const NAME = 'RECIPE_CHECK';
/** What the scaffold writes for NAME with no family: a new family named after it. */
const WRITTEN = [
  'shared/catalog/recipe_check.ts',
  'shared/kernels/recipe_check.ts',
  'shared/kernels/recipe_check.test.ts',
  'shared/catalog/index.ts',
  'shared/catalog/categories.ts',
];

const exec = promisify(execFile);
let copy = '';

/** Runs a command in the copy and returns its output; a failure reports it. */
async function run(cmd: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  delete env.JEST_WORKER_ID;
  delete env.NODE_ENV;
  try {
    return await exec(cmd, args, { cwd: copy, env, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`\`${cmd} ${args.join(' ')}\` failed in the copy:\n${err.stdout ?? ''}\n${err.stderr ?? err.message}`, { cause: e });
  }
}

/** The project as git sees it (tracked and untracked, not ignored), without node_modules or dist. */
async function copyProject(to: string): Promise<void> {
  const { stdout } = await exec('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  const files = [...new Set(stdout.split('\0'))].filter((f) => f && !/^(node_modules|dist|generated)\//.test(f));
  for (const file of files) {
    const from = path.join(ROOT, file);
    if (!fs.existsSync(from) || !fs.statSync(from).isFile()) continue; // deleted in the work tree
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    fs.copyFileSync(from, path.join(to, file));
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(to, 'node_modules'), 'dir');
}

let scaffoldOutput = '';
let example: Example;

beforeAll(async () => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-recipe-'));
  await copyProject(copy);
  // 1. Scaffold, exactly as the README says.
  scaffoldOutput = (await run('npx', ['tsx', 'scripts/new-function.ts', NAME])).stdout;
  // 2. (Editing is the author's part; the scaffold as written must already pass.) 3. Generate, then build.
  await run('npm', ['run', 'generate']);
  await run('npx', ['webpack', '--mode', 'production', '--config-name', 'excel-functions', '--config-name', 'sheets']);
  const examples = await run('npx', [
    'tsx',
    '-e',
    `process.stdout.write(JSON.stringify(require('./shared/catalog').findFunction('${NAME}').examples))`,
  ]);
  example = (JSON.parse(examples.stdout) as Example[])[0];
});

afterAll(() => {
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
});

test('the scaffold wrote the definition, kernel and test, registered them, and printed the next steps', () => {
  for (const file of WRITTEN) expect(scaffoldOutput).toMatch(new RegExp(`(created|updated) ${file.replace(/\./g, '\\.')}`));
  for (const file of ['test/reference/examples.py', 'test/reference/examples.json']) expect(scaffoldOutput).toContain(`updated ${file}`);
  expect(scaffoldOutput).toContain('npm run generate');
  expect(fs.readFileSync(path.join(copy, 'shared/catalog/index.ts'), 'utf8')).toMatch(new RegExp(`\\n\\s+${NAME},\\n\\];`));
  expect(fs.readFileSync(path.join(copy, 'shared/catalog/categories.ts'), 'utf8')).toMatch(/recipe_check: t\(/);
});

test('the example documents the closed form, with the independent reference it quotes in test/reference/', () => {
  expect(example.args).toEqual([100, 63, 0.2]);
  expect(example.result).toBe(100 * 0.2 * Math.sqrt(63 / 252));
  expect(example.source).toMatch(/closed form spot·vol·√T.*; test\/reference\/examples\.py$/);
  const refs = JSON.parse(fs.readFileSync(path.join(copy, 'test/reference/examples.json'), 'utf8')) as {
    examples: Record<string, { args: unknown[]; value: number; digits: string; source: string }[]>;
  };
  expect(refs.examples[NAME]).toEqual([{ args: example.args, value: example.result, digits: '10.0', source: example.source }]);
  expect(fs.readFileSync(path.join(copy, 'test/reference/examples.py'), 'utf8')).toContain(
    `add('${NAME}', [100, 63, 0.2], S * vol * mp.sqrt(T),`,
  );
});

test('a second run refuses: the name exists now, and nothing is overwritten', async () => {
  const before = fs.readFileSync(path.join(copy, 'shared/kernels/recipe_check.ts'), 'utf8');
  await expect(run('npx', ['tsx', 'scripts/new-function.ts', NAME])).rejects.toThrow(/already exists/);
  await expect(run('npx', ['tsx', 'scripts/new-function.ts', 'VAR'])).rejects.toThrow(/Sheets built-in/);
  await expect(run('npx', ['tsx', 'scripts/new-function.ts', 'lower_case'])).rejects.toThrow(/capital letters/);
  expect(fs.readFileSync(path.join(copy, 'shared/kernels/recipe_check.ts'), 'utf8')).toBe(before);
});

test('generate wrote it into functions.json, the Sheets stubs and docs/functions.md', () => {
  const meta = JSON.parse(fs.readFileSync(path.join(copy, 'generated/excel/functions.json'), 'utf8')) as { functions: { id: string }[] };
  expect(meta.functions.map((f) => f.id)).toContain(NAME);
  expect(fs.readFileSync(path.join(copy, 'generated/sheets/Code.tail.js'), 'utf8')).toMatch(new RegExp(`^function ${NAME}\\(`, 'm'));
  const docs = fs.readFileSync(path.join(copy, 'docs/functions.md'), 'utf8');
  expect(docs).toContain(`### ${NAME}`);
  expect(docs).toContain('## Recipe check · ');
});

test('dist/excel/functions.js, loaded with a CustomFunctions stand-in, answers the example', () => {
  const meta = JSON.parse(fs.readFileSync(path.join(copy, 'dist/excel/functions.json'), 'utf8')) as {
    functions: { id: string; parameters: unknown[] }[];
  };
  const entry = meta.functions.find((f) => f.id === NAME);
  expect(entry).toBeDefined();
  const functions = new Map<string, ExcelFn>();
  const context = vm.createContext({
    CustomFunctions: {
      associate: (id: string, fn: ExcelFn) => functions.set(id, fn),
      Error: ExcelErrorStandIn,
      ErrorCode: EXCEL_ERROR_CODES,
    },
  });
  vm.runInContext(fs.readFileSync(path.join(copy, 'dist/excel/functions.js'), 'utf8'), context, { filename: 'functions.js' });
  const out = callExcel(functions.get(NAME)!, excelArgs(example.args, entry!.parameters.length));
  expect(out.length).toBe(1);
  expect(Math.abs((out[0][0] as number) - (example.result as number))).toBeLessThanOrEqual(example.tolerance);
});

test('dist/sheets/Code.js, loaded in a bare context, answers the example', () => {
  const context = vm.createContext({});
  vm.runInContext(fs.readFileSync(path.join(copy, 'dist/sheets/Code.js'), 'utf8'), context, { filename: 'Code.js' });
  const out = callSheets(context, NAME, sheetsArgs(example.args));
  expect(out.length).toBe(1);
  expect(Math.abs((out[0][0] as number) - (example.result as number))).toBeLessThanOrEqual(example.tolerance);
});

test("the copy's catalog test, the kernel's own test and the kernels-tested guard pass for the new function", async () => {
  const { stderr: out } = await run('npx', [
    'jest',
    '--ci',
    `--testNamePattern=${NAME}|recipeCheck|recipe_check|function names`,
    'test/catalog.test.ts',
    'test/kernels-tested.test.ts',
    'shared/kernels/recipe_check.test.ts',
  ]);
  // RECIPE_CHECK's catalog checks (its reference in examples.json among them), the name check, the
  // kernel's three tests and its guard entry.
  const passed = Number(/Tests:.*?(\d+) passed/.exec(out)?.[1] ?? 0);
  expect(passed).toBeGreaterThanOrEqual(10);
  expect(out).not.toMatch(/Tests:.*\d+ failed/);
});

test('the files the scaffold wrote type-check and are lint- and Prettier-clean', async () => {
  // Other files' errors are not this recipe's business (the work tree may be mid-change).
  let tsc: string;
  try {
    tsc = (await run('npx', ['tsc', '-p', 'shared', '--pretty', 'false'])).stdout;
  } catch (e) {
    tsc = (e as Error).message;
  }
  const ours = tsc.split('\n').filter((line) => WRITTEN.some((file) => line.startsWith(file)));
  expect(ours).toEqual([]);
  await run('npx', ['eslint', ...WRITTEN]);
  await run('npx', ['prettier', '--check', ...WRITTEN]);
});
