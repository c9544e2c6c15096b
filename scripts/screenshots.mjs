// Screenshots of every screen in each language, for looking at what we make:
//   npm run build:renderer && npx vite preview --port 4173 &  node scripts/screenshots.mjs [outDir]
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const out = process.argv[2] ?? 'test-results/screens';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto('http://localhost:4173/');
await page.getByRole('button', { name: 'Load demo event' }).click();
await page.getByRole('heading', { name: 'Member organisations' }).waitFor();
for (const [code, label] of [['zh-CN', '中文'], ['ru', 'Русский'], ['en', 'English']]) {
  await page.getByRole('combobox', { name: /Language|Язык|语言/ }).selectOption({ label });
  const links = await page.getByRole('navigation').getByRole('link').all();
  for (const [i, name] of ['setup', 'organisations', 'attendees', 'checkin', 'badges', 'votes', 'import-export'].entries()) {
    if (name === 'checkin' && code === 'zh-CN') {
      // A few arrivals for the desk's panel and chart.
      await links[i].click();
      for (const badge of ['A00001', 'A00002', 'A00003', 'A00004']) await page.keyboard.type(`${badge}\n`, { delay: 4 });
      await page.getByRole('combobox', { name: /查找人员/ }).fill('zys');
    }
    await links[i].click();
    await page.locator('h1').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/${code}-${name}.png`, fullPage: name === 'setup' });
  }
  // The import preview of the reference attendee list, when ../shared is beside the repository.
  const fixture = new URL('../../shared/fixtures/founding-assembly/attendees.xlsx', import.meta.url);
  if (existsSync(fixture)) {
    const chooser = page.waitForEvent('filechooser');
    await page.locator('.import button.button--primary').first().click();
    await (await chooser).setFiles(fileURLToPath(fixture));
    await page.locator('.preview-summary').waitFor();
    await page.screenshot({ path: `${out}/${code}-import-preview.png`, fullPage: true });
  }
  await links[2].click();
  await page.locator('.vtable-body').getByRole('button').nth(3).click();
  await page.getByRole('dialog').waitFor();
  await page.screenshot({ path: `${out}/${code}-attendee-dialog.png` });
  await page.keyboard.press('Escape');
}
await page.goto('http://localhost:4173/#/');
await page.screenshot({ path: `${out}/en-events.png` });
await browser.close();
console.log(`screenshots in ${out}`);
