import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';
import { serve } from '../tests/e2e/server.mjs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (const dist of process.argv.slice(2)) {
const srv = await serve(dist, '/alat/target-umkm/');
const rows = [];
for (let i = 0; i < 12; i++) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await ctx.addInitScript(() => {
    const T = (window.__t = {});
    const is = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = async (...a) => { T.instStart = performance.now(); const r = await is.apply(WebAssembly, a); T.instEnd = performance.now(); return r; };
    const obs = new MutationObserver(() => { if (T.dom === undefined && document.querySelector('#total-potential')) { T.dom = performance.now(); obs.disconnect(); requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => (T.painted = performance.now()); ch.port2.postMessage(0); }); } });
    obs.observe(document, { childList: true, subtree: true });
  });
  const page = await ctx.newPage();
  await page.goto(srv.url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__t.painted !== undefined);
  const r = await page.evaluate(() => {
    const res = Object.fromEntries(performance.getEntriesByType('resource').filter((e) => /wasm|css/.test(e.name)).map((e) => [e.name.endsWith('wasm') ? 'wasmEnd' : 'cssEnd', Math.round(e.responseEnd)]));
    const T = window.__t; const o = {}; for (const k in T) o[k] = Math.round(T[k]);
    return { ...res, ...o, fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1) };
  });
  if (i > 0) rows.push(r);
  await ctx.close();
}
const med = (k) => rows.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
console.log(dist, Object.fromEntries(Object.keys(rows[0]).map((k) => [k, med(k)])));
await srv.close();
}
await browser.close();
