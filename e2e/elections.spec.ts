import { expect, test } from '@playwright/test';
import { checkInFirst, chooseLanguage, demoDelegates, expectNoRawKeys, loadDemo } from './helpers';
import { enterPaper, fillPost, openElection, pdfText, scan, sealResult, closeElection } from './assembly';

test('elections: the council by the assembly, then the officers by the council with a runoff for a tied seat', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const delegates = demoDelegates();
  const council = delegates.slice(0, 9);
  await loadDemo(page);
  await checkInFirst(page, 216);
  await page.getByRole('link', { name: 'Elections' }).click();

  // --- The council: as many candidates as seats, yes / no / abstain each.
  await page.getByRole('button', { name: 'New election' }).click();
  let dialog = page.getByRole('dialog', { name: 'New election' });
  await fillPost(dialog, 1, {
    zh: '理事单位',
    ru: 'Члены совета',
    seats: 9,
    kind: 'member organisations (with their representative)',
    codes: [...council.map((d) => d.orgCode), 'M999'],
  });
  await dialog.getByRole('button', { name: 'Create the election' }).click();
  // Bad input names the field and writes nothing.
  await expect(dialog.getByText('Give the election a title in at least one language.')).toBeVisible();
  await expect(dialog.getByText('No one has these codes: M999.')).toBeVisible();
  await dialog
    .getByLabel('Candidates’ codes in ballot order, post 1')
    .fill(council.map((d) => d.orgCode).join(' '));
  await dialog.getByLabel('Election (Chinese)').fill('理事会选举');
  await dialog.getByLabel('Election (Russian)').fill('Выборы совета альянса');
  await dialog.getByRole('checkbox', { name: 'Number the ballot papers' }).check();
  await dialog.getByRole('button', { name: 'Create the election' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(
      'seats: 9, candidates: 9; yes / no / abstain per candidate; ' +
        'elected with more than ½ of the ballots cast; a tie goes to a runoff round.',
    ),
  ).toBeVisible();

  // The ballot papers: numbered copies, both languages, every candidate.
  await page.getByLabel('Copies').fill('12');
  const papers = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print the ballot papers (PDF)' }).click();
  const ballot = await pdfText(papers);
  expect(ballot).toContain('理事会选举');
  expect(ballot).toContain('Выборы совета альянса');
  expect(ballot).toContain('No. 0012');
  expect(ballot).toContain('赞成不得多于 9 名');
  for (const d of council) expect(ballot.replace(/\s+/g, '')).toContain(d.nameZh);

  await openElection(page);
  const voters = delegates.slice(0, 12);
  for (const voter of voters) {
    await scan(page, voter.code);
    await expect(page.getByRole('status').filter({ hasText: 'Ballot issued to' })).toContainText(voter.code);
  }
  await scan(page, voters[0]!.code);
  await expect(
    page.getByRole('status').filter({ hasText: 'already received a ballot for this round' }),
  ).toContainText(voters[0]!.code);
  await expect(page.getByText('Ballots issued: 12;')).toBeVisible();

  await page.getByRole('tab', { name: 'Count the papers' }).click();
  for (let i = 0; i < 9; i++) await enterPaper(page, ['111111111']);
  await enterPaper(page, ['111111112']);
  // Two boxes marked for the fifth candidate: over-marked, invalid for the post.
  await enterPaper(page, ['11114']);
  // A mistyped paper, then its correction.
  await enterPaper(page, ['1']);
  await page.getByRole('button', { name: 'Correct paper 12 of teller 1' }).click();
  await page.getByLabel('Marks: 理事单位').fill('111111113');
  await page.getByRole('button', { name: 'Save the correction' }).click();
  await expect(page.getByRole('list', { name: 'Papers entered' })).toContainText(
    'Paper 12 (teller 1) — 理事单位: valid, 8 for',
  );
  await expect(page.getByRole('list', { name: 'Papers entered' })).toContainText(
    'Paper 11 (teller 1) — 理事单位: over-marked: invalid for this post',
  );
  await expect(page.getByText('Valid 11, blank 0, invalid 1 (over-marked 1)')).toBeVisible();
  await closeElection(page);
  await expect(page.getByText('理事单位: 9 of 9 seats filled.')).toBeVisible();
  await expect(
    page.getByText('A candidate needed more than ½ of the ballots cast (12): 7 votes.'),
  ).toBeVisible();
  await sealResult(page);
  await expect(page.getByRole('list', { name: 'Fingerprints' }).getByRole('listitem')).toHaveCount(1);
  await expectNoRawKeys(page);
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Result sheet (PDF)' }).click();
  const councilSheet = (await pdfText(download)).replace(/\s+/g, '');
  for (const d of council) expect(councilSheet).toContain(d.nameZh);
  expect(councilSheet).toContain('当选/избран');

  // --- The officers, elected by the council: a tie for the last vice-chairman seat.
  const [chair, executive, a, b, c, secretary] = council;
  await page.getByRole('button', { name: 'New election' }).click();
  dialog = page.getByRole('dialog', { name: 'New election' });
  await dialog.getByLabel('Election (Chinese)').fill('理事长、副理事长、秘书长选举');
  await dialog.getByLabel('Election (Russian)').fill('Выборы руководства альянса');
  await dialog
    .getByRole('combobox', { name: 'Who votes' })
    .selectOption({ label: 'The elected council (its members’ representatives)' });
  await expect(dialog.getByRole('combobox', { name: 'Council elected in' })).toContainText('理事会选举');
  await fillPost(dialog, 1, {
    zh: '理事长',
    ru: 'Председатель',
    seats: 1,
    kind: 'persons',
    codes: [chair!.code],
  });
  for (const [n, post] of [
    [
      2,
      {
        zh: '执行理事长',
        ru: 'Исполнительный председатель',
        seats: 1,
        kind: 'persons' as const,
        codes: [executive!.code],
      },
    ],
    [
      3,
      {
        zh: '副理事长',
        ru: 'Заместители председателя',
        seats: 2,
        method: 'mark candidates: at most 2',
        kind: 'persons' as const,
        codes: [a!.code, b!.code, c!.code],
      },
    ],
    [
      4,
      {
        zh: '秘书长',
        ru: 'Генеральный секретарь',
        seats: 1,
        kind: 'persons' as const,
        codes: [secretary!.code],
      },
    ],
  ] as const) {
    await dialog.getByRole('button', { name: 'Add a post' }).click();
    await fillPost(dialog, n, post);
  }
  await dialog.getByRole('button', { name: 'Create the election' }).click();
  await expect(dialog).toBeHidden();
  await openElection(page);
  await expect(page.getByText(/9 present of 9 entitled; quorum needs 6/)).toBeVisible();
  // Only council members receive a ballot.
  await scan(page, delegates[20]!.code);
  await expect(
    page.getByRole('status').filter({ hasText: 'is not entitled to vote in this election' }),
  ).toBeVisible();
  for (const member of council) await scan(page, member.code);
  await expect(page.getByText('Ballots issued: 9;')).toBeVisible();
  await page.getByRole('tab', { name: 'Count the papers' }).click();
  // Vice chairmen: a 8, b 5, c 5 — b and c tie for the second seat.
  const votes = [...Array(4).fill('1 2'), ...Array(4).fill('1 3'), '2 3'];
  for (const vice of votes) await enterPaper(page, ['1', '1', vice, '1']);
  await closeElection(page);
  await expect(
    page.getByText(
      /^Tie for the last 1 seat\(s\): .* have 5 votes each\. A runoff round among them decides\.$/,
    ),
  ).toBeVisible();
  await expect(page.getByText('副理事长: 1 of 2 seats filled.')).toBeVisible();
  await sealResult(page);
  await expect(page.getByRole('list', { name: 'Fingerprints' }).getByRole('listitem')).toHaveCount(1);
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Result sheet (PDF)' }).click();
  const officersSheet = (await pdfText(download)).replace(/\s+/g, '');
  expect(officersSheet).toContain('在他们之间另行投票决定');
  expect(officersSheet).toContain('票数相等');
  expect(officersSheet).toContain('равенство');

  // --- The runoff: created pre-filled with the tied, for the one seat.
  await page.getByRole('button', { name: 'Create the runoff round: 副理事长' }).click();
  await expect(page.getByRole('heading', { name: '理事长、副理事长、秘书长选举 · round 2' })).toBeVisible();
  await expect(page.getByText('seats: 1, candidates: 2; mark candidates: at most 1')).toBeVisible();
  await openElection(page);
  for (const member of council) await scan(page, member.code);
  await expect(page.getByText('Ballots issued: 9;')).toBeVisible();
  await page.getByRole('tab', { name: 'Count the papers' }).click();
  for (const mark of ['1', '1', '1', '1', '1', '2', '2', '2', '2']) await enterPaper(page, [mark]);
  await closeElection(page);
  await expect(page.getByText('副理事长: 1 of 1 seats filled.')).toBeVisible();
  await sealResult(page);
  await expect(page.getByRole('list', { name: 'Fingerprints' }).getByRole('listitem')).toHaveCount(1);
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Result sheet (PDF)' }).click();
  const runoffSheet = (await pdfText(download)).replace(/\s+/g, '');
  expect(runoffSheet).toContain('第2轮/тур2');
  expect(runoffSheet).toContain(b!.nameZh);
  expect(runoffSheet).toContain('当选/избран');

  await page.getByRole('button', { name: 'Announce in the hall' }).click();
  await expect(page.getByRole('dialog', { name: 'Announce in the hall' })).toContainText(b!.nameZh);
  await page
    .getByRole('dialog', { name: 'Announce in the hall' })
    .getByRole('button', { name: 'Close' })
    .click();
  for (const language of ['中文', 'Русский'] as const) {
    await chooseLanguage(page, language);
    await expectNoRawKeys(page);
  }
});
