// Benchmark: desks on the venue network, on loopback — the web build in Chromium, the headless
// host as `plenum host` runs it. The secretariat brings the large test event (20,216 attendees) to
// the host; a new desk joins and catches up the whole event (from Join to the desk ready with
// every person); then scans at one desk, each measured from the scanner's Enter to the result on
// that desk's screen (sync on) and to the new count on the other desk's screen.
// Run: npm run bench:venue-desks
import type { BrowserContext, Page } from '@playwright/test';
import { badgePayload } from '../shared/rules/checkin/badgePayload';
import { launchChromium, machineLine, serveApp } from './lib.mjs';
import { startTestHost, stopTestHost } from '../e2e/venueHost';

const SCANS = 40;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;
const code = (n: number) => `A${String(n).padStart(5, '0')}`;
const summary = (xs: number[]) =>
  `p50 ${percentile(xs, 50).toFixed(0)} ms, p95 ${percentile(xs, 95).toFixed(0)} ms, ` +
  `worst ${Math.max(...xs).toFixed(0)} ms`;

const host = await startTestHost();
const { base, stop } = await serveApp(4181);
const { browser } = await launchChromium();

async function laptop(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: base,
    ignoreHTTPSErrors: true,
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(base);
  return { context, page };
}

const begun = Date.now();
const step = (what: string) => console.error(`${((Date.now() - begun) / 1000).toFixed(1)} s: ${what}`);

try {
  const secretariat = (await laptop()).page;
  await secretariat.getByRole('button', { name: /Load large test event/ }).click();
  await secretariat.getByRole('heading', { name: 'Attendees' }).waitFor({ timeout: 180_000 });
  step('large event loaded');
  await secretariat.getByRole('link', { name: 'Venue network' }).click();
  await secretariat.getByLabel('Pairing code').fill(host.firstCode);
  await secretariat.getByLabel(/This laptop's name/).fill('Secretariat');
  await secretariat.getByRole('button', { name: 'Connect' }).click();
  await secretariat.getByText('Every change of this laptop is at the host.').waitFor({ timeout: 180_000 });

  step('the event is at the host');

  async function joinedDesk(name: string) {
    const shown = secretariat.getByRole('textbox', { name: /Pairing code for/ });
    const before = (await shown.count()) ? await shown.inputValue() : '';
    await secretariat.getByRole('button', { name: 'Make a pairing code' }).click();
    await secretariat.waitForFunction((old) => {
      const box = [...document.querySelectorAll('textarea[readonly]')].at(-1) as
        HTMLTextAreaElement | undefined;
      return box && box.value !== old ? box.value : null;
    }, before);
    const text = await shown.inputValue();
    const { page } = await laptop();
    await page.getByRole('button', { name: 'Join an event on the venue network' }).click();
    await page.getByLabel(/This laptop's name/).fill(name);
    await page.getByLabel('Pairing code').fill(text);
    const started = Date.now();
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await page.getByText(/^Ready: 20,2\d\d people/).waitFor({ timeout: 300_000 });
    return { page, catchUp: Date.now() - started };
  }

  const deskA = await joinedDesk('Desk A');
  step('desk A ready');
  const deskB = await joinedDesk('Desk B');
  step('desk B ready');

  const shownHere: number[] = [];
  const shownThere: number[] = [];
  for (let i = 1; i <= SCANS; i++) {
    await deskA.page.evaluate(() => performance.clearMarks());
    const waitThere = deskB.page.waitForFunction(
      (n) =>
        [...document.querySelectorAll('dd')].some((d) => d.textContent?.startsWith(`${n} of 20,2`))
          ? performance.timeOrigin + performance.now()
          : null,
      i,
      { polling: 'raf', timeout: 60_000 },
    );
    await deskA.page.keyboard.type(`${badgePayload(code(i * 13))}\n`, { delay: 2 });
    const [enter, shown] = (await (
      await deskA.page.waitForFunction(
        () => {
          const enterMark = performance.getEntriesByName('plenum:scan:enter')[0];
          const shownMark = performance
            .getEntriesByType('mark')
            .find((m) => m.name.startsWith('plenum:checkin:banner-'));
          return enterMark && shownMark
            ? [performance.timeOrigin + enterMark.startTime, shownMark.startTime - enterMark.startTime]
            : null;
        },
        undefined,
        { polling: 'raf', timeout: 60_000 },
      )
    ).jsonValue())!;
    shownHere.push(shown!);
    shownThere.push((await (await waitThere).jsonValue())! - enter!);
  }

  const claims = await deskA.page.evaluate(() =>
    performance.getEntriesByName('plenum:venue:claim').map((entry) => entry.duration),
  );
  console.log(machineLine(browser));
  console.log(
    `A new desk catching up the 20,216-attendee event: ${(deskA.catchUp / 1000).toFixed(1)} s ` +
      `(second desk ${(deskB.catchUp / 1000).toFixed(1)} s)`,
  );
  console.log(`Enter → shown at the desk, sync on (${SCANS} scans): ${summary(shownHere)}`);
  console.log(`Of which the claim through the host (${claims.length} claims): ${summary(claims)}`);
  console.log(`Check-in at one desk → shown at the other (${SCANS} scans): ${summary(shownThere)}`);
} finally {
  await browser.close();
  stop();
  await stopTestHost(host);
}
