import { closeVote, sealResult } from './assembly';
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { checkInFirst, chooseLanguage, expectNoRawKeys, loadDemo } from './helpers';

test(
  'the charter vote: model-charter preset, open with quorum, paper ballot counts, ' +
    'close, seal, announce, sheet, reopen and seal again',
  async ({ page }) => {
    test.setTimeout(180_000);
    await loadDemo(page);
    await checkInFirst(page, 216);
    const delegates = await page
      .locator('.figures > div')
      .filter({ hasText: 'Voting delegates present' })
      .locator('dd')
      .innerText();
    const present = Number(/^(\d+) of/.exec(delegates)![1]);

    await page.getByRole('link', { name: 'Votes' }).click();
    await page.getByRole('button', { name: 'New vote' }).click();
    const dialog = page.getByRole('dialog', { name: 'New vote' });
    await dialog.getByLabel('Motion (Chinese)', { exact: true }).fill('审议并表决联盟章程');
    await dialog.getByLabel('Motion (Russian)', { exact: true }).fill('Голосование по уставу альянса');
    await dialog.getByRole('combobox', { name: 'Preset rule' }).selectOption({
      label: 'Chinese model charter: charter adoption or amendment (三分之二以上 of those present, ≥ ⅔)',
    });
    await dialog.getByRole('combobox', { name: 'Procedure' }).selectOption({ label: 'Secret paper ballot' });
    await dialog.getByRole('button', { name: 'Create the vote' }).click();
    await expect(dialog).toBeHidden();

    // Every setting stays editable until the vote opens.
    await page.getByRole('button', { name: 'Change the setting' }).click();
    const setting = page.getByRole('dialog', { name: 'Change the setting' });
    await setting.getByRole('combobox', { name: 'Answers' }).selectOption({ label: 'yes / no' });
    await setting.getByRole('combobox', { name: 'Answers' }).selectOption({ label: 'yes / no / abstain' });
    await setting.getByRole('button', { name: 'Save' }).click();
    await expect(setting).toBeHidden();
    await page.getByRole('button', { name: 'Open the vote' }).click();
    await expect(page.getByRole('button', { name: 'Change the setting' })).toBeHidden();
    await expect(
      page.getByText(new RegExp(`${present} present of 153 entitled; quorum needs 102`)),
    ).toBeVisible();
    const yes = present - 13;
    await page.getByLabel('Ballots issued').fill(String(present));
    await page.getByLabel('Ballots returned').fill(String(present));
    await page.getByLabel('Yes', { exact: true }).fill(String(yes));
    await page.getByLabel('No', { exact: true }).fill('8');
    await page.getByLabel('Abstain', { exact: true }).fill('4');
    await page.getByLabel('Invalid', { exact: true }).fill('1');
    const required = Math.ceil((2 * present) / 3);
    await expect(page.getByRole('status').filter({ hasText: 'Adopted' })).toContainText(
      `Adopted: ${yes} of ${present} present voted yes; at least ⅔ of those present (${required}) was required.`,
    );
    await closeVote(page);
    await sealResult(page);
    const fingerprints = page.getByRole('list', { name: 'Fingerprints' });
    await expect(fingerprints.getByRole('listitem')).toHaveCount(1);
    const first = (await fingerprints.locator('code').first().innerText()).trim();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    await expectNoRawKeys(page);

    await page.getByRole('button', { name: 'Announce in the hall' }).click();
    const announce = page.getByRole('dialog', { name: 'Announce in the hall' });
    await expect(announce).toContainText('通过 · Принято');
    await expect(announce).toContainText(String(yes));
    await expect(announce).toContainText(first);
    await announce.getByRole('button', { name: 'Close' }).click();
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Announce on a second screen' }).click();
    const hall = await popup;
    await expect(hall.getByRole('main', { name: 'Announce in the hall' })).toContainText('通过 · Принято');
    await expect(hall.getByRole('main', { name: 'Announce in the hall' })).toContainText(first);
    await hall.close();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Result sheet (PDF)' }).click();
    const sheet = await (await download).path();
    const text = execFileSync('pdftotext', [sheet, '-'], { encoding: 'utf8' });
    expect(text).toContain('审议并表决联盟章程');
    expect(text).toContain(first);
    expect(text).toContain(`赞成 ${yes}`);

    await page.getByLabel('Reason for reopening').fill('One yes paper was counted as no.');

    await page.getByLabel('Who reopens (name)').fill('王伟');
    await page.getByRole('button', { name: 'Reopen the result' }).click();
    await page.getByLabel('Yes', { exact: true }).fill(String(yes + 1));
    await page.getByLabel('No', { exact: true }).fill('7');
    await closeVote(page);
    await sealResult(page);
    await expect(fingerprints.getByRole('listitem')).toHaveCount(2);
    await expect(page.getByRole('list', { name: 'Reopenings' })).toContainText(
      'One yes paper was counted as no.',
    );
    await page.getByRole('button', { name: /^History of/ }).click();
    const history = page.getByRole('dialog', { name: /^History:/ });
    await expect(history).toContainText(first);
    await history.getByRole('button', { name: 'Close' }).click();
    for (const language of ['中文', 'Русский'] as const) {
      await chooseLanguage(page, language);
      await expectNoRawKeys(page);
    }
  },
);
