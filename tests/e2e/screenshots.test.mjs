// The README's pictures: every section at 360 px with the article case
// (Sampoerna 108.000 UMKM × 5 at 10–30 %, the 2019 targets, all BPU), in
// Indonesian, English and dark mode, written to docs/screenshots so the
// README never shows an app that no longer exists. Each view must also be
// clean: no sideways scroll, no console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { start, openApp, typeInto, horizontalOverflow, ROOT } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const DOCS = join(ROOT, 'docs', 'screenshots');
const SECTIONS = ['summary', 'partners', 'targets', 'split', 'progress', 'iuran', 'keep'];
const NAMES = { summary: 'plan', partners: 'partners', targets: 'targets', split: 'split', progress: 'progress', iuran: 'iuran', keep: 'keep' };

for (const [lang, dark] of [['id', false], ['en', false], ['id', true]]) {
  test(`every section at 360 px (${lang}${dark ? ', dark' : ''}) for the README`, async () => {
    const { page, problems, context } = await openApp(env, { context: { colorScheme: dark ? 'dark' : 'light' } });
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#plan-fill-targets').click();
    await page.locator('#plan-add-sampoerna').click();
    await page.locator('#plan-partners').click();
    const card = page.locator('li.partner').last();
    await typeInto(page, card.locator('input[id$="-enrol"]'), lang === 'en' ? '10-30' : '10–30');
    await typeInto(page, card.locator('input[id$="-pu"]'), '0');
    // Capaian: January to March, as a branch would have typed them by April.
    await page.locator('#tab-progress').click();
    const months = lang === 'en' ? ['180,000', '175,000', '150,000'] : ['180.000', '175.000', '150.000'];
    for (const [i, v] of months.entries()) await typeInto(page, `#prog-m${i}`, v);
    for (const s of SECTIONS) {
      await page.locator(`#tab-${s}`).click();
      await page.evaluate(() => window.scrollTo(0, 0));
      assert.equal(await horizontalOverflow(page), 0, s);
      const name = `${NAMES[s]}-${lang}${dark ? '-dark' : ''}.png`;
      // What the phone shows as the section opens (the bar fixed at the bottom).
      await page.screenshot({ path: join(DOCS, name) });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
