import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';
import { serve } from '../tests/e2e/server.mjs';
import { makeRows, keystrokes } from './browser.mjs';
const srv = await serve(process.argv[2], '/alat/target-umkm/');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
const page = await ctx.newPage();
await page.goto(srv.url);
await page.waitForSelector('#total-potential');
await makeRows(page, 1000);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const r = await keystrokes(page, { count: 100 });
const { profile } = await cdp.send('Profiler.stop');
const dt = new Map();
profile.samples.forEach((id, k) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[k + 1] ?? 0)));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map(), tot = new Map();
for (const n of profile.nodes) {
  const name = n.callFrame.functionName || n.callFrame.url.split('/').pop() || '(anon)';
  const ms = (dt.get(n.id) ?? 0) / 1000 / 110;
  self.set(name, (self.get(name) ?? 0) + ms);
  const seen = new Set(); let p = n.id;
  while (p !== undefined) { const nm = byId.get(p).callFrame.functionName || '(anon)'; if (!seen.has(nm)) { seen.add(nm); tot.set(nm, (tot.get(nm) ?? 0) + ms); } p = parent.get(p); }
}
console.log('--- self ms per keystroke');
for (const [n, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(ms.toFixed(3).padStart(8), n.slice(0, 140));
console.log('--- inclusive');
for (const [n, ms] of [...tot].filter(([n]) => /target_umkm|yew|__wbg/.test(n)).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(ms.toFixed(3).padStart(8), n.slice(0, 140));
await browser.close(); await srv.close();
