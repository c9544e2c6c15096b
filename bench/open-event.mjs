// Benchmark: open an event with 20,000 attendees to a usable attendee list, in Chromium, and the
// renderer's memory at that size. Run: npm run bench:open  (builds, serves, prints a Markdown table).
import { chromium } from '@playwright/test';
import { spawn, execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';

const PORT = 4174;

/** The largest Chromium renderer's proportional set size, from /proc (Linux). */
function rendererPss() {
  return Math.max(
    ...readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .map((pid) => {
        try {
          if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) return 0;
          const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
          return pss ? Number(pss[1]) * 1024 : 0;
        } catch {
          return 0;
        }
      }),
  );
}
const RUNS = Number(process.env.RUNS ?? 7);
const BASE = `http://localhost:${PORT}/`;

execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
const server = spawn('npx', ['vite', 'preview', '--strictPort', '--port', String(PORT)], { stdio: 'ignore', detached: true });
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {}
};
process.on('exit', stopServer);
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(BASE)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 200));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--enable-precise-memory-info'],
});
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
const page = await context.newPage();
await page.goto(BASE);

const baselinePss = rendererPss();
const seedStart = performance.now();
await page.getByRole('button', { name: /Load large test event/ }).click();
await page.locator('.vtable-body[data-ready="true"] [role="row"]').first().waitFor({ timeout: 120_000 });
const seedMs = performance.now() - seedStart;
const attendeesUrl = page.url();
const total = await page.getByRole('status').innerText();

/** From navigation (cold: a fresh page load) to the first attendee rows on screen and the list scrollable. */
async function openCold() {
  await page.goto('about:blank');
  const t0 = performance.now();
  await page.goto(attendeesUrl);
  await page.locator('.vtable-body[data-ready="true"] [role="row"]').first().waitFor();
  return performance.now() - t0;
}

/** Within the running app: from the click on "Attendees" to the rows on screen. */
async function openWarm() {
  await page.getByRole('navigation').getByRole('link').nth(1).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('table tbody tr').first().waitFor();
  const t0 = performance.now();
  await page.getByRole('navigation').getByRole('link').nth(2).click();
  await page.locator('.vtable-body[data-ready="true"] [role="row"]').first().waitFor();
  return performance.now() - t0;
}

/** One keystroke in the list's filter to the filtered rows on screen. */
async function filterOnce() {
  const box = page.getByRole('searchbox');
  await box.fill('');
  await page.getByRole('status').filter({ hasText: total }).waitFor();
  const t0 = performance.now();
  await box.fill('Ковалевский');
  await page.getByRole('status').filter({ hasNotText: total }).waitFor();
  return performance.now() - t0;
}

const cold = [];
const warm = [];
const filter = [];
for (let i = 0; i < RUNS; i++) cold.push(await openCold());
for (let i = 0; i < RUNS; i++) warm.push(await openWarm());
for (let i = 0; i < RUNS; i++) filter.push(await filterOnce());

// Memory with the list open: the JS heap (CDP), and the renderer process's proportional set size.
await page.goto(attendeesUrl);
await page.locator('.vtable-body[data-ready="true"] [role="row"]').first().waitFor();
const cdp = await context.newCDPSession(page);
await cdp.send('HeapProfiler.collectGarbage');
const { metrics } = await cdp.send('Performance.getMetrics').then(async (r) => (r.metrics.length ? r : (await cdp.send('Performance.enable'), cdp.send('Performance.getMetrics'))));
const heapUsed = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
const listPss = rendererPss();
await browser.close();
stopServer();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs) => Math.max(...xs);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
const ms = (x) => x.toFixed(0);
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`\n## Opening an event with 20,000 attendees — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}, ${mb(os.totalmem())} MB, Chromium ${browser.version?.() ?? ''}`);
console.log(`\nList: ${total}. Runs: ${RUNS}.\n`);
console.log('| figure | median | worst | target |');
console.log('|---|---|---|---|');
console.log(`| open the event's attendee list, fresh page load to rows on screen | ${ms(median(cold))} ms | ${ms(max(cold))} ms | < 1000 ms |`);
console.log(`| switch to the attendee list inside the app | ${ms(median(warm))} ms | ${ms(max(warm))} ms | < 1000 ms |`);
console.log(`| filter the list (one search, all 20,000 rows) | ${ms(median(filter))} ms | ${ms(max(filter))} ms | — |`);
console.log(`| renderer JS heap with the list open | ${mb(heapUsed)} MB | | < 200 MB |`);
console.log(`| renderer process memory (PSS) with the list open | ${mb(listPss)} MB | | < 200 MB |`);
console.log(`| renderer process memory (PSS) of the app with no event open, for comparison | ${mb(baselinePss)} MB | | — |`);
console.log(`| create the 20,000-attendee test event (≈20,400 events in one transaction) | ${ms(seedMs)} ms | | — |`);
process.exit(0);
