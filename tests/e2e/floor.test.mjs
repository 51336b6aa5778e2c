// The browser floor (README.md, "Browsers"): the built files need nothing
// above it, a browser below it is told so in both languages (never a
// connection error, never an endless loading text), and where a browser at
// the floor lacks DecompressionStream('deflate-raw') a short link still opens,
// with static/inflate.js fetched only then.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as acorn from 'acorn';
import { start, openApp, DIST, ROOT, addSampoerna } from './harness.mjs';

const files = readdirSync(DIST);
const built = (re) => files.filter((f) => re.test(f)).map((f) => join(DIST, f));
const WASM_OPT = join(ROOT, 'node_modules', '.bin', 'wasm-opt');

/** Whether wasm-opt accepts `file` with WebAssembly 1.0 features only. */
function isWasm10(file) {
  try {
    // WebAssembly 1.0 plus importing and exporting mutable globals (Chrome
    // 74, Safari 13.1, Firefox 61: below the floor), which the lazy modules
    // need to share the main module's stack pointer.
    execFileSync(WASM_OPT, ['--mvp-features', '--enable-mutable-globals', file, '-o', '/dev/null'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** Whether `code` parses as a module of that ECMAScript edition (no top-level await before 2022). */
function parses(code, ecmaVersion) {
  try {
    acorn.parse(code, { ecmaVersion, sourceType: 'module' });
    return true;
  } catch {
    return false;
  }
}

// The loader must run where the glue cannot (to say so): ES2020 only for
// import(), which Chrome 63, Safari 11.1 and Firefox 67 already had, but none
// of ES2020's new operators (`?.`, `??`) nor anything later.
function loaderSyntaxOk(code) {
  let ok = true;
  const walk = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'ChainExpression' || (node.type === 'LogicalExpression' && node.operator === '??')) ok = false;
    for (const v of Object.values(node)) {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') walk(v);
    }
  };
  try {
    walk(acorn.parse(code, { ecmaVersion: 2020, sourceType: 'module' }));
  } catch {
    return false;
  }
  return ok;
}

// Syntax the floor engines' CSS parsers do not know (Chrome < 104 and
// iOS < 16.4 ignore a whole @media rule written with ranges).
const NEW_CSS = [/@media[^{]*\([a-z-]+\s*[<>]=?/, /@container\b/, /:has\(/, /@layer\b/, /\{[^}]*&/];
const newCss = (css) => NEW_CSS.filter((re) => re.test(css)).map(String);

test('the wasm, main and lazy modules, is WebAssembly 1.0 with mutable globals: no feature the floor engines lack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'floor-'));
  // The check can fail: a module copying memory in one instruction (bulk memory).
  writeFileSync(join(dir, 'bulk.wat'), '(module (memory 1) (func (memory.copy (i32.const 0) (i32.const 1) (i32.const 2))))');
  assert.equal(isWasm10(join(dir, 'bulk.wat')), false);
  const wasm = built(/\.wasm$/);
  assert.equal(wasm.filter((f) => f.endsWith('_bg.wasm')).length, 1, 'one main module');
  assert.ok(wasm.length >= 4, `the main module and the lazy ones: ${wasm.join()}`);
  for (const f of wasm) assert.ok(isWasm10(f), `${f} needs a WebAssembly feature above 1.0`);
});

test('the JavaScript: ES2020 at most, no top-level await; the loader without ?. and ??, so old browsers reach its message', () => {
  assert.equal(parses('await import("x");', 2020), false, 'top-level await is refused');
  assert.equal(loaderSyntaxOk('import("x").then((m) => m?.y);'), false, 'optional chaining is refused in the loader');
  assert.equal(loaderSyntaxOk('import("x").then((m) => m.y);'), true);
  const js = built(/\.js$/);
  assert.ok(js.length >= 3, js.join());
  for (const f of js) assert.ok((/\/loader-/.test(f) ? loaderSyntaxOk : (c) => parses(c, 2020))(readFileSync(f, 'utf8')), `${f} needs newer JavaScript`);
});

// Browser APIs newer than the floor (Chrome 80, iOS 14.5, Firefox 102), with
// the first Chrome that has them: the wasm-bindgen JS names every API the
// Rust code calls, so a use of one of these shows up there.
const NEWER_APIS = {
  replaceChildren: 86, replaceAll: 85, structuredClone: 98, at: 92, hasOwn: 93, findLast: 97,
  randomUUID: 92, showPicker: 99, timeout: 103, toSorted: 110, groupBy: 117, withResolvers: 119,
};
const newerApis = (code) => Object.keys(NEWER_APIS).filter((name) => new RegExp(`\\.${name}\\b`).test(code));

test('the JavaScript calls no browser API newer than the floor', () => {
  assert.deepEqual(newerApis('el.replaceChildren(x); s.replaceAll("a", "b")'), ['replaceChildren', 'replaceAll']);
  for (const f of built(/\.js$/)) assert.deepEqual(newerApis(readFileSync(f, 'utf8')), [], f);
});

test('the built CSS uses only syntax the floor engines understand', () => {
  assert.equal(newCss('@media (width>=700px){a{b:c}}').length, 1, 'range media queries are caught');
  const css = built(/\.css$/);
  assert.equal(css.length, 1);
  const text = readFileSync(css[0], 'utf8');
  assert.deepEqual(newCss(text), []);
  assert.match(text, /@media \(min-width:700px\)/);
});

test('the README states the floor the loader checks, engine by engine', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const floor = /const FLOOR = (\{[^}]*\})/.exec(readFileSync(join(ROOT, 'tools', 'postbuild.mjs'), 'utf8'));
  const f = Function(`return ${floor[1]}`)();
  for (const [engine, version] of [['Chrome / Android WebView', f.chrome], ['Samsung Internet', f.samsung], ['Safari (iPhone, iPad)', `iOS ${f.safariIos}`], ['Firefox', f.firefox]]) {
    assert.match(readme, new RegExp(`^\\| ${engine.replace(/[()/]/g, '\\$&')} \\| ${version} \\|`, 'm'), engine);
  }
});

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const TOO_OLD = /^Browser ini terlalu lama untuk kalkulator ini\. Perbarui ke Chrome 80, .* \/ This browser is too old for the calculator\. Update to Chrome 80, .*then open it again\.$/;

for (const [what, simulate, route] of [
  ['without WebAssembly', () => { delete window.WebAssembly; }],
  ['whose WebAssembly cannot compile the module (a feature it lacks)', () => {
    const refuse = () => Promise.reject(new WebAssembly.CompileError('unknown opcode'));
    WebAssembly.instantiateStreaming = refuse;
    WebAssembly.instantiate = refuse;
    WebAssembly.compile = refuse;
  }],
  ['without TransformStream', () => { delete window.TransformStream; }],
  // An engine that cannot parse the wasm-bindgen JS (ES2020) meets a SyntaxError
  // in import(): served here as a file it cannot parse (and the page without its
  // modulepreload, whose integrity check would fail first on a changed file).
  ['that cannot parse the JavaScript of the app', null, async (c) => {
    await c.route(/target-umkm-[0-9a-f]+\.js$/, (r) => r.fulfill({ contentType: 'text/javascript', body: 'export default a?.;' }));
    await c.route(/\/alat\/target-umkm\/$/, async (r) => {
      const page = await r.fetch();
      await r.fulfill({ response: page, body: (await page.text()).replace(/<link[^>]*modulepreload[^>]*>/, '') });
    });
  }],
]) {
  test(`a browser ${what} is told it is too old, in both languages`, async () => {
    const setup = async (c) => {
      if (simulate) await c.addInitScript(simulate);
      if (route) await route(c);
    };
    const { page, context } = await openApp(env, { ready: 'p.loading', setup });
    await page.waitForFunction(() => /terlalu lama/.test(document.querySelector('p.loading')?.textContent));
    assert.match((await page.textContent('p.loading')).trim(), TOO_OLD);
    assert.equal(await page.locator('main').count(), 0);
    await context.close();
  });
}

test('a browser without module scripts runs only nomodule.js (ES3), which says it is too old', async () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.match(html, /<script nomodule defer src="[^"]*nomodule\.js" integrity="sha384-[^"]+"><\/script>/);
  const code = readFileSync(join(DIST, 'nomodule.js'), 'utf8');
  assert.doesNotThrow(() => acorn.parse(code, { ecmaVersion: 3, sourceType: 'script' }), 'ES3');
  assert.throws(() => acorn.parse('let x = () => 1;', { ecmaVersion: 3, sourceType: 'script' }), 'the ES3 check can fail');
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.setContent('<p class="loading">Memuat kalkulator…</p>');
  await page.addScriptTag({ content: code });
  assert.match((await page.textContent('p.loading')).trim(), TOO_OLD);
  await context.close();
});

test('a short link made in Chromium opens without DecompressionStream, with the same figures; inflate.js only then', async () => {
  const a = await openApp(env);
  await addSampoerna(a.page);
  await a.page.locator('#tab-targets').click();
  await a.page.getByRole('button', { name: 'Isi contoh: target Jatim 2019' }).click();
  await a.page.locator('#tab-keep').click();
  await a.page.locator('#make-link').click();
  const url = await a.page.inputValue('#share-url');
  assert.match(url, /#z=/);
  const before = env.server.requests.length;
  const b = await openApp(env, {
    query: url.slice(url.indexOf('#')),
    ready: '#shared-notice',
    setup: (c) => c.addInitScript(() => { delete window.DecompressionStream; }),
  });
  await b.page.locator('#tab-partners').click();
  // 108.000 × 5 = 540.000; ÷ 2.336.252 = 23,11 %.
  assert.equal((await b.page.textContent('#total-potential')).trim(), '540.000');
  assert.equal((await b.page.textContent('#total-share')).trim(), '23,11%');
  assert.ok(env.server.requests.slice(before).some((p) => p.endsWith('/inflate.js')), 'inflate.js was fetched');
  assert.deepEqual([...a.problems, ...b.problems], []);
  await a.context.close();
  await b.context.close();
});

test('a browser with DecompressionStream never imports inflate.js (only the service worker precaches it, once the app runs)', async () => {
  const byPage = [];
  const byWorker = [];
  const { page, context } = await openApp(env, {
    ready: '#plan-target',
    setup: (c) => c.on('request', (r) => (r.serviceWorker() ? byWorker : byPage).push(r.url())),
  });
  await page.evaluate(() => navigator.serviceWorker.ready);
  assert.ok(byPage.some((p) => p.endsWith('_bg.wasm')));
  assert.ok(!byPage.some((p) => p.endsWith('/inflate.js')), byPage.join('\n'));
  assert.ok(byWorker.some((p) => p.endsWith('/inflate.js')), 'precached for offline use');
  assert.ok(await page.evaluate(() => { new DecompressionStream('deflate-raw'); return true; }));
  await context.close();
});
