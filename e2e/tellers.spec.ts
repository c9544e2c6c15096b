import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { zhCN } from '../shared/locales/zh-CN';
import { ru } from '../shared/locales/ru';
import { checkInFirst, chooseLanguage, expectNoRawKeys, loadDemo } from './helpers';
import { enterPaper, openCouncilElection } from './assembly';

const fill = (text: string, params: Record<string, string | number> = {}) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(params[key]));

/** A paper-ballot vote on the charter, created and opened (in English: the tellers' part follows in their language). */
async function openCharterVote(page: Page, title: string) {
  await page.getByRole('link', { name: 'Votes' }).click();
  await page.getByRole('button', { name: 'New vote' }).click();
  const dialog = page.getByRole('dialog', { name: 'New vote' });
  await dialog.getByLabel('Motion (Chinese)', { exact: true }).fill(title);
  await dialog.getByRole('combobox', { name: 'Preset rule' }).selectOption({
    label: 'Chinese model charter: charter adoption or amendment (三分之二以上 of those present, ≥ ⅔)',
  });
  await dialog.getByRole('combobox', { name: 'Procedure' }).selectOption({ label: 'Secret paper ballot' });
  await dialog.getByRole('button', { name: 'Create the vote' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Open the vote' }).click();
  await expect(page.getByRole('button', { name: 'Close the vote' })).toBeVisible();
}

const sheetText = async (page: Page, button: string) => {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return execFileSync('pdftotext', [(await (await download).path())!, '-'], { encoding: 'utf8' });
};

for (const { name, strings } of [
  { name: '中文', strings: zhCN },
  { name: 'Русский', strings: ru },
] as const) {
  const v = strings.votes;
  const count = (page: Page, key: 'issued' | 'returned' | 'yes' | 'no' | 'abstain' | 'invalid') =>
    page.getByLabel(v[`count_${key}`], { exact: true }).first();

  test.describe(`the tellers in ${name}`, () => {
    test(
      'counts typed are kept through another screen and a reload; closing lists the figures; ' +
        'a closed count is corrected before sealing',
      async ({ page }) => {
        test.setTimeout(120_000);
        await loadDemo(page);
        await checkInFirst(page, 216);
        await openCharterVote(page, '审议并表决联盟章程');
        await chooseLanguage(page, name);
        await count(page, 'issued').fill('135');
        await count(page, 'returned').fill('135');
        await count(page, 'yes').fill('120');
        await count(page, 'no').fill('10');
        await count(page, 'abstain').fill('4');
        await count(page, 'invalid').fill('1');
        await expect(page.getByText(v.countsSaved)).toBeVisible();

        await page.getByRole('link', { name: strings.nav.checkin }).click();
        await page.getByRole('link', { name: strings.nav.votes }).click();
        await expect(count(page, 'yes')).toHaveValue('120');
        await page.reload();
        await expect(count(page, 'yes')).toHaveValue('120');
        await expect(count(page, 'no')).toHaveValue('10');

        await page.getByRole('button', { name: v.close }).click();
        const closing = page.getByRole('dialog', { name: v.closeTitle });
        const figures = closing.getByRole('definition');
        await expect(figures).toHaveText(['135', '135', '120', '10', '4', '1']);
        await expect(closing).toContainText(v.closeNoProblems);
        await closing.getByRole('button', { name: v.close }).click();
        await expect(closing).toBeHidden();
        await expect(page.getByRole('button', { name: v.seal })).toBeVisible();

        // The tellers find one yes paper that was a no: corrected in place, before sealing.
        await page.getByText(v.correctCounts).click();
        await count(page, 'yes').fill('119');
        await count(page, 'no').fill('11');
        await expect(page.getByText(v.correctionPending)).toBeVisible();
        await count(page, 'no').press('Tab');
        await expect(page.getByText(v.countsSaved)).toBeVisible();
        await page.getByRole('button', { name: v.seal }).click();
        const sealing = page.getByRole('dialog', { name: v.sealTitle });
        await expect(sealing).toContainText(/[0-9a-f]{64}/);
        await sealing.getByRole('button', { name: v.seal }).click();
        await expect(sealing.getByText(v.tellersRequired).first()).toBeVisible();
        await sealing.getByLabel(v.tellers).fill('李娜, 王伟');
        await sealing.getByRole('button', { name: v.seal }).click();
        // The tellers' names are joined as the language joins names (、 in Chinese).
        const tellers = ['李娜', '王伟'].join(strings.common.namesSeparator);
        await expect(page.getByRole('list', { name: v.fingerprints })).toContainText(tellers);
        const sheet = (await sheetText(page, v.resultSheet)).replace(/\s+/g, ' ');
        expect(sheet).toContain(zhCN.votes.correctedLabel);
        expect(sheet).toContain(ru.votes.correctedLabel);
        expect(sheet).toContain(
          '赞成 120，反对 10，弃权 4，无效 1 / за 120, против 10, воздержались 4, недействительных 1 → 赞成 119',
        );
        expect(sheet).toMatch(/李娜(、|; |, )王伟/);
        await expectNoRawKeys(page);
      },
    );

    test(
      'a vote with no papers counted while 135 are present is a problem, ' +
        'sealed only with a note, and the sheet says so',
      async ({ page }) => {
        test.setTimeout(120_000);
        await loadDemo(page);
        await checkInFirst(page, 216);
        await openCharterVote(page, '审议会费标准');
        await chooseLanguage(page, name);
        await expect(page.getByText(v.noCountYet)).toBeVisible();
        await page.getByRole('button', { name: v.close }).click();
        const closing = page.getByRole('dialog', { name: v.closeTitle });
        const problem = fill(v.problem_noPapersReturned, { present: 135 });
        await expect(closing).toContainText(problem);
        await closing.getByRole('button', { name: v.close }).click();
        await expect(page.getByText(v.outcome_inconsistent, { exact: true })).toBeVisible();
        await expect(page.getByText(v.outcome_rejected, { exact: true })).toHaveCount(0);

        await page.getByRole('button', { name: v.seal }).click();
        const sealing = page.getByRole('dialog', { name: v.sealTitle });
        await sealing.getByLabel(v.tellers).fill('李娜');
        await sealing.getByRole('button', { name: v.seal }).click();
        await expect(sealing.getByText(fill(v.problemsBlockSeal, { n: 1 })).first()).toBeVisible();
        await sealing
          .getByLabel(v.note)
          .fill('The ballot box was not opened: the vote is held again after the break.');
        await sealing.getByRole('button', { name: v.seal }).click();
        await expect(sealing).toBeHidden();
        const sheet = await sheetText(page, v.resultSheet);
        expect(sheet.replace(/\s+/g, ' ')).toContain(
          fill(zhCN.votes.problem_noPapersReturned, { present: 135 }).replace(/\s+/g, ' ').slice(0, 12),
        );
        expect(sheet.replace(/\s+/g, ' ')).toContain('The ballot box was not opened');
      },
    );

    test(
      '1e21 typed into totals is refused at its field and the app stays usable; ' +
        'a paper is removed only after confirming',
      async ({ page }) => {
        test.setTimeout(120_000);
        await loadDemo(page);
        await checkInFirst(page, 10);
        for (const totals of [true, false]) {
          await openCouncilElection(page, {
            title: totals ? '理事会选举（合计）' : '理事会选举',
            totals,
            noQuorum: true,
          });
          if (!totals) {
            await page.getByRole('tab', { name: 'Count the papers' }).click();
            await enterPaper(page, ['1 2']);
          }
          await chooseLanguage(page, name);
          const e = strings.elections;
          if (totals) {
            await page.getByRole('tab', { name: e.tab_count }).click();
            const returned = page.getByRole('form', { name: e.totalsForm }).getByLabel(e.returned);
            await returned.fill('1e21');
            await expect(page.getByText(strings.errors.notACount).first()).toBeVisible();
            await expect(page.getByText(v.countsNotSaved)).toBeVisible();
            await returned.fill('3');
            await expect(page.getByText(v.countsSaved)).toBeVisible();
            await page.getByRole('link', { name: strings.nav.checkin }).click();
            await expect(page.getByRole('heading', { name: strings.checkin.title })).toBeVisible();
          } else {
            const papers = page.getByRole('list', { name: e.papersEntered });
            await expect(papers.getByRole('listitem')).toHaveCount(1);
            const remove = fill(e.removePaper, { paper: 1, teller: 1 });
            await papers.getByRole('button', { name: remove }).click();
            const asking = page.getByRole('dialog', { name: fill(e.removePaperTitle, { paper: 1 }) });
            await asking.getByRole('button', { name: strings.common.cancel }).click();
            await expect(papers.getByRole('listitem')).toHaveCount(1);
            await papers.getByRole('button', { name: remove }).click();
            await page
              .getByRole('dialog', { name: fill(e.removePaperTitle, { paper: 1 }) })
              .getByRole('button', { name: e.removePaperConfirm })
              .click();
            await expect(papers.getByRole('listitem')).toHaveCount(0);
          }
          await chooseLanguage(page, 'English');
        }
        await expectNoRawKeys(page);
      },
    );
  });
}
