/**
 * The one static file server of the project: `npm start` serves dist/excel over HTTPS with it
 * (addin/dev-server.js) and the browser tests serve dist/ over plain HTTP on 127.0.0.1 with it
 * (test/browser/harness.ts). GET and HEAD only; a path that leaves the root, a directory, a missing
 * file or a malformed URL is a plain 404.
 */
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/** The file under `root` that `urlPath` names (`index` for "/"), or null when there is none. */
function resolveFile(root, urlPath, index) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, '.' + path.posix.normalize('/' + (decoded === '/' && index ? index : decoded)));
  const rel = path.relative(base, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Starts serving `root`. Options: `index` (the file for "/"), `headers` (added to every file
 * response), `https` (TLS options; plain HTTP without them), `port` (0 picks a free one) and `host`.
 * Resolves when listening, with the server, its base URL and `close()`.
 */
function serveStatic({ root, index = null, headers = {}, https: tls = null, port = 0, host = '127.0.0.1' }) {
  const handler = (req, res) => {
    const file =
      req.method === 'GET' || req.method === 'HEAD' ? resolveFile(root, new URL(req.url || '/', 'http://x').pathname, index) : null;
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] || 'application/octet-stream', ...headers });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve({
        server,
        url: `${tls ? 'https' : 'http'}://${host}:${address.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

module.exports = { CONTENT_TYPES, resolveFile, serveStatic };
