// The foundation path: typed input → calc → rendered number, in the release
// build served from a sub-path, on a 360×740 phone viewport.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openApp, typeInto, shot, horizontalOverflow } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('page shell: lang, title, viewport, favicon, theme colour', async () => {
  const { page, problems, context } = await openApp(env);
  assert.equal(await page.getAttribute('html', 'lang'), 'id');
  assert.match(await page.title(), /Target UMKM/);
  assert.ok(await page.locator('meta[name=viewport]').count());
  assert.equal(await page.getAttribute('meta[name=theme-color]', 'content'), '#0b6e4f');
  const icon = await page.getAttribute('link[rel=icon]', 'href');
  assert.ok(icon.startsWith('/alat/target-umkm/'), `favicon under the sub-path: ${icon}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Sampoerna 108.000 UMKM × 5 workers shows 540.000 potential workers', async () => {
  const { page, problems, context } = await openApp(env);
  await typeInto(page, '#p1-umkm', '108.000');
  await assert.doesNotReject(page.locator('#p1-umkm-msg', { hasText: '= 108.000' }).waitFor());
  assert.equal((await page.textContent('#p1-umkm-msg')).trim(), '= 108.000');
  await typeInto(page, '#p1-workers', '5');
  assert.equal((await page.textContent('#total-potential')).trim(), '540.000');
  assert.equal((await page.textContent('#total-expected')).trim(), '540.000');
  // Another way people write it reads the same.
  await typeInto(page, '#p1-umkm', '108 ribu');
  assert.equal((await page.textContent('#total-potential')).trim(), '540.000');
  assert.equal(await horizontalOverflow(page), 0);
  await shot(page, 'first-screen-360');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an unreadable entry says what is wrong and keeps the other rows', async () => {
  const { page, problems, context } = await openApp(env);
  await typeInto(page, '#p1-umkm', '108.000');
  await page.getByRole('button', { name: '+ Tambah mitra' }).click();
  const second = page.locator('li.partner').nth(1).locator('input[id$="-umkm"]');
  await typeInto(page, second, 'abc');
  const msgId = await second.getAttribute('aria-describedby');
  assert.match(await page.textContent(`#${msgId}`), /Bukan angka/);
  assert.equal(await second.getAttribute('aria-invalid'), 'true');
  // The valid row is still counted, and the text typed is still there.
  assert.equal((await page.textContent('#total-potential')).trim(), '540.000');
  assert.equal(await second.inputValue(), 'abc');
  assert.deepEqual(problems, []);
  await context.close();
});

test('?lang=en switches to English numbers', async () => {
  const { page, problems, context } = await openApp(env, { query: '?lang=en' });
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await typeInto(page, '#p1-umkm', '108,000');
  assert.equal((await page.textContent('#total-potential')).trim(), '540,000');
  assert.deepEqual(problems, []);
  await context.close();
});

test('before the app runs: the header and a loading line; a failed download says so', async () => {
  const { page, problems, context } = await openApp(env, {
    ready: 'p.loading',
    // The wasm never arrives (a weak signal that gave up).
    setup: (ctx) => ctx.route(/\.wasm$/, (route) => route.abort('connectionfailed')),
  });
  assert.equal((await page.textContent('header.top h1')).trim(), 'Target UMKM');
  await page.locator('p.loading', { hasText: /gagal dimuat/ }).waitFor();
  assert.match(await page.textContent('p.loading'), /The app could not load/);
  assert.equal(await page.locator('header.top button.lang').isVisible(), false, 'no button that does nothing');
  assert.equal(await horizontalOverflow(page), 0);
  await shot(page, 'load-failed-360');
  // The only problems are the failed download and what it caused.
  assert.ok(problems.length > 0);
  for (const p of problems) assert.match(p, /wasm|WebAssembly|fetch|Failed|TypeError/i, p);
  await context.close();
});
