// Every section, in both languages, filled as an agent would fill it:
// axe-core reports no violation, the page never scrolls sideways at 360 px,
// and a full-page screenshot of each lands in target/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { start, openApp, typeInto, shot, horizontalOverflow, ROOT } from './harness.mjs';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const SECTIONS = ['summary', 'partners', 'targets', 'split', 'progress', 'iuran', 'keep'];

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function fillExample(page, lang) {
  const n = (id, en) => (lang === 'en' ? en : id);
  await page.locator('#tab-partners').click();
  await page.locator('li.partner').first().locator('button.danger').click();
  await page.getByRole('button', { name: '+ Sampoerna' }).click();
  await page.locator('#tab-targets').click();
  await page.getByRole('button', { name: n('Isi contoh: target Jatim 2019', 'Fill example: East Java 2019 targets') }).click();
  await page.locator('#tab-progress').click();
  await typeInto(page, '#prog-achieved', n('1.100.000', '1,100,000'));
  await page.locator('#prog-date').fill('2019-06-30');
  await page.locator('#tab-iuran').click();
  await typeInto(page, '#iuran-wage', n('2.500.000', '2,500,000'));
}

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} — ${v.nodes[0]?.target}`);
  });
}

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
