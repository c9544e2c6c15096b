import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chooseLanguage, expectNoRawKeys, loadDemo } from './helpers';

test('print all badges four per A4, then only unprinted (none left), then reprint one with a warning', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await loadDemo(page);
  await page.getByRole('link', { name: 'Badges' }).click();
  // The template is part of the event: it survives a reload.
  await page.getByRole('combobox', { name: 'Stock' }).selectOption({ label: 'A6 card (105 × 148 mm)' });
  await page.getByRole('checkbox', { name: 'Position' }).uncheck();
  await expect(page.getByText('The template is saved with the event.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Stock' })).toHaveValue('a6');
  await expect(page.getByRole('checkbox', { name: 'Position' })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'Position' }).check();
  await page
    .getByRole('combobox', { name: 'Stock' })
    .selectOption({ label: 'Four 90 × 130 mm cards per A4, cut marks (90 × 130 mm)' });
  await expect(page.getByRole('img', { name: 'Badge of Ковалевский Андрей' })).toBeVisible();
  await expect(page.getByText(/^21\d badges on 5\d pages\.$/)).toBeVisible();
  await expectNoRawKeys(page);

  const download = page.waitForEvent('download', { timeout: 90_000 });
  await page.getByRole('button', { name: /^Make the PDF of 21\d badges$/ }).click();
  const pdf = await (await download).path();
  await expect(page.getByText(/^21\d badges saved as .*\.pdf; the print is recorded\.$/)).toBeVisible({
    timeout: 30_000,
  });
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('科瓦列夫斯基');
  expect(text.replace(/\s+/g, ' ')).toContain('Ковалевский Андрей');

  await page.getByRole('radio', { name: 'those not printed yet' }).check();
  await expect(page.getByText('0 badges on 0 pages.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Make the PDF of 0 badges' })).toBeDisabled();

  await page.getByRole('radio', { name: 'one category' }).check();
  await page.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Press' });
  await expect(page.getByText('6 badges on 2 pages.')).toBeVisible();

  await page.getByRole('radio', { name: 'one person (reprint)' }).check();
  await page.getByRole('searchbox', { name: 'Person' }).fill('A00003');
  await expect(page.getByRole('alert')).toContainText('The badge of 赵永生 was printed before (1 time,');
  const again = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Make the PDF of 1 badges' }).click();
  await again;
  await expect(page.getByText(/^1 badges saved as/)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Person' }).fill('A00004');
  await page.getByRole('searchbox', { name: 'Person' }).fill('A00003');
  await expect(page.getByRole('alert')).toContainText('(2 times');
});

test('the badge screen speaks Chinese and Russian', async ({ page }) => {
  await loadDemo(page);
  await page.getByRole('link', { name: 'Badges' }).click();
  for (const language of ['中文', 'Русский'] as const) {
    await chooseLanguage(page, language);
    // The preview is named in the reader's script: the register holds both of his names.
    await expect(
      page.getByRole('img', { name: language === '中文' ? /科瓦列夫斯基·安德烈/ : /Ковалевский Андрей/ }),
    ).toBeVisible();
    await expectNoRawKeys(page);
  }
});
