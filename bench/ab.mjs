// Two builds of the app, first result painted, paired: each round loads
// A, the blank page and B (the order flips every round), two cold loads each,
// and compares B with A load by load. The full benchmark's medians move by
// 10–20 ms between runs on a busy 2-core machine; a lever worth 5 ms shows
// only in differences taken side by side. Reported, never asserted.
//
//   node bench/ab.mjs DIST_A DIST_B        (AB_ROUNDS, default 30)
//
// Make B from A by editing a copy of its dist (keep integrity hashes right),
// or build it from another commit with `app_build` (tools/env).
import { writeFileSync, rmSync, cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, BASE, launch } from '../tests/e2e/harness.mjs';
import { serveInThread } from './server-thread.mjs';
import { firstResult } from './browser.mjs';

const [A, B] = process.argv.slice(2);
if (!A || !B || !existsSync(join(A, 'index.html')) || !existsSync(join(B, 'index.html'))) {
  console.error('usage: node bench/ab.mjs DIST_A DIST_B (two release builds of the app)');
  process.exit(2);
}
const ROUNDS = Number(process.env.AB_ROUNDS ?? 30);
const BLANK = 'bench-blank.html';
const site = (src, name) => {
  const dir = join(ROOT, 'target', 'bench', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(src, dir, { recursive: true });
  writeFileSync(
    join(dir, BLANK),
    '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>blank</title><p id="result">blank</p></html>\n',
  );
  return dir;
};
const serverA = await serveInThread(site(A, 'ab-a'), BASE);
const serverB = await serveInThread(site(B, 'ab-b'), BASE);
const browser = await launch();
const pages = {
  a: { name: 'a', url: serverA.url, selector: '#plan' },
  blank: { name: 'blank', url: serverA.url + BLANK, selector: '#result' },
  b: { name: 'b', url: serverB.url, selector: '#plan' },
};
const painted = { a: [], blank: [], b: [] };
const differences = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? ['b', 'blank', 'a'] : ['a', 'blank', 'b'];
    const r = await firstResult(browser, { pages: order.map((k) => pages[k]), loads: 2 });
    for (const k of order) painted[k].push(...r[k].allPainted);
    r.b.allPainted.forEach((b, i) => differences.push(b - r.a.allPainted[i]));
  }
} finally {
  await browser.close();
  await serverA.close();
  await serverB.close();
}
const median = (v) => {
  const s = [...v].sort((x, y) => x - y);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const blank = median(painted.blank);
console.log(`first result painted, ms from navigation start (${ROUNDS} rounds, ${painted.a.length} cold loads each)`);
for (const [label, k] of [['A', 'a'], ['blank page', 'blank'], ['B', 'b']]) {
  const m = median(painted[k]);
  console.log(`  ${label.padEnd(12)}median ${m.toFixed(1).padStart(6)}   ${(m / blank).toFixed(2)}× the blank page`);
}
const faster = differences.filter((d) => d < 0).length;
const sorted = [...differences].sort((x, y) => x - y);
const quartile = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
console.log(`  B − A, load by load: median ${median(differences).toFixed(1)} ms; B faster in ${faster} of ${differences.length}`);
// The spread says what a run can resolve. One build on both sides (60
// loads) gave a median of -4.7 ms, quartiles -39 / +20 ms: under about
// 10 ms a difference is not a finding; AB_ROUNDS=90 resolves about 8.
console.log(`  B − A quartiles: ${quartile(0.25).toFixed(1)} / ${quartile(0.75).toFixed(1)} ms`);
