import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { checkInFirst, loadDemo } from './helpers';
import { runCharterVote, closeVote, sealResult } from './assembly';

async function exportArchive(page: Page): Promise<Buffer> {
  await page.getByRole('link', { name: 'Archive', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the archive' }).click();
  return readFileSync((await (await download).path())!);
}

async function pick(page: Page, button: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name: 'event-archive.zip', mimeType: 'application/zip', buffer });
}

async function restore(page: Page, buffer: Buffer) {
  await page.goto('/');
  await pick(page, 'Restore an event from its archive…', buffer);
}

/** A restore that succeeds shows what it brought back, each seal's fingerprint to compare, before the event opens. */
async function restored(page: Page, buffer: Buffer, fingerprint: string) {
  await restore(page, buffer);
  const dialog = page.getByRole('dialog', { name: 'The archive was restored' });
  await expect(dialog.getByRole('list', { name: 'Sealed results in the archive' })).toContainText(
    `fingerprint ${fingerprint}`,
  );
  await dialog.getByRole('button', { name: 'Open the event' }).click();
}

async function charterFingerprint(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Votes' }).click();
  return (await page.getByRole('list', { name: 'Fingerprints' }).locator('code').last().innerText()).trim();
}

/** Reopens the charter vote and seals it again with other counts: what a laptop does on its own. */
async function recount(page: Page, yes: number) {
  await page.getByRole('link', { name: 'Votes' }).click();
  await page.getByLabel('Reason for reopening').fill('Recount requested by the chair.');
  await page.getByLabel('Who reopens (name)').fill('王伟');
  await page.getByRole('button', { name: 'Reopen the result' }).click();
  await page.getByLabel('Yes', { exact: true }).fill(String(yes));
  await page.getByLabel('No', { exact: true }).fill(String(135 - yes - 1));
  await closeVote(page);
}

test(
  'the archive: export, restore as a new event, merge twice, a conflict from another laptop, ' +
    'damaged and edited archives refused',
  async ({ page, browser }) => {
    test.setTimeout(300_000);
    await loadDemo(page);
    await checkInFirst(page, 216);
    await runCharterVote(page, 135, 121);
    const sealed = await charterFingerprint(page);
    const archive = await exportArchive(page);
    const original = new URL(page.url()).hash.split('/')[2]!;

    // Restored beside the original: the same counts and results, the seal verifies.
    await restored(page, archive, sealed);
    await expect(page.getByRole('heading', { name: 'Event setup' })).toBeVisible();
    const copy = new URL(page.url()).hash.split('/')[2]!;
    expect(copy).not.toBe(original);
    await page.getByRole('link', { name: 'Check-in' }).click();
    await expect(
      page.locator('.figures > div').filter({ hasText: 'Attendees present' }).locator('dd'),
    ).toHaveText(/^216 of 216/);
    await expect(
      page.locator('.figures > div').filter({ hasText: 'Voting delegates present' }).locator('dd'),
    ).toHaveText(/^135 of 135 accredited/);
    expect(await charterFingerprint(page)).toBe(sealed);
    await expect(page.getByRole('status').filter({ hasText: 'Adopted' })).toContainText(
      'Adopted: 121 of 135 present voted yes',
    );
    await page.goto('/');
    await expect(
      page.getByRole('list', { name: 'Events on this computer' }).getByRole('listitem'),
    ).toHaveCount(2);

    // The same archive merged into the original: nothing changes.
    await page.goto(`/#/events/${original}/archive`);
    await pick(page, 'Merge another laptop’s archive into this event…', archive);
    await expect(page.getByRole('status').filter({ hasText: 'Nothing new' })).toBeVisible();

    // The spare laptop (another browser profile) restores the archive as it is, and recounts.
    const spare = await (await browser.newContext()).newPage();
    await restored(spare, archive, sealed);
    await expect(spare).toHaveURL(new RegExp(original));
    await recount(spare, 120);
    const theirs = await exportArchive(spare);
    await spare.context().close();

    // This laptop recounts differently; merging the spare's archive shows the conflict and blocks the seal.
    await page.goto(`/#/events/${original}/votes`);
    await recount(page, 119);
    await page.getByRole('link', { name: 'Archive', exact: true }).click();
    await pick(page, 'Merge another laptop’s archive into this event…', theirs);
    await expect(page.getByRole('status').filter({ hasText: 'Merged' })).toContainText(
      '1 conflicts to decide',
    );
    const conflicts = page.getByRole('list', { name: 'Conflicts to decide' });
    await expect(conflicts).toContainText('the vote’s “counts” was entered differently on the two laptops');
    await page.getByRole('link', { name: 'Votes' }).click();
    await sealResult(page);
    await expect(page.getByRole('alert')).toContainText(
      '1 conflicts from a merged archive concern this result',
    );
    await page
      .getByRole('dialog', { name: 'Seal the result?' })
      .getByRole('button', { name: 'Cancel' })
      .click();
    await page.getByRole('link', { name: 'Archive', exact: true }).click();
    await conflicts.getByRole('button', { name: /^Keep the archive’s: .*"yes":120/ }).click();
    await expect(conflicts).toContainText('Decided: Keep the archive’s');
    await page.getByRole('link', { name: 'Votes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Adopted' })).toContainText(
      'Adopted: 120 of 135 present voted yes',
    );
    await sealResult(page);
    await expect(page.getByRole('list', { name: 'Fingerprints' }).getByRole('listitem')).toHaveCount(2);

    // A truncated archive, and one whose vote was edited (checksums recomputed): refused, nothing changes.
    await restore(page, archive.subarray(0, archive.length - 500));
    await expect(page.getByRole('alert')).toHaveText(
      'This is not an archive, or it is damaged or cut short: nothing was changed.',
    );
    const files = unzipSync(archive);
    files['log.jsonl'] = strToU8(strFromU8(files['log.jsonl']!).replaceAll('"yes":121', '"yes":131'));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    manifest.files[0].sha256 = createHash('sha256').update(files['log.jsonl']!).digest('hex');
    manifest.files[0].bytes = files['log.jsonl']!.length;
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
    await restore(page, Buffer.from(zipSync(files)));
    await expect(page.getByRole('alert')).toHaveText(
      'The result of “审议并表决联盟章程” no longer matches its seal: the archive was edited. Nothing was changed.',
    );
    await expect(
      page.getByRole('list', { name: 'Events on this computer' }).getByRole('listitem'),
    ).toHaveCount(2);
  },
);

test('a recount made apart on another laptop never changes a vote sealed here: it is kept out and shown', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await loadDemo(page);
  await checkInFirst(page, 216);
  await page.getByRole('link', { name: 'Votes' }).click();
  await page.getByRole('button', { name: 'New vote' }).click();
  const dialog = page.getByRole('dialog', { name: 'New vote' });
  await dialog.getByLabel('Motion (Chinese)', { exact: true }).fill('审议并表决联盟章程');
  await dialog.getByRole('button', { name: 'Create the vote' }).click();
  await page.getByRole('button', { name: 'Open the vote' }).click();
  await page.getByLabel('Ballots issued').fill('135');
  await page.getByLabel('Ballots returned').fill('135');
  await page.getByLabel('Yes', { exact: true }).fill('120');
  await page.getByLabel('No', { exact: true }).fill('14');
  await page.getByLabel('Abstain', { exact: true }).fill('1');
  await page.getByLabel('Invalid', { exact: true }).fill('0');
  const beforeTheSeal = await exportArchive(page);
  await page.getByRole('link', { name: 'Votes' }).click();
  await closeVote(page);
  await sealResult(page);
  const sealed = await charterFingerprint(page);
  const original = new URL(page.url()).hash.split('/')[2]!;

  // The other laptop has the vote as it was before the seal, and counts it otherwise.
  const spare = await (await browser.newContext()).newPage();
  await restore(spare, beforeTheSeal);
  await spare
    .getByRole('dialog', { name: 'The archive was restored' })
    .getByRole('button', { name: 'Open the event' })
    .click();
  await spare.getByRole('link', { name: 'Votes' }).click();
  await spare.getByLabel('Yes', { exact: true }).fill('100');
  await spare.getByLabel('No', { exact: true }).fill('34');
  await closeVote(spare);
  const theirs = await exportArchive(spare);
  await spare.context().close();

  await page.goto(`/#/events/${original}/archive`);
  await pick(page, 'Merge another laptop’s archive into this event…', theirs);
  await expect(page.getByRole('status').filter({ hasText: 'Merged' })).toContainText('1 conflicts to decide');
  const conflict = page.getByRole('list', { name: 'Conflicts to decide' }).getByRole('listitem');
  await expect(conflict).toContainText(
    'the result is sealed; other figures recorded for it apart (100–34–1)',
  );
  await expect(conflict.getByRole('button')).toHaveText(['Keep the sealed result']);
  await conflict.getByRole('button', { name: 'Keep the sealed result' }).click();
  await expect(conflict).toContainText('Decided: Keep the sealed result');
  expect(await charterFingerprint(page)).toBe(sealed);
  await expect(page.getByRole('list', { name: 'Fingerprints' }).getByRole('listitem')).toHaveCount(1);
});
