/**
 * `npm run generate`: writes every file generated from the catalog.
 *
 *   generated/excel/functions.json     Excel's custom-functions metadata      build inputs: gitignored,
 *   generated/excel/functions.ko.json  its Korean twin                        copied into dist/ by the
 *   generated/sheets/Code.head.js      what goes before the Sheets bundle     webpack build
 *   generated/sheets/Code.tail.js      the custom-function stubs and the menu/sidebar entry points after it
 *   docs/functions.md                  the function reference                 committed; a test fails when stale
 *
 * The webpack build does not import the generators: scripts/generate-plugin.js runs this script in a
 * fresh child process on every compilation, watch rebuilds included (so no module cache can serve a
 * stale catalog), and emits the files it prints. Flags (for the plugin):
 *   --inputs  write only the build inputs, not docs/functions.md
 *   --json    print { files, dependencies } as JSON: the build inputs and every project file loaded
 */
import * as fs from 'fs';
import * as path from 'path';
import { functionsJson } from '../addin/metadata';
import { appsScriptStubs, CODE_HEADER, SERVER_GLOBALS } from '../appsscript/stubs';
import { functionsMarkdown } from '../docs/generate';

export const ROOT = path.resolve(__dirname, '..');
export const GENERATED = path.join(ROOT, 'generated');
export const DOCS = path.join(ROOT, 'docs', 'functions.md');

const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

/** The build inputs, by path under generated/ (the same layout as dist/). */
export function buildInputs(): Record<string, string> {
  return {
    'excel/functions.json': json(functionsJson('en')),
    'excel/functions.ko.json': json(functionsJson('ko')),
    'sheets/Code.head.js': CODE_HEADER,
    'sheets/Code.tail.js': `${appsScriptStubs()}\n${SERVER_GLOBALS}`,
  };
}

/** dist/sheets/Code.js: the generated head, the webpack bundle, then the generated tail. */
export function codeJs(bundle: string, inputs: Record<string, string> = buildInputs()): string {
  return `${inputs['sheets/Code.head.js']}${bundle}\n${inputs['sheets/Code.tail.js']}`;
}

/** Writes `text` unless the file already holds it (an unchanged file keeps its mtime). */
function writeIfChanged(file: string, text: string): boolean {
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, text);
  fs.renameSync(temp, file);
  return true;
}

/** Writes the generated files; returns the build inputs and the paths actually rewritten. */
export function generate(options: { docs: boolean }): { inputs: Record<string, string>; written: string[] } {
  const inputs = buildInputs();
  const targets: Array<[string, string]> = Object.entries(inputs).map(([file, text]) => [path.join(GENERATED, file), text]);
  if (options.docs) targets.push([DOCS, functionsMarkdown()]);
  const written = targets.filter(([file, text]) => writeIfChanged(file, text)).map(([file]) => path.relative(ROOT, file));
  return { inputs, written };
}

/** Every project source file this process loaded: what the generated files depend on. */
function loadedProjectFiles(): string[] {
  return Object.keys(require.cache)
    .filter((file) => file.startsWith(ROOT + path.sep) && !file.includes(`${path.sep}node_modules${path.sep}`))
    .sort();
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const { inputs, written } = generate({ docs: !args.includes('--inputs') });
  if (args.includes('--json')) {
    process.stdout.write(JSON.stringify({ files: inputs, dependencies: loadedProjectFiles() }));
  } else {
    console.log(written.length ? `wrote ${written.join(', ')}` : 'generated files are up to date');
  }
}
