// Offline (PWA), in the release build served from a sub-path: after one
// visit the app loads and computes with the network gone; a new deployment
// shows the update notice and reloading into it keeps the entered figures;
// the manifest makes it installable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { start, openApp, typeArticleCase, shot, DIST, ROOT, CHROMIUM_ARGS } from './harness.mjs';

let env;
let work;
before(async () => {
  // A copy of the build, so a test can deploy a changed one over it.
  work = await mkdtemp(join(tmpdir(), 'target-umkm-offline-'));
  await cp(DIST, join(work, 'v1'), { recursive: true });
  env = await start({ root: join(work, 'v1') });
});
after(async () => {
  await env?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const text = async (page, sel) => (await page.locator(sel).first().textContent()).trim();

/** Waits until a service worker is active for the page (its precache is complete). */
async function swReady(page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active.scriptURL;
  });
}

/** The files a build serves (what sw.js must precache): all but sw.js and dotfiles. */
async function shellFiles(dir) {
  const out = [];
  async function walk(d) {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  }
  await walk(dir);
  // sw.js is the worker itself; nomodule.js runs only in browsers without
  // module scripts, which have no service worker either.
  return out.filter((f) => f !== 'sw.js' && f !== 'nomodule.js').sort();
}

/** Sampoerna 108.000 × 5 at 100 %, all BPU, against a total target of 2.336.252. */
async function someFigures(page) {
  await typeArticleCase(page);
  assert.equal(await text(page, '#total-potential'), '540.000');
}

test('after one visit the app loads and computes with the network gone', async () => {
  const { page, problems, context } = await openApp(env);
  const script = await swReady(page);
  assert.equal(script, `${env.server.url}sw.js`, 'the worker sits at the root of the sub-path');

  // The cache holds exactly this build's files.
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names[0]);
    return { names, urls: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
  assert.equal(cached.names.length, 1, `one cache: ${cached.names}`);
  const expected = (await shellFiles(join(work, 'v1'))).map((f) => `/alat/target-umkm/${f}`);
  assert.deepEqual(cached.urls.sort(), expected);
  assert.ok(expected.some((f) => /target-umkm-[0-9a-f]+_bg\.wasm$/.test(f)), 'the wasm is precached');

  // No network at all: the browser is offline and the server drops every connection.
  await context.setOffline(true);
  env.server.setDown(true);
  const seen = env.server.requests.length;
  try {
    await page.reload();
    await page.waitForSelector('main section');
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'served by the worker');
    await someFigures(page);
    assert.equal(await text(page, '#total-share'), '23,11%');
    // Other sections render and compute too.
    await page.locator('#tab-summary').click();
    assert.equal(await text(page, '#plan-partners strong'), '540.000');
    await page.locator('#tab-split').click();
    assert.equal(await text(page, '#split-total'), '2.336.252');
    await shot(page, 'offline-360');
    assert.equal(env.server.requests.length, seen, 'nothing reached the server');
    assert.deepEqual(problems, []);
  } finally {
    env.server.setDown(false);
    await context.close();
  }
});

test('a new deployment: the notice appears; reloading into it keeps the entered figures', async () => {
  const { page, problems, context } = await openApp(env);
  await swReady(page);
  // A returning user: the page is now served by the installed worker.
  await page.reload();
  await page.waitForSelector('main section');
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));
  await someFigures(page);
  assert.equal(await page.locator('#update-notice').count(), 0, 'no notice before a new version exists');

  // Deploy a changed build: one precached file differs; postbuild writes its sw.js.
  const v2 = join(work, 'v2');
  await cp(join(work, 'v1'), v2, { recursive: true });
  const index = join(v2, 'index.html');
  await writeFile(index, (await readFile(index, 'utf8')).replace('<title>', '<meta name="x-build" content="v2"><title>'));
  await promisify(execFile)('node', [join(ROOT, 'tools', 'postbuild.mjs'), v2]);
  const sw1 = await readFile(join(work, 'v1', 'sw.js'), 'utf8');
  const sw2 = await readFile(join(v2, 'sw.js'), 'utf8');
  assert.notEqual(sw1, sw2, 'a changed build is a new worker');
  env.server.setRoot(v2);
  try {
    // The user opens the app again: the old version loads at once (from the
    // cache), finds the new one, and offers it.
    await page.reload();
    await page.waitForSelector('main section');
    const notice = page.locator('#update-notice');
    await notice.waitFor({ timeout: 15_000 });
    assert.match(await notice.textContent(), /Versi baru tersedia — muat ulang/);
    assert.equal(await page.locator('meta[name=x-build]').count(), 0, 'still the old version until the user reloads');
    await shot(page, 'update-notice-360');

    await Promise.all([page.waitForNavigation(), page.locator('#update-reload').click()]);
    await page.waitForSelector('main section');
    assert.equal(await page.getAttribute('meta[name=x-build]', 'content'), 'v2', 'the new version runs');
    assert.equal(await page.locator('#update-notice').count(), 0);
    // Nothing entered was lost.
    await page.locator('#tab-partners').click();
    assert.equal(await page.inputValue('li.partner >> nth=0 >> input[id$="-umkm"]'), '108.000');
    assert.equal(await page.inputValue('li.partner >> nth=0 >> input[id$="-enrol"]'), '100');
    assert.equal(await text(page, '#total-potential'), '540.000');
    assert.equal(await text(page, '#total-share'), '23,11%');
    // The old version's cache is gone.
    const names = await page.evaluate(() => caches.keys());
    assert.equal(names.length, 1, `${names}`);
    assert.deepEqual(problems, []);
  } finally {
    env.server.setRoot(join(work, 'v1'));
    await context.close();
  }
});

test('installable: manifest with icons, relative start URL and scope, no installability errors', async () => {
  // Lighthouse 13 has no PWA category any more; Chromium's own installability
  // check (the one behind the install prompt) is asked directly over CDP. It
  // needs a normal profile: every newContext() is incognito, never installable.
  const profile = await mkdtemp(join(tmpdir(), 'target-umkm-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 360, height: 740 },
  });
  const page = context.pages()[0] ?? await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(env.server.url);
  await page.waitForSelector('main section');
  await swReady(page);
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.equal(manifest.url, `${env.server.url}manifest.webmanifest`);
  assert.deepEqual(manifest.errors, []);
  const data = JSON.parse(manifest.data);
  assert.equal(data.start_url, './');
  assert.equal(data.scope, './');
  assert.equal(data.display, 'standalone');
  const sizes = data.icons.map((i) => `${i.sizes} ${i.purpose}`).sort();
  assert.deepEqual(sizes, ['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of data.icons) {
    const r = await page.request.get(new URL(icon.src, manifest.url).href);
    assert.equal(r.status(), 200, icon.src);
    assert.equal(r.headers()['content-type'], 'image/png');
  }
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  assert.deepEqual(problems, []);
  await context.close();
  await rm(profile, { recursive: true, force: true });
});
