// A small static server for the end-to-end tests and the benchmark: serves a
// built dist folder under a sub-path (as an intranet would), with the MIME type
// that matters (application/wasm), on 127.0.0.1 only. Extra headers (e.g. a CSP)
// can be set. Text and wasm go out brotli- or gzip-compressed when the browser
// asks, as docs/EMBEDDING.md tells intranet admins to configure their server:
// measuring an uncompressed wasm would time a download no phone should make.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants as Z } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
};
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/;
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.json', '.webmanifest']);

// Compressed bodies, computed once per file version (brotli 11 is slow).
const compressed = new Map();
function encode(file, mtimeMs, body, encoding) {
  const key = `${encoding} ${file} ${mtimeMs}`;
  let out = compressed.get(key);
  if (!out) {
    out = encoding === 'br'
      ? brotliCompressSync(body, { params: { [Z.BROTLI_PARAM_QUALITY]: 11, [Z.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: 9 });
    compressed.set(key, out);
  }
  return out;
}

// `probe: true` (the engines test, tests/e2e/engines.mjs): every page first
// runs a script that records what would be a console error (uncaught errors,
// rejected promises, failed loads, console.error) in window.__problems, the
// same way in every engine (WebKit's WebDriver cannot read the console).
const PROBE_FILE = '__probe.js';
const PROBE = `window.__problems=[];
addEventListener('error',(e)=>__problems.push('error: '+(e.message||(e.target&&(e.target.src||e.target.href)))),true);
addEventListener('unhandledrejection',(e)=>__problems.push('rejection: '+e.reason));
const consoleError=console.error;console.error=(...a)=>{__problems.push('console: '+a.join(' '));consoleError.apply(console,a)};`;

/**
 * Starts serving `root` at `base` (e.g. '/alat/target-umkm/'); resolves to
 * { url, origin, close, requests, setRoot, setDown }. `setRoot(dir)` serves
 * another build from then on (a new deployment); `setDown(true)` drops every
 * connection unanswered (the network is gone, whatever the browser thinks).
 * `hostname` names the server in `url` (e.g. 'localhost', to make the page
 * cross-site to one on 127.0.0.1); it always listens on 127.0.0.1, on `port`
 * (0: any free one). `tools/serve` serves the app with it too. `probe`: see
 * PROBE above.
 */
export async function serve(root, base = '/', headers = {}, { hostname = '127.0.0.1', compress = true, port = 0, probe = false } = {}) {
  const requests = [];
  let currentRoot = root;
  let down = false;
  const server = createServer(async (req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    if (probe && path === `${base}${PROBE_FILE}`) {
      res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-cache' }).end(PROBE);
      return;
    }
    let rel = normalize(path.slice(base.length) || 'index.html');
    if (rel.startsWith('..') || rel.includes(`..${sep}`)) {
      res.writeHead(400).end();
      return;
    }
    let file = join(currentRoot, rel);
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      let body = await readFile(file);
      if (probe && extname(file) === '.html') {
        body = Buffer.from(String(body).replace(/<meta charset=[^>]*>/i, (m) => `${m}<script src="${base}${PROBE_FILE}"></script>`));
      }
      const extra = {};
      if (compress && COMPRESSIBLE.has(extname(file))) {
        const accepts = String(req.headers['accept-encoding'] ?? '');
        const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
        extra.vary = 'accept-encoding';
        if (encoding) {
          body = encode(file, info.mtimeMs, body, encoding);
          extra['content-encoding'] = encoding;
        }
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        // As docs/EMBEDDING.md tells admins: names with a content hash never
        // change and are cached for a year; the rest is always revalidated.
        'cache-control': HASHED.test(file) ? 'max-age=31536000, immutable' : 'no-cache',
        'content-length': body.length,
        ...extra,
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  const { port: bound } = server.address();
  return {
    url: `http://${hostname}:${bound}${base}`,
    origin: `http://${hostname}:${bound}`,
    requests,
    setRoot: (dir) => { currentRoot = dir; },
    setDown: (value) => { down = value; },
    close: () => {
      // Keep-alive connections would hold close() open.
      server.closeAllConnections?.();
      return new Promise((ok) => server.close(ok));
    },
  };
}
