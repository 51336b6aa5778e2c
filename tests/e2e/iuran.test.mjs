// Contributions at the rates in force on a date (issue 15), at 360×740:
// the JP wage cap changes across March 2026, the transport relief brings the
// smallest BPU package to Rp8.400, an agent's month at the article's
// per-agent quota (PERDIR 13/2022), and no internal file name on screen or in the CSVs.
// Every expected figure is worked by hand in the comments.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, openApp, typeInto, shot, horizontalOverflow, addSampoerna, openDetails } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const text = async (page, sel) => (await page.locator(sel).first().textContent()).trim();

/** Sampoerna (108.000 UMKM × 5 workers, enrolment 100 %, PU share 40 %) and the 2019 targets. */
async function article(page) {
  await page.locator('#tab-partners').click();
  await page.locator('li.partner').first().locator('button.danger').click();
  await addSampoerna(page, { enrolment: '100', pu: '40' });
  await page.locator('#tab-targets').click();
  await page.getByRole('button', { name: 'Isi contoh: target Jatim 2019' }).click();
  await page.locator('#tab-iuran').click();
}

async function csvOf(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return readFile(await download.path(), 'utf8');
}

test('the JP cap follows the date across March 2026', async () => {
  const { page, problems, context } = await openApp(env);
  await article(page);
  await typeInto(page, '#iuran-wage', '12.000.000');
  await page.locator('#iuran-class').selectOption('2');
  await page.locator('#iuran-date').fill('2026-02-28');
  // Cap Rp10.547.400. Employer: JKK 0,40 % 48.000 + JKP 0,14 % 16.800 + JKM
  // 36.000 + JHT 444.000 + JP 2 % × 10.547.400 = 210.948 → 755.748; worker:
  // JHT 240.000 + JP 105.474 = 345.474; together Rp1.101.222.
  assert.match(await text(page, '#iuran-basis'), /Rp10\.547\.400/);
  assert.equal(await text(page, '#iuran-pu-per-worker'), 'Rp1.101.222');
  await page.locator('#iuran-date').fill('2026-03-01');
  // Cap Rp11.086.300: JP 221.726 + 110.863: 766.526 + 350.863 = Rp1.117.389.
  assert.match(await text(page, '#iuran-basis'), /Rp11\.086\.300/);
  assert.match(await text(page, '#iuran-basis'), /berlaku mulai 1 Mar 2026/);
  assert.equal(await text(page, '#iuran-pu-per-worker'), 'Rp1.117.389');
  // The working names the cap.
  const card = page.locator('#iuran-pu-per-worker').locator('xpath=ancestor::div[contains(@class,"card")]');
  await card.locator('details.math > summary').first().click();
  assert.match(await card.textContent(), /dibatasi pada Rp11\.086\.300/);
  assert.equal(await horizontalOverflow(page), 0);
  await shot(page, 'iuran-date-id-360');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the transport relief inside its period, and the agent at the quota', async () => {
  const { page, problems, context } = await openApp(env);
  await article(page);
  await page.locator('#iuran-date').fill('2026-12-01');
  // Rp1.000.000 × 1 % + Rp6.800 = Rp16.800.
  assert.equal(await text(page, '#iuran-bpu-per-worker'), 'Rp16.800');
  // The plan's quota per agent per month: 2.336.252 ÷ (360 agents × 12
  // months) = 540,8 → 541. On PERDIR 13/2022, JKK + JKM: 541 × Rp10.000 =
  // 5.410.000 + 15 % × 541 × 16.800 = 1.363.320 → Rp6.773.320 the first month.
  await openDetails(page, '#income-card');
  assert.match(await text(page, '#income-recruits'), /541/);
  assert.equal(await text(page, '#income-m1'), 'Rp6.773.320');
  // A typed 40: 400.000 + 15 % × 40 × 16.800 = 100.800 → Rp500.800.
  await typeInto(page, '#agent-participants', '40');
  assert.equal(await text(page, '#income-m1'), 'Rp500.800');
  // The relief: 50 % of JKK 10.000 and JKM 6.800 = Rp8.400 (the reliefs
  // are collapsed while none is on).
  await openDetails(page, '#reliefs');
  await page.locator('#relief-transport').check();
  assert.equal(await text(page, '#iuran-bpu-per-worker'), 'Rp8.400');
  assert.match(await text(page, '#iuran-basis'), /PP 50\/2025/);
  // The agent's income follows: 400.000 + 15 % × 40 × 8.400 = 50.400.
  assert.equal(await text(page, '#income-m1'), 'Rp450.400');
  // Show the math names the relief.
  const card = page.locator('#iuran-bpu-per-worker').locator('xpath=ancestor::div[contains(@class,"card")]');
  await card.locator('details.math > summary').first().click();
  assert.match(await card.textContent(), /keringanan PP 50\/2025/);
  await shot(page, 'iuran-relief-id-360');
  // Outside its period the switch stays on but is not applied.
  await page.locator('#iuran-date').fill('2025-06-01');
  assert.equal(await text(page, '#iuran-bpu-per-worker'), 'Rp16.800');
  await page.locator('#relief-transport-off').waitFor();
  assert.equal(await horizontalOverflow(page), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('no internal file name on screen or in the CSVs, in both languages, light and dark', async () => {
  for (const [lang, scheme] of [['id', 'light'], ['en', 'dark']]) {
    const { page, problems, context } = await openApp(env, { context: { colorScheme: scheme } });
    await article(page);
    await typeInto(page, '#iuran-wage', '12.000.000');
    if (lang === 'en') await page.locator('#app button.lang').click();
    await page.locator('#tab-iuran').click();
    await page.locator('details.rates > summary').click();
    await shot(page, `iuran-${lang}-${scheme}-360`);
    const csvs = [await csvOf(page, '#iuran-csv')];
    // The iuran CSV carries the date and the rate set.
    assert.match(csvs[0], lang === 'id' ? /Tarif per \d+ \w+ \d{4}: PP 44\/2015/ : /Rates on \d+ \w+ \d{4}: PP 44\/2015/);
    for (const s of ['summary', 'partners', 'targets', 'split', 'progress', 'iuran', 'keep']) {
      await page.locator(`#tab-${s}`).click();
      await page.locator('main section').waitFor();
      const shown = await page.evaluate(() => document.body.innerText + [...document.querySelectorAll('input')].map((i) => i.value).join(' '));
      assert.ok(!shown.includes('.md'), `${lang}/${s}: ${shown.slice(shown.indexOf('.md') - 40, shown.indexOf('.md') + 5)}`);
    }
    csvs.push(await csvOf(page, '#csv-partners'), await csvOf(page, '#csv-offices'));
    for (const csv of csvs) assert.ok(!csv.includes('.md'), csv);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the comparison says the date and rate set of each scenario', async () => {
  const { page, problems, context } = await openApp(env);
  await article(page);
  await page.locator('#iuran-date').fill('2026-02-28');
  await page.locator('#tab-keep').click();
  await typeInto(page, '#scenario-name', 'Februari');
  await page.locator('#save-scenario').click();
  await page.locator('#tab-iuran').click();
  await page.locator('#iuran-date').fill('2026-03-01');
  await page.locator('#tab-keep').click();
  await typeInto(page, '#scenario-name', 'Maret');
  await page.locator('#save-scenario').click();
  await page.locator('#cmp-b').selectOption('1');
  assert.match(await text(page, '#cmp-rates-A'), /^A · Tarif per 28 Feb 2026: .*Rp10\.547\.400/);
  assert.match(await text(page, '#cmp-rates-B'), /^B · Tarif per 1 Mar 2026: .*Rp11\.086\.300/);
  assert.deepEqual(problems, []);
  await context.close();
});
