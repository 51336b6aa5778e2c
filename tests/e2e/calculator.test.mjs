// What a field agent does, end to end, in the release build: partners,
// targets and the audit, splits, language, bad entries, show-the-math;
// at a phone and a desktop viewport.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openApp, typeInto, shot, horizontalOverflow, openDetails, addSampoerna, PHONE, DESKTOP } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const text = async (page, sel) => (await page.locator(sel).first().textContent()).trim();
const openSection = (page, name) => page.locator(`#tab-${name}`).click();
/** Indonesian grouped digits → integer, e.g. "2.336.252" → 2336252. */
const idInt = (s) => Number(s.replace(/[^\d]/g, ''));

for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`${label}: Sampoerna 108.000 × 5 is 540.000, 23,11% of 2.336.252`, async () => {
    const { page, problems, context } = await openApp(env, { viewport });
    await openSection(page, 'targets');
    await typeInto(page, '#total-target', '2.336.252');
    // The preset fills the first screen's empty row; a new row waits for its
    // enrolment and PU share (100 %, all BPU here).
    await addSampoerna(page);
    assert.equal(await page.locator('li.partner').count(), 1);
    const card = page.locator('li.partner').nth(0);
    assert.equal(await card.locator('input[id$="-umkm"]').inputValue(), '108.000');
    assert.equal(await text(page, '#total-potential'), '540.000');
    assert.equal(await text(page, '#total-share'), '23,11%');
    assert.equal(await card.locator('[id$="-share"]').first().textContent(), '23,11%');
    assert.equal(await horizontalOverflow(page), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${label}: BPU 199.731 → 411.156 at a stated 27% warns; the total line does not`, async () => {
    const { page, problems, context } = await openApp(env, { viewport });
    await openSection(page, 'targets');
    // An empty target line is collapsed until opened.
    await openDetails(page, '#line-bpu');
    await typeInto(page, '#bpu-base', '199.731');
    await typeInto(page, '#bpu-growth', '27');
    await typeInto(page, '#bpu-target', '411.156');
    const bpu = page.locator('#line-bpu .outcome');
    assert.match(await bpu.getAttribute('class'), /warn/);
    assert.match(await bpu.textContent(), /Perhatian/);
    assert.match(await bpu.textContent(), /105,85%/);
    await typeInto(page, '#total-base', '2.257.958');
    await typeInto(page, '#total-growth', '3');
    await typeInto(page, '#total-target', '2.336.252');
    const total = page.locator('#line-total .outcome');
    assert.doesNotMatch(await total.getAttribute('class'), /warn/);
    assert.match(await total.textContent(), /selaras/);
    assert.equal(await horizontalOverflow(page), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${label}: 2.336.252 over the 36 offices adds up exactly`, async () => {
    const { page, problems, context } = await openApp(env, { viewport });
    await openSection(page, 'targets');
    await typeInto(page, '#total-target', '2.336.252');
    await openSection(page, 'split');
    assert.equal(await text(page, '#split-total'), '2.336.252');
    const parts = await page.locator('#office-table tbody td.part .value').allTextContents();
    assert.equal(parts.length, 36);
    assert.equal(parts.map(idInt).reduce((a, b) => a + b, 0), 2336252);
    assert.equal(idInt(await text(page, '#office-sum')), 2336252);
    assert.equal(await horizontalOverflow(page), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('English: the switch shows 540,000 and keeps the entry meaning the same', async () => {
  const { page, problems, context } = await openApp(env);
  await openSection(page, 'partners');
  await typeInto(page, '#p1-umkm', '108.000');
  await typeInto(page, '#p1-enrol', '100');
  await page.getByRole('button', { name: 'English' }).click();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.inputValue('#p1-umkm'), '108,000');
  assert.equal(await text(page, '#total-potential'), '540,000');
  assert.match(await text(page, '#tab-partners'), /Partners/);
  // The choice is remembered on the next visit.
  await page.reload();
  await page.waitForSelector('main section');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await text(page, '#tab-partners'), /Partners/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('bad entries in a count say what is wrong; other results stay', async () => {
  const { page, problems, context } = await openApp(env);
  // Sampoerna fills the first row (p1); the entries go into a second, p38
  // (ids 2–37 are the 36 offices).
  await addSampoerna(page);
  await page.getByRole('button', { name: '+ Tambah mitra' }).click();
  for (const [entry, message] of [
    ['abc', /Bukan angka/],
    ['-5', /Tidak boleh negatif/],
    ['1.5', /titik adalah pemisah ribuan\. Untuk desimal pakai koma/],
    ['108,000', /koma adalah tanda desimal\. Untuk ribuan pakai titik/],
  ]) {
    await typeInto(page, '#p38-umkm', entry);
    assert.match(await text(page, '#p38-umkm-msg'), message, entry);
    assert.equal(await page.inputValue('#p38-umkm'), entry);
    // The Sampoerna row still counts.
    assert.equal(await text(page, '#total-potential'), '540.000');
    assert.match(await text(page, 'li.partner >> nth=1 >> .result'), /Menunggu/);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('show the math opens with the actual operands', async () => {
  const { page, problems, context } = await openApp(env);
  await openSection(page, 'partners');
  await typeInto(page, '#p1-umkm', '108.000');
  // A new row waits for its enrolment before it counts.
  await typeInto(page, '#p1-enrol', '100');
  await page.locator('#p1-potential').click();
  const working = page.locator('details.math[open] .working').first();
  await working.waitFor();
  assert.match(await working.textContent(), /108\.000 × 5 = 540\.000/);
  // The total shows its own working: the sum of the rows (with one partner
  // the sums open on a tap, its card already shows them).
  await openDetails(page, '#total-figures');
  await page.locator('#total-potential').click();
  assert.equal(await page.locator('details.math[open]').count(), 2);
  await shot(page, 'show-the-math-360');
  assert.deepEqual(problems, []);
  await context.close();
});
