// Every section, in both languages, filled as an agent would fill it:
// axe-core reports no violation, the page never scrolls sideways at 360 px,
// and a full-page screenshot of each lands in target/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openApp, shot, horizontalOverflow, fillExample, axeViolations } from './harness.mjs';

const SECTIONS = ['summary', 'partners', 'targets', 'split', 'progress', 'iuran', 'keep'];

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

for (const lang of ['id', 'en']) {
  test(`${lang}: every section passes axe and fits 360 px`, async () => {
    const { page, problems, context } = await openApp(env, { query: lang === 'en' ? '?lang=en' : '' });
    await fillExample(page, lang);
    for (const s of SECTIONS) {
      await page.locator(`#tab-${s}`).click();
      await page.locator('main section').waitFor();
      assert.deepEqual(await axeViolations(page), [], `${lang}/${s}`);
      assert.equal(await horizontalOverflow(page), 0, `${lang}/${s} scrolls sideways`);
      await shot(page, `${lang}-${s}-360`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
