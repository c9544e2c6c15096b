import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { zhCN } from '../shared/locales/zh-CN';
import { ru } from '../shared/locales/ru';
import { chooseLanguage, demoDelegates, expectNoRawKeys, loadDemo, scanBadge } from './helpers';
import { fill, pattern } from './localeText';

/** A UI string with its placeholders filled, as i18next does. */
const languages = [
  { name: '中文', strings: zhCN },
  { name: 'Русский', strings: ru },
] as const;

for (const { name, strings } of languages) {
  const c = strings.checkin;
  // Ковалевский Андрей is a man: Russian says so; his name comes in the reader's script.
  const kovalevsky = name === '中文' ? '科瓦列夫斯基·安德烈' : 'Ковалевский Андрей';
  const doneForHim = (c as Record<string, string>).done_male ?? c.done;
  const result = (page: Page) => page.getByRole('status', { name: c.outcomeLabel });
  const search = (page: Page) => page.getByRole('combobox', { name: c.search });
  const presentFigure = (page: Page) =>
    page.locator('.figures > div').filter({ hasText: c.attendeesPresent }).locator('dd');

  async function openDesk(page: Page) {
    await loadDemo(page);
    await chooseLanguage(page, name);
    await page.getByRole('link', { name: strings.nav.checkin }).click();
    await expect(page.getByRole('heading', { name: c.title })).toBeVisible();
    await expect(search(page)).toBeFocused();
  }

  test.describe(`the desk in ${name}`, () => {
    test('answers every input, and is ready for the next person after a refusal', async ({ page }) => {
      await openDesk(page);
      await scanBadge(page, 'A00002');
      await expect(result(page)).toHaveText(`✓ ${fill(c.done, { name: '刘申' })}`);
      await scanBadge(page, 'A00002');
      await expect(result(page)).toHaveText(pattern(`! ${c.already}`));
      await expect(search(page)).toHaveValue('');
      await scanBadge(page, 'A99999');
      await expect(result(page)).toHaveText(`✕ ${fill(c.unknownCode, { code: 'A99999' })}`);
      await scanBadge(page, 'A00003');
      await expect(result(page)).toHaveText(`✓ ${fill(c.done, { name: '赵永生' })}`);
      await expect(presentFigure(page)).toHaveText(/^2\D/);

      // Typed: a refused Enter leaves the box empty, so the next name is not appended to the last.
      await search(page).fill('zys');
      await search(page).press('Enter');
      await expect(result(page)).toHaveText(pattern(`! ${c.already}`));
      await expect(search(page)).toHaveValue('');
      await expect(search(page)).toBeFocused();
      await page.keyboard.type('Ковалев', { delay: 150 });
      await page.keyboard.press('Enter');
      await expect(result(page)).toHaveText(`✓ ${fill(doneForHim, { name: kovalevsky })}`);
      await expect(presentFigure(page)).toHaveText(/^3\D/);

      // A name no one has: said while typing, and on Enter.
      await page.keyboard.type('xyzzy');
      await expect(page.getByText(fill(c.noMatch, { query: 'xyzzy' }))).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(result(page)).toHaveText(`✕ ${fill(c.notFound, { query: 'xyzzy' })}`);
      await expect(search(page)).toHaveValue('');
      await expectNoRawKeys(page);
    });

    test('Alt+U undoes the scan from anywhere on the desk; the missing list shrinks as delegates arrive', async ({
      page,
    }) => {
      await openDesk(page);
      const delegates = demoDelegates();
      // Every entitled member is missing before anyone arrives, those with no delegate accredited included.
      const missingHeading = page.getByRole('heading', { name: fill(c.missingTitle, { n: 153 }) });
      await expect(missingHeading).toBeVisible();
      const missing = page.getByRole('table', { name: c.missingTable });
      const first = delegates[0]!;
      await expect(missing.getByRole('row').filter({ hasText: first.orgCode })).toHaveCount(1);

      await page.getByRole('heading', { name: c.title }).click();
      await scanBadge(page, first.code);
      await expect(result(page)).toHaveText(pattern(`✓ ${first.code === 'A00001' ? doneForHim : c.done}`));
      await expect(page.getByRole('heading', { name: fill(c.missingTitle, { n: 152 }) })).toBeVisible();
      await expect(missing.getByRole('row').filter({ hasText: first.orgCode })).toHaveCount(0);

      await page.getByRole('heading', { name: c.title }).click();
      await page.keyboard.press('Alt+KeyU');
      await expect(result(page)).toHaveText(pattern(`✓ ${c.doneUndo}`));
      await expect(presentFigure(page)).toHaveText(/^0\D/);
      await expect(missingHeading).toBeVisible();
      await expect(search(page)).toBeFocused();
    });

    test('a badge printed from the card, and a reprint only after confirming', async ({ page }) => {
      await openDesk(page);
      await scanBadge(page, 'A00003');
      await expect(result(page)).toHaveText(`✓ ${fill(c.done, { name: '赵永生' })}`);
      const card = page.getByRole('region', { name: '赵永生' });
      const first = page.waitForEvent('download');
      await card.getByRole('button', { name: c.printBadge }).click();
      const pdf = readFileSync((await (await first).path())!);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await expect(card).toContainText(pattern(c.badgePrinted, { count: 1 }));

      await card.getByRole('button', { name: c.reprintBadge }).click();
      const dialog = page.getByRole('dialog', { name: c.reprintTitle });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: strings.common.cancel }).click();
      await expect(dialog).toBeHidden();
      const second = page.waitForEvent('download');
      await card.getByRole('button', { name: c.reprintBadge }).click();
      await page
        .getByRole('dialog', { name: c.reprintTitle })
        .getByRole('button', { name: c.reprintConfirm })
        .click();
      await second;
      await expect(result(page)).toHaveText(pattern(`✓ ${c.badgeDone}`));
    });

    test('two sittings keep their own attendance; the quorum is the assembly’s', async ({ page }) => {
      await loadDemo(page);
      await chooseLanguage(page, name);
      await page.getByRole('link', { name: strings.nav.setup }).click();
      await page.getByRole('button', { name: strings.sittings.add }).click();
      const dialog = page.getByRole('dialog', { name: strings.sittings.add });
      await dialog
        .getByLabel(fill(strings.fields.inChinese, { field: strings.sittings.name }))
        .fill('研讨会');
      await dialog
        .getByLabel(fill(strings.fields.inRussian, { field: strings.sittings.name }))
        .fill('Семинар');
      await dialog.getByRole('button', { name: strings.common.save }).click();
      await expect(dialog).toBeHidden();
      const seminar = name === '中文' ? '研讨会' : 'Семинар';
      await expect(page.getByRole('table', { name: strings.sittings.title })).toContainText(seminar);

      await page.getByRole('link', { name: strings.nav.checkin }).click();
      await page.getByRole('combobox', { name: c.sitting }).selectOption({ label: seminar });
      await expect(page.getByText(fill(c.sittingNow, { sitting: seminar }))).toBeVisible();
      await scanBadge(page, 'A00001');
      await expect(result(page)).toHaveText(`✓ ${fill(doneForHim, { name: kovalevsky })}`);
      await expect(presentFigure(page)).toHaveText(/^1\D/);
      // The quorum counts the assembly's sitting (the main one), where no one is checked in yet.
      const quorum = page
        .locator('.figures > div')
        .filter({ hasText: fill(c.quorumOfSitting, { sitting: strings.sittings.main }) })
        .locator('dd');
      await expect(quorum).toHaveText(pattern(c.notQuorate, { present: 0, entitled: 153 }));

      await page.getByRole('combobox', { name: c.sitting }).selectOption({ label: strings.sittings.main });
      await expect(presentFigure(page)).toHaveText(/^0\D/);
      await scanBadge(page, 'A00001');
      await expect(result(page)).toHaveText(`✓ ${fill(doneForHim, { name: kovalevsky })}`);
      await expect(
        page.locator('.figures > div').filter({ hasText: c.votingPresent }).locator('dd'),
      ).toHaveText(/^1\D/);
      await expectNoRawKeys(page);
    });
  });
}
