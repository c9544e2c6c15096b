import { expect, test, type Page } from '@playwright/test';
import { checkInFirst, loadDemo } from './helpers';
import { closeElection, enterPaper, openCouncilElection, scan, sealResult } from './assembly';

async function newElection(page: Page, options: { totals?: boolean; doubleEntry?: boolean }) {
  // A small sitting of the desk's first arrivals: no quorum rule, so that the seats are decided.
  await openCouncilElection(page, {
    title: options.totals ? '理事会选举（合计）' : '理事会选举（双人录入）',
    noQuorum: true,
    ...options,
  });
  // Four delegates among the first ten attendees checked in.
  for (const code of ['A00001', 'A00002', 'A00004', 'A00005']) await scan(page, code);
  await expect(page.getByText('Ballots issued: 4;')).toBeVisible();
  await page.getByRole('tab', { name: 'Count the papers' }).click();
}

test('counting by totals: figures that no papers could give are named, then the seats follow the rule', async ({
  page,
}) => {
  await loadDemo(page);
  await checkInFirst(page, 10);
  await newElection(page, { totals: true });
  const totals = page.getByRole('form', { name: 'Totals' });
  await totals.getByLabel('Papers returned').fill('4');
  await totals.getByLabel('Invalid papers: 理事单位').fill('1');
  await totals.getByLabel('For: candidate 1, 理事单位').fill('5');
  await totals.getByLabel('For: candidate 2, 理事单位').fill('2');
  await totals.getByLabel('Against: candidate 2, 理事单位').fill('1');
  await totals.getByLabel('For: candidate 3, 理事单位').fill('1');
  const problems = page.getByRole('list', { name: 'Problems with the count' });
  await expect(problems).toContainText('Post 1, candidate 1: 5 marks on 3 valid papers.');
  await totals.getByLabel('For: candidate 1, 理事单位').fill('3');
  await expect(problems).toBeHidden();
  await closeElection(page);
  await expect(page.getByText('理事单位: 1 of 2 seats filled.')).toBeVisible();
  await expect(
    page.getByText('A candidate needed more than ½ of the ballots cast (4): 3 votes.'),
  ).toBeVisible();
  await expect(
    page.getByText(
      '1 seat(s) not filled: fewer candidates reached the majority. A further round can fill them.',
    ),
  ).toBeVisible();
  await sealResult(page);
  await page.getByRole('button', { name: 'Create a further round for 1 seat(s): 理事单位' }).click();
  await expect(page.getByRole('heading', { name: '理事会选举（合计） · round 2' })).toBeVisible();
  await expect(page.getByText('seats: 1, candidates: 2;')).toBeVisible();
});

test('double entry: two tellers enter the same papers; where they differ is shown until it is put right', async ({
  page,
}) => {
  await loadDemo(page);
  await checkInFirst(page, 10);
  await newElection(page, { doubleEntry: true });
  const teller = page.getByRole('combobox', { name: 'Teller' });
  for (const marks of ['111', '112']) await enterPaper(page, [marks]);
  await teller.selectOption({ label: 'Teller 2' });
  for (const marks of ['111', '122']) await enterPaper(page, [marks]);
  const problems = page.getByRole('list', { name: 'Problems with the count' });
  await expect(problems).toContainText('The tellers entered these papers differently: 2.');
  await page.getByRole('button', { name: 'Correct paper 2 of teller 2' }).click();
  await page.getByLabel('Marks: 理事单位').fill('112');
  await page.getByRole('button', { name: 'Save the correction' }).click();
  await expect(problems).toBeHidden();
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('status')).toContainText(
    '2 papers returned of 4 issued',
  );
  await closeElection(page);
  await sealResult(page);
  await expect(page.getByRole('list', { name: 'Fingerprints' }).getByRole('listitem')).toHaveCount(1);
});
