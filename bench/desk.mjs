// Benchmark: the desk under scans, on the large test event (20,216 attendees) — from a scanner's
// Enter to the result painted on screen (p50 / p95 / worst), with the machine idle and with both
// cores kept busy by two other processes; and bursts of scans typed back to back, counting those
// the desk recorded (none may be lost).
// Run: npm run bench:desk
import { spawn } from 'node:child_process';
import { badgePayload } from '../shared/rules/checkin/badgePayload.ts';
import { launchChromium, machineLine, median, ms, serveApp } from './lib.mjs';

const SERIAL = 60;
const BURST = 300;

const percentile = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const code = (n) => `A${String(n).padStart(5, '0')}`;
const burn = () => [0, 1].map(() => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));

const { base, stop } = await serveApp(4180);
const { browser, page } = await launchChromium();
await page.goto(base);
await page.getByRole('button', { name: /Load large test event/ }).click();
await page.locator('.vtable-body[data-ready="true"] [role="row"]').first().waitFor({ timeout: 120_000 });
await page.getByRole('link', { name: 'Check-in' }).click();
await page.getByText(/^Ready: 20,2\d\d people/).waitFor({ timeout: 60_000 });

/** Enter → painted, one scan at a time: each waits for the one before to be on screen. */
async function serial(first) {
  const times = [];
  for (let i = 0; i < SERIAL; i++) {
    await page.evaluate(() => performance.clearMarks());
    await page.keyboard.type(`${badgePayload(code(first + i * 7))}\n`, { delay: 2 });
    const elapsed = await (
      await page.waitForFunction(
        () => {
          const enter = performance.getEntriesByName('plenum:scan:enter')[0];
          const shown = performance
            .getEntriesByType('mark')
            .find((m) => m.name.startsWith('plenum:checkin:banner-'));
          return enter && shown ? shown.startTime - enter.startTime : null;
        },
        undefined,
        { polling: 'raf', timeout: 60_000 },
      )
    ).jsonValue();
    times.push(elapsed);
  }
  return times;
}

const presentCount = async () =>
  Number(
    (await page.locator('.figures > div').filter({ hasText: 'Attendees present' }).locator('dd').innerText())
      .split(' ')[0]
      .replace(/,/g, ''),
  );

/** Scans typed back to back, 2 ms a key; then the count the desk shows. */
async function burst(first) {
  const before = await presentCount();
  for (let i = 0; i < BURST; i++)
    await page.keyboard.type(`${badgePayload(code(first + i))}\n`, { delay: 2 });
  await page
    .waitForFunction(
      ([want]) => document.querySelector('.desk-banner')?.textContent?.includes(want),
      [`A${String(first + BURST - 1).padStart(5, '0')}`],
      { timeout: 5 },
    )
    .catch(() => undefined);
  const deadline = Date.now() + 120_000;
  let after = await presentCount();
  while (after < before + BURST && Date.now() < deadline) {
    await page.waitForTimeout(250);
    after = await presentCount();
  }
  return after - before;
}

// Warm up (the desk has been running for a while at any real event): not counted.
await serial(500);
const idle = await serial(1000);
const idleBurst = await burst(3000);
const burners = burn();
let busy;
let busyBurst;
try {
  busy = await serial(6000);
  busyBurst = await burst(9000);
} finally {
  for (const b of burners) b.kill();
}
const machine = machineLine(browser);
await browser.close();
stop();

console.log(`\n## The desk under scans, 20,216 attendees — ${machine}\n`);
console.log('| figure | idle | both cores busy | target |');
console.log('|---|---|---|---|');
const p50 = `${ms(median(idle))} ms | ${ms(median(busy))} ms`;
console.log(`| scanner Enter → result on screen, p50 (${SERIAL} scans) | ${p50} | — |`);
const p95 = `${ms(percentile(idle, 95))} ms | ${ms(percentile(busy, 95))} ms`;
console.log(`| scanner Enter → result on screen, p95 | ${p95} | ≤ 50 ms idle, ≤ 150 ms busy |`);
console.log(
  `| scanner Enter → result on screen, worst | ${ms(Math.max(...idle))} ms | ${ms(Math.max(...busy))} ms | — |`,
);
console.log(
  `| ${BURST} scans back to back, 2 ms a key: recorded | ${idleBurst} of ${BURST} | ${busyBurst} of ${BURST} | all |`,
);
process.exit(0);
