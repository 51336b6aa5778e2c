// Sharing in person and keeping for good: the short link (≤ 400 characters
// for the article scenario), its QR code read back by a real QR reader, the
// phone's share sheet, the refusals of damaged, newer and bomb links, and the
// backup file round-tripped into a fresh browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { start, openApp, shot, horizontalOverflow, ROOT, addSampoerna } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const text = async (page, sel) => (await page.locator(sel).first().textContent()).trim();
const b64url = (buf) => buf.toString('base64url');

/** The article scenario: Sampoerna (108.000 UMKM, typed 100 %, all BPU) and the 2019 targets. */
async function articleScenario(page) {
  await addSampoerna(page);
  await page.locator('#tab-targets').click();
  await page.getByRole('button', { name: 'Isi contoh: target Jatim 2019' }).click();
}

async function makeLink(page) {
  await page.locator('#tab-keep').click();
  await page.locator('#make-link').click();
  await page.waitForSelector('#share-url');
  return page.inputValue('#share-url');
}

/** Decodes the QR code in a PNG with jsQR, in a blank page (no app, no CSP). */
async function readQr(png) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'jsqr', 'dist', 'jsQR.js') });
  const found = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const { data } = g.getImageData(0, 0, c.width, c.height);
    return jsQR(data, c.width, c.height)?.data ?? null;
  }, png.toString('base64'));
  await context.close();
  return found;
}

test('the article scenario in a link of at most 400 characters, opened in a fresh browser with the same figures', async () => {
  const a = await openApp(env, { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await articleScenario(a.page);
  await a.page.locator('#tab-partners').click();
  const figures = [await text(a.page, '#total-potential'), await text(a.page, '#total-share')];
  assert.deepEqual(figures, ['540.000', '23,11%']);
  const url = await makeLink(a.page);
  assert.match(url, /#z=[A-Za-z0-9_-]+$/);
  assert.ok(url.length <= 400, `link length ${url.length}`);
  console.log(`# article scenario link: ${url.length} characters`);
  assert.equal(await a.page.evaluate(() => navigator.clipboard.readText()), url);

  const b = await openApp(env, { query: url.slice(url.indexOf('#')) });
  await b.page.waitForSelector('#shared-notice');
  await b.page.locator('#tab-partners').click();
  assert.equal(await b.page.inputValue('li.partner >> nth=-1 >> input[id$="-name"]'), 'Sampoerna');
  assert.deepEqual([await text(b.page, '#total-potential'), await text(b.page, '#total-share')], figures);
  await b.page.locator('#tab-targets').click();
  assert.equal(await b.page.inputValue('#total-target'), '2.336.252');
  assert.equal(await b.page.inputValue('#bpu-growth'), '27');
  assert.deepEqual([...a.problems, ...b.problems], []);
  await a.context.close();
  await b.context.close();
});

test('the QR code on screen reads back as the same link', async () => {
  const { page, problems, context } = await openApp(env, { context: { deviceScaleFactor: 2 } });
  await articleScenario(page);
  const url = await makeLink(page);
  const qr = page.locator('#share-qr svg');
  await qr.scrollIntoViewIfNeeded();
  const box = await qr.boundingBox();
  // At least 300 CSS pixels wide on a 360-pixel phone: big enough for a camera.
  assert.ok(box.width >= 300, `QR width ${box.width}`);
  assert.equal(await horizontalOverflow(page), 0);
  assert.equal(await readQr(await qr.screenshot()), url);
  await page.locator('#share-qr').screenshot({ path: join(ROOT, 'target', 'screenshots', 'share-qr-id.png') });
  await shot(page, 'id-keep-qr-360');
  assert.deepEqual(problems, []);
  await context.close();

  // In dark mode the code stays dark on white, and reads back the same.
  const dark = await openApp(env, { context: { deviceScaleFactor: 2, colorScheme: 'dark' } });
  await articleScenario(dark.page);
  const darkUrl = await makeLink(dark.page);
  assert.equal(await readQr(await dark.page.locator('#share-qr svg').screenshot()), darkUrl);
  await shot(dark.page, 'dark-keep-qr-id');
  assert.deepEqual(dark.problems, []);
  await dark.context.close();
});

test('the phone share sheet gets the link and the summary where the browser has one', async () => {
  const setup = (context) => context.addInitScript(() => {
    window.__shared = [];
    navigator.share = async (data) => { window.__shared.push(data); };
  });
  const { page, problems, context } = await openApp(env, { setup });
  await articleScenario(page);
  await page.locator('#tab-keep').click();
  await page.locator('#share-link-via').click();
  await page.waitForFunction(() => window.__shared.length === 1);
  const [linkShare] = await page.evaluate(() => window.__shared);
  assert.equal(linkShare.url, await page.inputValue('#share-url'));
  assert.match(linkShare.url, /#z=/);
  await page.locator('#share-summary-via').click();
  await page.waitForFunction(() => window.__shared.length === 2);
  const summary = (await page.evaluate(() => window.__shared))[1].text;
  assert.match(summary, /• Peserta baru dari mitra: 540\.000 \(23,11% dari target\)/);
  assert.deepEqual(problems, []);
  await context.close();

  // Without a share sheet (this desktop Chromium): no such buttons, copying as before.
  const plain = await openApp(env);
  await plain.page.locator('#tab-keep').click();
  assert.equal(await plain.page.evaluate(() => 'share' in navigator), false);
  assert.equal(await plain.page.locator('#share-link-via').count(), 0);
  assert.equal(await plain.page.locator('#make-link').count(), 1);
  await plain.context.close();
});

test('damaged, cut, oversized, newer and bomb links of the new form say so and change nothing', async () => {
  const { page, problems, context } = await openApp(env);
  await articleScenario(page);
  const url = await makeLink(page);
  const [address, packed] = url.split('#z=');
  const payload = (v, data) => b64url(deflateRawSync(Buffer.from(JSON.stringify({ v, data }))));
  const flip = packed.slice(0, 40) + (packed[40] === 'A' ? 'B' : 'A') + packed.slice(41);
  for (const [what, hash, message] of [
    ['cut', '#z=' + packed.slice(0, Math.floor(packed.length / 2)), /rusak/],
    ['altered', '#z=' + flip, /rusak|tidak valid/],
    ['not base64url', '#z=' + packed.slice(0, 20) + '%%' + packed.slice(22), /rusak/],
    ['newer', '#z=' + payload(99, {}), /versi aplikasi yang lebih baru/],
    ['oversized', '#z=' + 'A'.repeat(9000), /terlalu panjang/],
    // 5 MB of one letter deflates to 6.5 thousand characters: inside the
    // length limit, so only the stop while inflating refuses it.
    ['bomb', '#z=' + b64url(deflateRawSync(Buffer.alloc(5_000_000, 'a'))), /terlalu panjang/],
  ]) {
    await page.goto(address + hash);
    await page.reload();
    await page.waitForSelector('#share-error');
    assert.match(await text(page, '#share-error'), message, what);
    await page.locator('#tab-partners').click();
    assert.equal(await text(page, '#total-potential'), '540.000', what);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a browser without CompressionStream makes links of the older form, and still opens a short one', async () => {
  const setup = (context) => context.addInitScript(() => {
    delete window.CompressionStream;
    delete window.DecompressionStream;
  });
  const a = await openApp(env, { setup });
  await articleScenario(a.page);
  const url = await makeLink(a.page);
  assert.match(url, /#s=%7B/);
  const b = await openApp(env, { query: url.slice(url.indexOf('#')), setup });
  await b.page.waitForSelector('#shared-notice');
  await b.page.locator('#tab-partners').click();
  assert.equal(await text(b.page, '#total-potential'), '540.000');
  // A short link still opens there: the loader's stand-in inflates it
  // (static/inflate.js; tests/e2e/floor.test.mjs has the same figures case).
  const c = await openApp(env, { query: '#z=' + b64url(deflateRawSync(Buffer.from('{"v":3,"data":{}}'))), setup });
  await c.page.waitForSelector('#shared-notice');
  assert.deepEqual([...a.problems, ...b.problems, ...c.problems], []);
  for (const x of [a, b, c]) await x.context.close();
});

test('a backup file carries the work and every scenario into a fresh browser; bad files are refused', async () => {
  const a = await openApp(env);
  await articleScenario(a.page);
  await a.page.locator('#tab-keep').click();
  for (const name of ['Optimis', 'Hati-hati']) {
    await a.page.fill('#scenario-name', name);
    await a.page.locator('#save-scenario').click();
  }
  const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.locator('#backup-download').click()]);
  assert.match(download.suggestedFilename(), /^target-umkm-cadangan-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const saved = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(saved.app, 'target-umkm-backup');
  assert.equal(saved.data.scenarios.length, 2);

  // A colleague's phone, with a scenario of its own.
  const b = await openApp(env);
  await b.page.locator('#tab-keep').click();
  await b.page.fill('#scenario-name', 'Punya saya');
  await b.page.locator('#save-scenario').click();
  await b.page.setInputFiles('#backup-file', file);
  await b.page.waitForSelector('#backup-preview');
  const preview = await text(b.page, '#backup-preview');
  assert.match(preview, /Skenario di berkas: 2/);
  assert.match(preview, /Optimis/);
  assert.match(preview, /Hati-hati/);
  // Reading the file changed nothing yet.
  assert.equal(await b.page.locator('#scenario-list > li').count(), 1);
  await b.page.locator('#backup-preview').screenshot({ path: join(ROOT, 'target', 'screenshots', 'backup-preview-id.png') });
  await b.page.locator('#backup-add').click();
  assert.match(await text(b.page, '#keep-status'), /ditambahkan: 2/);
  const names = await b.page.locator('#scenario-list input.scenario-name').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(names, ['Punya saya', 'Optimis', 'Hati-hati']);
  await b.page.reload();
  await b.page.locator('#tab-keep').click();
  assert.equal(await b.page.locator('#scenario-list > li').count(), 3);

  // The file's work replaces the work on screen only when confirmed.
  await b.page.setInputFiles('#backup-file', file);
  b.page.once('dialog', (d) => d.dismiss());
  await b.page.locator('#backup-open-work').click();
  await b.page.locator('#tab-partners').click();
  // Declined: b's own (empty) work is still on screen: no partner counted, no sums.
  assert.equal(await b.page.locator('#total-potential').count(), 0);
  assert.equal(await b.page.inputValue('li.partner >> nth=0 >> input[id$="-umkm"]'), '');
  await b.page.locator('#tab-keep').click();
  await b.page.setInputFiles('#backup-file', file);
  b.page.once('dialog', (d) => d.accept());
  await b.page.locator('#backup-open-work').click();
  await b.page.locator('#tab-partners').click();
  assert.equal(await text(b.page, '#total-potential'), '540.000');

  // Dropped on the card instead of chosen: the same preview.
  await b.page.locator('#tab-keep').click();
  await b.page.evaluate((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'cadangan.json', { type: 'application/json' }));
    const card = document.querySelector('#backup-download').closest('.card');
    card.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, await readFile(file, 'utf8'));
  await b.page.waitForSelector('#backup-preview');
  assert.match(await text(b.page, '#backup-preview'), /Optimis/);
  await b.page.locator('#backup-add').click();
  assert.match(await text(b.page, '#keep-status'), /sudah ada/);

  // Damaged, foreign and newer files: a message, nothing changed.
  const dir = await mkdtemp(join(tmpdir(), 'backup-'));
  const body = await readFile(file, 'utf8');
  const bad = [
    // A cut-short backup is damaged, not some other file.
    ['cut.json', body.slice(0, body.length / 2), /rusak atau terpotong/],
    ['mitra.csv', 'Nama;UMKM\nSampoerna;108.000\n', /bukan cadangan/],
    ['altered.json', body.replace('"umkm":"108.000"', '"umkm":108000'), /rusak/],
    ['newer.json', body.replace(/"v":\d+/, '"v":99'), /versi aplikasi yang lebih baru/],
  ];
  await b.page.locator('#tab-keep').click();
  for (const [name, content, message] of bad) {
    const p = join(dir, name);
    await writeFile(p, content);
    await b.page.setInputFiles('#backup-file', p);
    await b.page.waitForSelector('#backup-error');
    assert.match(await text(b.page, '#backup-error'), message, name);
    assert.equal(await b.page.locator('#scenario-list > li').count(), 3, name);
  }
  assert.deepEqual([...a.problems, ...b.problems], []);
  await a.context.close();
  await b.context.close();
});
