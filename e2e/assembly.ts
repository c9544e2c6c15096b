import { expect, type Download, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import type { DemoDelegate } from './helpers';

/** The steps of the assembly's day as the tellers take them, shared by the elections and the minutes tests. */
export const pdfText = async (download: Promise<Download>) =>
  execFileSync('pdftotext', ['-layout', (await (await download).path())!, '-'], { encoding: 'utf8' });

import { scanBadge } from './helpers';

/** A badge scan: the badge's payload typed in a burst, then Enter. */
export const scan = scanBadge;

/** Closes the vote after reading what the confirmation says it will record. */
export async function closeVote(page: Page) {
  await page.getByRole('button', { name: 'Close the vote' }).click();
  const dialog = page.getByRole('dialog', { name: 'Close the vote?' });
  await dialog.getByRole('button', { name: 'Close the vote' }).click();
  await expect(dialog).toBeHidden();
}

/** A council election by the assembly with one post, created and opened: what most tests start from. */
export async function openCouncilElection(
  page: Page,
  options: {
    title?: string;
    totals?: boolean;
    doubleEntry?: boolean;
    noQuorum?: boolean;
    seats?: number;
    codes?: readonly string[];
  } = {},
) {
  await page.getByRole('link', { name: 'Elections' }).click();
  await page.getByRole('button', { name: 'New election' }).click();
  const dialog = page.getByRole('dialog', { name: 'New election' });
  await dialog.getByLabel('Election (Chinese)').fill(options.title ?? '理事会选举');
  if (options.totals)
    await dialog
      .getByRole('combobox', { name: 'Counting' })
      .selectOption({ label: 'by totals per candidate' });
  if (options.doubleEntry)
    await dialog.getByRole('checkbox', { name: 'Double entry by two tellers' }).check();
  if (options.noQuorum)
    await dialog.getByRole('combobox', { name: 'Rule', exact: true }).selectOption({ label: 'No quorum' });
  await fillPost(dialog, 1, {
    zh: '理事单位',
    ru: 'Члены совета',
    seats: options.seats ?? 2,
    kind: 'member organisations (with their representative)',
    codes: options.codes ?? ['M001', 'M008', 'M009'],
  });
  await dialog.getByRole('button', { name: 'Create the election' }).click();
  await expect(dialog).toBeHidden();
  await openElection(page);
}

/** Closes the election after its confirmation. */
export async function closeElection(page: Page) {
  await page.getByRole('button', { name: 'Close the election' }).click();
  const dialog = page.getByRole('dialog', { name: 'Close the election?' });
  await dialog.getByRole('button', { name: 'Close the election' }).click();
  await expect(dialog).toBeHidden();
}

/** Seals the result in the seal dialog, with the tellers' names. */
export async function sealResult(page: Page, tellers = '李娜, 王伟') {
  await page.getByRole('button', { name: 'Seal the result' }).click();
  const dialog = page.getByRole('dialog', { name: 'Seal the result?' });
  await dialog.getByLabel('Tellers who seal (names)').fill(tellers);
  await dialog.getByRole('button', { name: 'Seal the result' }).click();
}

export async function openElection(page: Page) {
  await page.getByRole('button', { name: 'Open the election' }).click();
  await expect(page.getByRole('tab', { name: 'Issue ballots' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Issue a ballot to (name or badge scan)')).toBeFocused();
}

export async function enterPaper(page: Page, marks: string[]) {
  const form = page.getByRole('form', { name: 'Enter a paper' });
  const fields = form.getByLabel(/^Marks: /);
  for (let i = 0; i < marks.length; i++) await fields.nth(i).fill(marks[i]!);
  const before = await page.getByRole('list', { name: 'Papers entered' }).getByRole('listitem').count();
  await fields.first().press('Enter');
  await expect(page.getByRole('list', { name: 'Papers entered' }).getByRole('listitem')).toHaveCount(
    before + 1,
  );
}

export async function fillPost(
  dialog: ReturnType<Page['getByRole']>,
  n: number,
  post: {
    zh: string;
    ru: string;
    seats: number;
    method?: string;
    kind: 'member organisations (with their representative)' | 'persons';
    codes: readonly string[];
  },
) {
  await dialog.getByLabel(`Title of post ${n} (Chinese)`).fill(post.zh);
  await dialog.getByLabel(`Title of post ${n} (Russian)`).fill(post.ru);
  await dialog.getByLabel(`Seats, post ${n}`).fill(String(post.seats));
  if (post.method)
    await dialog.getByRole('combobox', { name: `Ballot, post ${n}` }).selectOption({ label: post.method });
  await dialog
    .getByRole('combobox', { name: `Candidates are, post ${n}` })
    .selectOption({ label: post.kind });
  await dialog.getByLabel(`Candidates’ codes in ballot order, post ${n}`).fill(post.codes.join(' '));
}

/** The charter vote by paper ballot, counted, closed and sealed. */
export async function runCharterVote(page: Page, present: number, yes: number) {
  await page.getByRole('link', { name: 'Votes' }).click();
  await page.getByRole('button', { name: 'New vote' }).click();
  const dialog = page.getByRole('dialog', { name: 'New vote' });
  await dialog.getByLabel('Motion (Chinese)', { exact: true }).fill('审议并表决联盟章程');
  await dialog.getByLabel('Motion (Russian)', { exact: true }).fill('Голосование по уставу альянса');
  await dialog.getByRole('button', { name: 'Create the vote' }).click();
  await page.getByRole('button', { name: 'Open the vote' }).click();
  await page.getByLabel('Ballots issued').fill(String(present));
  await page.getByLabel('Ballots returned').fill(String(present));
  await page.getByLabel('Yes', { exact: true }).fill(String(yes));
  await page.getByLabel('No', { exact: true }).fill(String(present - yes - 1));
  await page.getByLabel('Abstain', { exact: true }).fill('1');
  await page.getByLabel('Invalid', { exact: true }).fill('0');
  await closeVote(page);
  await sealResult(page);
  await expect(page.getByRole('list', { name: 'Fingerprints' }).getByRole('listitem')).toHaveCount(1);
}

/** An election round through to its seal: ballots issued by scan, papers entered, closed, sealed. */
export async function countAndSeal(page: Page, voters: readonly DemoDelegate[], papers: string[][]) {
  await openElection(page);
  for (const voter of voters) await scan(page, voter.code);
  await expect(page.getByText(`Ballots issued: ${voters.length};`)).toBeVisible();
  await page.getByRole('tab', { name: 'Count the papers' }).click();
  for (const marks of papers) await enterPaper(page, marks);
  await closeElection(page);
  await sealResult(page);
  await expect(page.getByRole('list', { name: 'Fingerprints' }).getByRole('listitem')).toHaveCount(1);
}
