import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';
import { serve } from '../tests/e2e/server.mjs';
import { makeRows, keystrokes } from './browser.mjs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (const dist of process.argv.slice(2)) {
  const srv = await serve(dist, '/alat/target-umkm/');
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  await page.goto(srv.url);
  await page.waitForSelector('#total-potential');
  const setup = await makeRows(page, 1000);
  const r = await keystrokes(page, { count: 200 });
  const q = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(p * (s.length - 1))].toFixed(1); };
  console.log(dist, 'setup', setup, 'dom p50/p95', q(r.dom, .5), q(r.dom, .95), 'work', q(r.work, .5), q(r.work, .95), 'painted', q(r.painted, .5), q(r.painted, .95));
  await ctx.close(); await srv.close();
}
await browser.close();
