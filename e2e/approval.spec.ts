import { expect, test } from '@playwright/test';
import { chooseLanguage, demoDelegates, expectNoRawKeys, loadDemo } from './helpers';
import { closeElection, enterPaper, fillPost, openElection, pdfText, scan, sealResult } from './assembly';

const squash = (text: string) => text.replace(/\s+/g, '');

test('approval voting: set up, printed, entered, counted, sealed, in the sheet and the minutes', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const voters = demoDelegates().slice(0, 5);
  await loadDemo(page);
  await page.getByRole('link', { name: 'Check-in' }).click();
  await page.getByText(/^Ready: /).waitFor();
  for (const voter of voters) await scan(page, voter.code);
  // The last scan's answer: the person named in their own script.
  await expect(page.getByRole('status', { name: 'Desk result' })).toContainText(
    `${voters[4]!.name} checked in`,
  );
  await page.getByRole('link', { name: 'Elections' }).click();
  await page.getByRole('button', { name: 'New election' }).click();
  const dialog = page.getByRole('dialog', { name: 'New election' });
  await dialog.getByLabel('Election (Chinese)').fill('监事会选举');
  await dialog.getByLabel('Election (Russian)').fill('Выборы ревизионной комиссии');
  await dialog.getByRole('combobox', { name: 'Rule', exact: true }).selectOption({ label: 'No quorum' });
  await fillPost(dialog, 1, {
    zh: '监事',
    ru: 'Члены комиссии',
    seats: 2,
    method: 'approval: mark any number of candidates',
    kind: 'member organisations (with their representative)',
    codes: ['M001', 'M008', 'M009'],
  });
  // Approval has no "most marks" to choose, and only the relative majority.
  await expect(dialog.getByLabel('At most (yes or marks), post 1')).toHaveCount(0);
  await expect(dialog.getByRole('combobox', { name: 'Required to be elected, post 1' })).toHaveValue(
    'relative',
  );
  await expect(
    dialog.getByRole('combobox', { name: 'Required to be elected, post 1' }).getByRole('option'),
  ).toHaveText(['relative majority (the most votes)']);
  await dialog.getByRole('button', { name: 'Create the election' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/approval: mark any number of candidates/)).toBeVisible();

  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print the ballot papers (PDF)' }).click();
  const ballot = squash(await pdfText(download));
  await (await download).saveAs(testInfo.outputPath('approval-ballot.pdf'));
  expect(ballot).toContain('请在您认可的每位候选人处划记，人数不限。');
  expect(ballot).toContain('Отметьтевсехкандидатов,которыхвыподдерживаете');

  await openElection(page);
  for (const voter of voters) await scan(page, voter.code);
  await expect(page.getByText('Ballots issued: 5;')).toBeVisible();
  await page.getByRole('tab', { name: 'Count the papers' }).click();
  await expect(page.getByText('Numbers of the marked candidates (1–3), separated by spaces.')).toBeVisible();
  for (const marks of ['1 2 3', '1 2', '2 1', '3', '']) await enterPaper(page, [marks]);
  await expect(page.getByRole('list', { name: 'Papers entered' })).toContainText(
    'Paper 1 (teller 1) — 监事: valid, 3 for',
  );
  await closeElection(page);
  await expect(page.getByText('The candidates marked on the most papers take the seats.')).toBeVisible();
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('columnheader', { name: 'Mark' })).toBeVisible();
  await expect(results.getByRole('row').nth(1)).toContainText('3');
  await sealResult(page);
  await expect(page.getByRole('list', { name: 'Fingerprints' }).getByRole('listitem')).toHaveCount(1);

  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Result sheet (PDF)' }).click();
  const sheet = squash(await pdfText(download));
  await (await download).saveAs(testInfo.outputPath('approval-sheet.pdf'));
  expect(sheet).toContain('划选');
  expect(sheet).toContain('在最多选票上被划记的候选人当选。');
  expect(sheet).toContain('当选/избран');

  await page.getByRole('link', { name: 'Minutes' }).click();
  const minutes = page.getByRole('article');
  await expect(minutes.getByText(/在最多选票上被划记的候选人当选/).first()).toBeVisible();
  await expect(
    minutes.getByText(/занимают кандидаты, отмеченные в наибольшем числе бюллетеней/).first(),
  ).toBeVisible();
  await expectNoRawKeys(page);

  for (const language of ['Русский', '中文'] as const) {
    await chooseLanguage(page, language);
    await page.getByRole('link', { name: /选举|Выборы/ }).click();
    await expect(
      page.getByText(language === 'Русский' ? /одобрение: отметить любое число/ : /认可投票/).first(),
    ).toBeVisible();
    await expectNoRawKeys(page);
    await page.screenshot({ path: testInfo.outputPath(`approval-${language}.png`), fullPage: true });
  }
});
