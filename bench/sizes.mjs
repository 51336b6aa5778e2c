// First-load sizes of a built dist folder: every file a first visit downloads,
// raw, gzip -9 and brotli -q 11 (Node's zlib, so no extra tool is needed and
// the figures are the same on every machine with the same Node).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants as z } from 'node:zlib';

/** What a file is, for the table. */
export function kind(name) {
  if (/(^|\/)(sw|service-worker)[^/]*\.js$/.test(name)) return 'service worker';
  const ext = extname(name);
  if (name.endsWith('.webmanifest') || /manifest[^/]*\.json$/.test(name)) return 'manifest';
  return {
    '.html': 'html',
    '.js': 'js',
    '.mjs': 'js',
    '.wasm': 'wasm',
    '.css': 'css',
    '.svg': 'icon',
    '.png': 'icon',
    '.ico': 'icon',
  }[ext] ?? 'other';
}

/** gzip -9 and brotli -q 11 (window 22, Node's and most servers' default). */
export function compressed(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: {
        [z.BROTLI_PARAM_QUALITY]: 11,
        [z.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue; // .trunk-lock, .stage
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/**
 * Every file in `dist` (Trunk's dist holds exactly what the first load fetches:
 * index.html, the JS glue, the wasm, the CSS, the icon, and — once added — the
 * manifest and service worker). Returns { files: [{ name, kind, raw, gzip,
 * brotli }], total: { raw, gzip, brotli }, code: (wasm + JS only) }.
 */
export function measureDist(dist) {
  const files = walk(dist).map((p) => ({
    name: relative(dist, p),
    kind: kind(relative(dist, p)),
    ...compressed(readFileSync(p)),
  }));
  const order = ['html', 'js', 'wasm', 'css', 'icon', 'manifest', 'service worker', 'other'];
  files.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.name.localeCompare(b.name));
  const sum = (list) =>
    list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), {
      raw: 0,
      gzip: 0,
      brotli: 0,
    });
  return {
    files,
    total: sum(files),
    code: sum(files.filter((f) => f.kind === 'wasm' || f.kind === 'js')),
  };
}

/**
 * The split of `m.files` (from measureDist) into the critical path, every
 * byte fetched before the first result is on screen, and the deferred rest.
 * Read from the build itself: index.html, what it links as a stylesheet,
 * module script or modulepreload (the loader and the wasm-bindgen JS, which
 * carries the split runtime's JS), and the wasm the loader fetches (the main
 * module). The rest
 * (lazy modules, icons, manifest, service worker, inflate.js, nomodule.js)
 * is fetched after the first figure or only when needed.
 */
export function criticalPath(dist, m) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const names = new Set(['index.html']);
  const base = (href) => href.split('/').pop();
  for (const tag of html.match(/<(link|script)\b[^>]*>/gi) ?? []) {
    const href = /\b(?:href|src)=["']?([^"'\s>]+)/i.exec(tag);
    if (!href) continue;
    if (/^<script/i.test(tag) ? /type=["']?module/i.test(tag) : /rel=["']?(stylesheet|modulepreload)/i.test(tag)) {
      names.add(base(href[1]));
    }
  }
  for (const name of [...names]) {
    if (!name.startsWith('loader-')) continue;
    for (const w of readFileSync(join(dist, name), 'utf8').match(/[^"'/]+_bg\.wasm/g) ?? []) names.add(w);
  }
  const critical = m.files.filter((f) => names.has(f.name));
  const missing = [...names].filter((n) => !critical.some((f) => f.name === n));
  if (missing.length) throw new Error(`sizes: index.html or the loader names ${missing.join(', ')}, not in ${dist}`);
  const brotli = (list) => list.reduce((t, f) => t + f.brotli, 0);
  const deferred = m.files.filter((f) => !names.has(f.name));
  return {
    critical: critical.map((f) => f.name),
    criticalBrotli: brotli(critical),
    deferredBrotli: brotli(deferred),
    lazyModules: deferred.filter((f) => f.kind === 'wasm').map((f) => ({ name: f.name, brotli: f.brotli })),
  };
}
