// Benchmark: the 20,000-row attendee list imported in Chromium (read, map, validate, commit) and
// exported again, and Python's openpyxl reading the same file for comparison.
// Run: npm run bench:import  (needs ../shared/fixtures and Debian's python3-openpyxl).
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, machineLine, markTime, mb, median, ms, rendererPss, serveApp } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = path.resolve(here, '../../shared/fixtures/scale/attendees-20000.xlsx');
const RUNS = Number(process.env.RUNS ?? 3);
if (!existsSync(FIXTURE)) throw new Error(`missing ${FIXTURE}`);

const { base, stop } = await serveApp(4175);
const { browser, page } = await launchChromium();

async function importOnce(run) {
  await page.goto(base);
  await page.getByRole('button', { name: 'New event' }).click();
  await page.getByLabel('Event name (English)').fill(`Import benchmark ${run}`);
  await page.getByRole('button', { name: 'Create event' }).click();
  await page.getByRole('link', { name: 'Import & export' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(FIXTURE);
  await page.getByText(/^20,000 rows read/).waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: /^Import 20,000 attendees$/ }).click();
  await page.getByText(/20000 attendees imported/).waitFor({ timeout: 120_000 });
  // The app's own marks, so that neither the user's click nor the test's polling is counted.
  const chosen = await markTime(page, 'import:file-chosen');
  const read = await markTime(page, 'import:file-read');
  const shown = await markTime(page, 'import:preview-shown');
  const start = await markTime(page, 'import:commit-start');
  const done = await markTime(page, 'import:committed');
  return {
    read: read - chosen,
    preview: shown - chosen,
    commit: done - start,
    total: shown - chosen + (done - start),
  };
}

async function exportOnce(format) {
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: `Attendees as ${format}` }).click();
  const file = await (await download).path();
  const ready = (await markTime(page, 'export:file-ready')) - (await markTime(page, 'export:start'));
  return { ms: ready, bytes: statSync(file).size };
}

const imports = [];
for (let run = 1; run <= RUNS; run++) imports.push(await importOnce(run));
const pss = rendererPss();
const excel = [];
const csv = [];
for (let run = 0; run < RUNS; run++) {
  excel.push(await exportOnce('Excel'));
  csv.push(await exportOnce('CSV'));
}
const machine = machineLine(browser);
await browser.close();
stop();

// The peer: Python's openpyxl (what pretix and Indico use) reading the same workbook, cell values only.
const python = `
import time, openpyxl
t = time.perf_counter()
wb = openpyxl.load_workbook(${JSON.stringify(FIXTURE)}, read_only=True, data_only=True)
rows = [[c for c in r] for r in wb.worksheets[0].iter_rows(values_only=True)]
print((time.perf_counter() - t) * 1000, len(rows))
`;
const openpyxl = [];
for (let run = 0; run < RUNS; run++)
  openpyxl.push(Number(execFileSync('/usr/bin/python3', ['-c', python], { encoding: 'utf8' }).split(' ')[0]));
const pyVersion = execFileSync(
  '/usr/bin/python3',
  ['-c', 'import openpyxl, sys; print(openpyxl.__version__, sys.version.split()[0])'],
  { encoding: 'utf8' },
).trim();

const m = (key) => median(imports.map((r) => r[key]));
console.log(`\n## Importing and exporting 20,000 attendees — ${machine}; openpyxl ${pyVersion}`);
console.log(
  `\nFile: ${path.basename(FIXTURE)} (${(statSync(FIXTURE).size / 1024).toFixed(0)} KB). Runs: ${RUNS}; medians.\n`,
);
console.log('| figure | value | target |');
console.log('|---|---|---|');
console.log(`| read the workbook (exceljs, in a worker) | ${ms(m('read'))} ms | — |`);
console.log(`| read + map + validate (file chosen → preview on screen) | ${ms(m('preview'))} ms | — |`);
const commitFigure =
  'commit (one transaction: 20,000 attendees and 19,615 new organisations, ≈40,000 events in one commit)';
console.log(`| ${commitFigure} | ${ms(m('commit'))} ms | — |`);
console.log(`| whole import | ${ms(m('total'))} ms | < 3000 ms |`);
const excelFigure = `${ms(median(excel.map((e) => e.ms)))} ms, ${(excel[0].bytes / 1024).toFixed(0)} KB`;
console.log(`| export attendees to Excel (click → file ready) | ${excelFigure} | < 2000 ms |`);
console.log(
  `| export attendees to CSV | ${ms(median(csv.map((e) => e.ms)))} ms, ${(csv[0].bytes / 1024).toFixed(0)} KB | — |`,
);
console.log(`| renderer memory (PSS) after the imports | ${mb(pss)} MB | — |`);
console.log(`| openpyxl reading the same file (read-only, values) | ${ms(median(openpyxl))} ms | — |`);
console.log(`| Plenum's read ÷ openpyxl's read | ${(m('read') / median(openpyxl)).toFixed(2)} | — |`);
console.log(
  `| Plenum's read + map + validate ÷ openpyxl's read | ${(m('preview') / median(openpyxl)).toFixed(2)} | — |`,
);
process.exit(0);
