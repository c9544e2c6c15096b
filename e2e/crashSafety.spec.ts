import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { loadDemo } from './helpers';
import { enterPaper, openCouncilElection } from './assembly';

const LIST = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../shared/fixtures/scale/attendees-20000.xlsx',
);

/** The laptop's lid closes: the page is gone at once, without a chance to finish anything. */
async function reopen(context: BrowserContext, page: Page, hash: string): Promise<Page> {
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await again.goto(`/${hash}`);
  return again;
}

async function shownAttendees(page: Page): Promise<number> {
  await page.getByRole('link', { name: 'Attendees' }).click();
  const text = await page.getByRole('status').filter({ hasText: 'shown' }).innerText({ timeout: 60_000 });
  return Number(/^([\d,]+) of/.exec(text)![1]!.replace(/,/g, ''));
}

test(
  'closing the page in the middle of a 20,000-row import ' +
    'leaves the event before or after it, never half-way',
  async ({ page, context }) => {
    test.skip(!existsSync(LIST), 'the 20,000-row list is in ../shared/fixtures');
    test.setTimeout(300_000);
    for (const delay of [50, 400]) {
      await page.goto('/');
      await page.getByRole('button', { name: 'New event' }).click();
      await page.getByLabel('Event name (English)').fill(`Lid closed ${delay}`);
      await page.getByRole('button', { name: 'Create event' }).click();
      await page.getByRole('link', { name: 'Import & export' }).click();
      const hash = new URL(page.url()).hash;
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Choose a file…' }).click();
      await (await chooser).setFiles(LIST);
      await page.getByText(/^20,000 rows read/).waitFor({ timeout: 120_000 });
      await page.getByRole('button', { name: /^Import 20,000 attendees$/ }).click();
      await page.waitForFunction(
        () => performance.getEntriesByName('plenum:import:commit-start').length > 0,
        undefined,
        { polling: 5 },
      );
      await page.waitForTimeout(delay);
      page = await reopen(context, page, hash);
      const count = await shownAttendees(page);
      test.info().annotations.push({
        type: 'outcome',
        description: `closed ${delay} ms into the commit: ${count} attendees`,
      });
      expect([0, 20_000], `closed ${delay} ms into the commit`).toContain(count);
      await page.getByRole('link', { name: 'Import & export' }).click();
      // The import's record and its rows go together.
      if (count === 0) await expect(page.getByRole('button', { name: /^Undo the import of/ })).toHaveCount(0);
      else
        await expect(
          page.getByRole('button', { name: 'Undo the import of attendees-20000.xlsx' }),
        ).toBeVisible();
    }
  },
);

test('closing the page as a ballot paper is entered leaves the count with or without it, and its totals agree', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await loadDemo(page);
  await openCouncilElection(page, { seats: 3, codes: ['M001', 'M002', 'M003'] });
  await page.getByRole('tab', { name: 'Count the papers' }).click();
  for (let i = 0; i < 3; i++) await enterPaper(page, ['111']);
  const hash = new URL(page.url()).hash;
  await page.getByLabel('Marks: 理事单位').fill('112');
  await page.getByLabel('Marks: 理事单位').press('Enter');
  page = await reopen(context, page, hash);
  await page.getByRole('tab', { name: 'Count the papers' }).click();
  const papers = await page.getByRole('list', { name: 'Papers entered' }).getByRole('listitem').count();
  expect([3, 4]).toContain(papers);
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('status')).toContainText(
    `${papers} papers returned`,
  );
  await expect(page.getByRole('region', { name: '理事单位' }).getByRole('row').nth(1)).toContainText(
    String(papers),
  );
});
