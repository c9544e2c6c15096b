import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, expectNoRawKeys, loadDemo, scanBadge } from './helpers';

async function openDesk(page: Page) {
  await loadDemo(page);
  await page.getByRole('link', { name: 'Check-in' }).click();
  await expect(page.getByRole('heading', { name: 'Check-in desk' })).toBeVisible();
}

const search = (page: Page) => page.getByRole('combobox', { name: 'Find a person' });
const banner = (page: Page) =>
  page.getByRole('status', { name: /^(Desk result|Результат на стойке|签到结果)$/ });
const figure = (page: Page, name: string) =>
  page.locator('.figures > div').filter({ hasText: name }).locator('dd');

const scan = scanBadge;

test(
  'find people by hanzi, pinyin initials, a Cyrillic fragment and a Latin spelling; ' +
    'check in with Enter; undo',
  async ({ page }) => {
    await openDesk(page);
    await expect(figure(page, 'Attendees present')).toHaveText(/^0 of 2\d\d$/);

    await search(page).fill('永生');
    await expect(
      page.getByRole('listbox', { name: 'People found' }).getByRole('option').first(),
    ).toContainText('赵永生');
    await search(page).fill('zys');
    await expect(
      page.getByRole('listbox', { name: 'People found' }).getByRole('option').first(),
    ).toContainText('赵永生');
    await search(page).fill('Ковалев');
    await expect(
      page.getByRole('listbox', { name: 'People found' }).getByRole('option').first(),
    ).toContainText('Ковалевский Андрей');
    await search(page).fill('Kovalevsky');
    await expect(
      page.getByRole('listbox', { name: 'People found' }).getByRole('option').first(),
    ).toContainText('Ковалевский Андрей');
    await expect(page.getByRole('region', { name: 'Ковалевский Андрей' })).toContainText(
      'Voting delegate of the organisation',
    );
    await expect(page.getByRole('region', { name: 'Ковалевский Андрей' })).toContainText('not printed yet');

    await search(page).press('Enter');
    await expect(banner(page)).toHaveText('✓ Ковалевский Андрей checked in.');
    await expect(figure(page, 'Attendees present')).toHaveText(/^1 of 2\d\d$/);
    await expect(figure(page, 'Voting delegates present')).toHaveText('1 of 135 accredited');
    await expect(figure(page, 'Member organisations represented')).toHaveText('1 of 153');

    // A second Enter on the same person warns and counts nothing twice.
    await search(page).fill('kovalevskiy andrei');
    await search(page).press('Enter');
    await expect(banner(page)).toContainText('Ковалевский Андрей was already checked in at');
    await expect(figure(page, 'Attendees present')).toHaveText(/^1 of 2\d\d$/);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(banner(page)).toHaveText('✓ Ковалевский Андрей: undone.');
    await expect(figure(page, 'Attendees present')).toHaveText(/^0 of 2\d\d$/);
    await expectNoRawKeys(page);
  },
);

test('a badge scan checks in from any focused state; an unknown code gets a clear message', async ({
  page,
}) => {
  await openDesk(page);
  await page.getByRole('heading', { name: 'Check-in desk' }).click();
  await scan(page, 'A00002');
  await expect(banner(page)).toHaveText('✓ 刘申 checked in.');
  await expect(page.getByRole('region', { name: '刘申' })).toContainText('Present since');
  await expect(search(page)).toHaveValue('');

  await search(page).focus();
  await scan(page, 'A00003');
  await expect(banner(page)).toHaveText('✓ 赵永生 checked in.');
  await expect(figure(page, 'Attendees present')).toHaveText(/^2 of 2\d\d$/);

  await scan(page, 'A00002');
  await expect(banner(page)).toContainText('刘申 was already checked in at');
  await scan(page, 'A99999');
  await expect(banner(page)).toHaveText('✕ Not registered: no one has the badge code A99999.');
  await expect(figure(page, 'Attendees present')).toHaveText(/^2 of 2\d\d$/);
  await expect(page.getByRole('img', { name: /Arrivals per ten minutes; 2 in total/ })).toBeVisible();

  // A badge printed before the payload existed holds the bare code: it still checks in.
  await page.keyboard.type('A00004\n', { delay: 4 });
  await expect(banner(page)).toHaveText(/checked in\.$/);
  await expect(figure(page, 'Attendees present')).toHaveText(/^3 of 2\d\d$/);
});

test('left and back in the hall, a walk-in, and the quorum in the panel', async ({ page }) => {
  await openDesk(page);
  await expect(figure(page, 'Quorum')).toHaveText('Not quorate: 0 present; at least 2/3 of 153 needs 102.');
  await scan(page, 'A00002');
  await expect(banner(page)).toHaveText('✓ 刘申 checked in.');
  await page.getByRole('button', { name: 'Left the hall' }).click();
  await expect(banner(page)).toHaveText('✓ 刘申 left the hall.');
  await expect(figure(page, 'Voting delegates present')).toHaveText('0 of 135 accredited');
  await page.getByRole('button', { name: 'Back in the hall' }).click();
  await expect(banner(page)).toHaveText('✓ 刘申 is back in the hall.');
  await expect(figure(page, 'Voting delegates present')).toHaveText('1 of 135 accredited');

  await page.getByRole('button', { name: 'Walk-in registration' }).click();
  const dialog = page.getByRole('dialog', { name: 'Walk-in: register and check in' });
  await dialog.getByLabel('Family name (Chinese)').fill('钱');
  await dialog.getByLabel('Given name (Chinese)').fill('多多');
  await dialog.getByLabel('Category').selectOption({ label: 'Press' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(banner(page)).toHaveText('✓ Registered and checked in.');
  await expect(page.getByRole('region', { name: '钱多多' })).toContainText('Present since');
  await expect(page.locator('dl.summary > div').filter({ hasText: 'Press' })).toContainText('1');
});

for (const language of ['中文', 'Русский'] as const) {
  test(`the desk speaks ${language}`, async ({ page }) => {
    await openDesk(page);
    await chooseLanguage(page, language);
    await scan(page, 'A00001');
    await expect(banner(page)).toContainText(
      language === '中文' ? '科瓦列夫斯基·安德烈' : 'Ковалевский Андрей',
    );
    await expectNoRawKeys(page);
  });
}

test('what the desk last said follows a change of language', async ({ page }) => {
  await openDesk(page);
  await scan(page, 'A00001');
  await expect(banner(page)).toContainText('checked in.');
  await chooseLanguage(page, 'Русский');
  await expect(banner(page)).toContainText('Ковалевский Андрей отмечен.');
  await chooseLanguage(page, '中文');
  await expect(banner(page)).toContainText('已签到。');
});

test('the check-in log and attendance by organisation export what the desk recorded', async ({ page }) => {
  await openDesk(page);
  await scan(page, 'A00002');
  await expect(banner(page)).toHaveText('✓ 刘申 checked in.');
  await page.getByRole('link', { name: 'Import & export' }).click();
  const ExcelJS = (await import('exceljs')).default;
  const read = async (button: string) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await (await download).path());
    return workbook.worksheets[0]!.getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1));
  };
  const log = await read('Check-in log as Excel');
  expect(log[0]).toEqual(['Time', 'Code', 'Name', 'Organisation', 'Action', 'How', 'Desk', 'Device']);
  expect(log[1]!.slice(1, 6)).toEqual([
    'A00002',
    '刘申',
    'Harbin Vocational & Technical College',
    'checked in',
    'badge scanned',
  ]);
  const attendance = await read('Attendance by organisation as Excel');
  const harbin = attendance.find((row) => row[0] === 'M008')!;
  const header = attendance[0]!;
  expect(harbin[header.indexOf('Present')]).toBe(1);
  expect(harbin[header.indexOf('Delegate present')]).toBe('yes');
  expect(harbin[header.indexOf('Represented')]).toBe('yes');
});
