// Screenshots of every screen in each language, for looking at what we make:
//   npm run build:renderer && npx vite preview --port 4173 &  node scripts/screenshots.mjs [outDir]
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const out = process.argv[2] ?? 'test-results/screens';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });

const LANGUAGE_LABELS = { 'zh-CN': '中文', ru: 'Русский', en: 'English' };
/** The languages, in the order the screenshots are taken. */
const inEachLanguage = () => Object.keys(LANGUAGE_LABELS);
async function chooseLanguage(code) {
  await page
    .getByRole('banner')
    .getByRole('combobox', { name: /Language|Язык|语言/ })
    .selectOption({ label: LANGUAGE_LABELS[code] });
}
await page.goto('http://localhost:4173/');
await page.getByRole('button', { name: 'Load demo event' }).click();
await page.getByRole('heading', { name: 'Member organisations' }).waitFor();
for (const code of inEachLanguage()) {
  await chooseLanguage(code);
  const links = await page.getByRole('navigation').getByRole('link').all();
  for (const [i, name] of [
    'setup',
    'organisations',
    'attendees',
    'checkin',
    'badges',
    'votes',
    'elections',
    'minutes',
    'import-export',
    'archive',
  ].entries()) {
    if (name === 'checkin' && code === 'zh-CN') {
      // A few arrivals for the desk's panel and chart.
      await links[i].click();
      for (const badge of ['A00001', 'A00002', 'A00003', 'A00004'])
        await page.keyboard.type(`${badge}\n`, { delay: 4 });
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
    await links[8].click();
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
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^History of|^История:|的历史记录$/ })
    .click();
  await page.locator('.history').waitFor();
  await page.screenshot({ path: `${out}/${code}-attendee-history.png` });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await links[0].click();
  await page.getByRole('button', { name: /^History of|^История:|的历史记录$/ }).click();
  await page.locator('.history').waitFor();
  await page.screenshot({ path: `${out}/${code}-setup-history.png` });
  await page.keyboard.press('Escape');
}
// An election being counted, then closed with a tie, in each language.
await chooseLanguage('en');
await page.getByRole('link', { name: 'Elections' }).click();
await page.getByRole('button', { name: 'New election' }).click();
const dialog = page.getByRole('dialog', { name: 'New election' });
await dialog.getByLabel('Election (Chinese)').fill('副理事长选举');
await dialog.getByLabel('Election (Russian)').fill('Выборы заместителей председателя');
await dialog.getByLabel('Title of post 1 (Chinese)').fill('副理事长');
await dialog.getByLabel('Title of post 1 (Russian)').fill('Заместители председателя');
await dialog.getByLabel('Seats, post 1').fill('2');
await dialog
  .getByRole('combobox', { name: 'Ballot, post 1' })
  .selectOption({ label: 'mark up to k candidates' });
await dialog.getByRole('combobox', { name: 'Candidates are, post 1' }).selectOption({ label: 'persons' });
await dialog.getByLabel('Candidates’ codes in ballot order, post 1').fill('A00001 A00002 A00004 A00005');
for (const code of ['zh-CN', 'ru']) {
  await chooseLanguage(code);
  await page.screenshot({ path: `${out}/${code}-election-dialog.png`, fullPage: true });
}
await chooseLanguage('en');
await dialog.getByRole('button', { name: 'Create the election' }).click();
await page.getByRole('button', { name: 'Open the election' }).click();
await page.getByLabel('Issue a ballot to (name or badge scan)').waitFor();
for (const badge of ['A00001', 'A00002', 'A00004', 'A00001'])
  await page.keyboard.type(`${badge}\n`, { delay: 4 });
await page.waitForTimeout(300);
for (const code of ['zh-CN', 'ru']) {
  await chooseLanguage(code);
  await page.screenshot({ path: `${out}/${code}-election-issue.png`, fullPage: true });
}
await chooseLanguage('en');
await page.getByRole('tab', { name: 'Count the papers' }).click();
for (const marks of ['1 2', '1 3', '2 3 4']) {
  await page.getByLabel('Marks: 副理事长').fill(marks);
  await page.getByLabel('Marks: 副理事长').press('Enter');
}
await page.getByLabel('Marks: 副理事长').fill('1 4');
for (const code of inEachLanguage()) {
  await chooseLanguage(code);
  await page.screenshot({ path: `${out}/${code}-election-count.png`, fullPage: true });
}
await page.getByRole('button', { name: 'Close the election' }).click();
const closing = page.getByRole('dialog', { name: 'Close the election?' });
await closing.getByRole('button', { name: 'Close the election' }).click();
await closing.waitFor({ state: 'hidden' });
for (const code of inEachLanguage()) {
  await chooseLanguage(code);
  await page.screenshot({ path: `${out}/${code}-election-closed.png`, fullPage: true });
}
// The minutes with the election above, and an edited paragraph.
await page.getByRole('link', { name: 'Minutes' }).click();
await page.getByLabel('Text: 闭幕 / Закрытие (中文)').fill('议程全部完成，大会在热烈的掌声中闭幕。');
await page.getByRole('button', { name: 'Save the text: 闭幕 / Закрытие' }).click();
for (const code of ['zh-CN', 'ru']) {
  await chooseLanguage(code);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${code}-minutes-full.png`, fullPage: true });
}
await page.goto('http://localhost:4173/#/');
await page.screenshot({ path: `${out}/en-events.png` });
await browser.close();
console.log(`screenshots in ${out}`);
