// Serves a finished build at the site root on 127.0.0.1 (tools/serve):
// `node tools/serve.mjs <dist> [port] [base]`. The same static server the tests and
// the benchmark use, so what you try is what they measure.
import { serve } from '../tests/e2e/server.mjs';

const [dist, port = '8080', base = '/'] = process.argv.slice(2);
if (!dist) {
  console.error('usage: node tools/serve.mjs <dist folder> [port]');
  process.exit(2);
}
const server = await serve(dist, base, {}, { port: Number(port) });
console.log(`Serving ${dist} on ${server.url} (Ctrl-C stops)`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close().then(() => process.exit(0)));
