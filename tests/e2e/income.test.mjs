// What a Perisai agent earns on the terms in force (issue 27), at 360×740
// and 320 px, in Indonesian, English and dark: reached from the plan in two
// taps, the terms' name, date and source on screen, the 2018 set only as
// history, the income month by month as figures, a chart and a table, and the
// income goal answered. Every expected figure is worked by hand here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openApp, typeInto, shot, horizontalOverflow, openDetails } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const text = async (page, sel) => (await page.locator(sel).first().textContent()).trim();

/** 50 new participants a month on JKK + JKM + JHT at Rp1.000.000 (Rp36.800), everyone paying, on 1 Dec 2026. */
async function handbook(page) {
  // Two taps from the plan: the section bar's Iuran, then the card (closed,
  // its first month in its title, so the section stays two screens long).
  await page.locator('#tab-iuran').click();
  await openDetails(page, '#income-card');
  await page.locator('#iuran-date').fill('2026-12-01');
  await page.locator('#iuran-jht').check();
  await typeInto(page, '#agent-participants', '50');
  await typeInto(page, '#active-share', '100');
}

test('the handbook agent, month by month, on PERDIR 13/2022', async () => {
  const { page, problems, context } = await openApp(env);
  await handbook(page);
  // The terms in force, named with their date and source.
  const terms = await text(page, '#income-terms');
  assert.match(terms, /PERDIR 13\/PERDIR\.02\/042022/);
  assert.match(terms, /berlaku sejak 1 Apr 2022/);
  assert.match(terms, /Sumber: Peraturan Direksi/);
  // 50 × 15.000 = 750.000 + 15 % × 50 × 36.800 = 276.000.
  assert.equal(await text(page, '#income-m1'), 'Rp1.026.000');
  // Month 12: 750.000 + 15 % × 600 × 36.800 = 3.312.000 → Rp4.062.000;
  // month 24: 750.000 + 15 % × 1.200 × 36.800 = Rp7.374.000.
  assert.equal(await text(page, '#income-m12'), 'Rp4.062.000');
  assert.equal(await text(page, '#income-m24'), 'Rp7.374.000');
  // The first year: 12 × 750.000 = 9.000.000 from acquisition and
  // 276.000 × (1 + … + 12) = 21.528.000 from contributions.
  assert.equal(await text(page, '#income-year'), 'Rp30.528.000');
  assert.equal(await text(page, '#income-year-acq'), 'Rp9.000.000');
  assert.equal(await text(page, '#income-year-contrib'), 'Rp21.528.000');
  // The office's 10 %, apart: 102.600.
  assert.equal(await text(page, '#income-office'), 'Rp102.600');
  // The table: month 25 is beyond the 24 months shown; show 25.
  await typeInto(page, '#income-months', '25');
  await openDetails(page, '#income-table');
  const rows = page.locator('#income-month-table tbody tr');
  assert.equal(await rows.count(), 25);
  // 750.000 + 15 % × 1.200 × 36.800 + 5 % × 50 × 36.800 = Rp7.466.000.
  assert.match(await rows.nth(24).textContent(), /7\.466\.000/);
  // The chart: a bar per month, two parts each.
  assert.equal(await page.locator('#income-card figure.chart > svg rect').count(), 50);
  assert.equal(await horizontalOverflow(page), 0);
  await shot(page, 'income-id-360');
  assert.deepEqual(problems, []);
  await context.close();
});

test('below the threshold, an active share, and the income goal', async () => {
  const { page, problems, context } = await openApp(env);
  await handbook(page);
  // 24 a month: no acquisition; 15 % × 24 × 36.800 = Rp132.480, and it says so.
  await typeInto(page, '#agent-participants', '24');
  assert.equal(await text(page, '#income-m1'), 'Rp132.480');
  await page.locator('#income-below').waitFor();
  // 50 a month, 75 % still paying: month 2 = 750.000 + 15 % × (1.840.000 +
  // 0,75 × 1.840.000) = Rp1.233.000 (the table's second row).
  await typeInto(page, '#agent-participants', '50');
  await typeInto(page, '#active-share', '75');
  await openDetails(page, '#income-table');
  assert.match(await page.locator('#income-month-table tbody tr').nth(1).textContent(), /1\.233\.000/);
  // Rp3.000.000 by month 6, everyone paying: 15.000 n + 15 % × 6 n × 36.800
  // = 48.120 n ≥ 3.000.000 → n = 63; above the capacity of 50.
  await typeInto(page, '#active-share', '100');
  await typeInto(page, '#income-goal', '3.000.000');
  await typeInto(page, '#income-goal-month', '6');
  assert.equal(await text(page, '#income-goal-needed'), '63');
  assert.match(await text(page, '#income-goal-capacity'), /Di atas kapasitas.*50/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the 2018 terms: history on the plan\'s date, in force before April 2022', async () => {
  const { page, problems, context } = await openApp(env);
  await handbook(page);
  await openDetails(page, '#income-terms-edit');
  // Today's set first, the 2018 set below it, labelled as history.
  assert.match(await text(page, '#income-terms-0 h4'), /Riwayat, tidak berlaku lagi/);
  assert.match(await text(page, '#income-terms-1 h4'), /Ketentuan yang berlaku/);
  // Before 1 April 2022 the 2018 set is the one used (the own rate set:
  // no preset that early). 7,5 % × 50 × 16.800 = 63.000 + Rp500.000 (50 ≥ 50).
  await page.locator('#iuran-jht').uncheck();
  await openDetails(page, 'details.rates');
  await page.locator('#rate-own').check();
  await page.locator('#iuran-date').fill('2022-03-31');
  assert.match(await text(page, '#income-terms'), /Perisai 2018/);
  assert.equal(await text(page, '#income-m1'), 'Rp563.000');
  assert.match(await text(page, '#income-terms-1 h4'), /Belum berlaku/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('English, dark and 320 px: readable, nothing wider than the screen', async () => {
  for (const [lang, scheme, width] of [['en', 'dark', 360], ['id', 'light', 320]]) {
    const { page, problems, context } = await openApp(env, {
      viewport: { width, height: 740 },
      query: lang === 'en' ? '?lang=en' : '',
      context: { colorScheme: scheme },
    });
    await handbook(page);
    if (lang === 'en') {
      assert.equal(await text(page, '#income-m1'), 'Rp1,026,000');
      assert.match(await text(page, '#income-terms'), /in force since 1 Apr 2022/);
    }
    await openDetails(page, '#income-table');
    await typeInto(page, '#income-goal', lang === 'en' ? '3,000,000' : '3.000.000');
    assert.equal(await horizontalOverflow(page), 0);
    await page.locator('#income-card').screenshot({ path: `target/screenshots/income-${lang}-${scheme}-${width}.png` });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('what Sampoerna would pay to sponsor its workers, in its card', async () => {
  const { page, problems, context } = await openApp(env);
  await page.locator('#tab-partners').click();
  await page.locator('li.partner').first().locator('button.danger').click();
  await page.getByRole('button', { name: '+ Sampoerna' }).click();
  const card = page.locator('li.partner').first();
  await typeInto(page, card.locator('input[id$="-enrol"]'), '10–30');
  // Rendered only when asked for.
  assert.equal(await card.locator('.sponsor').count(), 0);
  await card.locator('button[id$="-sponsor-toggle"]').click();
  // 108.000 × 5 = 540.000 workers × Rp16.800 = Rp9.072.000.000 a month,
  // Rp108.864.000.000 a year; expected 54.000–162.000: Rp907.200.000–
  // Rp2.721.600.000 a month.
  assert.equal(
    await text(card, '[id$="-sp-all"]'),
    'Semua pekerja potensial: 540.000 × Rp16.800 = Rp9.072.000.000 per bulan, Rp108.864.000.000 per tahun',
  );
  assert.equal(
    await text(card, '[id$="-sp-exp"]'),
    'Perkiraan peserta baru: 54.000–162.000 × Rp16.800 = Rp907.200.000–Rp2.721.600.000 per bulan, Rp10.886.400.000–Rp32.659.200.000 per tahun',
  );
  assert.equal(await horizontalOverflow(page), 0);
  await card.screenshot({ path: 'target/screenshots/sponsor-id-360.png' });
  assert.deepEqual(problems, []);
  await context.close();
});
