import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, expectNoRawKeys, loadDemo, scanBadge } from './helpers';
import { openCouncilElection } from './assembly';

/** Names as people write them: own script first, the reader's only where the register holds both. */

const banner = (page: Page) => page.getByRole('status', { name: /Результат на стойке|签到结果|Desk result/ });
const firstCell = (page: Page, name: RegExp) => page.getByRole('row', { name }).getByRole('cell').nth(1);

async function addRussianWoman(page: Page) {
  await page.getByRole('link', { name: 'Участники' }).click();
  await page.getByRole('button', { name: 'Добавить участника' }).click();
  const dialog = page.getByRole('dialog', { name: 'Добавить участника' });
  await dialog.getByLabel('Фамилия (кит.)').fill('伊万诺娃');
  await dialog.getByLabel('Имя (кит.)').fill('娜塔莉亚');
  await dialog.getByLabel('Фамилия', { exact: true }).fill('Иванова');
  await dialog.getByLabel('Имя', { exact: true }).fill('Наталья');
  await dialog.getByRole('combobox', { name: 'Пол' }).selectOption({ label: 'Женский' });
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toBeHidden();
}

test('in Russian, Russians are named in Cyrillic first and a woman’s check-in agrees with her', async ({
  page,
}) => {
  await loadDemo(page);
  await chooseLanguage(page, 'Русский');
  await addRussianWoman(page);

  await page.getByRole('searchbox').fill('Ковалевский');
  await expect(firstCell(page, /Ковалевский Андрей/)).toHaveText(/^Ковалевский Андрей/);
  await page.getByRole('searchbox').fill('Иванова');
  await expect(firstCell(page, /Иванова Наталья/)).toHaveText(/^Иванова Наталья/);

  await page.getByRole('link', { name: 'Организации' }).click();
  await expect(page.getByRole('row', { name: /M001/ })).toContainText('Ковалевский Андрей');
  await expect(page.getByRole('row', { name: /M001/ })).not.toContainText('科瓦列夫斯基');

  await page.getByRole('link', { name: 'Регистрация' }).click();
  const search = page.getByRole('combobox', { name: 'Найти участника' });
  await search.fill('Иванова Наталья');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(/^.?Иванова Наталья/);
  await search.press('Enter');
  await expect(banner(page)).toHaveText('✓ Иванова Наталья отмечена.');
  await scanBadge(page, 'A00001');
  await expect(banner(page)).toHaveText('✓ Ковалевский Андрей отмечен.');
  await expect(page.getByRole('region', { name: 'Ковалевский Андрей' })).toContainText('科瓦列夫斯基·安德烈');
  await expectNoRawKeys(page);
});

test('in Chinese, the same people come first by their Chinese names', async ({ page }) => {
  await loadDemo(page);
  await chooseLanguage(page, '中文');
  await page.getByRole('link', { name: '参会人员' }).click();
  await page.getByRole('searchbox').fill('Ковалевский');
  await expect(firstCell(page, /科瓦列夫斯基·安德烈/)).toHaveText(/^科瓦列夫斯基·安德烈/);
  await page.getByRole('link', { name: '签到' }).click();
  await expect(page.getByRole('combobox', { name: '查找人员' })).toBeFocused();
  await scanBadge(page, 'A00001');
  await expect(banner(page)).toContainText('科瓦列夫斯基·安德烈');
  await expect(page.getByRole('region', { name: '科瓦列夫斯基·安德烈' })).toContainText('Ковалевский Андрей');
});

test('issuing ballots names the voter in the reader’s script and agrees with him', async ({ page }) => {
  await loadDemo(page);
  await page.getByRole('link', { name: 'Check-in' }).click();
  await expect(page.getByRole('combobox', { name: 'Find a person' })).toBeFocused();
  await scanBadge(page, 'A00001');
  await expect(banner(page)).toHaveText('✓ Ковалевский Андрей checked in.');
  await openCouncilElection(page);
  await chooseLanguage(page, 'Русский');
  await page.getByLabel('Выдать бюллетень (имя или скан бейджа)').focus();
  await scanBadge(page, 'A00001');
  await expect(page.getByText('Бюллетень выдан: Ковалевский Андрей (A00001).')).toBeVisible();
  await scanBadge(page, 'A00001');
  await expect(
    page.getByText(/^Ковалевский Андрей \(A00001\) уже получил бюллетень этого тура/),
  ).toBeVisible();
  await expectNoRawKeys(page);
});
