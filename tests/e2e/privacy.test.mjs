// Privacy: every request the page makes during a full session (load, input,
// every section, show the math, both languages, share, export, reload) goes
// to the app's own origin. No font, script, image or beacon from elsewhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openApp } from './harness.mjs';
import { fullSession } from './session.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Requests not for the app's own origin (blob: URLs of its own downloads count as its own). */
function foreign(urls, own) {
  return urls.filter((u) => {
    if (u.startsWith('data:')) return false;
    try {
      return new URL(u).origin !== own;
    } catch {
      return true;
    }
  });
}

test('a full session requests nothing from any host but the app\'s own', async () => {
  const seen = [];
  const { page, problems, context } = await openApp(env, {
    context: { permissions: ['clipboard-read', 'clipboard-write'] },
    // Listen before the first request: the page's, its frames', the service worker's.
    setup: async (ctx) => {
      ctx.on('request', (r) => seen.push(r.url()));
    },
  });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await fullSession(page);
  // What the document itself loaded, as the browser counts it.
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  const all = [...seen, ...resources];

  // The recording saw the app's own files (it is not blind) …
  for (const pattern of [/\/alat\/target-umkm\/$/, /_bg\.wasm$/, /\/loader-[0-9a-f]+\.js$/, /\/app-[0-9a-f]+\.css$/, /\/manifest\.webmanifest$/]) {
    assert.ok(all.some((u) => pattern.test(u)), `recorded ${pattern}`);
  }
  // … and nothing else.
  assert.deepEqual(foreign(all, env.server.origin), []);
  assert.deepEqual(problems, []);

  // The recording would have caught an image from elsewhere.
  await page.evaluate(() => { new Image().src = 'http://127.0.0.2:9/probe.png'; });
  await page.waitForTimeout(300);
  assert.deepEqual(foreign(seen, env.server.origin), ['http://127.0.0.2:9/probe.png']);
  await context.close();
});
