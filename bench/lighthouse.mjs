// Lighthouse mobile (its defaults: Moto G Power form factor, simulated
// throttling — slow 4G, 4× CPU slowdown) against a served dist, through the
// lighthouse CLI in node_modules, driving Debian's Chromium with the same
// flags as the end-to-end tests.
import { spawn } from 'node:child_process';
import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CHROMIUM_ARGS, ROOT } from '../tests/e2e/harness.mjs';

const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  si: 'speed-index',
  tti: 'interactive',
  cls: 'cumulative-layout-shift',
};

function run(cmd, args, env) {
  // Asynchronous on purpose: the server answering Lighthouse lives in this process.
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`lighthouse exited ${code}: ${err.slice(-2000)}`))));
  });
}

/** One Lighthouse run; returns the summary and the path of the full JSON report. */
async function once(url, out) {
  await run(
    join(ROOT, 'node_modules', '.bin', 'lighthouse'),
    [
      url,
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices',
      '--form-factor=mobile',
      '--throttling-method=simulate',
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
      '--quiet',
    ],
    { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
  );
  const r = JSON.parse(await readFile(out, 'utf8'));
  if (r.runtimeError) throw new Error(`lighthouse: ${r.runtimeError.code} ${r.runtimeError.message}`);
  const score = (id) => (r.categories[id]?.score == null ? null : Math.round(r.categories[id].score * 100));
  const metrics = Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, r.audits[id]?.numericValue ?? null]));
  // What keeps a score below 100: weighted audits that did not pass.
  const failing = [];
  for (const cat of Object.values(r.categories)) {
    for (const ref of cat.auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) {
        failing.push({ category: cat.id, audit: a.id, score: a.score, value: a.displayValue ?? '' });
      }
    }
  }
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    ...metrics,
    failing,
    warnings: r.runWarnings ?? [],
    lighthouseVersion: r.lighthouseVersion,
    report: out,
  };
}

/**
 * `runs` Lighthouse runs of `url`; returns the median run (by performance
 * score, then TBT) plus every run's scores so the spread is visible.
 */
export async function lighthouse(url, { name, runs = 3, outDir }) {
  await mkdir(outDir, { recursive: true });
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await once(url, join(outDir, `lighthouse-${name}-${i + 1}.json`)));
  const sorted = [...all].sort((a, b) => a.performance - b.performance || b.tbt - a.tbt);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return {
    ...median,
    runs: all.map(({ performance, accessibility, bestPractices, fcp, lcp, tbt }) => ({
      performance,
      accessibility,
      bestPractices,
      fcp,
      lcp,
      tbt,
    })),
  };
}
