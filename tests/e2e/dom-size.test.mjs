// How many nodes the browser keeps for the first screen and for each partner
// row (issue 28: at most 100 a row). Counted as tools/bench counts them, by
// Chromium's own Performance.getMetrics after a forced GC, which includes each
// element's internal nodes (an <input> is 4, a six-option <select> about 45).
// Node counts are deterministic for a given build and Chromium: no timing here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openApp } from './harness.mjs';
import { makeRows, memory } from '../../bench/browser.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

test('the first screen is small, and a partner row costs at most 100 of the browser\'s nodes', async () => {
  const { page, context, problems } = await openApp(env, { ready: '#plan' });
  page.setDefaultTimeout(120_000);
  const fresh = (await memory(context, page)).domNodes;
  assert.ok(fresh <= 200, `the plan on a fresh page: ${fresh} nodes`);
  await page.locator('#tab-partners').click();
  await page.waitForSelector('#partners-h');
  await makeRows(page, 1);
  const one = (await memory(context, page)).domNodes;
  await makeRows(page, 101);
  const many = (await memory(context, page)).domNodes;
  const perRow = (many - one) / 100;
  assert.ok(perRow <= 100, `${perRow} nodes a partner row`);
  assert.deepEqual(problems, []);
  await context.close();
});
