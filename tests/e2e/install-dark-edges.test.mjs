// Issue 14's items 5 (install) and 6 (dark mode) and the rough edges a new
// user met, each at 360×740 on the release build: `bash tools/serve` with a
// clean console, a preset filling the first screen's empty row, English
// counts, the office table fitting its card, a minus on a phone keypad.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, openApp, typeInto, shot, horizontalOverflow, ROOT, DIST, BASE, PHONE, fillExample, axeViolations, addSampoerna, openDetails } from './harness.mjs';

const SECTIONS = ['summary', 'partners', 'targets', 'split', 'progress', 'iuran', 'keep'];
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const text = async (page, sel) => (await page.locator(sel).first().textContent()).trim();

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** A `beforeinstallprompt` as Chromium fires it, with a prompt() that counts its calls. */
const offerInstall = () => {
  const e = new Event('beforeinstallprompt');
  e.prompt = () => { window.prompted = (window.prompted ?? 0) + 1; return Promise.resolve({ outcome: 'accepted' }); };
  window.dispatchEvent(e);
};

test('install: a quiet button appears when the browser offers installation, and calls its prompt', async () => {
  const { page, problems, context } = await openApp(env);
  // No offer, no button (and no iOS hint in Chromium).
  assert.equal(await page.locator('#install').isVisible(), false);
  assert.equal(await page.locator('#ios-hint').isVisible(), false);
  await page.evaluate(offerInstall);
  await page.locator('#install').waitFor({ state: 'visible' });
  assert.equal(await text(page, '#install'), 'Pasang di layar utama');
  assert.equal(await horizontalOverflow(page), 0);
  await page.locator('#install').click();
  assert.equal(await page.evaluate(() => window.prompted), 1);
  // An offer's prompt shows once: the button goes.
  await page.locator('#install').waitFor({ state: 'hidden' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('install: an offer made before the app has started still shows the button (English)', async () => {
  const { page, problems, context } = await openApp(env, {
    query: '?lang=en',
    // Fired at DOMContentLoaded: the loader listens by then, the wasm has not started.
    setup: (ctx) => ctx.addInitScript(`document.addEventListener('DOMContentLoaded', () => {
      window.beforeApp = !document.querySelector('main');
      (${offerInstall})();
    })`),
  });
  assert.equal(await page.evaluate(() => window.beforeApp), true);
  await page.locator('#install').waitFor({ state: 'visible' });
  assert.equal(await text(page, '#install'), 'Install on home screen');
  await page.locator('#install').click();
  assert.equal(await page.evaluate(() => window.prompted), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('install: Safari on an iPhone shows the one-line hint, not once opened from the home screen', async () => {
  const { page, problems, context } = await openApp(env, { context: { userAgent: IPHONE_SAFARI, isMobile: true, hasTouch: true } });
  await page.locator('#ios-hint').waitFor({ state: 'visible' });
  assert.equal(await text(page, '#ios-hint'), 'Di iPhone: ketuk Bagikan, lalu Tambah ke Layar Utama.');
  assert.equal(await page.locator('#install').isVisible(), false);
  assert.equal(await horizontalOverflow(page), 0);
  await shot(page, 'ios-hint-360');
  assert.deepEqual(problems, []);
  await context.close();

  const home = await openApp(env, {
    context: { userAgent: IPHONE_SAFARI },
    setup: (ctx) => ctx.addInitScript(() => Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true })),
  });
  assert.equal(await home.page.locator('#ios-hint').isVisible(), false);
  assert.deepEqual(home.problems, []);
  await home.context.close();

  // Inside someone else's page, no install offer at all.
  const embedded = await openApp(env, { query: '?embed=1', context: { userAgent: IPHONE_SAFARI } });
  assert.equal(await embedded.page.locator('#install, #ios-hint').count(), 0);
  await embedded.context.close();
});

/** Opens every closed <details> of the section: show-the-math, the rates table, the paste panel. */
async function openAllDetails(page) {
  for (let round = 0; round < 3; round++) {
    const opened = await page.evaluate(() => {
      const closed = [...document.querySelectorAll('main details:not([open]) > summary')];
      closed.forEach((s) => s.click());
      return closed.length;
    });
    if (!opened) break;
  }
}

/** WCAG contrast of two computed CSS colours `rgb(r, g, b)`. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** Every chart series (bar fills, line strokes, legend swatches) against its chart's background. */
async function chartContrasts(page) {
  const found = await page.evaluate(() => [...document.querySelectorAll('figure.chart')].flatMap((fig) => {
    const bg = getComputedStyle(fig).backgroundColor;
    const marks = [...fig.querySelectorAll('svg rect[fill^="#"], polyline[stroke^="#"]')];
    return marks.map((m) => ({ bg, colour: getComputedStyle(m)[m.tagName === 'polyline' ? 'stroke' : 'fill'] }));
  }));
  return found.map(({ bg, colour }) => ({ colour, ratio: contrast(colour, bg) }));
}

for (const scheme of ['light', 'dark']) {
  for (const lang of ['id', 'en']) {
    test(`${scheme}, ${lang}: every section, show-the-math opened, passes axe (colour contrast included) and fits 360 px`, async () => {
      const { page, problems, context } = await openApp(env, { query: lang === 'en' ? '?lang=en' : '', context: { colorScheme: scheme } });
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(bg, scheme === 'dark' ? 'rgb(16, 22, 20)' : 'rgb(245, 247, 246)');
      await fillExample(page, lang);
      let charts = 0;
      for (const s of SECTIONS) {
        await page.locator(`#tab-${s}`).click();
        await page.locator('main section').waitFor();
        // As the README's screenshots show a section; then with every panel open.
        await shot(page, `${scheme}-${s}-${lang}`);
        await openAllDetails(page);
        assert.deepEqual(await axeViolations(page), [], `${scheme}/${lang}/${s}`);
        assert.equal(await horizontalOverflow(page), 0, `${scheme}/${lang}/${s} scrolls sideways`);
        // Charts readable: every series at least 3:1 against the chart (WCAG 1.4.11).
        for (const { colour, ratio } of await chartContrasts(page)) {
          charts++;
          assert.ok(ratio >= 3, `${scheme}/${lang}/${s}: chart colour ${colour} at ${ratio.toFixed(2)}:1`);
        }
        await shot(page, `${scheme}-${s}-${lang}-open`);
      }
      assert.ok(charts >= 4, `chart marks checked: ${charts}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('dark mode: printing stays light', async () => {
  const { page, problems, context } = await openApp(env, { context: { colorScheme: 'dark' } });
  // The plan has no card: Mitra's first card.
  await page.locator('#tab-partners').click();
  const look = () => page.evaluate(() => {
    const card = document.querySelector('.card');
    return [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color, getComputedStyle(card).backgroundColor];
  });
  assert.deepEqual(await look(), ['rgb(16, 22, 20)', 'rgb(230, 236, 234)', 'rgb(27, 35, 32)']);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  assert.deepEqual(await look(), ['rgb(255, 255, 255)', 'rgb(26, 26, 26)', 'rgb(255, 255, 255)']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the first screen: + Sampoerna fills the empty row, and an untouched row is not "incomplete"', async () => {
  const { page, problems, context } = await openApp(env, { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await page.locator('#tab-partners').click();
  await page.waitForSelector('#partners-h');
  const rows = page.locator('li.partner');
  assert.equal(await rows.count(), 1);
  await page.getByRole('button', { name: '+ Sampoerna' }).click();
  assert.equal(await rows.count(), 1);
  assert.equal(await page.inputValue('#p1-name'), 'Sampoerna');
  assert.equal(await page.inputValue('#p1-umkm'), '108.000');
  // The preset sets no enrolment and no PU share: the row waits for the enrolment.
  assert.equal(await page.inputValue('#p1-enrol'), '');
  assert.equal(await page.inputValue('#p1-pu'), '');
  assert.match(await text(page, 'li.partner .result'), /Menunggu isian yang valid: Kepesertaan/);
  await typeInto(page, '#p1-enrol', '100');
  await typeInto(page, '#p1-pu', '0');
  assert.equal(await text(page, '#total-potential'), '540.000');
  assert.equal(await page.getByText('belum lengkap').count(), 0);
  // A second preset adds a row; so does "+ Tambah mitra", which stays untouched.
  await page.getByRole('button', { name: '+ Gudang Garam' }).click();
  assert.equal(await rows.count(), 2);
  await page.getByRole('button', { name: '+ Tambah mitra' }).click();
  assert.equal(await rows.count(), 3);
  // Gudang Garam has no UMKM count yet: that one is incomplete; the empty row is not.
  assert.equal(await page.getByText('1 baris belum lengkap, tidak ikut dijumlahkan.').count(), 1);
  await page.locator('#tab-summary').click();
  assert.equal(await page.getByText('1 baris belum lengkap, tidak ikut dijumlahkan.').count(), 1);
  // The chat summary says the same.
  await page.locator('#tab-keep').click();
  await page.locator('#make-summary').click();
  assert.match(await page.inputValue('#summary-text'), /\(1 baris belum lengkap, tidak ikut dijumlahkan\.\)\n/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('English counts: "1 row incomplete", "2 rows incomplete", "1 row" pasted', async () => {
  const { page, problems, context } = await openApp(env, { query: '?lang=en' });
  // Sampoerna with its enrolment typed: complete.
  await addSampoerna(page);
  assert.equal(await page.getByText('incomplete, not included in the total.').count(), 0);
  await page.getByRole('button', { name: '+ Gudang Garam' }).click();
  assert.equal(await page.getByText('1 row incomplete, not included in the total.').count(), 1);
  await page.getByRole('button', { name: '+ Semen Indonesia' }).click();
  assert.equal(await page.getByText('2 rows incomplete, not included in the total.').count(), 1);
  await page.locator('details.paste > summary').click();
  await page.locator('#paste-text').fill('PT A\t1,000\t5\t100');
  assert.match(await text(page, '#paste-count'), /^1 row · 0 with problems$/);
  assert.equal(await text(page, '#paste-apply'), 'Add 1 row');
  await page.locator('#paste-text').fill('PT A\t1,000\t5\t100\nPT B\t2,000\t5\t100');
  assert.equal(await text(page, '#paste-apply'), 'Add 2 rows');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const lang of ['id', 'en']) {
  test(`${lang}: the office table of the split fits its card at 360 px, ✕ visible and working`, async () => {
    const { page, problems, context } = await openApp(env, { query: lang === 'en' ? '?lang=en' : '' });
    await page.locator('#tab-targets').click();
    await page.getByRole('button', { name: lang === 'en' ? 'Fill example: East Java 2019 targets' : 'Isi contoh: target Jatim 2019' }).click();
    await page.locator('#tab-split').click();
    // The office table is collapsed as the section opens.
    await openDetails(page, '#offices-details');
    const fit = await page.evaluate(() => {
      const table = document.querySelector('#office-table');
      const wrap = table.closest('.table-wrap');
      const card = table.closest('.card').getBoundingClientRect();
      const x = table.querySelector('tbody tr button.danger').getBoundingClientRect();
      return { scroll: wrap.scrollWidth - wrap.clientWidth, xRight: x.right, cardRight: card.right, xLeft: x.left, cardLeft: card.left };
    });
    assert.equal(fit.scroll, 0, 'the table scrolls sideways');
    assert.ok(fit.xRight <= fit.cardRight && fit.xLeft >= fit.cardLeft, `✕ inside the card: ${JSON.stringify(fit)}`);
    assert.equal(await horizontalOverflow(page), 0);
    const rows = page.locator('#office-table tbody tr');
    assert.equal(await rows.count(), 36);
    const remove = page.getByRole('button', { name: lang === 'en' ? 'Remove KC 01' : 'Hapus KC 01' });
    assert.ok(await remove.isVisible());
    await remove.click(); // Playwright clicks only what it can see and hit.
    assert.equal(await rows.count(), 35);
    assert.equal(await page.inputValue('#office-table tbody tr:first-child input.name'), 'KC 02');
    // The parts still add up to the whole target.
    assert.equal(await text(page, '#office-sum'), lang === 'en' ? '2,336,252' : '2.336.252');
    await page.locator('#office-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ROOT, 'target', 'screenshots', `split-offices-${lang}-360.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a negative growth can be typed on a phone keypad: growth fields open the keyboard with a minus', async () => {
  const { page, problems, context } = await openApp(env);
  await page.locator('#tab-targets').click();
  // Growth allows −100 % … +100 %: the full keyboard (its "123" layer has the minus);
  // fields that cannot be negative keep the decimal keypad.
  assert.equal(await page.getAttribute('#total-growth', 'inputmode'), 'text');
  assert.equal(await page.getAttribute('#total-base', 'inputmode'), 'decimal');
  assert.equal(await page.getAttribute('#total-target', 'inputmode'), 'decimal');
  await page.locator('#tab-partners').click();
  assert.equal(await page.getAttribute('#p1-umkm', 'inputmode'), 'decimal');
  await page.locator('#tab-targets').click();
  await typeInto(page, '#total-base', '2.000.000');
  await typeInto(page, '#total-growth', '-2,5');
  assert.equal(await text(page, '#total-growth-msg'), '= -2,5%');
  // 2,000,000 × (1 − 0.025) = 1,950,000
  assert.equal(await text(page, '#total-result'), '1.950.000');
  assert.deepEqual(problems, []);
  await context.close();
});

test('bash tools/serve (the README\'s command) serves the app with a clean console, downloading nothing', async () => {
  // The script serves a finished build (no trunk serve, no live-reload client).
  const commands = readFileSync(join(ROOT, 'tools', 'serve'), 'utf8').split('\n').filter((l) => !/^\s*#/.test(l));
  assert.deepEqual(commands.filter((l) => /trunk serve/.test(l)), []);
  // Started as the README says, on a finished build: no set-up, no build, so nothing to fetch.
  const child = spawn('bash', ['tools/serve'], {
    cwd: ROOT,
    env: { ...process.env, SERVE_DIST: DIST, SERVE_BASE: BASE, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  try {
    const url = await new Promise((ok, fail) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /on (http:\/\/127\.0\.0\.1:\d+\S*) /.exec(out);
        if (m) ok(m[1]);
      });
      child.on('exit', (code) => fail(new Error(`tools/serve exited with ${code}: ${stderr}`)));
      setTimeout(() => fail(new Error(`tools/serve did not start: ${out} ${stderr}`)), 15_000);
    });
    assert.equal(url, `${url.split(BASE)[0]}${BASE}`);
    const { page, problems, context } = await openApp(env, { url });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('websocket', (ws) => problems.push(`websocket: ${ws.url()}`));
    await page.locator('#tab-partners').click();
    await typeInto(page, '#p1-umkm', '108.000');
    await typeInto(page, '#p1-enrol', '100');
    assert.equal(await text(page, '#total-potential'), '540.000');
    // Long enough for a live-reload client to have tried (and retried) its socket.
    await page.waitForTimeout(1500);
    await page.reload();
    await page.waitForSelector('main');
    await page.waitForTimeout(500);
    assert.deepEqual(problems, []);
    assert.deepEqual(requests.filter((u) => /trunk|\/\.well-known\//.test(u)), []);
    // Compressed as a deployment should be.
    const wasm = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.name);
    const head = await page.request.get(wasm, { headers: { 'accept-encoding': 'br' } });
    assert.equal(head.headers()['content-type'], 'application/wasm');
    await context.close();
    assert.equal(stderr, '');
  } finally {
    child.kill('SIGTERM');
  }
});
