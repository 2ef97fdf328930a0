/**
 * Runs the project's webpack config in watch mode (the way `npm start` does) for the compilers
 * that emit generated files, and prints one JSON line per (re)build: { build, errors }.
 * Usage: node test/watch/driver.js <project root>. Used by test/generate-watch.test.ts.
 */
const path = require('path');

const root = path.resolve(process.argv[2]);
const webpack = require(require.resolve('webpack', { paths: [root] }));
const NAMES = ['excel-functions', 'sheets'];

const configs = require(path.join(root, 'webpack.config.js'))({}, { mode: 'development' }).filter((c) => NAMES.includes(c.name));
for (const c of configs) {
  c.context = root;
  c.devtool = false;
}
const compiler = webpack(configs);
let build = 0;
const watching = compiler.watch({ aggregateTimeout: 50 }, (err, stats) => {
  build += 1;
  const errors = err ? [String(err.stack || err)] : stats.hasErrors() ? [stats.toString('errors-only')] : [];
  process.stdout.write(JSON.stringify({ build, errors }) + '\n');
});
const stop = () => watching.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop); // the test closes stdin (or dies): stop watching
process.stdin.resume();
