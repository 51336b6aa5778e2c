// Work saved, and links made, by the versions that wrote schemas 1 to 4
// open in this build unchanged (the texts are the real ones in
// core/tests/fixtures/schema1 to schema4, written by those versions), and
// are saved again in the current schema (5).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, openApp, stageValue } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const fixture = (name, schema = 1) => readFile(new URL(`../../core/tests/fixtures/schema${schema}/${name}`, import.meta.url), 'utf8');
const text = async (page, sel) => (await page.locator(sel).first().textContent()).trim();

test('autosaved work of schema 1 opens with every entry as typed', async () => {
  const saved = await fixture('work-id.json');
  const { page, problems, context } = await openApp(env);
  await page.evaluate((s) => localStorage.setItem('target-umkm.current', s), saved);
  await page.reload();
  await page.waitForSelector('main section');
  assert.equal(await page.locator('#backup-notice').count(), 0);
  assert.equal(await page.inputValue('li.partner >> nth=0 >> input[id$="-umkm"]'), '108.000');
  assert.equal(await page.inputValue('li.partner >> nth=1 >> input[id$="-enrol"]'), 'abc');
  // 108.000 × 5 × 100 %; the second row waits for its enrolment.
  assert.equal(await text(page, '#total-potential'), '540.000');
  await page.locator('#tab-split').click();
  assert.equal(await page.inputValue('#split-capacity'), '50');
  await page.locator('#tab-progress').click();
  assert.equal(await page.inputValue('#prog-achieved'), '1.050.000');
  // Saved again in this version's schema, after the pause in typing.
  await page.waitForFunction(() => localStorage.getItem('target-umkm.current')?.startsWith('{"v":5,'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a share link of schema 1 opens as a shared scenario', async () => {
  const payload = (await fixture('share-article.txt')).trim();
  const { page, problems, context } = await openApp(env, { query: '#s=' + encodeURIComponent(payload) });
  await page.locator('#tab-partners').click();
  assert.equal(await page.inputValue('li.partner >> nth=0 >> input[id$="-name"]'), 'Sampoerna');
  assert.equal(await text(page, '#total-potential'), '540.000');
  await page.locator('#tab-targets').click();
  assert.equal(await page.inputValue('#total-target'), '2.336.252');
  assert.equal(await page.inputValue('#bpu-growth'), '27');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a field added after schema 1 (months the agents work) starts at its default and works', async () => {
  const { page, problems, context } = await openApp(env);
  await page.locator('#tab-targets').click();
  await page.getByRole('button', { name: 'Isi contoh: target Jatim 2019' }).click();
  await page.locator('#tab-split').click();
  assert.equal(await page.inputValue('#split-months'), '12');
  // 2.336.252 ÷ (50 × 12) = 3.893,75 agents: 3.894; over six months 7.787,51: 7.788.
  assert.equal(await text(page, '#agents-needed'), '3.894');
  await page.locator('#split-months').fill('6');
  assert.equal(await text(page, '#agents-needed'), '7.788');
  await page.locator('#split-months').fill('13');
  assert.match(await text(page, '#split-months-msg'), /1 sampai 12/);
  assert.equal(await page.locator('#agents-needed').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('autosaved work and a link of schema 2 open with every entry as typed', async () => {
  const { page, problems, context } = await openApp(env);
  await page.evaluate((s) => localStorage.setItem('target-umkm.current', s), await fixture('work-id.json', 2));
  await page.reload();
  await page.waitForSelector('main section');
  assert.equal(await page.locator('#backup-notice').count(), 0);
  assert.equal(await page.inputValue('li.partner >> nth=1 >> input[id$="-enrol"]'), 'abc');
  assert.equal(await text(page, '#total-potential'), '540.000');
  await page.locator('#tab-split').click();
  assert.equal(await page.inputValue('#split-months'), '10');
  await page.waitForFunction(() => localStorage.getItem('target-umkm.current')?.startsWith('{"v":5,'));
  await context.close();

  const link = (await fixture('share-sampoerna-2019.txt', 2)).trim();
  const shared = await openApp(env, { query: '#s=' + encodeURIComponent(link) });
  await shared.page.locator('#tab-partners').click();
  assert.equal(await shared.page.inputValue('li.partner >> nth=1 >> input[id$="-name"]'), 'Sampoerna');
  assert.equal(await text(shared.page, '#total-potential'), '540.000');
  assert.deepEqual([...problems, ...shared.problems], []);
  await shared.context.close();
});

test('autosaved work and a link of schema 3 open unchanged: no stage, the default probabilities', async () => {
  const { page, problems, context } = await openApp(env);
  await page.evaluate((s) => localStorage.setItem('target-umkm.current', s), await fixture('work-id.json', 3));
  await page.reload();
  await page.waitForSelector('main section');
  assert.equal(await page.locator('#backup-notice').count(), 0);
  assert.equal(await page.inputValue('li.partner >> nth=0 >> input[id$="-umkm"]'), '108.000');
  assert.equal(await stageValue(page.locator('li.partner').first()), '');
  assert.equal(await text(page, '#total-potential'), '540.000');
  // No stage: no weighted figure; the probabilities are the defaults.
  assert.equal(await page.locator('#total-weighted').count(), 0);
  assert.equal(await page.inputValue('#stage-3'), '60');
  await page.locator('#tab-progress').click();
  assert.equal(await page.inputValue('#prog-m1'), '170.000');
  await page.waitForFunction(() => localStorage.getItem('target-umkm.current')?.startsWith('{"v":5,'));
  await context.close();

  const link = (await fixture('share-article.txt', 3)).trim();
  const shared = await openApp(env, { query: '#s=' + encodeURIComponent(link) });
  await shared.page.locator('#tab-partners').click();
  assert.equal(await shared.page.inputValue('li.partner >> nth=0 >> input[id$="-name"]'), 'Sampoerna');
  assert.equal(await text(shared.page, '#total-potential'), '540.000');
  assert.deepEqual([...problems, ...shared.problems], []);
  await shared.context.close();
});

test('autosaved work and a link of schema 4 open unchanged: stages, a range, the 2018 agent terms kept as history', async () => {
  const { page, problems, context } = await openApp(env);
  await page.evaluate((s) => localStorage.setItem('target-umkm.current', s), await fixture('work-id.json', 4));
  await page.reload();
  await page.waitForSelector('main section');
  assert.equal(await page.locator('#backup-notice').count(), 0);
  assert.equal(await stageValue(page.locator('li.partner').first()), '2');
  assert.equal(await page.inputValue('li.partner >> nth=1 >> input[id$="-enrol"]'), '10–30');
  // 108.000 × 5 + 12.000 × 5 = 600.000 potential workers.
  assert.equal(await text(page, '#total-potential'), '600.000');
  // The 2018 agent terms as typed, shown as history on the work's date
  // (1 Mar 2026), the 2022 terms in force at their defaults.
  await page.locator('#tab-iuran').click();
  await page.locator('#income-card > summary').click();
  await page.locator('#income-terms-edit > summary').click();
  assert.match(await text(page, '#income-terms-0 h4'), /Riwayat/);
  assert.match(await text(page, '#income-terms-0 .note'), /diubah/);
  assert.equal(await page.inputValue('#agent-fee'), '8');
  assert.equal(await page.inputValue('#agent-bonus'), '600.000');
  // Its contributions were everyone's, and stay so: 100 %, not the new default.
  assert.equal(await page.inputValue('#active-share'), '100');
  assert.match(await text(page, '#income-terms'), /PERDIR 13/);
  await page.waitForFunction(() => localStorage.getItem('target-umkm.current')?.startsWith('{"v":5,'));
  await context.close();

  const link = (await fixture('share-article.txt', 4)).trim();
  const shared = await openApp(env, { query: '#s=' + encodeURIComponent(link) });
  await shared.page.locator('#tab-partners').click();
  assert.equal(await shared.page.inputValue('li.partner >> nth=0 >> input[id$="-name"]'), 'Sampoerna');
  assert.equal(await text(shared.page, '#total-potential'), '600.000');
  assert.deepEqual([...problems, ...shared.problems], []);
  await shared.context.close();
});
