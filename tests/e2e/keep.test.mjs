// Keeping, comparing and sharing work, in the release build: autosave,
// scenarios, share links, chat summary, CSV, paste import, print — and the
// robustness cases: corrupted or newer saved data, storage denied or full,
// damaged links, hostile partner names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { start, openApp, typeInto, shot } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const text = async (page, sel) => (await page.locator(sel).first().textContent()).trim();
const XSS = '<img src=x onerror=alert(1)>';

/**
 * Sampoerna plus a typed total target: a small realistic piece of work. A new
 * row has no enrolment or PU share: the user types them (100 %, all BPU).
 */
async function someWork(page, { name = 'Sampoerna', umkm = '108.000', target = '2.336.252' } = {}) {
  await page.locator('#tab-partners').click();
  await typeInto(page, 'li.partner >> nth=0 >> input[id$="-name"]', name);
  await typeInto(page, 'li.partner >> nth=0 >> input[id$="-umkm"]', umkm);
  await typeInto(page, 'li.partner >> nth=0 >> input[id$="-enrol"]', '100');
  await typeInto(page, 'li.partner >> nth=0 >> input[id$="-pu"]', '0');
  await page.locator('#tab-targets').click();
  await typeInto(page, '#total-target', target);
  await page.locator('#tab-partners').click();
}

test('autosave: reload shows the same entries and figures', async () => {
  const { page, problems, context } = await openApp(env);
  await someWork(page);
  assert.equal(await text(page, '#total-potential'), '540.000');
  await page.reload();
  await page.waitForSelector('main section');
  assert.equal(await page.inputValue('li.partner >> nth=0 >> input[id$="-umkm"]'), '108.000');
  assert.equal(await text(page, '#total-share'), '23,11%');
  assert.deepEqual(problems, []);
  await context.close();
});

test('autosave on opening: an untouched first visit stores nothing; work opened from the address is stored at once', async () => {
  const stored = (page) => page.evaluate(() => localStorage.getItem('target-umkm.current'));
  const fresh = await openApp(env);
  await fresh.page.waitForTimeout(1000);
  assert.equal(await stored(fresh.page), null);
  assert.deepEqual(fresh.problems, []);
  await fresh.context.close();
  // Prefilled work is kept without any edit (the first save runs from a
  // timer right after the first frame, not after the 400 ms typing pause).
  const prefilled = await openApp(env, { query: '?total_target=2336252' });
  await prefilled.page.waitForFunction(() => localStorage.getItem('target-umkm.current') !== null, null, { timeout: 2000 });
  assert.match(await stored(prefilled.page), /2\.?336\.?252/);
  assert.deepEqual(prefilled.problems, []);
  await prefilled.context.close();
});

test('scenarios: save, rename, duplicate, delete with undo, open, compare', async () => {
  const { page, problems, context } = await openApp(env);
  await someWork(page);
  await page.locator('#tab-keep').click();
  await typeInto(page, '#scenario-name', 'Kunjungan Sampoerna');
  await page.locator('#save-scenario').click();
  await page.locator('#tab-partners').click();
  await typeInto(page, 'li.partner >> nth=0 >> input[id$="-umkm"]', '54.000');
  await page.locator('#tab-keep').click();
  await typeInto(page, '#scenario-name', 'Separuh');
  await page.locator('#save-scenario').click();
  assert.equal(await page.locator('#scenario-list > li').count(), 2);
  // Rename the second.
  await page.locator('#scn-1').fill('Separuh binaan');
  await page.locator('#scn-1').dispatchEvent('change');
  // Compare A (first) with B (second): 540.000 against 270.000.
  await page.locator('#cmp-b').selectOption('1');
  const row = page.locator('#compare-table tbody tr', { hasText: 'Perkiraan peserta baru' });
  assert.match(await row.textContent(), /540\.000.*270\.000.*-270\.000/);
  // Duplicate, delete, undo.
  await page.getByRole('button', { name: 'Gandakan Separuh binaan' }).click();
  assert.equal(await page.locator('#scenario-list > li').count(), 3);
  await page.getByRole('button', { name: 'Hapus Kunjungan Sampoerna' }).click();
  assert.equal(await page.locator('#scenario-list > li').count(), 2);
  await page.locator('#undo-delete').click();
  assert.equal(await page.locator('#scenario-list > li').count(), 3);
  assert.equal(await page.inputValue('#scn-0'), 'Kunjungan Sampoerna');
  // Open the first (the work on screen is saved as a scenario, so no question).
  await page.getByRole('button', { name: 'Buka Kunjungan Sampoerna' }).click();
  await page.locator('#tab-partners').click();
  assert.equal(await text(page, '#total-potential'), '540.000');
  // Scenarios survive a reload.
  await page.reload();
  await page.locator('#tab-keep').click();
  assert.equal(await page.locator('#scenario-list > li').count(), 3);
  assert.deepEqual(problems, []);
  await context.close();
});

test('share link: opens in a fresh browser with the same figures, never over own work', async () => {
  const a = await openApp(env, { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await someWork(a.page, { name: XSS });
  await a.page.locator('#tab-keep').click();
  await a.page.locator('#make-link').click();
  const url = await a.page.inputValue('#share-url');
  assert.match(url, /#z=/);
  assert.ok(url.length < 600, `link length ${url.length}`);
  assert.equal(await a.page.evaluate(() => navigator.clipboard.readText()), url);

  // A colleague with work of their own opens it.
  const b = await openApp(env);
  await someWork(b.page, { name: 'Gudang Garam', umkm: '20.000', target: '1.000.000' });
  await b.page.goto(url);
  await b.page.reload();
  await b.page.waitForSelector('#shared-notice');
  await b.page.locator('#tab-partners').click();
  assert.equal(await text(b.page, '#total-potential'), '540.000');
  assert.equal(await text(b.page, '#total-share'), '23,11%');
  assert.equal(await b.page.inputValue('li.partner >> nth=0 >> input[id$="-name"]'), XSS);
  // Their own work is still there underneath.
  await b.page.getByRole('button', { name: 'Kembali ke pekerjaan saya' }).click();
  await b.page.waitForSelector('main section');
  await b.page.locator('#tab-partners').click();
  assert.equal(await b.page.inputValue('li.partner >> nth=0 >> input[id$="-name"]'), 'Gudang Garam');
  assert.equal(await text(b.page, '#total-potential'), '100.000');
  assert.deepEqual(a.problems, []);
  assert.deepEqual(b.problems, []);
  await a.context.close();
  await b.context.close();
});

test('damaged, wrong-version and oversized links of the older #s= form say so and change nothing', async () => {
  const { page, problems, context } = await openApp(env);
  await someWork(page);
  const good = await page.evaluate(() => location.href.split('#')[0]);
  const payload = encodeURIComponent(JSON.stringify({ v: 1, data: { partners: [['X', '1', '5', '100', '0']] } }));
  for (const [hash, message] of [
    ['#s=' + payload.slice(0, payload.length / 2), /rusak/],
    ['#s=' + encodeURIComponent(JSON.stringify({ v: 99, data: {} })), /versi aplikasi yang lebih baru/],
    ['#s=' + 'x'.repeat(9000), /terlalu panjang/],
    ['#s=%E0%A4%A', /rusak/],
  ]) {
    await page.goto(good + hash);
    await page.reload();
    await page.waitForSelector('#share-error');
    assert.match(await text(page, '#share-error'), message);
    assert.equal(await text(page, '#total-potential'), '540.000', hash.slice(0, 20));
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('summary text for WhatsApp in the current language', async () => {
  const { page, problems, context } = await openApp(env, { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await someWork(page, { name: XSS });
  await page.locator('#tab-keep').click();
  await page.locator('#make-summary').click();
  const summary = await page.inputValue('#summary-text');
  // The plan's lines: 108.000 × 5 × 100 % = 540.000 of 2.336.252 = 23,11 %;
  // 2.336.252 − 540.000 = 1.796.252 short.
  assert.match(summary, /^• Target peserta baru: 2\.336\.252$/m);
  assert.match(summary, /^• Peserta baru dari mitra: 540\.000 \(23,11% dari target\)$/m);
  assert.match(summary, /^• Kekurangan terhadap target: 1\.796\.252$/m);
  assert.ok(summary.includes(XSS), 'the name is kept as text');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), summary);
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('#make-summary').click();
  assert.match(await page.inputValue('#summary-text'), /^• New participants from partners: 540,000 \(23\.11% of the target\)$/m);
  assert.deepEqual(problems, []);
  await context.close();
});

async function downloadCsv(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return readFile(await download.path(), 'utf8');
}

test('CSV: Indonesian Excel (;) and English (,) parse back to the same values, formulas guarded', async () => {
  const { page, problems, context } = await openApp(env);
  await someWork(page, { name: '=HYPERLINK("http://x")' });
  await page.locator('#tab-partners').click();
  await page.getByRole('button', { name: '+ Tambah mitra' }).click();
  await typeInto(page, 'li.partner >> nth=1 >> input[id$="-name"]', 'PT Dua; Tiga');
  await typeInto(page, 'li.partner >> nth=1 >> input[id$="-umkm"]', '1.500');
  await typeInto(page, 'li.partner >> nth=1 >> input[id$="-workers"]', '2,5');
  await typeInto(page, 'li.partner >> nth=1 >> input[id$="-enrol"]', '100');
  await page.locator('#tab-keep').click();
  const id = await downloadCsv(page, '#csv-partners');
  assert.ok(id.startsWith('\uFEFF'), 'UTF-8 BOM for Excel');
  const rows = parseCsv(id.slice(1), { delimiter: ';' });
  assert.deepEqual(rows[1].slice(0, 3), ["'=HYPERLINK(\"http://x\")", '108000', '5']);
  assert.deepEqual(rows[2].slice(0, 3), ['PT Dua; Tiga', '1500', '2,5']);
  // No stage; potential 1.500 × 2,5 = 3.750 at both ends (a single value).
  assert.deepEqual(rows[2].slice(5, 8), ['', '3750', '3750']);
  const offices = parseCsv((await downloadCsv(page, '#csv-offices')).slice(1), { delimiter: ';' });
  assert.equal(offices.length, 38);
  assert.equal(offices.slice(1, 37).reduce((s, r) => s + Number(r[3]), 0), 2336252);
  await page.getByRole('button', { name: 'English' }).click();
  const en = parseCsv((await downloadCsv(page, '#csv-partners')).slice(1), { delimiter: ',' });
  assert.deepEqual(en[2].slice(0, 3), ['PT Dua; Tiga', '1500', '2.5']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('paste 500 rows from a sheet: preview with per-row errors, then add', async () => {
  const { page, problems, context } = await openApp(env);
  const lines = ['Mitra\tUMKM\tPekerja\tKepesertaan'];
  for (let i = 1; i <= 500; i++) {
    if (i % 100 === 0) lines.push(`Rusak ${i}\tbanyak\t5\t100`);
    else if (i % 2) lines.push(`Mitra ${i}\t${i}.000\t5\t100`);
    else lines.push(`Partner ${i}\t${i},000\t4.5\t80`);
  }
  await page.locator('#tab-partners').click();
  await page.locator('details.paste > summary').click();
  await page.locator('#paste-text').fill(lines.join('\n'));
  assert.match(await text(page, '#paste-count'), /^500 baris · 5 dengan masalah/);
  assert.match(await text(page, '#paste-preview tbody tr.bad'), /Bukan angka/);
  await page.locator('#paste-apply').click();
  assert.equal(await page.locator('li.partner').count(), 501);
  // Row "Partner 2" (English-written) reads 2.000 × 4,5 × 80 %.
  const second = page.locator('li.partner').nth(2);
  assert.equal(await second.locator('input[id$="-umkm"]').inputValue(), '2.000');
  assert.equal(await second.locator('input[id$="-workers"]').inputValue(), '4,5');
  assert.deepEqual(problems, []);
  await context.close();
});

test('print: summary, targets, splits, progress and contributions on A4 without controls', async () => {
  const { page, problems, context } = await openApp(env);
  await page.addInitScript(() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; });
  await page.reload();
  await someWork(page);
  await page.locator('#tab-keep').click();
  await page.locator('#print').click();
  await page.waitForSelector('.print-part');
  assert.equal(await page.evaluate(() => window.__printed), 1);
  assert.equal(await page.locator('.print-part').count(), 5);
  await page.emulateMedia({ media: 'print' });
  // No control on paper; the plan's lines (buttons on screen) print as its first lines.
  const visibleButtons = await page.locator('button:visible:not(.plan-line)').count();
  assert.equal(visibleButtons, 0);
  assert.ok(await page.locator('#plan-target').isVisible());
  assert.ok(await page.locator('#office-table').isVisible());
  // The contributions say their date and rate set on paper too.
  assert.match(await page.locator('#iuran-basis').textContent(), /Tarif per .*PP 44\/2015/);
  await page.setViewportSize({ width: 794, height: 1123 });
  await shot(page, 'print-a4');
  await page.emulateMedia({ media: 'screen' });
  await page.locator('#close-print').click();
  assert.equal(await page.locator('.print-part').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a hostile partner name stays text everywhere and runs nothing', async () => {
  const { page, problems, context } = await openApp(env);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await someWork(page, { name: XSS });
  await page.locator('#tab-summary').click();
  await page.locator('#tab-partners').click();
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(await page.inputValue('li.partner >> nth=0 >> input[id$="-name"]'), XSS);
  await page.locator('#tab-keep').click();
  await typeInto(page, '#scenario-name', XSS);
  await page.locator('#save-scenario').click();
  assert.equal(await page.inputValue('#scn-0'), XSS);
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('corrupted and newer saved data: defaults, a notice, the data kept and downloadable', async () => {
  for (const [saved, message] of [
    ['{"v":1,"data":{"partners":[{"id":', /tidak dapat dibaca/],
    ['{"v":99,"data":{"future":true}}', /versi aplikasi yang lebih baru/],
  ]) {
    const { page, problems, context } = await openApp(env);
    await page.evaluate((s) => localStorage.setItem('target-umkm.current', s), saved);
    await page.reload();
    await page.waitForSelector('#backup-notice');
    assert.match(await text(page, '#backup-notice'), message);
    assert.equal(await page.evaluate(() => localStorage.getItem('target-umkm.backup')), saved);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh cadangan' }).click(),
    ]);
    assert.equal(await readFile(await download.path(), 'utf8'), saved);
    // The app works from defaults, and its autosave never touches the backup.
    // (A new row counts once its enrolment is typed: 10 × 5 × 100 %.)
    await page.locator('#tab-partners').click();
    await typeInto(page, 'li.partner >> nth=0 >> input[id$="-umkm"]', '10');
    await typeInto(page, 'li.partner >> nth=0 >> input[id$="-enrol"]', '100');
    assert.equal(await text(page, '#total-potential'), '50');
    await page.reload();
    assert.equal(await page.evaluate(() => localStorage.getItem('target-umkm.backup')), saved);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('storage denied (private mode, blocked iframe): works, warns once, loses nothing', async () => {
  const { page, problems, context } = await openApp(env);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await page.reload();
  await page.waitForSelector('main section');
  await someWork(page);
  assert.equal(await text(page, '#total-potential'), '540.000');
  await page.waitForSelector('#storage-warning');
  assert.equal(await page.locator('#storage-warning').count(), 1);
  await page.locator('#storage-warning button').click();
  await typeInto(page, 'li.partner >> nth=0 >> input[id$="-umkm"]', '100.000');
  assert.equal(await page.locator('#storage-warning').count(), 0, 'warned once only');
  assert.equal(await text(page, '#total-potential'), '500.000');
  assert.deepEqual(problems, []);
  await context.close();
});

test('storage full: works, warns, keeps the session', async () => {
  const { page, problems, context } = await openApp(env);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.reload();
  await page.waitForSelector('main section');
  await someWork(page);
  await page.waitForSelector('#storage-warning');
  assert.equal(await text(page, '#total-share'), '23,11%');
  assert.deepEqual(problems, []);
  await context.close();
});
