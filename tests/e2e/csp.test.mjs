// The Content-Security-Policy documented for intranet admins in
// docs/EMBEDDING.md, sent as a response header: the app loads, computes and
// runs a full session with no violation (securitypolicyviolation events and
// console errors both checked), and the policy really is enforced.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openApp, documentedCsp, openDetails } from './harness.mjs';
import { fullSession } from './session.mjs';

const CSP = documentedCsp();
let env;
before(async () => { env = await start({ headers: { 'content-security-policy': CSP } }); });
after(async () => { await env?.close(); });

/** Records every CSP violation the page reports, from before its first script. */
const recordViolations = async (context) => {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.effectiveDirective}: ${e.blockedURI} ${e.sample}`);
    });
  });
};

test('the documented policy is strict: no unsafe-inline, no unsafe-eval, no wildcard', () => {
  assert.match(CSP, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.match(CSP, /style-src 'self';/);
  assert.match(CSP, /default-src 'none';/);
  assert.doesNotMatch(CSP, /unsafe-inline|'unsafe-eval'|\*/);
});

test('under the CSP header the app computes, with no violation', async () => {
  const { page, problems, context } = await openApp(env, { setup: recordViolations });
  const response = await page.request.get(env.server.url);
  assert.equal(response.headers()['content-security-policy'], CSP);
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script in the page');
  // The app opens on the plan; the first partner row waits for its enrolment.
  await page.locator('#tab-partners').click();
  await page.locator('#p1-umkm').fill('108.000');
  await page.locator('#p1-enrol').fill('100');
  assert.equal((await page.textContent('#total-potential')).trim(), '540.000');
  // The service worker is allowed too (worker-src).
  assert.match(await page.evaluate(async () => (await navigator.serviceWorker.ready).active.scriptURL), /\/sw\.js$/);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems, []);

  // The policy is enforced and the recording works: an inline style is refused.
  await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
  await page.waitForFunction(() => window.__csp.length > 0);
  assert.match((await page.evaluate(() => window.__csp)).join(), /style-src/);
  await context.close();
});

test('a full session under the CSP: every section, charts, share, export — no violation', async () => {
  const { page, problems, context } = await openApp(env, {
    setup: recordViolations,
    context: { permissions: ['clipboard-read', 'clipboard-write'] },
  });
  await fullSession(page);
  // The charts and the progress bar (formerly inline styles) are on screen:
  // the summary has no chart now, the Targets projection (collapsed) has one.
  await page.locator('#tab-targets').click();
  await openDetails(page, '#projection-details');
  assert.ok(await page.locator('#projection-details figure.chart svg.swatch').count() >= 2);
  await page.locator('#tab-progress').click();
  await page.locator('#prog-achieved').fill('1.100.000');
  await page.locator('#prog-date').fill('2019-06-30');
  assert.equal(await page.locator('svg.bar rect.fill').count(), 1);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('under the CSP a trap in the wasm still shows the error message, with no violation', async () => {
  // The loader's trap handler (tools/postbuild.mjs) builds the message with
  // DOM calls only; first-screen.test.mjs says what the trap is.
  const { page, problems, context } = await openApp(env, {
    setup: async (ctx) => {
      await recordViolations(ctx);
      await ctx.addInitScript(() => {
        addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
      });
    },
  });
  await page.evaluate(() => setTimeout(() => window.__wasm.__wbindgen_malloc(0xfffffff0, 8)));
  await page.locator('div.panic[role=alert]', { hasText: 'Sorry, the app hit an error' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  for (const p of problems) assert.match(p, /unreachable|RuntimeError/i, p);
  await context.close();
});
