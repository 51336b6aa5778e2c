// Embedding across origins, in the release build: an intranet page (the
// snippet of static/embed-example.html) on one loopback origin embeds the app
// served under /alat/target-umkm/ from another, with the documented CSP. The
// iframe resizes itself to the app, prefill parameters take effect, results
// reach the host only when its origin is the one named in ?parent=, and a
// message from a third origin is ignored. Host and app are cross-site
// (localhost vs 127.0.0.1), where Chromium denies the app its localStorage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, documentedCsp, ROOT, DIST, BASE, PHONE, DESKTOP } from './harness.mjs';
import { serve } from './server.mjs';

const PREFILL = 'lang=en&section=summary&partners=Sampoerna:108000:5:100;Gudang Garam:20000&total_target=2336252';

let host; // the intranet page, http://localhost:<port>/
let third; // some other site, http://127.0.0.1:<port>/
let app; // the app, http://127.0.0.1:<port>/alat/target-umkm/
let browser;
let work;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'target-umkm-embed-'));
  host = await serve(join(work, 'host'), '/', {}, { hostname: 'localhost' });
  third = await serve(join(work, 'third'), '/');
  // The app's server sends the documented CSP, naming the intranet in frame-ancestors.
  const csp = documentedCsp().replace('https://intranet.example', host.origin);
  app = await serve(DIST, BASE, { 'content-security-policy': csp });

  // The admin's snippet, pointed at this app, with prefill parameters.
  const example = await readFile(join(ROOT, 'static', 'embed-example.html'), 'utf8');
  const page = example
    .replace('data-app="https://apps.example.go.id/alat/target-umkm/"', `data-app="${app.url}"`)
    .replace('data-params="lang=id"', `data-params="${PREFILL}"`);
  assert.notEqual(page, example);
  await mkdir(join(work, 'host'), { recursive: true });
  await mkdir(join(work, 'third'), { recursive: true });
  await writeFile(join(work, 'host', 'index.html'), page);
  // Browsers ask every site for one; a 404 would count as a problem.
  await writeFile(join(work, 'host', 'favicon.ico'), '');
  await writeFile(join(work, 'third', 'favicon.ico'), '');
  // A page of another origin that, framed beside the app, asks it for results.
  await writeFile(join(work, 'third', 'index.html'), `<!doctype html><title>third</title><script>
    parent.frames[0].postMessage({ type: 'target-umkm:request-results' }, '*');
    parent.postMessage({ type: 'third:sent' }, '*');
  </script>`);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await Promise.all([host?.close(), third?.close(), app?.close()]);
  if (work) await rm(work, { recursive: true, force: true });
});

/** Opens the intranet page; records console errors, page errors and failed requests. */
async function openHost(viewport = PHONE) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`http ${r.status()}: ${r.url()}`); });
  // Every message the host page receives, with its origin.
  await page.addInitScript(() => {
    window.__got = [];
    addEventListener('message', (e) => {
      const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
      window.__got.push({ origin: e.origin, data: e.data, frame: frame?.id ?? null });
    });
  });
  await page.goto(host.url);
  const frame = page.frameLocator('#target-umkm');
  await frame.locator('main section').waitFor();
  const inner = page.frames().find((f) => f.url().startsWith(app.url));
  return { context, page, frame, inner, problems };
}

/** The iframe's height and the app's document height, once they agree. */
async function settledHeights(page, inner) {
  let last;
  for (let i = 0; i < 50; i++) {
    const outer = await page.evaluate(() => document.getElementById('target-umkm').getBoundingClientRect().height);
    const content = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    last = { outer, content };
    if (Math.abs(outer - content) <= 1) return last;
    await page.waitForTimeout(100);
  }
  return last;
}

const results = (page) => page.evaluate(() => window.__got.filter((m) => m.data?.type === 'target-umkm:results'));

for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`${label}: the iframe grows and shrinks to the app, with no scrollbar`, async () => {
    const { context, page, inner, problems } = await openHost(viewport);
    const first = await settledHeights(page, inner);
    assert.ok(Math.abs(first.outer - first.content) <= 1, `iframe ${first.outer}px, app ${first.content}px`);
    assert.notEqual(first.outer, 600, 'resized from the snippet\'s initial 600px');
    assert.ok(await inner.evaluate(() => document.documentElement.scrollHeight <= innerHeight), 'no inner scrolling');
    // Another section, another height: the iframe follows.
    await inner.locator('#tab-split').click();
    await inner.locator('#split-total').waitFor();
    const second = await settledHeights(page, inner);
    assert.ok(Math.abs(second.outer - second.content) <= 1, `iframe ${second.outer}px, app ${second.content}px`);
    assert.ok(second.outer > first.outer + 200, `${first.outer} → ${second.outer}`);
    await inner.locator('#tab-summary').click();
    const third = await settledHeights(page, inner);
    assert.ok(Math.abs(third.outer - first.outer) <= 1, `back to ${first.outer}: ${third.outer}`);
    // Height messages come from the app's origin only, as numbers.
    const heights = await page.evaluate(() => window.__got.filter((m) => m.data?.type === 'target-umkm:height'));
    assert.ok(heights.length >= 3);
    assert.ok(heights.every((m) => m.origin === app.origin && typeof m.data.height === 'number'));
    await page.screenshot({ path: join(ROOT, 'target', 'screenshots', `embed-${label}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('compact mode and prefill: no header, English, the preset partners and target', async () => {
  const { context, page, frame, inner, problems } = await openHost();
  assert.equal(await frame.locator('#app header.top').count(), 0);
  assert.match(await inner.evaluate(() => document.body.className), /\bembed\b/);
  assert.equal(await inner.evaluate(() => document.documentElement.lang), 'en');
  // (108,000 + 20,000) × 5 = 640,000 of 2,336,252 = 27.39 %.
  // ?partners= keeps its documented 100 % enrolment and 0 % PU share.
  assert.equal((await frame.locator('#plan-partners strong').textContent()).trim(), '640,000');
  assert.match((await frame.locator('#plan-partners .note').textContent()).trim(), /^27\.39% of the target$/);
  await frame.locator('#tab-partners').click();
  assert.equal(await frame.locator('li.partner').count(), 2);
  assert.equal(await frame.locator('li.partner >> nth=1 >> input[id$="-name"]').inputValue(), 'Gudang Garam');
  assert.equal(await frame.locator('li.partner >> nth=1 >> input[id$="-umkm"]').inputValue(), '20000');
  // No service worker inside someone else's page.
  assert.equal(await inner.evaluate(async () => {
    try { return (await navigator.serviceWorker.getRegistrations()).length; } catch { return 0; }
  }), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('cross-site, localStorage denied: the app still renders and computes', async () => {
  const { context, frame, inner, problems } = await openHost();
  const storage = await inner.evaluate(() => { try { return typeof localStorage.length; } catch (e) { return e.name; } });
  assert.equal(storage, 'SecurityError', 'the browser denies storage to the cross-site iframe');
  await frame.locator('#tab-partners').click();
  const umkm = frame.locator('li.partner >> nth=0 >> input[id$="-umkm"]');
  await umkm.fill('');
  await umkm.pressSequentially('54,000');
  assert.equal((await frame.locator('#total-potential').textContent()).trim(), '370,000');
  assert.deepEqual(problems, []);
  await context.close();
});

test('results reach the host named in ?parent=; a third origin\'s request is ignored', async () => {
  const { context, page, frame, problems } = await openHost();
  const ask = () => page.evaluate((origin) => {
    document.getElementById('target-umkm').contentWindow.postMessage({ type: 'target-umkm:request-results' }, origin);
  }, app.origin);

  // A third origin, framed beside the app, asks: nothing comes back to anyone.
  await page.evaluate((url) => {
    const f = document.createElement('iframe');
    f.src = url;
    document.body.append(f);
  }, third.url);
  await page.waitForFunction(() => window.__got.some((m) => m.data?.type === 'third:sent'));
  await page.waitForTimeout(1000);
  assert.deepEqual(await results(page), []);

  // The named host asks: the headline figures arrive, from the app's origin.
  await ask();
  await page.waitForFunction(() => window.__got.some((m) => m.data?.type === 'target-umkm:results'));
  const [r] = await results(page);
  assert.equal(r.origin, app.origin);
  assert.equal(r.data.lang, 'en');
  assert.equal(r.data.expectedParticipants, 640000);
  assert.equal(r.data.potentialWorkers, 640000);
  assert.equal(r.data.totalTarget, 2336252);
  assert.ok(Math.abs(r.data.share - 640000 / 2336252) < 1e-12, `${r.data.share}`);
  assert.equal(r.data.incompleteRows, 0);

  // After an edit, the answer follows the current figures.
  await frame.locator('#tab-partners').click();
  const umkm = frame.locator('li.partner >> nth=0 >> input[id$="-umkm"]');
  await umkm.fill('');
  await umkm.pressSequentially('8,000');
  await ask();
  await page.waitForFunction(() => window.__got.filter((m) => m.data?.type === 'target-umkm:results').length === 2);
  assert.equal((await results(page))[1].data.expectedParticipants, 140000);
  // Still nothing for the third origin's request.
  assert.equal((await results(page)).length, 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a host that is not the one named in ?parent= gets neither height nor results', async () => {
  const { context, page, problems } = await openHost();
  // The same intranet page, but the iframe names another origin as its parent.
  await page.evaluate(({ url, other }) => {
    const f = document.createElement('iframe');
    f.id = 'misnamed';
    f.src = `${url}?embed=1&parent=${encodeURIComponent(other)}`;
    document.body.append(f);
  }, { url: app.url, other: third.origin });
  const frame = page.frameLocator('#misnamed');
  await frame.locator('main section').waitFor();
  await page.evaluate((origin) => {
    document.getElementById('misnamed').contentWindow.postMessage({ type: 'target-umkm:request-results' }, origin);
  }, app.origin);
  await page.waitForTimeout(1000);
  const got = await page.evaluate(() => window.__got.filter((m) => m.frame === 'misnamed'));
  assert.deepEqual(got, [], 'nothing from the mis-named frame reaches this page');
  // The correctly named frame on the same page does reach it.
  assert.ok(await page.evaluate(() => window.__got.some((m) => m.frame === 'target-umkm' && m.data?.type === 'target-umkm:height')));
  // It is running and answering all the same: only not to this page.
  assert.equal(await frame.locator('#app header.top').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('invalid prefill: nothing is filled, a dismissible notice in the user\'s language says why', async () => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${app.url}?lang=en&total_base=108.000&total_target=2336252&partners=Sampoerna:108000:5:150`);
  const notice = page.locator('#prefill-notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /nothing was filled in/);
  const items = (await notice.locator('li').allTextContents()).map((t) => t.trim());
  assert.equal(items.length, 2, `${items}`);
  assert.match(items[0], /^total_base=108\.000 — a whole number: digits only/);
  assert.match(items[1], /^partners\[1\]\.enrolment=150 — Outside the allowed range: 0% to 100%/);
  // Nothing was applied, not even the valid total_target or the valid parts of the partner.
  await page.locator('#tab-targets').click();
  assert.equal(await page.inputValue('#total-target'), '');
  await page.locator('#tab-partners').click();
  assert.equal(await page.inputValue('li.partner >> nth=0 >> input[id$="-name"]'), '');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await page.locator('#prefill-notice').count(), 0);
  // The language itself was valid and is applied.
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(problems, []);
  await context.close();
});
