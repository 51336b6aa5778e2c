import { launch } from './harness.mjs';
import { readFileSync } from 'node:fs';
const [,, file, h = '900'] = process.argv;
const browser = await launch();
const page = await browser.newPage();
const b64 = readFileSync(file).toString('base64');
await page.setContent(`<body style="margin:0"><img id=i src="data:image/png;base64,${b64}"></body>`);
const { w, hh } = await page.evaluate(() => ({ w: document.getElementById('i').naturalWidth, hh: document.getElementById('i').naturalHeight }));
await page.setViewportSize({ width: w, height: Math.min(+h, hh) });
const name = file.split('/').pop().replace('.png', '');
for (let y = 0, k = 0; y < hh; y += +h, k++) {
  await page.screenshot({ path: `/tmp/slices/${name}-${k}.png`, clip: { x: 0, y, width: w, height: Math.min(+h, hh - y) }, fullPage: true });
}
console.log(w, hh);
await browser.close();
