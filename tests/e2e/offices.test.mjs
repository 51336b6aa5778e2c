// Realisasi per office in Capaian (issue 13), on a phone (360×740): a 36 × 12
// block pasted from a spreadsheet with a few bad cells, each reported in the
// preview before anything is applied; applied, the section's months are the
// sum of the offices' and each office stands against its own part, ranked and
// flagged; the months survive a language switch, a reload and a share link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { join } from 'node:path';
import { start, openApp, typeInto, horizontalOverflow, openDetails, ROOT, SHOTS } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const text = async (page, sel) => (await page.locator(sel).first().textContent()).trim();
const NAMES = [
  ...Array.from({ length: 16 }, (_, i) => `KC ${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 20 }, (_, i) => `KCP ${String(i + 1).padStart(2, '0')}`),
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

// Every office 5.000 a month Jan–Jun (KC 01 6.000), Jul–Des empty, as a
// spreadsheet copies it; bad cells: KC 03 March "abc", KC 05 February "-5",
// a 13th month for KCP 02, and an office that is not in Pembagian.
function block() {
  const rows = [['Kantor', ...MONTHS].join('\t')];
  for (const name of NAMES) {
    const cells = Array.from({ length: 12 }, (_, m) => (m < 6 ? (name === 'KC 01' ? '6.000' : '5.000') : ''));
    if (name === 'KC 03') cells[2] = 'abc';
    if (name === 'KC 05') cells[1] = '-5';
    if (name === 'KCP 02') cells.push('7');
    rows.push([name, ...cells].join('\t'));
  }
  rows.push(['KC 99', '1', '2'].join('\t'));
  return rows.join('\n');
}

async function downloadCsv(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#office-months-csv').click()]);
  const csv = await readFile(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 BOM for Excel');
  return csv.slice(1);
}

async function paste(page, value) {
  const details = page.locator('#office-months details:not(#one-office)');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await page.locator('#om-paste').fill(value);
}

test('a 36 × 12 block pasted: bad cells reported, applied, offices ranked against their parts', async () => {
  const { page, problems, context } = await openApp(env, { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await page.locator('#tab-targets').click();
  await page.getByRole('button', { name: 'Isi contoh: target Jatim 2019' }).click();
  await page.locator('#tab-progress').click();
  await paste(page, block());
  // 36 offices + the unknown one; four rows with problems.
  assert.equal(await text(page, '#om-count'), '37 baris · 4 dengan masalah');
  const status = (name) => text(page, `#om-preview tr:has(td:text-is("${name}")) td:last-child`);
  assert.equal(await status('KC 03'), 'Mar: Bukan angka. Contoh: 108.000 atau 108 ribu.');
  assert.equal(await status('KC 05'), 'Feb: Tidak boleh negatif.');
  assert.equal(await status('KCP 02'), 'Lebih dari 12 bulan');
  assert.equal(await status('KC 99'), 'Kantor ini tidak ada di Pembagian; baris dilewati.');
  assert.equal(await status('KC 01'), '✓');
  assert.equal(await page.locator('#om-preview tr.bad').count(), 4);
  assert.equal(await horizontalOverflow(page), 0);
  await page.locator('#office-months').scrollIntoViewIfNeeded();
  await page.locator('#office-months').screenshot({ path: join(SHOTS, 'offices-paste-id.png') });
  // Applied: the bad cells are kept as typed and said so; nothing is computed from them.
  await page.locator('#om-apply').click();
  assert.equal(await page.inputValue('#om-paste'), '');
  assert.equal(await text(page, '#offices-unread'), 'Ada isian kantor yang bukan angka yang benar; tempel ulang baris itu. Bulan: Feb, Mar');
  assert.equal(await page.locator('#office-standings').count(), 0);
  // The two rows pasted again, right: only the cells given change.
  await paste(page, 'KC 03\t\t\t5.000\nKC 05\t\t5000');
  assert.equal(await text(page, '#om-count'), '2 baris · 0 dengan masalah');
  await page.locator('#om-apply').click();
  assert.equal(await page.locator('#offices-unread').count(), 0);
  assert.match(await text(page, '#offices-sum'), /jumlah semua kantor/);
  // The section: 35 × 5.000 + 6.000 = 181.000 a month; six months 1.086.000.
  assert.equal(await text(page, '#months-ytd'), '1.086.000');
  // Parts: 2.336.252 = 36 × 64.895 + 32, so 32 offices 64.896, the last four 64.895.
  // KC 01: 36.000 ÷ 64.896 = 55,47 %, above its plan 64.896 × 6/12 = 32.448.
  // The others 30.000: the last four (smaller part) rank 2–5, then KC 02.
  const row = (k) => page.locator('#office-standings tbody tr').nth(k).locator('td, th').allTextContents();
  assert.deepEqual(await row(0), ['1', 'KC 01', '36.000', '55,47%', 'Sesuai']);
  assert.deepEqual(await row(1), ['2', 'KCP 17', '30.000', '46,23%', 'Tertinggal']);
  assert.deepEqual(await row(5), ['6', 'KC 02', '30.000', '46,23%', 'Tertinggal']);
  assert.equal(await page.locator('#office-standings tbody tr').count(), 36);
  assert.equal(await horizontalOverflow(page), 0);
  await page.locator('#office-standings').scrollIntoViewIfNeeded();
  await page.locator('#office-months').screenshot({ path: join(SHOTS, 'offices-standings-id.png') });
  // The CSV, months × offices, parsed back: 36 offices and the sum.
  const id = parseCsv(await downloadCsv(page), { delimiter: ';' });
  assert.equal(id.length, 38);
  assert.deepEqual(id[0].slice(0, 4), ['Kantor', 'Bagian', 'Jan', 'Feb']);
  assert.deepEqual(id[0].slice(-2), ['Realisasi', '% dari bagiannya']);
  // KC 01: 6.000 Jan–Jun, Jul–Des not entered (empty, not zero); 36.000 ÷ 64.896.
  assert.deepEqual(id[1].slice(0, 9), ['KC 01', '64896', '6000', '6000', '6000', '6000', '6000', '6000', '']);
  assert.equal(id[1][14], '36000');
  assert.match(id[1][15], /^55,47/);
  // KC 03 kept its January and February and got its March from the second paste.
  assert.deepEqual(id[3].slice(2, 5), ['5000', '5000', '5000']);
  // The sum: 2.336.252 and 181.000 a month; achieved 1.086.000 over six months.
  assert.deepEqual(id[37].slice(0, 3), ['Jumlah', '2336252', '181000']);
  assert.deepEqual(id[37].slice(-2), ['1086000', '']);
  // Print: Capaian is one of the printed parts, with the offices' table.
  await page.evaluate(() => { window.print = () => {}; });
  await page.locator('#tab-keep').click();
  await page.locator('#print').click();
  await page.waitForSelector('.print-part');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('.print-part #office-standings').isVisible());
  assert.ok(await page.locator('.print-part #months-table').isVisible());
  // No control on paper; the plan's lines (buttons on screen) print as its first lines.
  assert.equal(await page.locator('button:visible:not(.plan-line)').count(), 0);
  // On A4 (794 px at 96 dpi), as keep.test.mjs prints.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.locator('.print-part:has(#progress-h)').screenshot({ path: join(SHOTS, 'offices-print-id.png') });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.emulateMedia({ media: 'screen' });
  await page.locator('#close-print').click();
  await page.locator('#tab-progress').click();
  // English: the same figures the English way.
  await page.getByRole('button', { name: 'English' }).click();
  assert.deepEqual(await row(0), ['1', 'KC 01', '36,000', '55.47%', 'On track']);
  assert.equal(await text(page, '#months-ytd'), '1,086,000');
  const en = parseCsv(await downloadCsv(page), { delimiter: ',' });
  assert.deepEqual(en[0].slice(0, 3), ['Office', 'Part', 'Jan']);
  assert.match(en[1][15], /^55\.47/);
  assert.deepEqual(en[37].slice(0, 3), ['Sum', '2336252', '181000']);
  await page.locator('#office-months').screenshot({ path: join(SHOTS, 'offices-standings-en.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('#office-months').screenshot({ path: join(SHOTS, 'offices-standings-en-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  // A reload keeps every office month.
  await page.waitForFunction(() => localStorage.getItem('target-umkm.current')?.includes('"6,000"'));
  await page.reload();
  await page.waitForSelector('main section');
  await page.locator('#tab-progress').click();
  assert.deepEqual(await row(0), ['1', 'KC 01', '36,000', '55.47%', 'On track']);
  // A share link carries them.
  await page.locator('#tab-keep').click();
  await page.locator('#make-link').click();
  await page.waitForSelector('#share-url');
  const url = await page.inputValue('#share-url');
  const other = await openApp(env, { query: url.slice(url.indexOf('#')) });
  await other.page.waitForSelector('#shared-notice');
  await other.page.locator('#tab-progress').click();
  assert.equal(await text(other.page, '#months-ytd'), '1.086.000');
  assert.equal(await other.page.locator('#office-standings tbody tr').count(), 36);
  assert.deepEqual(other.problems, []);
  await other.context.close();
  assert.deepEqual(problems, []);
  await context.close();
  await mkdir(join(ROOT, 'docs', 'screenshots'), { recursive: true });
  for (const name of ['offices-paste-id.png', 'offices-standings-id.png', 'offices-standings-en-dark.png', 'offices-print-id.png']) {
    await copyFile(join(SHOTS, name), join(ROOT, 'docs', 'screenshots', name));
  }
});

test('offices from a sheet in Pembagian: names with last year\'s realisasi as weights, previewed, then the list replaced', async () => {
  const { page, problems, context } = await openApp(env);
  await page.locator('#tab-targets').click();
  await page.getByRole('button', { name: 'Isi contoh: target Jatim 2019' }).click();
  await page.locator('#tab-split').click();
  // The office table (and its paste panel) is collapsed until opened.
  await openDetails(page, '#offices-details');
  const details = page.locator('details.paste:has(#offices-paste)');
  await details.locator(':scope > summary').click();
  await page.locator('#offices-paste').fill('Kantor\tRealisasi 2025\nKC Surabaya\t60.000\nKC Malang\tabc\nKCP Batu\t1,234.5\nKCP Lawang');
  // The header is skipped; "abc" is reported; "1,234.5" (English) is rewritten.
  assert.equal(await text(page, '#offices-paste-count'), '4 baris · 1 dengan masalah');
  const cells = (k) => page.locator('#offices-preview tbody tr').nth(k).locator('td').allTextContents();
  assert.deepEqual(await cells(0), ['2', 'KC Surabaya', '60.000', '✓']);
  assert.deepEqual(await cells(1), ['3', 'KC Malang', 'abc', 'Bukan angka. Contoh: 2,5.']);
  assert.deepEqual(await cells(2), ['4', 'KCP Batu', '1.234,5', '✓']);
  assert.deepEqual(await cells(3), ['5', 'KCP Lawang', '1', '✓']);
  assert.equal(await horizontalOverflow(page), 0);
  await details.screenshot({ path: join(SHOTS, 'offices-sheet-id.png') });
  await page.locator('#offices-replace').click();
  assert.equal(await page.inputValue('#offices-paste'), '');
  assert.equal(await page.locator('#office-table tbody tr').count(), 4);
  assert.equal(await page.getByLabel('Kantor 1', { exact: true }).inputValue(), 'KC Surabaya');
  // The weight that cannot be read is kept as typed, and says so.
  assert.equal(await page.getByLabel('Bobot KC Malang').inputValue(), 'abc');
  assert.equal(await page.getByLabel('Bobot KC Malang').getAttribute('aria-invalid'), 'true');
  // Update and add: KC Surabaya takes a new weight, KC Blitar is added.
  await page.locator('#offices-paste').fill('KC Surabaya\t2\nKC Blitar\t3');
  await page.locator('#offices-update').click();
  assert.equal(await page.locator('#office-table tbody tr').count(), 5);
  assert.equal(await page.getByLabel('Bobot KC Surabaya').inputValue(), '2');
  assert.equal(await page.getByLabel('Kantor 5', { exact: true }).inputValue(), 'KC Blitar');
  assert.deepEqual(problems, []);
  await context.close();
  await copyFile(join(SHOTS, 'offices-sheet-id.png'), join(ROOT, 'docs', 'screenshots', 'offices-sheet-id.png'));
});

test('compare: each scenario\'s year to date and year-end forecast', async () => {
  const { page, problems, context } = await openApp(env);
  await page.locator('#tab-targets').click();
  await page.getByRole('button', { name: 'Isi contoh: target Jatim 2019' }).click();
  await page.locator('#tab-progress').click();
  await typeInto(page, '#prog-m0', '150.000');
  await typeInto(page, '#prog-m1', '160.000');
  await page.locator('#tab-keep').click();
  await typeInto(page, '#scenario-name', 'A');
  await page.locator('#save-scenario').click();
  await page.locator('#tab-progress').click();
  await typeInto(page, '#prog-m1', '100.000');
  await page.locator('#tab-keep').click();
  await typeInto(page, '#scenario-name', 'B');
  await page.locator('#save-scenario').click();
  await page.locator('#cmp-b').selectOption('1');
  // A: 150.000 + 160.000 = 310.000, × 12 ÷ 2 = 1.860.000; B: 250.000 and 1.500.000.
  const row = (name) => page.locator('#compare-table tbody tr', { hasText: name }).textContent();
  assert.match(await row('Realisasi s.d. bulan terakhir'), /310\.000.*250\.000.*-60\.000/);
  assert.match(await row('Akhir tahun, laju sejauh ini'), /1\.860\.000.*1\.500\.000.*-360\.000/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the months of one office typed by hand: the cell is kept, read, and counted for that office', async () => {
  const { page, problems, context } = await openApp(env);
  await page.locator('#tab-targets').click();
  await page.getByRole('button', { name: 'Isi contoh: target Jatim 2019' }).click();
  await page.locator('#tab-progress').click();
  await page.locator('#one-office > summary').click();
  await page.selectOption('#one-office-name', { label: 'KC 02' });
  const jan = page.locator('#one-office input').first();
  await typeInto(page, jan, '1.250');
  assert.equal(await jan.inputValue(), '1.250');
  assert.match(await text(page, '#one-office .msg'), /1\.250/);
  // Only KC 02 has January: it stands with 1.250, the others wait for it.
  const row = page.locator('#office-standings tr', { hasText: 'KC 02' });
  assert.match(await row.textContent(), /1\.250/);
  assert.match(await text(page, '#office-standings tbody'), /Belum diisi: Jan/);
  await page.reload();
  await page.locator('#tab-progress').click();
  await page.locator('#one-office > summary').click();
  await page.selectOption('#one-office-name', { label: 'KC 02' });
  assert.equal(await page.inputValue('#one-office input >> nth=0'), '1.250');
  assert.equal(await horizontalOverflow(page), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
