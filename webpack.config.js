/**
 * One build for both hosts. `npm run build` writes:
 *   dist/excel/  manifest.xml, functions.json, functions.ko.json, functions.js, taskpane.html (+ js, css, assets),
 *                manifest.json + manifest.ko-KR.json (unified manifest, addin/manifest-json.ts), functions.html (help)
 *   dist/sheets/ Code.js (core bundle + generated top-level custom-function stubs), appsscript.json
 * functions.json, functions.ko.json and the Code.js head and tail come from scripts/generate.ts, which
 * GeneratePlugin runs in a child process before every compilation, watch rebuilds included.
 * A production build for a real host: `npm run build -- --env url=https://your.host/path/`
 * rewrites every https://localhost:3000/ URL in the manifest.
 */
const path = require('path');
const { require: tsxRequire } = require('tsx/cjs/api');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { Compilation, sources } = require('webpack');
const { CatalogGenerator, GeneratePlugin } = require('./scripts/generate-plugin');

const DIST = path.resolve(__dirname, 'dist');
/** Loads a TypeScript module (the manifest rewriter; it does not read the catalog) from this JavaScript config. */
const tsImport = (file) => tsxRequire(file, __filename);

/** Emits extra assets computed at build time. */
class EmitPlugin {
  constructor(name, files) {
    this.name = name;
    this.files = files; // (compilation) => { [file]: string }
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(this.name, (compilation) => {
      compilation.hooks.processAssets.tap({ name: this.name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        for (const [file, text] of Object.entries(this.files(compilation))) {
          if (compilation.getAsset(file)) compilation.updateAsset(file, new sources.RawSource(text));
          else compilation.emitAsset(file, new sources.RawSource(text));
        }
      });
    });
  }
}

const tsRule = {
  test: /\.ts$/,
  loader: 'ts-loader',
  exclude: /node_modules/,
  options: { transpileOnly: true, configFile: path.resolve(__dirname, 'tsconfig.json') },
};

/**
 * The runtime bundles (functions.js, Code.js) carry the catalog's rules, not its documentation,
 * and the engine's scalar loop once more for each hot function (scripts/hot-loops-loader.js).
 */
const ENGINE = /shared[\\/]engine\.ts$/;
const runtimeRules = [
  { ...tsRule, exclude: [/node_modules/, /shared[\\/]catalog[\\/]/, ENGINE] },
  {
    test: /shared[\\/]catalog[\\/][^\\/]+\.ts$/,
    use: [{ loader: tsRule.loader, options: tsRule.options }, { loader: path.resolve(__dirname, 'scripts/strip-catalog-docs-loader.js') }],
  },
  {
    test: ENGINE,
    use: [{ loader: tsRule.loader, options: tsRule.options }, { loader: path.resolve(__dirname, 'scripts/hot-loops-loader.js') }],
  },
];

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const url = env.url || 'https://localhost:3000/';
  const { rewriteManifest } = tsImport('./addin/manifest.ts');
  // manifest.json + manifest.ko-KR.json (unified manifest, from manifest.xml) and functions.html (docs/functions.md).
  const { unifiedManifestFiles } = tsImport('./addin/manifest-json.ts');
  // Shared by the compilers that need generated files: one generator run per rebuild at a time.
  const generator = new CatalogGenerator(__dirname);
  const common = {
    mode,
    context: __dirname,
    devtool: mode === 'development' ? 'source-map' : false,
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [tsRule] },
  };

  const excelFunctions = {
    ...common,
    name: 'excel-functions',
    target: ['web', 'es2017'],
    entry: { functions: './addin/functions.ts' },
    output: { path: path.join(DIST, 'excel'), filename: '[name].js', clean: false },
    module: { rules: runtimeRules },
    plugins: [
      new GeneratePlugin(generator, (files) => ({
        // Their helpUrl points at functions.html on the dev server: rewritten like the manifests.
        'functions.json': rewriteManifest(files['excel/functions.json'], url),
        'functions.ko.json': rewriteManifest(files['excel/functions.ko.json'], url),
      })),
      new EmitPlugin('desk-excel-manifest', () => ({
        'manifest.xml': rewriteManifest(require('fs').readFileSync(path.join(__dirname, 'manifest.xml'), 'utf8'), url),
        ...unifiedManifestFiles(__dirname, url),
      })),
      new CopyWebpackPlugin({ patterns: [{ from: 'addin/assets/*.png', to: 'assets/[name][ext]' }] }),
    ],
  };

  const excelTaskpane = {
    ...common,
    name: 'excel-taskpane',
    target: ['web', 'es2017'],
    entry: { taskpane: './addin/taskpane/taskpane.ts' },
    output: { path: path.join(DIST, 'excel'), filename: '[name].js' },
    module: {
      rules: [
        tsRule,
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
        { test: /fast-element[\\/].*platform\.js$/, loader: path.resolve(__dirname, 'addin/taskpane/strip-global-eval.js') },
      ],
    },
    // No `global` shim: every host has globalThis (the shim's fallback is dynamic code).
    node: { global: false },
    plugins: [
      new MiniCssExtractPlugin({ filename: '[name].css' }),
      new HtmlWebpackPlugin({
        template: './addin/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        inject: 'head',
      }),
    ],
  };

  const sheets = {
    ...common,
    name: 'sheets',
    target: ['web', 'es2019'],
    entry: { Code: './appsscript/main.ts' },
    module: { rules: runtimeRules },
    output: { path: path.join(DIST, 'sheets'), filename: '[name].js', library: { type: 'var', name: 'ScenarioDesk' }, iife: true },
    // Readable in the Apps Script editor, and the stubs' JSDoc must survive.
    optimization: { minimize: false },
    plugins: [
      new GeneratePlugin(generator, (files, compilation) => ({
        'Code.js':
          files['sheets/Code.head.js'] + compilation.getAsset('Code.js').source.source().toString() + '\n' + files['sheets/Code.tail.js'],
      })),
      new CopyWebpackPlugin({ patterns: [{ from: 'appsscript/appsscript.json', to: 'appsscript.json' }] }),
    ],
  };

  // The sidebar: one self-contained HTML file (HtmlService serves it as is), scripts and styles inline.
  const sidebar = {
    ...common,
    name: 'sheets-sidebar',
    target: ['web', 'es2019'],
    entry: { sidebar: './appsscript/sidebar/sidebar.ts' },
    output: { path: path.join(DIST, 'sheets'), filename: '[name].js' },
    module: { rules: [tsRule, { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] }] },
    plugins: [
      new MiniCssExtractPlugin({ filename: '[name].css' }),
      {
        apply(compiler) {
          compiler.hooks.thisCompilation.tap('desk-inline-sidebar', (compilation) => {
            compilation.hooks.processAssets.tap(
              { name: 'desk-inline-sidebar', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
              () => {
                const js = compilation
                  .getAsset('sidebar.js')
                  .source.source()
                  .toString()
                  .replace(/<\/(script)/gi, '<\\/$1');
                const css = compilation
                  .getAsset('sidebar.css')
                  .source.source()
                  .toString()
                  .replace(/<\/(style)/gi, '<\\/$1');
                const template = require('fs').readFileSync(path.join(__dirname, 'appsscript/sidebar/sidebar.html'), 'utf8');
                // Replacer functions: a string replacement would expand $' and $& inside the minified code.
                const html = template
                  .replace('</head>', () => `<style>\n${css}</style>\n</head>`)
                  .replace('</body>', () => `<script>\n${js}\n</script>\n</body>`);
                compilation.emitAsset('Sidebar.html', new sources.RawSource(html));
                compilation.deleteAsset('sidebar.js');
                compilation.deleteAsset('sidebar.css');
              },
            );
          });
        },
      },
    ],
  };

  return [excelFunctions, excelTaskpane, sheets, sidebar];
};
