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

const HERE = dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild: give the build folder as an argument or set TRUNK_STAGING_DIR');
  process.exit(2);
}

// Files of the dist folder that are not part of the app shell.
const NOT_PRECACHED = new Set(['sw.js']);

const sha = (alg, data) => createHash(alg).update(data).digest();

// `trunk serve` adds a live-reload script whose {{__TRUNK_…}} placeholders it
// fills in when it serves the page, so that one must stay inline. It exists
// only under `trunk serve` (development), never in a `trunk build`.
const isTrunkAutoreload = (body) => body.includes('{{__TRUNK_ADDRESS__}}');

// Trunk's loader imports the wasm-bindgen JS, then awaits init(), which
// fetches and compiles the wasm. On a weak signal that download can fail;
// without a word the page would say "Memuat kalkulator…" for ever. Whatever
// follows the import statement runs inside a try whose catch says so on the
// page (in both languages: the app's string table is in the wasm that failed).
const LOAD_FAILED =
  'Aplikasi gagal dimuat. Periksa koneksi, lalu muat ulang halaman. / ' +
  'The app could not load. Check the connection, then reload the page.';
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
function guardLoader(code) {
  const m = /^(\s*import\b[^;]*;)([\s\S]*)$/.exec(code);
  if (!m || !m[2].trim()) return code;
  const say = `document.querySelector('p.loading')?.replaceChildren(${JSON.stringify(LOAD_FAILED)})`;
  const trap = [
    'const trapped=(e)=>{',
    'if(!(e instanceof WebAssembly.RuntimeError)||document.querySelector("div.panic"))return;',
    'document.querySelector("p.loading")?.remove();',
    'const d=document.createElement("div");d.className="panic";d.setAttribute("role","alert");',
    `d.textContent=${JSON.stringify(PANIC)};document.body.prepend(d)};`,
    'addEventListener("error",(e)=>trapped(e.error));',
    'addEventListener("unhandledrejection",(e)=>trapped(e.reason));',
  ].join('');
  return `${m[1]}${trap}${INSTALL}\ntry{${m[2].trim()}\n}catch(e){if(e instanceof WebAssembly.RuntimeError)trapped(e);else ${say};throw e}`;
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
  const inline = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  html = html.replace(inline, (whole, attrs, body) => {
    if (/\bsrc\s*=/i.test(attrs) || body.trim() === '' || isTrunkAutoreload(body)) return whole;
    const code = guardLoader(body.trim()) + '\n';
    const name = `loader-${sha('sha256', code).toString('hex').slice(0, 16)}.js`;
    const integrity = `sha384-${sha('sha384', code).toString('base64')}`;
    out.push({ name, code });
    // Same attributes (type="module" for Trunk's loader), now with a source
    // and its integrity hash, as Trunk writes its own links.
    return `<script${attrs} src="${publicUrl}${name}" integrity="${integrity}"></script>`;
  });
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
  const loaders = await externaliseInlineScripts(join(dir, 'index.html'));
  const { version, files } = await writeServiceWorker(dir);
  console.log(`postbuild: ${loaders.length ? `loader → ${loaders.join(', ')}; ` : ''}sw.js ${version}, ${files.length} files precached`);
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
