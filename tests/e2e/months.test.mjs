// Realisasi month by month in Capaian (issue 13), on a phone (360×740): the
// issue's worked example typed as people type numbers, the year to date, the
// gap to plan and both forecasts; an empty month before a later one is
// reported; the months survive a language switch, a reload and a share link;
// the chart is screenshotted in both languages, light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { join } from 'node:path';
import { start, openApp, typeInto, shot, horizontalOverflow, ROOT, SHOTS } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const text = async (page, sel) => (await page.locator(sel).first().textContent()).trim();
const SIX = ['150.000', '160 ribu', '170000', '0,18 juta', '190.000', '200.000'];

async function sixMonths(page) {
  await page.locator('#tab-targets').click();
  await page.getByRole('button', { name: 'Isi contoh: target Jatim 2019' }).click();
  await page.locator('#tab-progress').click();
  for (const [i, v] of SIX.entries()) await typeInto(page, `#prog-m${i}`, v);
}

async function workedExample(page, lang) {
  const n = (id, en) => (lang === 'en' ? en : id);
  // 150 + 160 + 170 + 180 + 190 + 200 thousand of 2.336.252.
  assert.equal(await text(page, '#months-ytd'), n('1.050.000', '1,050,000'));
  assert.equal(await text(page, '#months-ytd-pct'), n('44,94% dari target', '44.94% of the target'));
  // Linear plan by June: 2.336.252 ÷ 2 = 1.168.126, so 118.126 behind.
  assert.equal(await text(page, '#months-plan'), n('1.168.126', '1,168,126'));
  assert.equal(await text(page, '#months-gap'), n('-118.126', '-118,126'));
  assert.equal(await text(page, '#months-status'), n('Tertinggal dari rencana', 'Behind plan'));
  // 1.050.000 ÷ 6 × 12 and 1.050.000 + 190.000 × 6.
  assert.equal(await text(page, '#months-pace'), n('2.100.000', '2,100,000'));
  assert.equal(await text(page, '#months-pace-pct'), n('89,89% dari target', '89.89% of the target'));
  assert.equal(await text(page, '#months-recent'), n('2.190.000', '2,190,000'));
  assert.equal(await text(page, '#months-recent-pct'), n('93,74% dari target', '93.74% of the target'));
  // The recent pace names the months it uses: three here.
  assert.match(await page.locator('#months-recent').evaluate((el) => el.closest('div').querySelector('dt').textContent), n(/laju 3 bulan terakhir/, /last 3 months/));
  // ⌈1.286.252 ÷ 6⌉
  assert.equal(await text(page, '#months-month'), n('214.376', '214,376'));
}

test('six months typed: year to date, gap to plan, both forecasts, with the math and the chart', async () => {
  const { page, problems, context } = await openApp(env);
  await sixMonths(page);
  await workedExample(page, 'id');
  // Not reached this year at either pace, and by how much.
  const card = await text(page, '#months-status + dl');
  assert.match(card, /tidak tercapai tahun ini; kurang 236\.252/);
  assert.match(card, /kurang 146\.252/);
  // Show the math of the pace forecast.
  await page.locator('#months-pace').click();
  const working = await text(page, '#months-pace >> xpath=ancestor::details');
  assert.match(working, /1\.050\.000 ÷ 6 bulan = 175\.000/);
  assert.match(working, /1\.050\.000 \+ 175\.000 × 6 bulan = 2\.100\.000/);
  // The chart and its table: 12 months, July empty.
  assert.equal(await page.locator('figure.chart polyline').count(), 2);
  assert.equal(await page.locator('#months-table tbody tr').count(), 12);
  assert.deepEqual(await page.locator('#months-table tbody tr >> nth=6 >> td').allTextContents(), ['1.362.814', '']);
  assert.equal(await horizontalOverflow(page), 0);
  await page.locator('#months-h').scrollIntoViewIfNeeded();
  await shot(page, 'months-id');
  await page.locator('figure.chart').last().screenshot({ path: join(SHOTS, 'months-chart-id.png') });
  // English: the same figures the English way; the typed months keep their value.
  await page.getByRole('button', { name: 'English' }).click();
  assert.equal(await page.inputValue('#prog-m1'), '160 ribu');
  assert.equal(await page.inputValue('#prog-m0'), '150,000');
  await workedExample(page, 'en');
  await shot(page, 'months-en');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'months-en-dark');
  assert.deepEqual(problems, []);
  await context.close();
  await mkdir(join(ROOT, 'docs', 'screenshots'), { recursive: true });
  for (const name of ['months-id.png', 'months-chart-id.png']) {
    await copyFile(join(SHOTS, name), join(ROOT, 'docs', 'screenshots', name));
  }
});

test('a month left empty before a later one is reported, never counted as zero', async () => {
  const { page, problems, context } = await openApp(env);
  await sixMonths(page);
  await page.locator('#prog-m2').fill('');
  assert.match(await text(page, '#months-gaps'), /Belum diisi padahal bulan sesudahnya sudah: Mar\./);
  assert.equal(await page.locator('#months-ytd').count(), 0);
  // A typed zero is a month entered.
  await typeInto(page, '#prog-m2', '0');
  assert.equal(await page.locator('#months-gaps').count(), 0);
  assert.equal(await text(page, '#months-ytd'), '880.000');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the months survive a reload and a share link', async () => {
  const a = await openApp(env, { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await sixMonths(a.page);
  await a.page.waitForFunction(() => localStorage.getItem('target-umkm.current')?.includes('progress.month.5'));
  await a.page.reload();
  await a.page.waitForSelector('main section');
  await a.page.locator('#tab-progress').click();
  assert.equal(await a.page.inputValue('#prog-m3'), '0,18 juta');
  await workedExample(a.page, 'id');
  await a.page.locator('#tab-keep').click();
  await a.page.locator('#make-link').click();
  await a.page.waitForSelector('#share-url');
  const url = await a.page.inputValue('#share-url');
  const b = await openApp(env, { query: url.slice(url.indexOf('#')) });
  await b.page.waitForSelector('#shared-notice');
  await b.page.locator('#tab-progress').click();
  assert.equal(await b.page.inputValue('#prog-m1'), '160 ribu');
  await workedExample(b.page, 'id');
  assert.deepEqual([...a.problems, ...b.problems], []);
  await a.context.close();
  await b.context.close();
});

async function downloadCsv(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#months-csv').click()]);
  return readFile(await download.path(), 'utf8');
}

test('the months CSV parses back in both dialects, months not entered left empty', async () => {
  const { page, problems, context } = await openApp(env);
  await sixMonths(page);
  const id = await downloadCsv(page);
  assert.ok(id.startsWith('\uFEFF'), 'UTF-8 BOM for Excel');
  const rows = parseCsv(id.slice(1), { delimiter: ';' });
  assert.equal(rows.length, 13);
  // June: plan 2.336.252 × 6 ÷ 12, achieved 200.000, cumulative 1.050.000.
  assert.deepEqual(rows[6], ['Jun', '1168126', '200000', '1050000']);
  // July: plan 2.336.252 × 7 ÷ 12 = 1.362.813,666…; nothing entered.
  assert.equal(rows[7][0], 'Jul');
  assert.match(rows[7][1], /^1362813,66/);
  assert.deepEqual(rows[7].slice(2), ['', '']);
  await page.getByRole('button', { name: 'English' }).click();
  const en = parseCsv((await downloadCsv(page)).slice(1), { delimiter: ',' });
  assert.deepEqual(en[0], ['Month', 'Plan (cumulative)', 'Achieved', 'Achieved (cumulative)']);
  // April: 2.336.252 × 4 ÷ 12 = 778.750,666…, six decimals in a spreadsheet number.
  assert.deepEqual(en[4], ['Apr', '778750.666667', '180000', '660000']);
  assert.match(en[7][1], /^1362813\.66/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Lebaran preset shapes the plan, and the weights show in Pembagian', async () => {
  const { page, problems, context } = await openApp(env);
  await sixMonths(page);
  // The year is the date's: 2026, Lebaran about 20 March.
  await page.locator('#prog-date').fill('2026-06-30');
  assert.equal(await text(page, '#plan-lebaran'), 'Lebaran 2026');
  await page.locator('#plan-lebaran').click();
  // Σ = 10 + 0,7 + 0,85 = 11,55; Jan–Jun 5,55: 2.336.252 × 5,55 ÷ 11,55 = 1.122.614,6.
  assert.equal(await text(page, '#months-plan'), '1.122.615');
  // 1.050.000 − 1.122.614,6 = −72.614,6
  assert.equal(await text(page, '#months-gap'), '-72.615');
  await page.locator('#months-plan').click();
  assert.match(await text(page, '#months-plan >> xpath=ancestor::details'), /bobot bulan/);
  await page.locator('#tab-split').click();
  assert.equal(await page.getByLabel('Bobot Mar').inputValue(), '0,7');
  assert.equal(await page.getByLabel('Bobot Apr').inputValue(), '0,85');
  await page.locator('#tab-progress').click();
  await page.locator('#plan-even').click();
  assert.equal(await text(page, '#months-plan'), '1.168.126');
  assert.deepEqual(problems, []);
  await context.close();
});
