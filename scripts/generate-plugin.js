/**
 * Generation as a build step. Before every compilation (`webpack` and each `--watch` rebuild) the
 * plugin runs scripts/generate.ts in a fresh Node process, so a catalog edit is never hidden by a
 * module cache; it writes generated/ and prints the build inputs and every project file it loaded.
 * The plugin emits those inputs as assets and adds the loaded files as file dependencies, so in watch
 * mode an edit to the catalog (or anything it imports) rebuilds the metadata and stubs. In watch mode
 * the child also rewrites docs/functions.md; a one-off build leaves it alone, so `npm test` still
 * catches a stale committed reference.
 */
const path = require('path');
const { execFile } = require('child_process');
const { Compilation, WebpackError, sources } = require('webpack');

const NAME = 'desk-generate';

/** Runs the generator, one child at a time; every request gets a run that starts after it was made. */
class CatalogGenerator {
  constructor(root) {
    this.root = root;
    this.script = path.join(root, 'scripts', 'generate.ts');
    this.tail = Promise.resolve();
    this.pending = null;
  }

  request({ docs }) {
    if (this.pending) {
      this.pending.docs = this.pending.docs || docs;
      return this.pending.promise;
    }
    const pending = { docs };
    pending.promise = this.tail.then(() => {
      this.pending = null;
      return this.spawn(pending.docs);
    });
    this.pending = pending;
    this.tail = pending.promise.catch(() => undefined);
    return pending.promise;
  }

  spawn(docs) {
    const args = ['--require', require.resolve('tsx/cjs'), this.script, '--json', ...(docs ? [] : ['--inputs'])];
    return new Promise((resolve, reject) => {
      execFile(process.execPath, args, { cwd: this.root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error) return reject(new Error(`scripts/generate.ts failed:\n${stderr || error.message}`));
        try {
          resolve(JSON.parse(stdout));
        } catch (e) {
          reject(new Error(`scripts/generate.ts printed no JSON (${e.message}):\n${stdout.slice(0, 500)}`));
        }
      });
    });
  }
}

/**
 * `assets(files, compilation)` maps the generated build inputs (keyed by their path under
 * generated/) to this compilation's assets; it runs when the compilation adds its assets.
 */
class GeneratePlugin {
  constructor(generator, assets) {
    this.generator = generator;
    this.assets = assets;
  }

  apply(compiler) {
    const root = this.generator.root;
    // Watched even when the generator fails before reporting what it loaded.
    const fallback = {
      files: ['scripts/generate.ts', 'addin/metadata.ts', 'appsscript/stubs.ts', 'docs/generate.ts'].map((f) => path.join(root, f)),
      dirs: [path.join(root, 'shared')],
    };
    let result = null;
    let error = null;
    let dependencies = [];
    const run = async () => {
      try {
        result = await this.generator.request({ docs: Boolean(compiler.watchMode) });
        dependencies = result.dependencies;
        error = null;
      } catch (e) {
        result = null;
        error = e;
      }
    };
    compiler.hooks.beforeRun.tapPromise(NAME, run);
    compiler.hooks.watchRun.tapPromise(NAME, run);
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.fileDependencies.addAll([...fallback.files, ...dependencies]);
      compilation.contextDependencies.addAll(fallback.dirs);
      if (error) compilation.errors.push(new WebpackError(error.message));
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        if (!result) return;
        for (const [file, text] of Object.entries(this.assets(result.files, compilation))) {
          if (compilation.getAsset(file)) compilation.updateAsset(file, new sources.RawSource(text));
          else compilation.emitAsset(file, new sources.RawSource(text));
        }
      });
    });
  }
}

module.exports = { CatalogGenerator, GeneratePlugin };
