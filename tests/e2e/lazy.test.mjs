// The split build (src/ui/lazy.rs): the summary comes from the main module,
// every other section from a lazy one fetched after the first figure. Each
// lazy section works on a cold load and offline on a second visit; a failed
// download says so, keeps what was typed and is tried again; work that opens
// on a lazy section shows the summary's figures while the section arrives.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openApp, typeInto, typeArticleCase, shot } from './harness.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const LAZY_FILE = /\/(split_[a-z]+|chunk_\d+)-[0-9a-f]+\.wasm$/;
const text = async (page, sel) => (await page.locator(sel).first().textContent()).trim();

// Each lazy section: its tab, its heading, and one figure it computes from the
// article's case (targets 2.336.252; Sampoerna 108.000 × 5 at 100 %, all BPU).
const SECTIONS = [
  { tab: 'partners', heading: '#partners-h', figure: '#total-potential', value: '540.000' },
  { tab: 'targets', heading: '#targets-h', figure: '#total-target', value: '2.336.252', input: true },
  { tab: 'split', heading: '#split-h', figure: '#split-total', value: '2.336.252' },
  { tab: 'progress', heading: '#progress-h' },
  { tab: 'iuran', heading: '#iuran-h' },
  { tab: 'keep', heading: '#keep-h' },
];

/** Opens every lazy section and checks it works: heading, figure, no console error. */
async function everySection(page, problems) {
  for (const s of SECTIONS) {
    await page.locator(`#tab-${s.tab}`).click();
    await page.waitForSelector(s.heading);
    assert.equal(await page.locator('#section-failed').count(), 0, s.tab);
    if (s.figure) {
      const got = s.input ? await page.locator(s.figure).inputValue() : await text(page, s.figure);
      assert.equal(got, s.value, `${s.tab}: ${s.figure}`);
    }
  }
  // Sharing works from its lazy section: the link is made.
  await page.locator('#tab-keep').click();
  await page.locator('#make-link').click();
  await page.waitForFunction(() => /\/alat\/target-umkm\/.*#/.test(document.querySelector('#share-url')?.value ?? ''));
  assert.deepEqual(problems, []);
}

test('cold load: the first figure needs only the main module; the lazy ones follow it, and every section works', async () => {
  const { page, problems } = await openApp(env, {
    ready: '#plan',
    // When the first figure (the plan) is on screen, in the page's clock.
    setup: (context) =>
      context.addInitScript(() => {
        new MutationObserver((_, obs) => {
          if (document.querySelector('#plan')) {
            window.__firstFigure = performance.now();
            obs.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      }),
  });
  // Every lazy module arrives without a tap (preloaded), each after the first figure.
  await page.waitForFunction(
    (n) => performance.getEntriesByType('resource').filter((e) => /\/(split_[a-z]+|chunk_\d+)-[0-9a-f]+\.wasm$/.test(e.name)).length >= n,
    3,
  );
  const timing = await page.evaluate(() => ({
    first: window.__firstFigure,
    lazy: performance
      .getEntriesByType('resource')
      .filter((e) => /\.wasm$/.test(e.name))
      .map((e) => ({ name: e.name, start: e.startTime })),
  }));
  const lazy = timing.lazy.filter((e) => LAZY_FILE.test(e.name));
  assert.ok(lazy.length >= 3, JSON.stringify(timing));
  for (const e of lazy) assert.ok(e.start >= timing.first, `${e.name} was fetched before the first figure`);
  await typeArticleCase(page);
  await everySection(page, problems);
});

test('second visit offline: every lazy section opens and computes from the service worker', async () => {
  const { page, problems, context } = await openApp(env, { ready: '#plan' });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await typeArticleCase(page);
  await context.setOffline(true);
  env.server.setDown(true);
  const seen = env.server.requests.length;
  try {
    await page.reload();
    // The work reopens on the section it was left on (Mitra), whose module
    // comes from the worker's cache: wait for a section, whichever shows first.
    await page.waitForSelector('main section h2');
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'served by the worker');
    await everySection(page, problems);
    assert.equal(env.server.requests.length, seen, 'nothing reached the server');
  } finally {
    env.server.setDown(false);
    await context.close();
  }
});

test('a lazy part that fails to download says so in the user\'s language, keeps what was typed, and loads when opened again', async () => {
  let blocked = true;
  // No service worker: it would answer from its cache, and the test is about
  // the network.
  const { page, problems, context } = await openApp(env, {
    ready: '#plan',
    context: { serviceWorkers: 'block' },
    setup: (ctx) => ctx.route(/split_keep-[0-9a-f]+\.wasm$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue())),
  });
  // What the user typed before: a partner, in the figures' module (which
  // arrives).
  await page.locator('#tab-partners').click();
  await typeInto(page, 'li.partner >> nth=0 >> input[id$="-umkm"]', '108.000');
  await page.locator('#tab-keep').click();
  await page.waitForSelector('#section-failed');
  assert.equal(
    await text(page, '#section-failed p'),
    'Bagian ini gagal dimuat. Periksa koneksi, lalu coba lagi. Isian Anda tetap ada.',
  );
  // The summary is still there under the message, with the typed partner in it.
  await page.waitForSelector('#plan');
  await shot(page, 'lazy-failed-360');
  // The connection is back: opening the section again loads it.
  blocked = false;
  await page.locator('#tab-summary').click();
  await page.locator('#tab-keep').click();
  await page.waitForSelector('#keep-h');
  assert.equal(await page.locator('#section-failed').count(), 0);
  // Nothing typed was lost.
  await page.locator('#tab-partners').click();
  assert.equal(await page.locator('li.partner >> nth=0 >> input[id$="-umkm"]').inputValue(), '108.000');
  // Only the blocked downloads failed (the request, and the browser's and the
  // split loader's console lines about it); nothing else went wrong.
  const aboutTheBlock = /split_keep-|^console: Failed to load resource: net::ERR_INTERNET_DISCONNECTED$|^console: TypeError: Failed to fetch(\n|$)/;
  assert.ok(problems.every((p) => aboutTheBlock.test(p)), problems.join('\n'));
  await context.close();
});

test('the retry button loads a section whose download failed', async () => {
  let blocked = true;
  const { page, context } = await openApp(env, {
    ready: '#plan',
    context: { serviceWorkers: 'block' },
    setup: (ctx) => ctx.route(/split_keep-[0-9a-f]+\.wasm$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue())),
  });
  await page.locator('#tab-keep').click();
  await page.waitForSelector('#section-retry');
  blocked = false;
  await page.locator('#section-retry').click();
  await page.waitForSelector('#keep-h');
  await context.close();
});

test('saved work that opens on a lazy section shows the summary\'s figures first, then the section when it arrives', async () => {
  let release;
  const held = new Promise((r) => { release = r; });
  const { page, context } = await openApp(env, { ready: '#plan', context: { serviceWorkers: 'block' } });
  await page.locator('#tab-targets').click();
  await typeInto(page, '#total-target', '2.336.252');
  // Saved with the targets section open (autosave), then opened again with
  // that section's module slow to arrive.
  await page.waitForFunction(() => Object.keys(localStorage).length > 0);
  await page.waitForTimeout(1200);
  await context.route(/split_figures-[0-9a-f]+\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  await page.waitForSelector('#section-loading');
  // The summary's figure is on screen while the section is on its way.
  assert.equal(await text(page, '#plan-target strong'), '2.336.252');
  assert.equal(await page.locator('#targets-h').count(), 0);
  release();
  await page.waitForSelector('#targets-h');
  assert.equal(await page.locator('#total-target').inputValue(), '2.336.252');
  assert.equal(await page.locator('#section-loading').count(), 0);
  await context.close();
});

test('printing waits for the printed sections\' module, shows the plan once meanwhile, then prints', async () => {
  let release;
  const held = new Promise((r) => { release = r; });
  const { page, context, problems } = await openApp(env, {
    ready: '#plan',
    context: { serviceWorkers: 'block' },
    setup: async (ctx) => {
      await ctx.addInitScript(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
      await ctx.route(/split_figures-[0-9a-f]+\.wasm$/, async (route) => {
        await held;
        await route.continue();
      });
    },
  });
  await page.locator('#tab-keep').click();
  await page.locator('#print').click();
  await page.waitForSelector('#close-print');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__printed ?? 0), 0, 'nothing printed while a printed section is missing');
  assert.equal(await page.locator('#plan').count(), 1, 'the plan once, as its own printed part');
  release();
  await page.waitForFunction(() => window.__printed === 1);
  assert.ok(await page.locator('#targets-h').count() >= 1);
  assert.deepEqual(problems, []);
  await context.close();
});
