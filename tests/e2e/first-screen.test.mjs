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
  // The icon resolves under the app's sub-path and is there.
  const icon = await page.evaluate(() => document.querySelector('link[rel=icon]').href);
  assert.ok(new URL(icon).pathname.startsWith('/alat/target-umkm/'), `favicon under the sub-path: ${icon}`);
  const fetched = await page.evaluate(async (u) => { const r = await fetch(u); return [r.status, r.headers.get('content-type')]; }, icon);
  assert.deepEqual(fetched, [200, 'image/png']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Sampoerna 108.000 UMKM × 5 workers shows 540.000 potential workers', async () => {
  const { page, problems, context } = await openApp(env);
  // The app opens on the plan; the partners are one tap away.
  await page.locator('#tab-partners').click();
  await typeInto(page, '#p1-umkm', '108.000');
  await assert.doesNotReject(page.locator('#p1-umkm-msg', { hasText: '= 108.000' }).waitFor());
  assert.equal((await page.textContent('#p1-umkm-msg')).trim(), '= 108.000');
  await typeInto(page, '#p1-workers', '5');
  // A new row has no enrolment: it waits for one (100 % here) before it counts.
  await typeInto(page, '#p1-enrol', '100');
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
  await page.locator('#tab-partners').click();
  await typeInto(page, '#p1-umkm', '108.000');
  await typeInto(page, '#p1-enrol', '100');
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
  await page.locator('#tab-partners').click();
  await typeInto(page, '#p1-umkm', '108,000');
  await typeInto(page, '#p1-enrol', '100');
  assert.equal((await page.textContent('#total-potential')).trim(), '540,000');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a trap in the running wasm (what a panic is in the release build) says so in both languages', async () => {
  // The release build's panics trap at once (tools/env: immediate-abort), so
  // no Rust panic hook runs: the loader (tools/postbuild.mjs) shows the
  // message. The trap here is a real one inside the app's wasm: an allocation
  // no allocator can serve makes wasm-bindgen's malloc abort, the same
  // `unreachable` a panic ends in. Once from a timer (window `error`), once
  // from a promise job (`unhandledrejection`).
  const setup = (ctx) => ctx.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
  });
  for (const via of ['timer', 'promise']) {
    const { page, problems, context } = await openApp(env, { setup });
    await page.locator('#tab-partners').click();
    await typeInto(page, '#p1-umkm', '108.000');
    assert.equal(await page.locator('div.panic').count(), 0);
    await page.evaluate((via) => {
      const trap = () => window.__wasm.__wbindgen_malloc(0xfffffff0, 8);
      if (via === 'timer') setTimeout(trap);
      else Promise.resolve().then(trap);
    }, via);
    const alert = page.locator('div.panic[role=alert]');
    await alert.waitFor();
    assert.equal(
      (await alert.textContent()).trim(),
      'Maaf, terjadi kesalahan di aplikasi. Muat ulang halaman. / Sorry, the app hit an error. Please reload the page.',
      via,
    );
    assert.equal(await page.evaluate(() => document.body.firstElementChild.className), 'panic', 'before everything else');
    // A second trap does not add a second message.
    await page.evaluate(() => setTimeout(() => window.__wasm.__wbindgen_malloc(0xfffffff0, 8)));
    await page.waitForFunction(() => new Promise((r) => setTimeout(() => r(true), 50)));
    assert.equal(await page.locator('div.panic').count(), 1, via);
    await shot(page, `trap-${via}-360`);
    // The only problems are the traps themselves.
    assert.ok(problems.length > 0, via);
    for (const p of problems) assert.match(p, /unreachable|RuntimeError/i, p);
    await context.close();
  }
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

test('the loading page gives way to the app: out of sight at once, out of the page soon after; its paint is the first screen\'s largest', async () => {
  const { page, problems, context } = await openApp(env, {
    setup: (ctx) => ctx.addInitScript(() => {
      window.__lcp = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push(e.element ? e.element.className : null); })
        .observe({ type: 'largest-contentful-paint', buffered: true });
    }),
  });
  // The app's first screen is up (openApp waits for it): one header is seen.
  // The app's own header is on screen; the loading page is past the left
  // edge (the only header in the viewport is the app's), and out of the
  // accessibility tree.
  assert.equal(await page.locator('#app header.top button.lang').isVisible(), true);
  const shell = await page.evaluate(() => {
    const s = document.getElementById('shell');
    return s && { right: s.getBoundingClientRect().right, hidden: s.getAttribute('aria-hidden') };
  });
  assert.ok(shell === null || (shell.right <= 0 && shell.hidden === 'true'), `the loading page is out of sight: ${JSON.stringify(shell)}`);
  // The loader removes the page three seconds after the app has started.
  await page.locator('#shell').waitFor({ state: 'detached', timeout: 6000 });
  assert.equal(await page.locator('header.top').count(), 1);
  // Chromium times the largest paint: the loading page's status paragraph,
  // larger than any text the app's first screen shows, so not the app's.
  assert.deepEqual(await page.evaluate(() => window.__lcp), ['loading']);
  assert.deepEqual(problems, []);
  await context.close();
});
