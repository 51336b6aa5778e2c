// The main flows in the three engines a field agent's phone may run
// (Chromium, WebKit, Gecko; see engines.mjs): the article case from the plan,
// a reload keeps the work, a share link reopens the same work, its QR code
// reads back as the link, a backup file round trip; the wasm downloaded once
// on a first visit (counted at the server, the service worker's precache
// included); tappable numbers in the offices table with a visible cue and
// centred in their row; no console error. Screenshots of the offices table
// from each engine go to docs/screenshots/offices-<engine>.png.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { DIST, BASE, ROOT, launch } from './harness.mjs';
import { ENGINES, launchEngine } from './engines.mjs';

// QR codes are read by jsQR in a blank Chromium page: the SVG the engine's
// page built (by the app's wasm, in that engine), drawn at 4 px a unit.
let reader;
after(async () => { await reader?.close(); });
async function readQr(svg) {
  reader ??= await launch();
  const page = await reader.newPage();
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'jsqr', 'dist', 'jsQR.js') });
  const found = await page.evaluate(async (markup) => {
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = c.height = 600;
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 600, 600);
    g.drawImage(img, 0, 0, 600, 600);
    return jsQR(g.getImageData(0, 0, 600, 600).data, 600, 600)?.data ?? null;
  }, svg);
  await page.close();
  return found;
}

/** The plan's figures for the article case, worked by hand. */
async function articlePlan(page) {
  // Target 2.336.252; Sampoerna 108.000 × 5 = 540.000 at 10–30 % = 54.000–162.000;
  // gap 2.336.252 − 162.000 = 2.174.252 to 2.336.252 − 54.000 = 2.282.252.
  assert.equal(await page.text('#plan-target strong'), '2.336.252');
  assert.equal(await page.text('#plan-partners strong'), '54.000–162.000');
  assert.equal(await page.text('#plan-gap strong'), '2.174.252–2.282.252');
}

// What the app hands to the browser as a download, read instead of saved.
const CATCH_DOWNLOADS = () => {
  window.__downloads = [];
  const make = URL.createObjectURL;
  let last;
  URL.createObjectURL = (blob) => { last = blob; return make(blob); };
  HTMLAnchorElement.prototype.click = function click() {
    if (this.download) window.__downloads.push(last.text());
  };
  return true;
};
const DOWNLOADS = () => Promise.all(window.__downloads);
// A file chosen in the backup's file picker, as the picker would hand it over.
const CHOOSE_FILE = (text) => {
  const input = document.querySelector('#backup-file');
  const files = new DataTransfer();
  files.items.add(new File([text], 'target-umkm-cadangan.json', { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
};

for (const engine of ENGINES) {
  test(`${engine}: the article case, reload, share link, QR code and backup file; the wasm downloaded once; no console error`, { timeout: 240_000 }, async () => {
    const server = await serve(DIST, BASE, {}, { probe: true });
    const browser = await launchEngine(engine);
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.waitFor('#plan-fill-targets');
      await page.click('#plan-fill-targets');
      await page.click('#plan-add-sampoerna');
      await page.click('#plan-partners');
      await page.type('li.partner:last-child input[id$="-enrol"]', '10–30');
      await page.click('#tab-summary');
      await articlePlan(page);

      // Once the service worker has precached the files: one download of the wasm.
      assert.ok(await page.evaluate(() => navigator.serviceWorker.ready.then(() => true)));
      const wasm = server.requests.filter((p) => p.endsWith('_bg.wasm'));
      assert.equal(wasm.length, 1, `the wasm was requested ${wasm.length} times`);

      await page.reload();
      await page.waitFor('#plan-gap strong');
      await articlePlan(page);

      // The offices table: each share is a button, underlined dotted, centred in its row.
      await page.click('#tab-split');
      await page.click('details:has(#office-table) > summary');
      const cue = await page.evaluate(() => {
        const value = document.querySelector('#office-table details.math .value');
        const cell = value.closest('td').getBoundingClientRect();
        const box = value.getBoundingClientRect();
        const style = getComputedStyle(value);
        return {
          line: style.borderBottomStyle,
          width: parseFloat(style.borderBottomWidth),
          offCentre: Math.abs(box.top + box.height / 2 - (cell.top + cell.height / 2)),
        };
      });
      assert.equal(cue.line, 'dotted');
      assert.ok(cue.width >= 1, `underline ${cue.width}px`);
      assert.ok(cue.offCentre <= 2, `the value sits ${cue.offCentre}px off its row's centre`);
      await writeFile(join(ROOT, 'docs', 'screenshots', `offices-${engine}.png`), await page.screen('#office-table'));

      // A share link, and its QR code.
      await page.click('#tab-keep');
      await page.click('#make-link');
      await page.waitFor('#share-url');
      const url = await page.value('#share-url');
      assert.match(url, /#z=[A-Za-z0-9_-]+$/);
      const svg = await page.evaluate(() => {
        const e = document.querySelector('#share-qr svg').cloneNode(true);
        e.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
        return e.outerHTML;
      });
      assert.equal(await readQr(svg), url);

      // The backup file.
      assert.ok(await page.evaluate(CATCH_DOWNLOADS));
      await page.click('#backup-download');
      const [backup] = await page.evaluate(DOWNLOADS);
      assert.equal(JSON.parse(backup).app, 'target-umkm-backup');
      assert.deepEqual(await page.evaluate(() => window.__problems), []);
      await page.close();

      // Another phone: the link opens the same work.
      const other = await browser.newPage();
      await other.goto(url);
      await other.waitFor('#shared-notice');
      await other.click('#tab-summary');
      await articlePlan(other);
      assert.deepEqual(await other.evaluate(() => window.__problems), []);
      await other.close();

      // A third: the backup file opens the same work.
      const third = await browser.newPage();
      await third.goto(server.url);
      await third.waitFor('#plan-target');
      await third.click('#tab-keep');
      await third.waitFor('#backup-choose');
      assert.ok(await third.evaluate(CHOOSE_FILE, backup));
      await third.waitFor('#backup-preview');
      // "Replace the work on screen?" — the user says yes.
      assert.ok(await third.evaluate(() => { window.confirm = () => true; return true; }));
      await third.click('#backup-open-work');
      await third.click('#tab-summary');
      await articlePlan(third);
      assert.deepEqual(await third.evaluate(() => window.__problems), []);
      await third.close();
    } finally {
      await browser.close();
      await server.close();
    }
  });
}
