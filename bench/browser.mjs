// In-browser timings and memory, measured inside the page with
// performance.now() in Debian's Chromium (tests/e2e/harness.mjs) at the
// 360×740 phone viewport. Timings are reported, never asserted: compare them
// as ratios within one run (the reference counter, the blank page).
import { openApp, PHONE } from '../tests/e2e/harness.mjs';

/** Keeps the wasm exports Trunk's loader announces, to read `memory` later. */
const KEEP_WASM = () => {
  addEventListener('TrunkApplicationStarted', (e) => {
    window.__benchWasm = e.detail?.wasm;
  });
};

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
export const median = (xs) => percentile(xs, 50);
const round = (x, d = 2) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);
const stats = (xs) => ({ p50: round(percentile(xs, 50)), p95: round(percentile(xs, 95)), max: round(Math.max(...xs)) });

async function throttle(context, page, rate) {
  if (rate > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  }
}

/**
 * Brings the partner list to `n` rows with a UMKM count in each: clicks
 * "+ Tambah mitra" in one page.evaluate loop (Yew batches the renders), then
 * types 1000, 1001, … into every row's UMKM field (and 10 % enrolment, 0 % PU
 * share, without which a row is not summed). Resolves when the total
 * shows 5 × their sum (5 workers per UMKM, the default). Returns the ms it took.
 */
export async function makeRows(page, n) {
  const t0 = Date.now();
  await page.evaluate((n) => {
    const add = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === '+ Tambah mitra');
    if (!add) throw new Error('no "+ Tambah mitra" button');
    for (let i = document.querySelectorAll('li.partner').length; i < n; i++) add.click();
  }, n);
  await page.waitForFunction((n) => document.querySelectorAll('li.partner').length === n, n, { timeout: 600_000 });
  // A row is summed once its enrolment and PU share are there too (an
  // incomplete row is left out of the total and says so).
  await page.evaluate(() => {
    const type = (input, value) => {
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '0' }));
    };
    document.querySelectorAll('li.partner').forEach((row, i) => {
      type(row.querySelector('input[id$="-umkm"]'), String(1000 + i));
      type(row.querySelector('input[id$="-enrol"]'), '10');
      type(row.querySelector('input[id$="-pu"]'), '0');
    });
  });
  const expected = 5 * (1000 * n + (n * (n - 1)) / 2);
  await page.waitForFunction(
    (expected) => Number(document.getElementById('total-potential')?.textContent.replace(/\D/g, '')) === expected,
    expected,
    { timeout: 600_000 },
  );
  return Date.now() - t0;
}

/**
 * `count` keystrokes (after `warmup` unrecorded ones), each on the UMKM field
 * of row k mod n. For each: wait for a fresh frame; t0 = performance.now();
 * set the field's value and dispatch an `input` event; a MutationObserver sees
 * `#total-potential` change (t1); then the next frame: its
 * requestAnimationFrame callback (tr) and a message posted from it, which runs
 * once that frame's style, layout and paint are done (t2).
 *   dom     = t1 − t0                 input → new total in the DOM
 *   work    = (t1 − t0) + (t2 − tr)   main-thread work: update + rendering the frame
 *   painted = t2 − t0                 input → frame with the new total painted (includes waiting for vsync)
 */
export async function keystrokes(page, { count, warmup = 10 }) {
  return page.evaluate(
    async ({ count, warmup }) => {
      const inputs = [...document.querySelectorAll('li.partner input[id$="-umkm"]')];
      const main = document.querySelector('main');
      const total = () => document.getElementById('total-potential')?.textContent;
      const frame = () =>
        new Promise((ok) =>
          requestAnimationFrame(() => {
            const tr = performance.now();
            const ch = new MessageChannel();
            ch.port1.onmessage = () => ok({ tr, t2: performance.now() });
            ch.port2.postMessage(0);
          }),
        );
      const out = { dom: [], work: [], painted: [], timeouts: 0 };
      for (let k = 0; k < warmup + count; k++) {
        await frame();
        const input = inputs[k % inputs.length];
        const before = total();
        let t1 = null;
        let obs;
        const changed = new Promise((ok) => {
          obs = new MutationObserver(() => {
            if (total() !== before) {
              t1 = performance.now();
              ok();
            }
          });
          obs.observe(main, { subtree: true, childList: true, characterData: true });
        });
        const t0 = performance.now();
        input.value = String(20000 + k); // always a new value, so the total changes
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '0' }));
        await Promise.race([changed, new Promise((ok) => setTimeout(ok, 10_000))]);
        obs.disconnect();
        const { tr, t2 } = await frame();
        if (k < warmup) continue;
        if (t1 === null) {
          out.timeouts++;
          continue;
        }
        out.dom.push(t1 - t0);
        out.work.push(t1 - t0 + (t2 - tr));
        out.painted.push(t2 - t0);
      }
      return out;
    },
    { count, warmup },
  );
}

/** JS heap (after a forced GC), wasm linear memory, DOM size — via CDP and the page. */
export async function memory(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const wasm = await page.evaluate(() => window.__benchWasm?.memory?.buffer?.byteLength ?? null);
  await cdp.detach();
  return {
    jsHeapUsed: heap.usedSize,
    jsHeapTotal: heap.totalSize,
    wasmMemory: wasm,
    domNodes: m.Nodes ?? null,
    layoutObjects: m.LayoutObjects ?? null,
  };
}

/**
 * Recalculation latency with `n` partner rows, and (with `measureMemory`)
 * memory once the rows are loaded. `env` is { browser, server } as in
 * tests/e2e/harness.mjs.
 */
export async function recalc(env, n, { count, warmup, cpuSlowdown = 1, measureMemory = false }) {
  const { context, page, problems } = await openAppKeepingWasm(env);
  page.setDefaultTimeout(600_000);
  try {
    await throttle(context, page, cpuSlowdown);
    const setupMs = await makeRows(page, n);
    const mem = measureMemory ? await memory(context, page) : undefined;
    const r = await keystrokes(page, { count, warmup });
    return {
      rows: n,
      keystrokes: r.dom.length,
      timeouts: r.timeouts,
      setupMs,
      dom: stats(r.dom),
      work: stats(r.work),
      painted: stats(r.painted),
      memory: mem,
      problems,
    };
  } finally {
    await context.close();
  }
}

/** tests/e2e/harness.mjs's openApp (console errors tracked), reloaded with KEEP_WASM. */
async function openAppKeepingWasm(env) {
  const opened = await openApp(env);
  await opened.context.addInitScript(KEEP_WASM);
  await opened.page.reload();
  await opened.page.waitForSelector('main');
  // The app opens on the summary; the rows are in the partners section.
  await opened.page.click('#tab-partners');
  await opened.page.waitForSelector('#partners-h');
  return opened;
}

/** Memory of a freshly loaded page (one partner row, or the counter). */
export async function freshMemory(env, url, selector) {
  const context = await env.browser.newContext({ viewport: PHONE, deviceScaleFactor: 1 });
  await context.addInitScript(KEEP_WASM);
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector(selector);
    return await memory(context, page);
  } finally {
    await context.close();
  }
}

/**
 * One cold load (a new browser context: empty HTTP and code caches) of `url`:
 * ms from navigation start (performance.timeOrigin) until `selector` is in
 * the DOM, until the frame showing it is painted, and the browser's FCP.
 *
 * The page reports through a binding (`context.exposeBinding`) rather than
 * being polled: `page.waitForFunction` makes Playwright evaluate its ~200 KB
 * injected script in the page while the page loads, 15–20 ms of main-thread
 * time measured inside the app's first result (and not inside a blank page's,
 * which is done before it arrives).
 */
async function loadOnce(browser, url, selector, cpuSlowdown) {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1 });
  let report;
  const reported = new Promise((ok) => (report = ok));
  await context.exposeBinding('__benchReport', (_source, values) => report(values));
  await context.addInitScript((sel) => {
    const t = {};
    const send = () => {
      if (t.painted !== undefined && t.fcp !== undefined) window.__benchReport(t);
    };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'first-contentful-paint') {
          t.fcp = e.startTime;
          send();
        }
      }
    }).observe({ type: 'paint', buffered: true });
    const obs = new MutationObserver(() => {
      if (t.dom === undefined && document.querySelector(sel)) {
        t.dom = performance.now();
        obs.disconnect();
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => {
            t.painted = performance.now();
            send();
          };
          ch.port2.postMessage(0);
        });
      }
    });
    obs.observe(document, { childList: true, subtree: true });
  }, selector);
  const page = await context.newPage();
  try {
    await throttle(context, page, cpuSlowdown);
    await page.goto(url, { waitUntil: 'commit' });
    let timer;
    const timeout = new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`no first result from ${url} within 60 s`)), 60_000);
    });
    const values = await Promise.race([reported, timeout]);
    clearTimeout(timer);
    return { dom: values.dom, painted: values.painted, fcp: values.fcp };
  } finally {
    await context.close();
  }
}

/**
 * Navigation → first computed result on screen for each of `pages`
 * ({ name, url, selector }; one of them named 'blank'), `loads` cold loads
 * each, interleaved. Medians, and each page's ratio to the blank page.
 */
export async function firstResult(browser, { pages, loads, cpuSlowdown = 1 }) {
  const runs = Object.fromEntries(pages.map((p) => [p.name, []]));
  // One unrecorded load of each first (the server's and the OS's caches).
  for (const p of pages) await loadOnce(browser, p.url, p.selector, cpuSlowdown);
  for (let i = 0; i < loads; i++) {
    for (const p of pages) runs[p.name].push(await loadOnce(browser, p.url, p.selector, cpuSlowdown));
  }
  const med = (list, k) => round(median(list.map((x) => x[k])), 1);
  const out = { loads };
  for (const p of pages) {
    const list = runs[p.name];
    out[p.name] = {
      selector: p.selector,
      dom: med(list, 'dom'),
      painted: med(list, 'painted'),
      fcp: med(list, 'fcp'),
      // Every load, so the spread is visible in target/bench.json.
      allPainted: list.map((x) => round(x.painted, 1)),
    };
  }
  for (const p of pages) {
    if (p.name === 'blank') continue;
    const a = out[p.name];
    const b = out.blank;
    a.ratioToBlank = { dom: round(a.dom / b.dom), painted: round(a.painted / b.painted), fcp: round(a.fcp / b.fcp) };
  }
  return out;
}

/**
 * The paths a first visit asks the server for (the server's own log, so a
 * service worker's precache requests count too), waiting for a service
 * worker, if the app registers one, to finish installing.
 */
export async function requestedOnFirstLoad(env, url, selector) {
  const context = await env.browser.newContext({ viewport: PHONE, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const from = env.server.requests.length;
  try {
    await page.goto(url);
    await page.waitForSelector(selector);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker?.getRegistration().then((r) => (r ? navigator.serviceWorker.ready : null)),
        new Promise((ok) => setTimeout(ok, 5000)),
      ]),
    );
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    return [...new Set(env.server.requests.slice(from))];
  } finally {
    await context.close();
  }
}
