// Screenshots of the venue network in each language, with a headless host on the loopback:
//   npm run build:renderer && npx vite preview --port 4173 &  npx tsx scripts/venue-screenshots.ts [outDir]
// The English ones are the user guide's (docs/images/venue-network-*.png).
import { chromium, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { badgePayload } from '../shared/rules/checkin/badgePayload';
import { startTestHost, stopTestHost } from '../e2e/venueHost';

const out = process.argv[2] ?? 'test-results/venue-screens';
mkdirSync(out, { recursive: true });
const LANGUAGES = { en: 'English', ru: 'Русский', 'zh-CN': '中文' } as const;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const host = await startTestHost();

async function laptop() {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  await page.goto('http://localhost:4173/');
  return page;
}
const choose = (page: Page, language: keyof typeof LANGUAGES) =>
  page
    .getByRole('banner')
    .getByRole('combobox', { name: /Language|Язык|语言/ })
    .selectOption({ label: LANGUAGES[language] });
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });

try {
  const secretariat = await laptop();
  await secretariat.getByRole('button', { name: 'Load demo event' }).click();
  await secretariat.getByRole('heading', { name: 'Member organisations' }).waitFor();
  await secretariat.getByRole('link', { name: 'Venue network' }).click();
  for (const language of ['zh-CN', 'ru', 'en'] as const) {
    await choose(secretariat, language);
    await shot(secretariat, `network-not-joined-${language}`);
  }
  await secretariat.getByLabel('Pairing code').fill(host.firstCode);
  await secretariat.getByLabel(/This laptop's name/).fill('Secretariat');
  await secretariat.getByRole('button', { name: 'Connect' }).click();
  await secretariat.getByRole('button', { name: 'Make a pairing code' }).click();
  const code = await secretariat.getByRole('textbox', { name: /Pairing code for/ }).inputValue();

  const desk = await laptop();
  await desk.getByRole('button', { name: 'Join an event on the venue network' }).click();
  await desk.getByLabel(/This laptop's name/).fill('Desk 2');
  await desk.getByLabel('Pairing code').fill(code);
  for (const language of ['zh-CN', 'ru', 'en'] as const) {
    await choose(desk, language);
    await shot(desk, `join-${language}`);
  }
  await desk.getByRole('dialog').getByRole('button').last().click();
  await desk
    .getByText(/0 \/ 216|0 из 216|0 of 216/)
    .first()
    .waitFor({ timeout: 30_000 });
  for (const n of [1, 2, 3]) await desk.keyboard.type(`${badgePayload(`A0000${n}`)}\n`, { delay: 2 });
  await secretariat.getByRole('button', { name: 'Make a pairing code' }).click();
  await secretariat.waitForTimeout(3_500);
  for (const language of ['zh-CN', 'ru', 'en'] as const) {
    await choose(secretariat, language);
    await shot(secretariat, `network-secretariat-${language}`);
    await choose(desk, language);
    await shot(desk, `desk-${language}`);
  }
} finally {
  await browser.close();
  await stopTestHost(host);
}
