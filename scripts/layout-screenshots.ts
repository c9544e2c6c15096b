// Screenshots of every screen of the demo event at a laptop's size, in each language, and a report of
// what a look would catch: a top bar on more rows than designed, a header broken inside a word, a cut name.
//   npx vite build --outDir /tmp/layout && npx vite preview --outDir /tmp/layout --port 4180 --strictPort &
//   npx tsx scripts/layout-screenshots.ts [baseUrl] [outDir] [width] [height]
// It checks everyone in, holds the charter vote and a council election first, in a fresh browser profile.
import { chromium, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromiumLaunch } from '../playwright.config';
import { checkInFirst, demoDelegates } from '../e2e/helpers';
import { countAndSeal, fillPost, runCharterVote } from '../e2e/assembly';
import { EVENT_SCREENS } from '../renderer/app/eventScreens';

const base = process.argv[2] ?? 'http://localhost:4180/';
const out = process.argv[3] ?? 'test-results/layout-screens';
const width = Number(process.argv[4] ?? 1280);
const height = Number(process.argv[5] ?? 800);
mkdirSync(out, { recursive: true });

const LANGUAGES = { 'zh-CN': '中文', ru: 'Русский', en: 'English' } as const;
type Language = keyof typeof LANGUAGES;
const SCREENS = EVENT_SCREENS;
/** Screens short enough to be taken whole; the lists are taken as the window shows them. */
const WHOLE = new Set<string>([
  'setup',
  'votes',
  'elections',
  'minutes',
  'importExport',
  'archive',
  'network',
]);
const DESK_QUERY = 'Ковалев';

const choose = (page: Page, language: Language) =>
  page
    .getByRole('banner')
    .getByRole('combobox', { name: /Language|Язык|语言/ })
    .selectOption({ label: LANGUAGES[language] });

/** The top bar's sections on more than their one row, or one of them on several lines. */
const navProblems = () => {
  const links = [...document.querySelectorAll('.topbar-nav a')];
  const rows = new Set(links.map((link) => Math.round(link.getBoundingClientRect().top))).size;
  const problems = rows > 1 ? [`nav links on ${rows} rows`] : [];
  for (const link of links)
    if (link.getClientRects().length > 1 || link.scrollWidth > link.clientWidth)
      problems.push(`nav link squeezed: ${link.textContent}`);
  const title = document.querySelector('.topbar-event');
  if (title && title.scrollWidth > title.clientWidth) problems.push(`event title cut: ${title.textContent}`);
  return problems;
};

/** A header whose Latin or Cyrillic word is laid out over two lines, or whose text is cut. */
const headerProblems = () => {
  const problems: string[] = [];
  for (const cell of document.querySelectorAll('th, .vtable-head > span')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      for (const word of node.textContent!.matchAll(/[A-Za-zА-Яа-яЁё.-]{2,}/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        if (range.getClientRects().length > 1) problems.push(`header word broken: ${word[0]}`);
      }
    if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`header cut: ${cell.textContent}`);
  }
  return problems;
};

/** A name on the desk or in the list of attendees that does not show whole. */
const cutNames = () =>
  [
    ...document.querySelectorAll(
      '.desk-result > span, .vtable-row:not(.vtable-head) > span:is(:nth-child(2), :nth-child(3))',
    ),
  ]
    .filter((name) => name.scrollWidth > name.clientWidth + 1 || name.scrollHeight > name.clientHeight + 1)
    .map((name) => `cut: ${name.textContent}`);

const layoutProblems = async (page: Page) => [
  ...(await page.evaluate(navProblems)),
  ...(await page.evaluate(headerProblems)),
  ...(await page.evaluate(cutNames)),
];

async function shoot(page: Page, name: string, fullPage = false) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage });
  const problems = await layoutProblems(page);
  console.log(`${name}: ${problems.length ? problems.join(' | ') : 'ok'}`);
}

async function shootLargeType(page: Page, language: Language) {
  const largeType = page.locator('.desk-settings input[type=checkbox]').last();
  await largeType.check();
  await shoot(page, `${language}-checkin-large`);
  await largeType.uncheck();
}

/** Everyone checked in, the charter vote and a council election sealed: the tables have rows to show. */
async function holdTheAssembly(page: Page) {
  const delegates = demoDelegates();
  await checkInFirst(page, 216);
  await runCharterVote(page, 135, 121);
  await page.getByRole('link', { name: 'Elections' }).click();
  await page.getByRole('button', { name: 'New election' }).click();
  const dialog = page.getByRole('dialog', { name: 'New election' });
  await dialog.getByLabel('Election (Chinese)').fill('理事会选举');
  await dialog.getByLabel('Election (Russian)').fill('Выборы совета');
  await fillPost(dialog, 1, {
    zh: '理事单位',
    ru: 'Члены совета',
    seats: 9,
    kind: 'member organisations (with their representative)',
    codes: delegates.slice(0, 9).map((d) => d.orgCode),
  });
  await dialog.getByRole('button', { name: 'Create the election' }).click();
  const papers = Array.from({ length: 12 }, () => ['111111111']);
  await countAndSeal(page, delegates.slice(0, 12), papers);
}

const browser = await chromium.launch(chromiumLaunch);
try {
  const context = await browser.newContext({ viewport: { width, height } });
  // tsx names the functions handed to page.evaluate through a helper the page lacks.
  await context.addInitScript('window.__name = (f) => f');
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole('button', { name: 'Load demo event' }).click();
  await page.getByRole('heading', { name: 'Member organisations' }).waitFor();
  const conferenceId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
  await holdTheAssembly(page);
  for (const language of Object.keys(LANGUAGES) as Language[]) {
    await page.goto(`${base}#/`);
    await choose(page, language);
    await shoot(page, `${language}-events`);
    for (const screen of SCREENS) {
      await page.goto(`${base}#/events/${encodeURIComponent(conferenceId)}/${screen}`);
      if (screen === 'checkin') {
        await page.locator('.desk-search input').fill(DESK_QUERY);
        await page.getByRole('listbox').waitFor();
      }
      await shoot(page, `${language}-${screen}`, WHOLE.has(screen));
      if (screen === 'checkin') await shootLargeType(page, language);
    }
  }
} finally {
  await browser.close();
}
