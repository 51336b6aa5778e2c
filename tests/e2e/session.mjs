// A full session as a field agent works it, shared by the privacy and CSP
// tests: load, input in every section, show the math, both languages, share
// (link and chat summary), export (both CSV files), and a reload.
import assert from 'node:assert/strict';
import { typeInto } from './harness.mjs';

const text = async (page, sel) => (await page.locator(sel).first().textContent()).trim();

export async function fullSession(page) {
  await page.locator('#tab-partners').click();
  // A new row has no enrolment and no PU share: the agent types them (100 %, all BPU).
  await typeInto(page, 'li.partner >> nth=0 >> input[id$="-name"]', 'Sampoerna');
  await typeInto(page, 'li.partner >> nth=0 >> input[id$="-umkm"]', '108.000');
  await typeInto(page, 'li.partner >> nth=0 >> input[id$="-enrol"]', '100');
  await typeInto(page, 'li.partner >> nth=0 >> input[id$="-pu"]', '0');
  await page.getByRole('button', { name: '+ Gudang Garam' }).click();
  await typeInto(page, 'li.partner >> nth=1 >> input[id$="-umkm"]', '20 ribu');
  await typeInto(page, 'li.partner >> nth=1 >> input[id$="-enrol"]', '100');
  await typeInto(page, 'li.partner >> nth=1 >> input[id$="-pu"]', '0');
  // Show the math.
  await page.locator('#total-expected').click();
  await page.locator('details.math:has(#total-expected) .working').waitFor();
  await page.locator('#tab-targets').click();
  await page.getByRole('button', { name: 'Isi contoh: target Jatim 2019' }).click();
  // (128.000 × 5 × 100% = 640.000; 640.000 ÷ 2.336.252 = 27,39%.)
  await page.locator('#tab-summary').click();
  assert.equal(await text(page, '#plan-partners strong'), '640.000');
  assert.equal(await text(page, '#plan-partners .note'), '27,39% dari target');
  await page.locator('#tab-split').click();
  assert.equal(await text(page, '#split-total'), '2.336.252');
  await page.locator('#tab-progress').click();
  await typeInto(page, '#prog-achieved', '1.100.000');
  await page.locator('#prog-date').fill('2019-06-30');
  await page.locator('#prog-status').waitFor();
  await page.locator('#tab-iuran').click();
  await typeInto(page, '#iuran-wage', '2.500.000');
  // Share and export.
  await page.locator('#tab-keep').click();
  await page.locator('#make-link').click();
  await page.locator('#make-summary').click();
  for (const button of ['#csv-partners', '#csv-offices']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
    assert.ok(await download.path());
  }
  // Both languages, then a reload (saved work and the service worker).
  await page.locator('#app button.lang').click();
  await page.locator('#tab-summary').click();
  assert.equal(await text(page, '#plan-partners strong'), '640,000');
  await page.locator('#app button.lang').click();
  await page.reload();
  await page.waitForSelector('main section');
  await page.locator('#tab-summary').click();
  assert.equal(await text(page, '#plan-partners strong'), '640.000');
}
