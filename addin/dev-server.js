/**
 * `npm start`: builds the add-in in watch mode, serves dist/excel over HTTPS on
 * https://localhost:3000 with the Office Add-in developer certificates, and sideloads into desktop
 * Excel where it exists (Windows, macOS). On Linux, or with --no-sideload, it keeps serving and
 * prints the task pane URL and how to sideload into Excel on the web.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const webpack = require('webpack');
const { serveStatic } = require('./static-server');

const PORT = Number(process.env.PORT || 3000);
const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist', 'excel');

async function httpsOptions() {
  const certs = require('office-addin-dev-certs');
  try {
    return await certs.getHttpsServerOptions();
  } catch (e) {
    // Linux without sudo: the certificates are generated but the CA cannot be installed system-wide.
    const dir = path.join(os.homedir(), '.office-addin-dev-certs');
    if (!fs.existsSync(path.join(dir, 'localhost.crt'))) await certs.generateCertificates();
    console.warn(`\nThe developer CA could not be installed (${e.message.trim()}).`);
    console.warn(`Trust ${path.join(dir, 'ca.crt')} in your browser to load https://localhost:${PORT} without a warning.\n`);
    return {
      ca: fs.readFileSync(path.join(dir, 'ca.crt')),
      cert: fs.readFileSync(path.join(dir, 'localhost.crt')),
      key: fs.readFileSync(path.join(dir, 'localhost.key')),
    };
  }
}

function serve(options) {
  return serveStatic({
    root: DIST,
    index: 'taskpane.html',
    headers: { 'cache-control': 'no-store', 'access-control-allow-origin': '*' },
    https: options,
    port: PORT,
    host: 'localhost',
  });
}

function build() {
  const config = require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'development' });
  const compiler = webpack(config);
  return new Promise((resolve, reject) => {
    let first = true;
    compiler.watch({}, (err, stats) => {
      if (err) return first ? reject(err) : console.error(err);
      if (stats.hasErrors()) console.error(stats.toString('errors-only'));
      else console.log(`built dist/ (${new Date().toLocaleTimeString()})`);
      if (first) {
        first = false;
        resolve();
      }
    });
  });
}

async function main() {
  await build();
  await serve(await httpsOptions());
  const taskpane = `https://localhost:${PORT}/taskpane.html`;
  console.log(`\nScenario Desk is served at ${taskpane}`);
  const desktop = process.platform === 'win32' || process.platform === 'darwin';
  if (desktop && !process.argv.includes('--no-sideload')) {
    console.log('Sideloading into desktop Excel with office-addin-debugging…');
    spawn(
      'npx',
      ['office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel', '--no-debug', '--dev-server-port', String(PORT)],
      { cwd: ROOT, stdio: 'inherit', shell: true },
    );
  } else {
    console.log(`
No desktop Excel here. To use the add-in:
  - Preview the task pane in this machine's browser: ${taskpane}
  - Excel on the web: open a workbook, Home > Add-ins > More Add-ins > My Add-ins >
    Upload My Add-in, and choose ${path.join(ROOT, 'dist', 'excel', 'manifest.xml')}
    (the browser must trust the developer certificate in ~/.office-addin-dev-certs).
Press Ctrl+C to stop.`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
