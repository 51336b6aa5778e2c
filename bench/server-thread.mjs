// tests/e2e/server.mjs in a worker thread, for the benchmark. In the main
// thread the server would share its event loop with Playwright, which handles
// a stream of CDP events while a page loads: a page of six files then waits
// on the test driver, a blank page of one file hardly does, and the timings
// measure Node, not the app. Same interface as serve(): { url, origin,
// requests, close }.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

export function serveInThread(root, base = '/') {
  const worker = new Worker(new URL(import.meta.url), { workerData: { root, base } });
  const requests = [];
  return new Promise((ok, fail) => {
    worker.once('error', fail);
    worker.on('message', (m) => {
      if (m.request) requests.push(m.request);
      else if (m.url) {
        ok({
          url: m.url,
          origin: m.origin,
          requests,
          close: async () => {
            await worker.terminate();
          },
        });
      }
    });
  });
}

if (!isMainThread) {
  const { serve } = await import('../tests/e2e/server.mjs');
  const server = await serve(workerData.root, workerData.base);
  // Report each request as it comes (the first-visit request list).
  const push = server.requests.push.bind(server.requests);
  server.requests.push = (...paths) => {
    for (const p of paths) parentPort.postMessage({ request: p });
    return push(...paths);
  };
  parentPort.postMessage({ url: server.url, origin: server.origin });
}
