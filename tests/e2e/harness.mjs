// Shared set-up for the end-to-end tests: Debian's Chromium driven by
// playwright-core (its own browser download does not work here), the release
// build served from a sub-path, and a page that records console errors and
// failed requests so every test can assert there were none.
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from './server.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.E2E_DIST ?? join(ROOT, 'target', 'e2e-dist');
export const BASE = '/alat/target-umkm/';
export const SHOTS = join(ROOT, 'target', 'screenshots');
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Starts the server (serving `root`, default the release build) and a browser; returns helpers and a cleanup. */
export async function start({ headers, root = DIST } = {}) {
  const server = await serve(root, BASE, headers);
  const browser = await launch();
  await mkdir(SHOTS, { recursive: true });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the app in a new context at `viewport`; tracks errors. `url` opens
 * another page instead (e.g. an intranet page embedding the app), `ready` is
 * the selector to wait for, and `setup(context)` runs before the page loads
 * (to add init scripts or listen to every request from the start).
 */
export async function openApp(env, { viewport = PHONE, query = '', context: ctxOpts = {}, url, ready = 'main', setup } = {}) {
  const context = await env.browser.newContext({ viewport, deviceScaleFactor: 1, ...ctxOpts });
  if (setup) await setup(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A request cut short by the test's own navigation (reload, goto) is not a failure.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`http ${r.status()}: ${r.url()}`);
  });
  await page.goto(url ?? env.server.url + query);
  await page.waitForSelector(ready);
  return { context, page, problems };
}

/** Types into a field as a person does (replacing what was there). */
export async function typeInto(page, target, text) {
  const input = typeof target === 'string' ? page.locator(target) : target;
  await input.fill('');
  await input.pressSequentially(text);
  // Let the app render the last keystroke (its scheduler runs in a task)
  // before the test reads the screen: a loaded CI machine is slower.
  await input.page().evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => r()), 0)));
}

export async function shot(page, name) {
  // A full-page shot draws sticky elements where the viewport is: start at the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The page must not scroll sideways. */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * The Content-Security-Policy documented for admins in docs/EMBEDDING.md (its
 * one `Content-Security-Policy: …` line), so the tests use exactly what the
 * documentation tells intranet admins to send.
 */
export function documentedCsp() {
  const doc = readFileSync(join(ROOT, 'docs', 'EMBEDDING.md'), 'utf8');
  const lines = [...doc.matchAll(/^Content-Security-Policy: (.+)$/gm)];
  if (lines.length !== 1) throw new Error(`docs/EMBEDDING.md must have one CSP line, has ${lines.length}`);
  return lines[0][1].trim();
}

/** Opens a closed <details> (a collapsed table or card) as a tap on its summary does. */
export async function openDetails(page, selector) {
  const d = page.locator(selector);
  if (!(await d.evaluate((el) => el.open))) await d.locator(':scope > summary').click();
}

/**
 * "+ Sampoerna" in *Mitra*, then the enrolment and PU share a user types (a
 * new partner has neither: the figures wait for them). The defaults here are
 * what the tests' worked figures assume: 100 % enrolment, all BPU.
 */
export async function addSampoerna(page, { enrolment = '100', pu = '0' } = {}) {
  await page.locator('#tab-partners').click();
  await page.getByRole('button', { name: '+ Sampoerna' }).click();
  const card = page.locator('li.partner').last();
  if (enrolment !== null) await typeInto(page, card.locator('input[id$="-enrol"]'), enrolment);
  if (pu !== null) await typeInto(page, card.locator('input[id$="-pu"]'), pu);
}

/**
 * The article's example, as a user fills it in `lang` ('id' or 'en'):
 * Sampoerna (at 100 % enrolment, all BPU), the 2019 targets, realisasi 1.100.000 by 30 June 2019, a PU wage
 * of Rp2.500.000.
 */
export async function fillExample(page, lang) {
  const n = (id, en) => (lang === 'en' ? en : id);
  await addSampoerna(page);
  await page.locator('#tab-targets').click();
  await page.getByRole('button', { name: n('Isi contoh: target Jatim 2019', 'Fill example: East Java 2019 targets') }).click();
  await page.locator('#tab-progress').click();
  await typeInto(page, '#prog-achieved', n('1.100.000', '1,100,000'));
  await page.locator('#prog-date').fill('2019-06-30');
  await page.locator('#tab-iuran').click();
  await typeInto(page, '#iuran-wage', n('2.500.000', '2,500,000'));
}

/** axe-core's violations on the page as it is, one line each. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => !!window.axe))) {
    await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  }
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} — ${v.nodes[0]?.target}`);
  });
}

/**
 * The article's case as a person types it: a total target of 2.336.252, and
 * Sampoerna 108.000 × 5 at 100 % enrolment, all BPU (total potential 540.000).
 */
export async function typeArticleCase(page) {
  await page.locator('#tab-targets').click();
  await typeInto(page, '#total-target', '2.336.252');
  await page.locator('#tab-partners').click();
  await typeInto(page, 'li.partner >> nth=0 >> input[id$="-name"]', 'Sampoerna');
  await typeInto(page, 'li.partner >> nth=0 >> input[id$="-umkm"]', '108.000');
  // A new row has no enrolment and no PU share: the figures wait for them.
  await typeInto(page, 'li.partner >> nth=0 >> input[id$="-enrol"]', '100');
  await typeInto(page, 'li.partner >> nth=0 >> input[id$="-pu"]', '0');
}

/**
 * A partner card's stage: the choice is folded to one line until opened
 * (src/ui/partners.rs, `stage_field`); opens it when closed.
 */
async function stageSelect(card) {
  const select = card.locator('select[id$="-stage"]');
  if (!(await select.count())) await card.locator('details.stage > summary').click();
  return select;
}

/** Picks `option` (a value, or { label }) as the card's stage. */
export async function chooseStage(card, option) {
  await (await stageSelect(card)).selectOption(option);
}

/** The card's stage as its select holds it ('' for none). */
export async function stageValue(card) {
  return (await stageSelect(card)).inputValue();
}
