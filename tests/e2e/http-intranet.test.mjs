// An intranet page over plain http, on a host name that is not localhost (so
// not a secure context: no clipboard API, no service worker). Every button of
// the keeping section runs with no uncaught error; copying works or shows the
// text to copy; the section says in one line that offline use is not
// available here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { DIST, BASE, CHROMIUM_ARGS, addSampoerna } from './harness.mjs';

const HOST = 'intranet.bpjs-jatim.test';
let server;
let browser;
before(async () => {
  server = await serve(DIST, BASE, {}, { hostname: HOST });
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    // The host name resolves to the test server, as an intranet's DNS would.
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
  });
});
after(async () => { await browser?.close(); await server?.close(); });

for (const lang of ['id', 'en']) {
  test(`plain http on ${HOST} (${lang}): every keeping button works or says why; the offline note shows`, async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    await page.goto(server.url + (lang === 'en' ? '?lang=en' : ''));
    await page.waitForSelector('#plan');
    assert.equal(new URL(page.url()).hostname, HOST);
    assert.equal(await page.evaluate(() => window.isSecureContext), false);
    assert.equal(await page.evaluate(() => 'serviceWorker' in navigator), false);

    await addSampoerna(page);
    await page.locator('#tab-targets').click();
    await page.getByRole('button', { name: /^(Isi contoh|Fill example)/ }).click();
    await page.locator('#tab-keep').click();
    const note = (await page.textContent('#offline-note')).trim();
    assert.equal(note, lang === 'en'
      ? 'On this http page the app cannot work offline: browsers allow that only over https.'
      : 'Di halaman http ini aplikasi tidak bisa dipakai tanpa koneksi: browser hanya mengizinkannya lewat https.');

    // Copy the link: copied, or the text is there to copy by hand.
    const copied = lang === 'en' ? /^(Copied\.|Could not copy automatically: select the text below and copy it\.)/ : /^(Tersalin\.|Tidak dapat menyalin otomatis: pilih teks di bawah lalu salin\.)/;
    await page.locator('#make-link').click();
    await page.waitForSelector('#share-url');
    assert.match(await page.inputValue('#share-url'), new RegExp(`^http://${HOST.replace(/\./g, '\\.')}:\\d+/alat/target-umkm/(\\?lang=en)?#z=`));
    assert.match((await page.textContent('#keep-status')).trim(), copied);
    await page.locator('#make-summary').click();
    await page.waitForSelector('#summary-text');
    assert.match(await page.inputValue('#summary-text'), /540\.000|540,000/);
    assert.match((await page.textContent('#keep-status')).trim(), copied);

    // Files: the backup and both CSV files are offered as downloads.
    for (const id of ['#backup-download', '#csv-partners', '#csv-offices']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(id).click()]);
      assert.ok(download.suggestedFilename().length > 0, id);
    }
    // Saving a scenario, and the WhatsApp link (a plain link, opened elsewhere).
    await page.fill('#scenario-name', 'Intranet');
    await page.locator('#save-scenario').click();
    assert.equal(await page.locator('#scenario-list > li').count(), 1);
    assert.match(await page.getAttribute('#send-whatsapp', 'href'), /^https:\/\/wa\.me\/\?text=/);
    // The share sheet exists only in secure contexts: its buttons are not offered here.
    assert.equal(await page.locator('#share-link-via').count(), 0);
    // Every section opens and computes here too.
    for (const s of ['summary', 'partners', 'targets', 'split', 'progress', 'iuran', 'keep']) {
      await page.locator(`#tab-${s}`).click();
      await page.locator('main section').first().waitFor();
    }
    await page.locator('#tab-summary').click();
    assert.match((await page.textContent('#plan-target strong')).trim(), /^2[.,]336[.,]252$/);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
