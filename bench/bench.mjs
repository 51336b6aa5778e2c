// The benchmark: first-load sizes of the app and of the reference counter,
// Lighthouse mobile, recalculation latency, first result on screen, memory.
// Run it through tools/bench, which builds both first. Prints a table and
// writes target/bench.json. Timings are reported, never asserted; only the
// size budget (--budget) can fail the run.
//
//   node bench/bench.mjs --app DIST --ref DIST [--sizes] [--budget] [--out FILE]
//
// Environment: BENCH_KEYSTROKES (200), BENCH_ROWS (10,100,1000),
// BENCH_LOADS (20), BENCH_LH_RUNS (3; 0 skips Lighthouse), BENCH_CPU_SLOWDOWN (1: none).
import { readFileSync, writeFileSync, mkdirSync, rmSync, cpSync, existsSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { ROOT, BASE, launch } from '../tests/e2e/harness.mjs';
import { serveInThread } from './server-thread.mjs';
import { criticalPath, measureDist } from './sizes.mjs';

const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const opt = (f, d) => (args.includes(f) ? args[args.indexOf(f) + 1] : d);
const env = (k, d) => (process.env[k] ? Number(process.env[k]) : d);

const APP = opt('--app', join(ROOT, 'target', 'bench', 'app-dist'));
const REF = opt('--ref', null); // optional: --sizes --budget can run on the app alone
const OUT = opt('--out', join(ROOT, 'target', 'bench.json'));
const WORK = join(ROOT, 'target', 'bench');
const SIZES_ONLY = flag('--sizes');
const BUDGET = flag('--budget');
const BUDGET_FILE = join(ROOT, 'bench', 'budget.json');
const KEYSTROKES = env('BENCH_KEYSTROKES', 200);
const ROWS = (process.env.BENCH_ROWS ?? '10,100,1000').split(',').map(Number);
const LOADS = env('BENCH_LOADS', 20);
const LH_RUNS = env('BENCH_LH_RUNS', 3);
const CPU = env('BENCH_CPU_SLOWDOWN', 1);

const kb = (b) => (b / 1000).toFixed(1);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const say = (s = '') => console.log(s);
const fmt = (x, d = 1) => (x == null ? '–' : Number(x).toFixed(d));

function meta() {
  const git = (...a) => {
    try {
      return execFileSync('git', a, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  return {
    date: new Date().toISOString(),
    commit: git('rev-parse', 'HEAD'),
    dirty: (git('status', '--porcelain', '--', 'src', 'static', 'index.html', 'Cargo.toml', 'Cargo.lock') ?? '') !== '',
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
  };
}

function sizeTable(label, dist, m) {
  const where = relative(ROOT, dist);
  say(`${label}  (${where && !where.startsWith('..') ? where : dist})   1 KB = 1000 bytes`);
  say(`  ${pad('file', 44)}${pad('kind', 16)}${lpad('raw', 10)}${lpad('gzip -9', 10)}${lpad('brotli 11', 11)}`);
  for (const f of m.files) {
    say(`  ${pad(f.name, 44)}${pad(f.kind, 16)}${lpad(kb(f.raw), 10)}${lpad(kb(f.gzip), 10)}${lpad(kb(f.brotli), 11)}`);
  }
  say(`  ${pad('all files (precached)', 60)}${lpad(kb(m.total.raw), 10)}${lpad(kb(m.total.gzip), 10)}${lpad(kb(m.total.brotli), 11)}`);
  say(`  ${pad('  of which wasm + JS', 60)}${lpad(kb(m.code.raw), 10)}${lpad(kb(m.code.gzip), 10)}${lpad(kb(m.code.brotli), 11)}`);
}

const report = { meta: meta(), sizes: {} };

// ---- 1. sizes -------------------------------------------------------------
say('== First-load sizes');
const app = measureDist(APP);
report.sizes.app = app;
sizeTable('Target UMKM', APP, app);
if (REF) {
  const ref = measureDist(REF);
  report.sizes.reference = ref;
  say();
  sizeTable('Reference: bare Yew 0.23 counter', REF, ref);
  const r = (k) => Math.round((app.total[k] / ref.total[k]) * 100) / 100;
  report.sizes.ratio = { raw: r('raw'), gzip: r('gzip'), brotli: r('brotli') };
  report.sizes.ratioCode = {
    raw: Math.round((app.code.raw / ref.code.raw) * 100) / 100,
    gzip: Math.round((app.code.gzip / ref.code.gzip) * 100) / 100,
    brotli: Math.round((app.code.brotli / ref.code.brotli) * 100) / 100,
  };
  say();
  say(
    `  app / reference, first-load total:  raw ${r('raw')}×   gzip ${r('gzip')}×   brotli ${r('brotli')}×` +
      `   (wasm + JS only: brotli ${report.sizes.ratioCode.brotli}×)`,
  );
}

// ---- budget ---------------------------------------------------------------
// Two numbers (issue 28): the critical path, every byte fetched before the
// first result is on screen, and everything the service worker precaches.
const budget = JSON.parse(readFileSync(BUDGET_FILE, 'utf8'));
const path = criticalPath(APP, app);
const checks = [
  { what: 'critical path', measured: path.criticalBrotli, limit: budget.criticalPathBrotliBytes },
  { what: 'everything', measured: app.total.brotli, limit: budget.allFilesBrotliBytes },
];
const over = checks.some((c) => c.measured > c.limit);
report.budget = {
  criticalPathBrotliBytes: budget.criticalPathBrotliBytes,
  allFilesBrotliBytes: budget.allFilesBrotliBytes,
  critical: path.critical,
  measuredCriticalPath: path.criticalBrotli,
  measuredAll: app.total.brotli,
  deferredShare: Math.round((path.deferredBrotli / app.total.brotli) * 1000) / 1000,
  lazyModules: path.lazyModules,
  ok: !over,
};
say();
say(`  critical path (before the first result): ${path.critical.join(', ')}`);
say(`  lazy modules (fetched after the first result):`);
for (const l of path.lazyModules) say(`    ${pad(l.name, 42)}${lpad(kb(l.brotli), 8)} KB`);
say(`  deferred: ${kb(path.deferredBrotli)} KB brotli, ${(report.budget.deferredShare * 100).toFixed(1)} % of everything`);
for (const c of checks) {
  say(
    `  budget (bench/budget.json): ${c.what} brotli ${c.measured} B of ${c.limit} B` +
      ` — ${c.measured > c.limit ? `OVER by ${c.measured - c.limit} B` : `ok, ${c.limit - c.measured} B to spare`}`,
  );
}

function finish() {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(report, null, 2) + '\n');
  const shown = relative(ROOT, OUT);
  say(`\nwrote ${shown && !shown.startsWith('..') ? shown : OUT}`);
  if (BUDGET && over) {
    for (const c of checks.filter((c) => c.measured > c.limit)) {
      console.error(`\nFAIL: the app's ${c.what} is ${c.measured} B brotli, over the budget of ${c.limit} B (bench/budget.json; see bench/README.md).`);
    }
    process.exit(1);
  }
}

if (SIZES_ONLY) {
  finish();
} else {
  await timings();
  finish();
}

// ---- 2–5. timings ---------------------------------------------------------
async function timings() {
  if (!REF) throw new Error('the full benchmark needs --ref (the reference counter build)');
  const { lighthouse } = await import('./lighthouse.mjs');
  const { recalc, freshMemory, firstResult, requestedOnFirstLoad } = await import('./browser.mjs');

  // The app's dist plus a blank page, served from one server under the app's sub-path.
  const site = join(WORK, 'site');
  rmSync(site, { recursive: true, force: true });
  cpSync(APP, site, { recursive: true, filter: (p) => !/\/\.[^/]*$/.test(p) });
  const BLANK = 'bench-blank.html';
  if (existsSync(join(APP, BLANK))) throw new Error(`${BLANK} already exists in the app's dist`);
  writeFileSync(
    join(site, BLANK),
    '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>blank</title><p id="result">blank</p></html>\n',
  );
  // Servers in their own threads: see bench/server-thread.mjs.
  const appServer = await serveInThread(site, BASE);
  const refServer = await serveInThread(REF, BASE);
  const browser = await launch();
  report.meta.chromium = browser.version();
  report.meta.cpuSlowdown = CPU;
  const benv = { browser, server: appServer };
  try {
    // Which files a first visit really fetches (should be the files in the size table).
    const requested = [
      ...new Set(
        (await requestedOnFirstLoad(benv, appServer.url, '#plan')).map((p) =>
          p.startsWith(BASE) ? p.slice(BASE.length) || 'index.html' : p,
        ),
      ),
    ];
    const listed = app.files.map((f) => f.name);
    report.sizes.requestedOnFirstLoad = requested;
    const notListed = requested.filter((p) => !listed.includes(p));
    const notRequested = listed.filter((p) => !requested.includes(p));
    say();
    say(`  a first visit requests: ${requested.join(', ')}`);
    if (notListed.length) say(`  NOTE requested but not in dist: ${notListed.join(', ')}`);
    if (notRequested.length) say(`  NOTE in dist (and counted) but not requested on first load: ${notRequested.join(', ')}`);

    // 2. Lighthouse.
    say('\n== Lighthouse mobile (simulated throttling; median of ' + LH_RUNS + ' runs)');
    report.lighthouse = {};
    for (const [name, url] of LH_RUNS > 0
      ? [
          ['app', appServer.url],
          ['reference', refServer.url],
        ]
      : []) {
      try {
        report.lighthouse[name] = await lighthouse(url, { name, runs: LH_RUNS, outDir: WORK });
      } catch (e) {
        report.lighthouse[name] = { error: String(e.message ?? e) };
      }
    }
    say(`  ${pad('', 11)}${lpad('perf', 6)}${lpad('a11y', 6)}${lpad('b-p', 6)}${lpad('FCP ms', 9)}${lpad('LCP ms', 9)}${lpad('TBT ms', 9)}${lpad('TTI ms', 9)}   runs (perf)`);
    for (const [name, l] of Object.entries(report.lighthouse)) {
      if (l.error) {
        say(`  ${pad(name, 11)}could not run: ${l.error}`);
        continue;
      }
      say(
        `  ${pad(name, 11)}${lpad(l.performance, 6)}${lpad(l.accessibility, 6)}${lpad(l.bestPractices, 6)}` +
          `${lpad(fmt(l.fcp, 0), 9)}${lpad(fmt(l.lcp, 0), 9)}${lpad(fmt(l.tbt, 0), 9)}${lpad(fmt(l.tti, 0), 9)}   ${l.runs.map((r) => r.performance).join(' ')}`,
      );
    }
    for (const f of report.lighthouse.app?.failing ?? []) say(`    app below 100: ${f.category} / ${f.audit} (${f.score}) ${f.value}`);

    // 3. Recalculation latency (+ 5. memory at the largest row count).
    say(`\n== Recalculation: input on a UMKM field → #total-potential updated (ms, ${KEYSTROKES} keystrokes, 360×740${CPU > 1 ? `, CPU ${CPU}× slower` : ''})`);
    report.recalc = [];
    const most = Math.max(...ROWS);
    for (const n of ROWS) {
      report.recalc.push(
        await recalc(benv, n, { count: KEYSTROKES, warmup: 10, cpuSlowdown: CPU, measureMemory: n === most }),
      );
    }
    say(`  ${pad('rows', 7)}${lpad('DOM p50', 9)}${lpad('p95', 8)}${lpad('work p50', 10)}${lpad('p95', 8)}${lpad('painted p50', 13)}${lpad('p95', 8)}${lpad('setup ms', 10)}`);
    for (const r of report.recalc) {
      say(
        `  ${pad(r.rows, 7)}${lpad(fmt(r.dom.p50), 9)}${lpad(fmt(r.dom.p95), 8)}${lpad(fmt(r.work.p50), 10)}${lpad(fmt(r.work.p95), 8)}` +
          `${lpad(fmt(r.painted.p50), 13)}${lpad(fmt(r.painted.p95), 8)}${lpad(r.setupMs, 10)}` +
          (r.timeouts ? `  (${r.timeouts} keystrokes timed out)` : '') +
          (r.problems.length ? `  problems: ${r.problems.join('; ')}` : ''),
      );
    }

    // 4. First result on screen vs a blank page.
    say(`\n== Navigation → first result on screen (median of ${LOADS} cold loads, localhost)`);
    report.firstResult = await firstResult(browser, {
      pages: [
        // The first screen: the plan, the summary the app opens on.
        { name: 'app', url: appServer.url, selector: '#plan' },
        { name: 'blank', url: appServer.url + BLANK, selector: '#result' },
        { name: 'reference', url: refServer.url, selector: 'main p' },
      ],
      loads: LOADS,
      cpuSlowdown: CPU,
    });
    const fr = report.firstResult;
    say(`  ${pad('ms from navigation start', 30)}${lpad('in DOM', 9)}${lpad('painted', 9)}${lpad('FCP', 9)}   ratio to blank (DOM / painted / FCP)`);
    for (const [label, k] of [
      ['app (#plan)', 'app'],
      ['blank page (<p>)', 'blank'],
      ['reference counter (<p>)', 'reference'],
    ]) {
      const x = fr[k];
      const r = x.ratioToBlank;
      say(
        `  ${pad(label, 30)}${lpad(fmt(x.dom), 9)}${lpad(fmt(x.painted), 9)}${lpad(fmt(x.fcp), 9)}` +
          (r ? `   ${fmt(r.dom, 2)} / ${fmt(r.painted, 2)} / ${fmt(r.fcp, 2)}` : ''),
      );
    }

    // 5. Memory.
    say('\n== Memory (after a forced GC)');
    report.memory = {
      app1: await freshMemory({ browser }, appServer.url, '#plan'),
      [`app${most}`]: report.recalc.find((r) => r.rows === most).memory,
      reference: await freshMemory({ browser }, refServer.url, 'main button'),
    };
    say(`  ${pad('', 24)}${lpad('JS heap MB', 11)}${lpad('wasm MB', 9)}${lpad('DOM nodes', 11)}`);
    const mb = (b) => (b == null ? '–' : (b / 1e6).toFixed(2));
    for (const [label, m] of [
      ['app, 1 row (fresh)', report.memory.app1],
      [`app, ${most} rows`, report.memory[`app${most}`]],
      ['reference counter', report.memory.reference],
    ]) {
      say(`  ${pad(label, 24)}${lpad(mb(m.jsHeapUsed), 11)}${lpad(mb(m.wasmMemory), 9)}${lpad(m.domNodes ?? '–', 11)}`);
    }
  } finally {
    await browser.close();
    await appServer.close();
    await refServer.close();
  }
}
