// Trunk post-build hook (see Trunk.toml): finishes a build in
// $TRUNK_STAGING_DIR, or in the folder given as the first argument.
//
// 1. Strict CSP: Trunk writes its loader (import the wasm-bindgen JS, fetch
//    and start the wasm) as an inline <script type="module"> in index.html,
//    which `script-src 'self'` forbids. Each inline script moves to its own
//    file named by a hash of its content, referenced with a subresource
//    integrity hash like the files Trunk links itself. The build then fails if
//    index.html still has any inline script, inline style or event handler
//    attribute, so the CSP documented in docs/EMBEDDING.md keeps holding.
//    The loader also says so on the page when the wasm fails to load, or
//    traps later (a panic: the release build's panics trap at once).
// 2. Offline: writes sw.js (from tools/sw-template.js) listing exactly the
//    files of this build to precache, with a cache version derived from a hash
//    of their names and contents, so any new deployment is a new version.
//
// Running it again on a finished build only rewrites sw.js (step 1 finds
// nothing inline), which the end-to-end test uses to make a "new deployment".
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { finishSplit } from './postbuild-split.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild: give the build folder as an argument or set TRUNK_STAGING_DIR');
  process.exit(2);
}

// Files of the dist folder that are not part of the app shell.
// nomodule.js: only browsers without module scripts run it, and those have
// no service worker either.
const NOT_PRECACHED = new Set(['sw.js', 'nomodule.js']);

const sha = (alg, data) => createHash(alg).update(data).digest();

// `trunk serve` adds a live-reload script whose {{__TRUNK_…}} placeholders it
// fills in when it serves the page, so that one must stay inline. It exists
// only under `trunk serve` (development), never in a `trunk build`.
const isTrunkAutoreload = (body) => body.includes('{{__TRUNK_ADDRESS__}}');

// Trunk's loader imports the wasm-bindgen JS, then awaits init(), which
// fetches and compiles the wasm. It is replaced by one written here (same
// files, same order) that every browser able to run a module script can
// parse and run to its end, so that the page always ends in the app or in a
// sentence saying why not, never in "Memuat kalkulator…" for ever:
// - No top-level await, no `?.` or `??`: ES2017 and import() in the loader
//   (checked by tests/e2e/floor.test.mjs): the wasm-bindgen JS needs ES2020,
//   so it is imported with import(), whose SyntaxError says the browser is
//   too old.
// - The floor (README, "Browsers"): WebAssembly, TransformStream and
//   Blob.stream() are checked before anything is fetched; a browser below it
//   is told so, in both languages (the app's string table is in the wasm).
//   A WebAssembly.CompileError on a download whose integrity was verified
//   means the same.
// - The wasm is fetched here, with the integrity hash of Trunk's preload
//   link, which is dropped (see externaliseInlineScripts): one download in
//   every engine.
// - Where DecompressionStream('deflate-raw') is missing (Chrome < 103,
//   iOS < 16.4, Firefox < 113), a stand-in imports static/inflate.js when a
//   short share link is opened, and only then.
// - A failed download says to check the connection.
const LOAD_FAILED =
  'Aplikasi gagal dimuat. Periksa koneksi, lalu muat ulang halaman. / ' +
  'The app could not load. Check the connection, then reload the page.';
// The floor per engine; README.md's "Browsers" table says the same and what
// sets each (tests/e2e/floor.test.mjs compares them).
const FLOOR = { chrome: 80, samsung: 13, safariIos: '14.5', firefox: 102 };
const TOO_OLD =
  `Browser ini terlalu lama untuk kalkulator ini. Perbarui ke Chrome ${FLOOR.chrome}, Safari iOS ${FLOOR.safariIos}, ` +
  `Samsung Internet ${FLOOR.samsung} atau Firefox ${FLOOR.firefox} ke atas, lalu buka lagi. / ` +
  `This browser is too old for the calculator. Update to Chrome ${FLOOR.chrome}, Safari iOS ${FLOOR.safariIos}, ` +
  `Samsung Internet ${FLOOR.samsung} or Firefox ${FLOOR.firefox} or later, then open it again.`;
// A panic in the release build traps at once (`-Cpanic=immediate-abort`,
// tools/env): no Rust panic hook runs. The wasm's trap reaches JS as a
// WebAssembly.RuntimeError, thrown out of whatever called into the wasm: the
// start (the loader's await), an event listener or a timer (window `error`),
// a promise job (`unhandledrejection`). The loader then shows what the Rust
// hook in src/lib.rs shows in a stable build: i18n `T::PanicMessage` in both
// languages, in a <div class="panic" role="alert"> before everything else,
// once. Only RuntimeErrors: other script errors (an extension's) are not ours.
// checkPanicMessage() below keeps these words equal to the Rust table's.
const PANIC_ID = 'Maaf, terjadi kesalahan di aplikasi. Muat ulang halaman.';
const PANIC_EN = 'Sorry, the app hit an error. Please reload the page.';
const PANIC = `${PANIC_ID} / ${PANIC_EN}`;
// Installing to the home screen (the app's footer has the button and the
// hint, hidden by static/app.css until <html> says which): where the browser
// offers installation (`beforeinstallprompt`, possibly before the wasm has
// started) <html> gets `can-install` and a tap on #install calls the event's
// prompt() once; iOS has no prompt (every iOS browser adds to the home screen
// from its Share menu), so outside the home screen `ios-tab` shows the
// one-line hint. A few lines of JS here instead of ~2 KB brotli of wasm.
const INSTALL = [
  'let offer,html=document.documentElement.classList;',
  'addEventListener("beforeinstallprompt",(e)=>{offer=e;html.add("can-install")});',
  'addEventListener("click",(e)=>{offer&&e.target.closest("#install")&&(offer.prompt(),offer=0,html.remove("can-install"))});',
  '/iP(hone|ad|od)/.test(navigator.userAgent)&&!navigator.standalone&&html.add("ios-tab");',
].join('');
// Trunk's <link rel=preload as=fetch> of the wasm, if any.
const wasmPreload = (html, url) => [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).find((l) => l.includes(url) && /\bpreload\b/.test(l));

function makeLoader(code, html, publicUrl) {
  const glue = /^\s*import\s+init\s*,\s*\*\s*as\s+bindings\s+from\s*(['"])([^'"]+)\1/.exec(code);
  const wasm = /module_or_path\s*:\s*(['"`])([^'"`]+)\1/.exec(code);
  if (!glue || !wasm) throw new Error(`postbuild: Trunk's loader is not the one this step knows:\n${code}`);
  const integrity = wasmPreload(html, wasm[2]) && /\bintegrity=["']?([^"'\s>]+)/.exec(wasmPreload(html, wasm[2]));
  const fetchOptions = integrity ? `,{integrity:${JSON.stringify(integrity[1])}}` : '';
  const str = JSON.stringify;
  return [
    'const say=(t)=>{const p=document.querySelector("p.loading");if(p)p.textContent=t};',
    'const trapped=(e)=>{',
    'if(!(e instanceof WebAssembly.RuntimeError)||document.querySelector("div.panic"))return;',
    'const p=document.querySelector("p.loading");if(p)p.remove();',
    'const d=document.createElement("div");d.className="panic";d.setAttribute("role","alert");',
    `d.textContent=${str(PANIC)};document.body.prepend(d)};`,
    INSTALL,
    `const old=${str(TOO_OLD)};`,
    'if(typeof WebAssembly!="object"||typeof TransformStream!="function"||!Blob.prototype.stream)say(old);else{',
    'addEventListener("error",(e)=>trapped(e.error));',
    'addEventListener("unhandledrejection",(e)=>trapped(e.reason));',
    'try{new DecompressionStream("deflate-raw")}catch(e){',
    'window.DecompressionStream=function(f){if(f!="deflate-raw")throw new TypeError(f);const parts=[];',
    `return new TransformStream({transform(c){parts.push(c)},flush(out){return import(${str(publicUrl + 'inflate.js')}).then((m)=>out.enqueue(m.inflate(parts)))}})}}`,
    'let bindings;',
    `Promise.all([import(${str(glue[2])}),fetch(${str(wasm[2])}${fetchOptions}).then((r)=>{if(!r.ok)throw new TypeError(r.status);return r})])`,
    '.then((r)=>{bindings=r[0];return bindings.default({module_or_path:r[1]})})',
    '.then((wasm)=>{window.wasmBindings=bindings;dispatchEvent(new CustomEvent("TrunkApplicationStarted",{detail:{wasm}}));',
    // The loading page: out of sight once the app has rendered (static/app.css),
    // out of the accessibility tree now (one banner, one status), and out of
    // the page once the app is there and the page's paint has long been timed.
    'const s=document.getElementById("shell");if(s){s.setAttribute("aria-hidden","true");',
    'setTimeout(function f(){document.querySelector("#app:not(:empty)")?s.remove():setTimeout(f,500)},3e3)}},',
    `(e)=>{if(e instanceof WebAssembly.RuntimeError)return trapped(e);if(e instanceof SyntaxError||e instanceof WebAssembly.CompileError)return say(old);say(${str(LOAD_FAILED)});throw e})}`,
    '',
  ].join('\n');
}

// The panic words above are a copy of the app's string table (the wasm that
// trapped cannot be asked). Fails the build if the table says otherwise: finds
// the `PanicMessage =>` row in whichever .rs file under the repository holds it.
async function checkPanicMessage() {
  const root = join(HERE, '..');
  const skip = new Set(['target', 'node_modules', 'dist', 'fuzz', 'bench', 'tests']);
  const rows = [];
  async function walk(d) {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || skip.has(entry.name)) continue;
      const p = join(d, entry.name);
      if (entry.isDirectory()) await walk(p);
      else if (entry.name.endsWith('.rs')) {
        const m = /^\s*PanicMessage\s*=>\s*("(?:[^"\\]|\\.)*")\s*,\s*("(?:[^"\\]|\\.)*")/m.exec(await readFile(p, 'utf8'));
        if (m) rows.push({ p, id: JSON.parse(m[1]), en: JSON.parse(m[2]) });
      }
    }
  }
  await walk(root);
  if (rows.length !== 1) throw new Error(`postbuild: expected one \`PanicMessage =>\` row in the Rust sources, found ${rows.length}`);
  const [{ p, id, en }] = rows;
  if (id !== PANIC_ID || en !== PANIC_EN) {
    throw new Error(`postbuild: ${relative(root, p)} says PanicMessage is "${id}" / "${en}"; update PANIC_ID and PANIC_EN in tools/postbuild.mjs`);
  }
}

async function externaliseInlineScripts(indexPath) {
  let html = await readFile(indexPath, 'utf8');
  // Where Trunk links its own files (--public-url), e.g. /alat/target-umkm/.
  const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '';
  const out = [];
  const dropped = [];
  const inline = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  html = html.replace(inline, (whole, attrs, body) => {
    if (/\bsrc\s*=/i.test(attrs) || body.trim() === '' || isTrunkAutoreload(body)) return whole;
    const code = makeLoader(body.trim(), html, publicUrl);
    const name = `loader-${sha('sha256', code).toString('hex').slice(0, 16)}.js`;
    const integrity = `sha384-${sha('sha384', code).toString('base64')}`;
    out.push({ name, code });
    // WebKit never hands a preloaded response to fetch(), and Gecko not when
    // it carries an integrity hash and the server says no-cache: both would
    // download the wasm twice (measured, bench/FINDINGS.md "Issue 26"). The
    // loader starts that one download itself, with the preload's integrity.
    const wasm = /module_or_path\s*:\s*(['"`])([^'"`]+)\1/.exec(body);
    const preload = wasm && wasmPreload(html, wasm[2]);
    if (preload) dropped.push(preload);
    // Same attributes (type="module" for Trunk's loader), now with a source
    // and its integrity hash, as Trunk writes its own links.
    return `<script${attrs} src="${publicUrl}${name}" integrity="${integrity}"></script>`;
  });
  for (const tag of dropped) html = html.replace(tag, '');
  for (const { name, code } of out) await writeFile(join(dirname(indexPath), name), code);
  if (out.length) await writeFile(indexPath, html);

  // What a strict CSP (script-src 'self'; style-src 'self') would block.
  const problems = [];
  const page = html.replace(inline, (whole, attrs, body) => (isTrunkAutoreload(body) ? '' : whole));
  for (const m of page.matchAll(inline)) {
    if (!/\bsrc\s*=/i.test(m[1]) && m[2].trim() !== '') problems.push('inline <script>');
  }
  if (/<style\b/i.test(page)) problems.push('inline <style>');
  if (/<[a-z][^>]*\sstyle\s*=/i.test(page)) problems.push('style= attribute');
  if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(page)) problems.push('on…= event handler attribute');
  if (problems.length) throw new Error(`postbuild: index.html breaks the strict CSP: ${problems.join(', ')}`);
  return out.map((o) => o.name);
}

// Trunk's CSS minifier (lightningcss, with no browser targets) writes media
// queries in the range syntax, `(width>=700px)`, which Chrome before 104 and
// iOS before 16.4 do not understand: they would drop the whole rule. Written
// back as min-/max-width here, and the page's integrity hash updated.
// tests/e2e/floor.test.mjs checks the result against the floor.
async function oldMediaSyntax(indexPath) {
  let html = await readFile(indexPath, 'utf8');
  const links = [...html.matchAll(/<link\b[^>]*\bhref=["']?[^"'\s>]*?([^/"'\s>]+\.css)["'\s>][^>]*>/gi)];
  for (const [tag, name] of links) {
    const path = join(dirname(indexPath), name);
    const css = await readFile(path, 'utf8');
    const fixed = css.replace(/\((width|height)\s*(<=|>=|<|>)\s*([^)]+)\)/g, (whole, dim, op, value) => {
      if (op.length === 1) throw new Error(`postbuild: ${name} has ${whole}; write it with min-/max-`);
      return `(${op === '>=' ? 'min' : 'max'}-${dim}:${value.trim()})`;
    });
    if (fixed === css) continue;
    await writeFile(path, fixed);
    const integrity = `sha384-${sha('sha384', fixed).toString('base64')}`;
    html = html.replace(tag, tag.replace(/\bintegrity=["']?[^"'\s>]+["']?/, `integrity="${integrity}"`));
  }
  await writeFile(indexPath, html);
}

// Browsers without module scripts (Chrome before 61, iOS before 10.3) never
// run the loader: a classic script only they run (`nomodule`, deferred until
// the page is parsed) says the browser is too old instead of "Memuat…" for
// ever. ES3 syntax; the same words as the loader's.
async function writeNoModule(indexPath, publicUrl) {
  const name = 'nomodule.js';
  const code = `var p=document.querySelector("p.loading");if(p)p.textContent=${JSON.stringify(TOO_OLD)};\n`;
  await writeFile(join(dirname(indexPath), name), code);
  const html = await readFile(indexPath, 'utf8');
  if (html.includes(name)) return;
  const integrity = `sha384-${sha('sha384', code).toString('base64')}`;
  const tag = `<script nomodule defer src="${publicUrl}${name}" integrity="${integrity}"></script>`;
  if (!html.includes('</head>')) throw new Error('postbuild: index.html has no </head>');
  await writeFile(indexPath, html.replace('</head>', `${tag}</head>`));
}

async function listFiles(root) {
  const files = [];
  async function walk(d) {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      // Dotfiles (Trunk's .trunk-lock, an editor's leftovers) are not served.
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) await walk(p);
      else if (entry.isFile()) files.push(relative(root, p).split(sep).join('/'));
    }
  }
  await walk(root);
  return files.sort();
}

async function writeServiceWorker(root) {
  const files = (await listFiles(root)).filter((f) => !NOT_PRECACHED.has(f));
  if (!files.includes('index.html')) throw new Error('postbuild: no index.html in the build');
  // The version covers names and contents: index.html, the manifest and the
  // icons keep their names across builds, the hashed files change names.
  const h = createHash('sha256');
  for (const f of files) {
    h.update(f).update('\0').update(sha('sha256', await readFile(join(root, f)))).update('\0');
  }
  const version = h.digest('hex').slice(0, 16);
  const template = await readFile(join(HERE, 'sw-template.js'), 'utf8');
  // Shipped without its comments and indentation: it is part of every first
  // load (the template keeps them for the reader).
  const sw = template
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .join('\n')
    .replace('__VERSION__', version)
    .replace('__PRECACHE__', JSON.stringify(files));
  if (sw.includes('__VERSION__') || sw.includes('__PRECACHE__')) throw new Error('postbuild: sw-template.js placeholders');
  await writeFile(join(root, 'sw.js'), sw);
  return { version, files };
}

try {
  await checkPanicMessage();
  const split = await finishSplit(dir);
  if (split) console.log(`postbuild: split → ${split.glue}, ${split.lazy.length} lazy modules`);
  const loaders = await externaliseInlineScripts(join(dir, 'index.html'));
  await oldMediaSyntax(join(dir, 'index.html'));
  await writeNoModule(join(dir, 'index.html'), process.env.TRUNK_PUBLIC_URL ?? '');
  const { version, files } = await writeServiceWorker(dir);
  console.log(`postbuild: ${loaders.length ? `loader → ${loaders.join(', ')}; ` : ''}sw.js ${version}, ${files.length} files precached`);
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
