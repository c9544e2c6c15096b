import { chromium } from '@playwright/test';
import { startTestHost, stopTestHost } from '../e2e/venueHost';
import { badgePayload } from '../shared/rules/checkin/badgePayload';
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
const host = await startTestHost();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox'],
});
const mk = async (name: string) => {
  const context = await browser.newContext({ baseURL: 'http://localhost:4173/', ignoreHTTPSErrors: true });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (!/404|409|normal/.test(m.text())) console.log(name, m.type(), m.text().slice(0, 400));
  });
  page.on('pageerror', (e) => console.log(name, 'pageerror', e.message, e.stack?.slice(0, 600)));
  await page.goto('/');
  return page;
};
const s = await mk('S');
await s.getByRole('button', { name: 'Load demo event' }).click();
await s.getByRole('heading', { name: 'Member organisations' }).waitFor();
await s.getByRole('link', { name: 'Venue network' }).click();
await s.getByLabel('Pairing code').fill(host.firstCode);
await s.getByLabel(/This laptop's name/).fill('Sec');
await s.getByRole('button', { name: 'Connect' }).click();
await s.getByRole('button', { name: 'Make a pairing code' }).click();
const code = await s.getByRole('textbox', { name: /Pairing code for/ }).inputValue();
const d = await mk('D');
await d.getByRole('button', { name: 'Join an event on the venue network' }).click();
await d.getByLabel(/This laptop's name/).fill('Desk 2');
await d.getByLabel('Pairing code').fill(code);
await d.getByRole('button', { name: 'Join', exact: true }).click();
await d.getByText('0 of 216').waitFor({ timeout: 30000 });
await s.getByRole('link', { name: 'Check-in' }).click();
await s.getByText('0 of 216').first().waitFor();
await d.keyboard.type(`${badgePayload('A00001')}\n`, { delay: 2 });
await d.getByText('1 of 216').first().waitFor();
console.log('D has 1');
await new Promise((r) => setTimeout(r, 5000));
console.log('S shows', await s.getByRole('region', { name: 'Now in the hall' }).innerText());
console.log(
  await s.evaluate(async () => {
    const r = indexedDB.databases ? await indexedDB.databases() : [];
    return JSON.stringify(r);
  }),
);
await browser.close();
await stopTestHost(host);
