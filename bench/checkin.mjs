// Benchmark: the check-in desk with 20,000 attendees — building the search index and the time of
// each keystroke (p50/p95/p99) in Node and in Chromium, and from Enter to the check-in on screen.
// Run: npm run bench:checkin
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { launchChromium, machineLine, markTime, median, ms, serveApp } from './lib.mjs';

mkdirSync('.cache/bench', { recursive: true });
const common = { entryPoints: ['bench/searchBench.ts'], bundle: true, logLevel: 'warning' };
await build({ ...common, platform: 'node', format: 'esm', outfile: '.cache/bench/searchBench.mjs' });
await build({
  ...common,
  platform: 'browser',
  format: 'iife',
  globalName: 'PlenumSearchBench',
  outfile: '.cache/bench/searchBench.iife.js',
});

const node = (await import(`${process.cwd()}/.cache/bench/searchBench.mjs`)).run();

const { base, stop } = await serveApp(4179);
const { browser, page } = await launchChromium();
// A blank page: the app's content security policy (rightly) refuses injected scripts.
await page.goto('about:blank');
await page.addScriptTag({ content: readFileSync('.cache/bench/searchBench.iife.js', 'utf8') });
const chromium = await page.evaluate(() => globalThis.PlenumSearchBench.run());

// In the app: the large test event, the desk, and 30 check-ins by code + Enter.
await page.goto(base);
await page.getByRole('button', { name: /Load large test event/ }).click();
await page.locator('.vtable-body[data-ready="true"] [role="row"]').first().waitFor({ timeout: 120_000 });
await page.getByRole('link', { name: 'Check-in' }).click();
const box = page.getByRole('combobox', { name: 'Find a person' });
await box.waitFor();
await page.getByText(/^Ready: 20,2\d\d people/).waitFor({ timeout: 60_000 });
const shown = [];
for (let i = 0; i < 30; i++) {
  const code = `A${String(100 + i * 617).padStart(5, '0')}`;
  await box.fill(code);
  await page.getByRole('listbox', { name: 'People found' }).getByRole('option').first().waitFor();
  await page.evaluate(() => performance.clearMarks());
  await box.press('Enter');
  const start = await markTime(page, 'checkin:start');
  // The first frame painted with this check-in's confirmation.
  const painted = await (
    await page.waitForFunction(
      () =>
        performance.getEntriesByType('mark').find((m) => m.name.startsWith('plenum:checkin:banner-'))
          ?.startTime ?? null,
      undefined,
      { polling: 'raf' },
    )
  ).jsonValue();
  await page.locator('.desk-banner--ok').filter({ hasText: 'checked in' }).waitFor();
  shown.push(painted - start);
}
const machine = machineLine(browser);
await browser.close();
stop();

const sorted = [...shown].sort((a, b) => a - b);
const f = (x) => x.toFixed(2);
console.log(`\n## The check-in desk with 20,000 attendees — ${machine}`);
const typed = `${node.queries} queries typed a character at a time (${node.keystrokes} keystrokes)`;
const kinds =
  'hanzi names, pinyin with spaces, initials, Cyrillic fragments, Latin spellings of Russian names, codes';
const found = `Found the person: ${node.found} of ${node.queries} in Node, ${chromium.found} in Chromium.`;
console.log(`\n${node.attendees} attendees; ${typed}: ${kinds}. ${found}\n`);
console.log('| figure | Node | Chromium | target |');
console.log('|---|---|---|---|');
console.log(`| build the search index | ${ms(node.indexMs)} ms | ${ms(chromium.indexMs)} ms | < 500 ms |`);
console.log(`| keystroke p50 | ${f(node.p50)} ms | ${f(chromium.p50)} ms | — |`);
console.log(`| keystroke p95 | ${f(node.p95)} ms | ${f(chromium.p95)} ms | < 5 ms |`);
console.log(`| keystroke p99 | ${f(node.p99)} ms | ${f(chromium.p99)} ms | — |`);
console.log(`| keystroke max | ${f(node.max)} ms | ${f(chromium.max)} ms | — |`);
const shownTimes = `${ms(median(shown))} ms / ${ms(sorted.at(-1))} ms`;
console.log(
  `| Enter → check-in shown (in the app, 30 check-ins: median / worst) | | ${shownTimes} | < 50 ms |`,
);
console.log(`\n(${os.cpus().length} cores)`);
process.exit(0);
