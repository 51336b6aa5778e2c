// One small page interface over the three browser engines the field agents'
// phones run, so that the main flows (tests/e2e/engines.test.mjs) are written
// once and run in each:
// - Chromium (Chrome, Android WebView, Samsung Internet): Debian's chromium
//   through playwright-core, as the other end-to-end tests;
// - WebKit (Safari and every iOS browser): Debian's WebKitGTK MiniBrowser
//   through its WebDriver (webkit2gtk-driver), in an Xvfb display;
// - Gecko (Firefox): Debian's firefox-esr over WebDriver BiDi with
//   puppeteer-core.
// None downloads a browser: tools/setup installs the Debian packages.
//
// A page: goto(url), waitFor(sel), click(sel), type(sel, text) (replaces the
// value), value(sel), text(sel), evaluate(fn, ...args), screen(sel) (a PNG
// of the screen as it shows, `sel` scrolled to its top), close(). The
// MiniBrowser's window cannot be narrower than 447 px of page: WebKit runs at
// 447×702 (its toolbar takes the rest), the others at 360×740. Console errors
// are read the same way in all three: the test server's probe (server.mjs)
// collects them in window.__problems.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from './harness.mjs';

export const ENGINES = ['chromium', 'webkit', 'gecko'];
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const FIREFOX = '/usr/bin/firefox-esr';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function freePort() {
  const s = createServer();
  await new Promise((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address();
  await new Promise((ok) => s.close(ok));
  return port;
}

async function until(what, check, ms = 10_000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Launches `engine`; resolves to { newPage(), close() }. */
export async function launchEngine(engine, { width = 360, height = 740 } = {}) {
  if (engine === 'chromium') return chromiumEngine(width, height);
  if (engine === 'gecko') return geckoEngine(width, height);
  if (engine === 'webkit') return webkitEngine(width, height);
  throw new Error(`unknown engine ${engine}`);
}

async function chromiumEngine(width, height) {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  return {
    async newPage() {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      return {
        goto: (url) => page.goto(url),
        reload: () => page.reload(),
        waitFor: (sel) => page.waitForSelector(sel),
        click: (sel) => page.locator(sel).first().click(),
        async type(sel, text) {
          await page.locator(sel).first().fill('');
          await page.locator(sel).first().pressSequentially(text);
        },
        value: (sel) => page.locator(sel).first().inputValue(),
        text: async (sel) => (await page.locator(sel).first().textContent()).trim(),
        evaluate: (fn, ...args) => page.evaluate(`(${fn})(...${JSON.stringify(args)})`),
        async screen(sel) {
          await page.locator(sel).first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
          return page.screenshot();
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function geckoEngine(width, height) {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: run bash tools/setup test`);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi', protocolTimeout: 30_000 });
  return {
    async newPage() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      page.setDefaultTimeout(10_000);
      const el = async (sel) => page.waitForSelector(sel);
      return {
        goto: (url) => page.goto(url),
        reload: () => page.reload(),
        waitFor: (sel) => page.waitForSelector(sel),
        click: async (sel) => (await el(sel)).click(),
        async type(sel, text) {
          const e = await el(sel);
          await e.evaluate((i) => { i.value = ''; });
          await e.type(text);
        },
        value: async (sel) => (await el(sel)).evaluate((i) => i.value),
        text: async (sel) => (await (await el(sel)).evaluate((e) => e.textContent)).trim(),
        evaluate: (fn, ...args) => page.evaluate(`(${fn})(...${JSON.stringify(args)})`),
        async screen(sel) {
          await (await el(sel)).evaluate((e) => e.scrollIntoView({ block: 'start' }));
          return Buffer.from(await page.screenshot());
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

// Scrolls `q` into view and resolves once that is painted.
const scrollTo = (q, block) => new Promise((done) => {
  document.querySelector(q).scrollIntoView({ block });
  requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
});

// WebKitGTK's WebDriver (classic, over HTTP). The MiniBrowser needs a
// display: an Xvfb of our own, on a free display number.
async function webkitEngine(width, height) {
  for (const need of [MINIBROWSER, '/usr/bin/WebKitWebDriver', '/usr/bin/Xvfb']) {
    if (!existsSync(need)) throw new Error(`${need} is missing: run bash tools/setup test`);
  }
  const display = `:${90 + Math.floor(Math.random() * 900)}`;
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const r = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const json = await r.json();
    if (json.value && json.value.error) throw new Error(`WebDriver ${method} ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  await until('WebKitWebDriver', () => fetch(`${base}/status`).then((r) => r.ok, () => false));
  const sessions = [];
  return {
    async newPage() {
      const { sessionId } = await call('POST', '/session', {
        capabilities: { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } },
      });
      sessions.push(sessionId);
      const s = (path) => `/session/${sessionId}${path}`;
      await call('POST', s('/window/rect'), { width, height });
      const find = (sel) => until(sel, () => call('POST', s('/element'), { using: 'css selector', value: sel }).then((e) => Object.values(e)[0], () => null));
      const evaluate = (fn, ...args) => call('POST', s('/execute/async'), {
        script: `const done = arguments[arguments.length - 1]; Promise.resolve((${fn})(...${JSON.stringify(args)})).then(done, (e) => done({ __error: String(e) }));`,
        args: [],
      }).then((v) => { if (v && v.__error) throw new Error(v.__error); return v; });
      return {
        goto: (url) => call('POST', s('/url'), { url }),
        reload: () => call('POST', s('/refresh'), {}),
        waitFor: (sel) => find(sel),
        async click(sel) {
          const id = await find(sel);
          await evaluate((q) => document.querySelector(q).scrollIntoView({ block: 'center' }), sel);
          await call('POST', s(`/element/${id}/click`), {});
        },
        async type(sel, text) {
          const id = await find(sel);
          await call('POST', s(`/element/${id}/clear`), {});
          await call('POST', s(`/element/${id}/value`), { text });
        },
        value: async (sel) => call('GET', s(`/element/${await find(sel)}/property/value`)),
        text: async (sel) => String(await call('GET', s(`/element/${await find(sel)}/property/textContent`))).trim(),
        evaluate,
        // WebKitGTK's element screenshots come out black below their first
        // rows: the screen is taken instead, after the scroll has painted.
        async screen(sel) {
          await find(sel);
          await evaluate(scrollTo, sel, 'start');
          return Buffer.from(await call('GET', s('/screenshot')), 'base64');
        },
        async close() {
          await call('DELETE', s(''));
          sessions.splice(sessions.indexOf(sessionId), 1);
        },
      };
    },
    async close() {
      for (const id of sessions) await call('DELETE', `/session/${id}`).catch(() => {});
      driver.kill();
      xvfb.kill();
    },
  };
}
