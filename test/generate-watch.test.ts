/**
 * Generation is a build step, not a side effect of reading webpack.config.js: in watch mode (what
 * `npm start` runs) a catalog edit regenerates functions.json, the Sheets stubs in Code.js and
 * docs/functions.md. The test copies the project to a temporary folder (node_modules symlinked),
 * starts the watch build there (test/watch/driver.js), edits a function's summary in the copy's
 * catalog and waits for the rebuild to carry it. Set SKIP_WATCH_TEST=1 to skip it.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const SKIP = new Set(['node_modules', '.git', 'dist', 'generated', 'coverage', '.scratch', 'test-results']);
const TIMEOUT = 100_000;
const run = process.env.SKIP_WATCH_TEST ? test.skip : test;

let tmp = '';
let child: ChildProcess | undefined;

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGTERM');
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Every .ts file under `dir`. */
function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(file) : e.name.endsWith('.ts') ? [file] : [];
  });
}

const read = (file: string): string => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');

run(
  'a catalog edit during `npm start` watch rebuilds functions.json, the Code.js stubs and the docs',
  async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-watch-'));
    fs.cpSync(ROOT, tmp, { recursive: true, filter: (src) => !SKIP.has(path.relative(ROOT, src)) });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(tmp, 'node_modules'), 'dir');

    child = spawn(process.execPath, [path.join(tmp, 'test/watch/driver.js'), tmp], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const waiters: Array<() => void> = [];
    const builds: Array<{ build: number; errors: string[] }> = [];
    let buffer = '';
    child.stdout!.on('data', (d) => {
      buffer += d;
      for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
        builds.push(JSON.parse(buffer.slice(0, i)));
        buffer = buffer.slice(i + 1);
        waiters.splice(0).forEach((w) => w());
      }
    });
    const exited = new Promise<void>((resolve) => child!.on('exit', () => resolve()));
    /** Waits for builds until `done()` holds after one of them. */
    const until = async (what: string, done: () => boolean): Promise<void> => {
      const deadline = Date.now() + TIMEOUT * 0.45;
      while (!done()) {
        const last = builds[builds.length - 1];
        if (last?.errors.length) throw new Error(`watch build ${last.build} failed:\n${last.errors.join('\n')}`);
        if (child!.exitCode !== null) throw new Error(`the watch driver exited (${child!.exitCode}):\n${stderr}`);
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; builds: ${JSON.stringify(builds)}\n${stderr}`);
        await Promise.race([new Promise<void>((r) => waiters.push(r)), exited, new Promise((r) => setTimeout(r, 1000))]);
      }
    };

    const functionsJson = path.join(tmp, 'dist/excel/functions.json');
    const codeJs = path.join(tmp, 'dist/sheets/Code.js');
    await until('the first build', () => builds.length > 0 && read(functionsJson) !== '' && read(codeJs) !== '');
    expect(builds[0].errors).toEqual([]);

    // The first function's summary, as the first build wrote it, found in the copy's catalog sources.
    const first = JSON.parse(read(functionsJson)).functions[0] as { id: string; description: string };
    const summary = first.description.split(' Returns: ')[0];
    const source = tsFiles(path.join(tmp, 'shared')).find((f) => read(f).includes(summary));
    if (!source) throw new Error(`the summary of ${first.id} (${summary}) is not a literal under shared/`);
    const marker = `Edited while watching ${process.pid}.`;
    fs.writeFileSync(source, read(source).replace(summary, marker));

    const stubDoc = new RegExp(`/\\*\\*\\n \\* ${marker.replace(/\./g, '\\.')} Returns: [^]*?\\*/\\nfunction ${first.id}\\(`);
    await until('a rebuild with the edit', () => read(functionsJson).includes(marker) && stubDoc.test(read(codeJs)));
    expect(JSON.parse(read(functionsJson)).functions[0].description).toBe(first.description.replace(summary, marker));
    expect(read(path.join(tmp, 'generated/sheets/Code.tail.js'))).toMatch(stubDoc);
    await until('the docs', () => read(path.join(tmp, 'docs/functions.md')).includes(marker));

    child.stdin!.end();
    await exited;
  },
  TIMEOUT,
);
