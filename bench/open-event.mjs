// Benchmark: open an event with 20,000 attendees to a usable attendee list, in Chromium, and the
// renderer's memory at that size. Run: npm run bench:open  (builds, serves, prints a Markdown table).
import { launchChromium, machineLine, markTime, mb, median, ms, rendererPss, serveApp } from './lib.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const { base: BASE, stop: stopServer } = await serveApp(4174);
const { browser, context, page } = await launchChromium();
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
  await page.goto(attendeesUrl);
  // Navigation start is time 0 of the page's clock: the mark is the time to the painted rows.
  return markTime(page, 'attendees:rows-shown');
}

/** Within the running app: from the click on "Attendees" to the rows on screen. */
async function openWarm() {
  await page.getByRole('navigation').getByRole('link').nth(1).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('table tbody tr').first().waitFor();
  const link = page.getByRole('navigation').getByRole('link').nth(2);
  await link.waitFor();
  await page.evaluate(() => performance.clearMarks());
  // Dispatched in the page, so the time starts at the click itself.
  const clicked = await link.evaluate((a) => {
    const t = performance.now();
    a.click();
    return t;
  });
  return (await markTime(page, 'attendees:rows-shown')) - clicked;
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
const { metrics } = await cdp
  .send('Performance.getMetrics')
  .then(async (r) =>
    r.metrics.length ? r : (await cdp.send('Performance.enable'), cdp.send('Performance.getMetrics')),
  );
const heapUsed = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
const listPss = rendererPss();
const machine = machineLine(browser);
await browser.close();
stopServer();

const max = (xs) => Math.max(...xs);
console.log(`\n## Opening an event with 20,000 attendees — ${machine}`);
console.log(`\nList: ${total}. Runs: ${RUNS}.\n`);
console.log('| figure | median | worst | target |');
console.log('|---|---|---|---|');
const coldTimes = `${ms(median(cold))} ms | ${ms(max(cold))} ms`;
console.log(
  `| open the event's attendee list, fresh page load to rows on screen | ${coldTimes} | < 1000 ms |`,
);
console.log(
  `| switch to the attendee list inside the app | ${ms(median(warm))} ms | ${ms(max(warm))} ms | < 1000 ms |`,
);
console.log(
  `| filter the list (one search, all 20,000 rows) | ${ms(median(filter))} ms | ${ms(max(filter))} ms | — |`,
);
console.log(`| renderer JS heap with the list open | ${mb(heapUsed)} MB | | < 200 MB |`);
console.log(`| renderer process memory (PSS) with the list open | ${mb(listPss)} MB | | < 200 MB |`);
console.log(
  `| renderer process memory (PSS) of the app with no event open, for comparison | ${mb(baselinePss)} MB | | — |`,
);
console.log(
  `| create the 20,000-attendee test event (≈20,400 events in one transaction) | ${ms(seedMs)} ms | | — |`,
);
process.exit(0);
