import { expect, test } from '@playwright/test';
import { chooseLanguage, expectNoRawKeys, loadDemo } from './helpers';

test(
  'in Russian: create an event, an organisation and an attendee whose Latin name appears by itself; ' +
    'all kept after a reload',
  async ({ page }) => {
    await page.goto('/');
    await chooseLanguage(page, 'Русский');
    await expect(page.getByRole('heading', { name: 'Мероприятия' })).toBeVisible();
    await expectNoRawKeys(page);

    await page.getByRole('button', { name: 'Новое мероприятие' }).click();
    const newEvent = page.getByRole('dialog', { name: 'Новое мероприятие' });
    await newEvent.getByLabel('Название мероприятия (по-русски)').fill('Учредительное собрание альянса');
    await newEvent.getByLabel('Название мероприятия (по-китайски)').fill('联盟成立大会');
    await newEvent.getByLabel('Первый день').fill('2026-12-10');
    await newEvent.getByLabel('Последний день').fill('2026-12-11');
    await expectNoRawKeys(page);
    await newEvent.getByRole('button', { name: 'Создать мероприятие' }).click();
    await expect(page.getByRole('heading', { name: 'Настройка мероприятия' })).toBeVisible();
    await expectNoRawKeys(page);

    await page.getByRole('link', { name: 'Организации' }).click();
    await page.getByRole('button', { name: 'Добавить организацию' }).click();
    const orgDialog = page.getByRole('dialog', { name: 'Добавить организацию' });
    await orgDialog.getByLabel('Код').fill('M001');
    await orgDialog.getByLabel('Название (по-русски)').fill('Тихоокеанский государственный университет');
    await orgDialog.getByLabel('Категория').selectOption({ label: 'Российское учебное заведение' });
    await expectNoRawKeys(page);
    await orgDialog.getByRole('button', { name: 'Сохранить' }).click();
    await expect(orgDialog).toBeHidden();
    await expect(
      page.getByRole('button', { name: 'Тихоокеанский государственный университет' }),
    ).toBeVisible();

    await page.getByRole('link', { name: 'Участники' }).click();
    await page.getByRole('button', { name: 'Добавить участника' }).click();
    const person = page.getByRole('dialog', { name: 'Добавить участника' });
    await person.getByLabel('Фамилия', { exact: true }).fill('Ковалевский');
    await person.getByLabel('Имя', { exact: true }).fill('Андрей');
    await expect(person.getByLabel('Фамилия (лат.)')).toHaveValue('Kovalevskii');
    await expect(person.getByLabel('Имя (лат.)')).toHaveValue('Andrei');
    await person
      .getByLabel('Организация')
      .selectOption({ label: 'M001 · Тихоокеанский государственный университет' });
    await person.getByLabel('Должность').fill('проректор');
    await expectNoRawKeys(page);
    await person.getByRole('button', { name: 'Сохранить' }).click();
    await expect(person).toBeHidden();
    const row = page.getByRole('row', { name: /Ковалевский Андрей/ });
    await expect(row).toContainText('Kovalevskii Andrei');
    await expect(row).toContainText('A00001');

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Участники' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Ковалевский Андрей/ })).toContainText(
      'Тихоокеанский государственный университет',
    );
    await page.getByRole('link', { name: 'Организации' }).click();
    await expect(
      page.getByRole('button', { name: 'Тихоокеанский государственный университет' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Настройка' }).click();
    await expect(page.getByLabel('Название мероприятия (по-русски)')).toHaveValue(
      'Учредительное собрание альянса',
    );
    await expect(page.getByLabel('Первый день')).toHaveValue('2026-12-10');
    await expectNoRawKeys(page);
  },
);

test('the demo event has 153 member organisations with the reference split by category', async ({ page }) => {
  await loadDemo(page);
  const summary = page.getByRole('definition');
  const counts = page.locator('dl.summary > div');
  await expect(counts.filter({ hasText: 'Members' })).toContainText('153');
  await expect(counts.filter({ hasText: 'Russian institution' })).toContainText('5');
  await expect(counts.filter({ hasText: 'Undergraduate university' })).toContainText('2');
  await expect(counts.filter({ hasText: 'Higher vocational college' })).toContainText('83');
  await expect(counts.filter({ hasText: 'Secondary vocational school' })).toContainText('48');
  await expect(counts.filter({ hasText: 'Enterprise or research body' })).toContainText('15');
  await expect(summary.first()).toBeVisible();

  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Member' });
  await expect(page.getByRole('status')).toHaveText('153 of 157 shown');
  await page
    .getByRole('combobox', { name: 'Category' })
    .selectOption({ label: 'Secondary vocational school' });
  await expect(page.getByRole('status')).toHaveText('48 of 157 shown');
  await page.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'All' });
  await page.getByLabel('Search organisations').fill('哈尔滨职业技术');
  await expect(page.getByRole('button', { name: 'Harbin Vocational & Technical College' })).toBeVisible();

  await page.getByRole('link', { name: 'Attendees' }).click();
  await expect(page.getByRole('status')).toHaveText(/^2\d\d of 2\d\d shown$/);
  await page.getByLabel('Search attendees').fill('Ковалевский');
  await expect(page.getByRole('row', { name: /科瓦列夫斯基·安德烈/ })).toBeVisible();
});

test('the accredited delegate and substitute are chosen among the organisation’s attendees', async ({
  page,
}) => {
  await loadDemo(page);
  await page.getByLabel('Search organisations').fill('M008');
  await page.getByRole('button', { name: 'Harbin Vocational & Technical College' }).click();
  const dialog = page.getByRole('dialog', { name: /Harbin Vocational/ });
  await expect(dialog.getByLabel('Voting delegate')).toHaveValue(/.+/);
  const delegateLabel = await dialog.getByLabel('Voting delegate').locator('option:checked').innerText();
  expect(delegateLabel).toContain('刘申');
  await expect(dialog.getByLabel('Substitute').locator('option:checked')).toContainText('赵永生');
  await dialog.getByLabel('Substitute').selectOption({ label: delegateLabel });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('The substitute must be another person than the delegate.')).toBeVisible();
  const options = await dialog.getByLabel('Substitute').locator('option').allInnerTexts();
  const other = options.find((o) => o.includes('(A') && !o.includes('赵永生') && !o.includes('刘申'))!;
  await dialog.getByLabel('Substitute').selectOption({ label: other });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Harbin Vocational & Technical College' }).click();
  await expect(page.getByRole('dialog').getByLabel('Substitute').locator('option:checked')).toHaveText(other);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /History of/ })
    .click();
  const history = page.getByRole('dialog', { name: /History: Harbin/ });
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history.getByRole('listitem').last()).toContainText('Substitute');
});

test('bad input is shown on its field and writes nothing', async ({ page }) => {
  await loadDemo(page);
  await page.getByRole('button', { name: 'Add organisation' }).click();
  const org = page.getByRole('dialog', { name: 'Add organisation' });
  await org.getByLabel('Code').fill('m001');
  await org.getByLabel('Name (Chinese)').fill('重复编号的单位');
  await org.getByLabel('Vote weight').fill('-1');
  await org.getByRole('button', { name: 'Save' }).click();
  await expect(org.getByLabel('Code')).toHaveAttribute('aria-invalid', 'true');
  await expect(org.getByText('The code m001 is already used by another organisation.')).toBeVisible();
  await expect(org.getByText('The vote weight cannot be below zero.')).toBeVisible();
  await org.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toHaveText('157 of 157 shown');

  await page.getByRole('link', { name: 'Attendees' }).click();
  await expect(page.getByRole('status')).toHaveText(/^2\d\d of 2\d\d shown$/);
  const before = await page.getByRole('status').innerText();
  await page.getByRole('button', { name: 'Add attendee' }).click();
  const person = page.getByRole('dialog', { name: 'Add attendee' });
  await person.getByLabel('Position').fill('校长');
  await person.getByRole('button', { name: 'Save' }).click();
  await expect(person.getByRole('group', { name: 'Name in Chinese' })).toContainText(
    'Enter a name: in Chinese, Cyrillic or Latin letters.',
  );
  await person.getByLabel('E-mail').fill('not-an-address');
  await person.getByLabel('Family name (Chinese)').fill('王');
  await person.getByRole('button', { name: 'Save' }).click();
  await expect(person.getByText('This is not an e-mail address.')).toBeVisible();
  await person.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toHaveText(before);
});

for (const language of ['中文', 'Русский', 'English'] as const) {
  test(`every screen of the demo event is translated into ${language}, and the choice is remembered`, async ({
    page,
  }) => {
    await loadDemo(page);
    await chooseLanguage(page, language);
    for (const link of await page.getByRole('navigation').getByRole('link').all()) {
      await link.click();
      await expect(page.locator('h1')).toBeVisible();
      await expectNoRawKeys(page);
    }
    await page.getByRole('navigation').getByRole('link').nth(2).click();
    await page.locator('.vtable-body').getByRole('button').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoRawKeys(page);
    await page
      .getByRole('dialog')
      .getByRole('button')
      .filter({ hasText: /History|История|历史/ })
      .click();
    await expectNoRawKeys(page);
    await page.reload();
    await expect(page.getByRole('banner').getByRole('combobox', { name: /Language|Язык|语言/ })).toHaveValue(
      language === '中文' ? 'zh-CN' : language === 'Русский' ? 'ru' : 'en',
    );
  });
}
