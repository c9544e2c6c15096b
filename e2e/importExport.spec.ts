import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { chooseLanguage, expectNoRawKeys } from './helpers';

const FIXTURES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../shared/fixtures/founding-assembly',
);

async function newEvent(page: Page, name: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'New event' }).click();
  await page.getByLabel('Event name (English)').fill(name);
  await page.getByRole('button', { name: 'Create event' }).click();
  await page.getByRole('link', { name: 'Import & export' }).click();
  await expect(page.getByRole('heading', { name: 'Import a list' })).toBeVisible();
}

async function chooseFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file…' }).click();
  await (await chooser).setFiles(file);
}

test('import the member list, then the attendee list: 153 organisations, 212 attendees, delegates linked', async ({
  page,
}) => {
  await newEvent(page, 'Founding assembly');
  await page.getByRole('radio', { name: 'Member organisations' }).check();
  await chooseFile(page, path.join(FIXTURES, 'members.xlsx'));
  await expect(page.getByRole('combobox', { name: 'Imported as, column B «单位名称»' })).toHaveValue(
    'nameZh',
  );
  await expect(page.getByRole('combobox', { name: 'Imported as, column C «Наименование»' })).toHaveValue(
    'nameRu',
  );
  await expect(page.getByText('153 rows read: 153 will be imported')).toBeVisible();
  await page.getByRole('button', { name: 'Import 153 organisations' }).click();
  await expect(
    page.getByText(/members\.xlsx: 0 attendees imported, 153 organisations created/),
  ).toBeVisible();

  await page.getByRole('radio', { name: 'Attendees' }).check();
  await chooseFile(page, path.join(FIXTURES, 'attendees.xlsx'));
  await expect(page.getByRole('combobox', { name: 'Imported as, column B «姓名»' })).toHaveValue('fullName');
  await expect(page.getByRole('combobox', { name: 'Imported as, column C «ФИО»' })).toHaveValue(
    'fullNameCyr',
  );
  await expect(page.getByRole('combobox', { name: 'Imported as, column H «表决代表»' })).toHaveValue(
    'votingDelegate',
  );
  await expect(page.getByText('212 rows read: 212 will be imported')).toBeVisible();
  const unknown = page.getByRole('region', { name: /Organisations not in the register/ });
  await expect(unknown.getByRole('row')).toHaveCount(3);
  await expect(unknown.getByRole('combobox', { name: 'What to do with 黑龙江省教育厅' })).toHaveValue(
    'create',
  );
  await expectNoRawKeys(page);
  await page.getByRole('button', { name: 'Import 212 attendees' }).click();
  await expect(
    page.getByText(
      /attendees\.xlsx: 212 attendees imported, 2 organisations created, 0 updated, \d+ voting delegates linked/,
    ),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Organisations' }).click();
  await expect(page.locator('dl.summary > div').filter({ hasText: 'Members' })).toContainText('153');
  await page.getByLabel('Search organisations').fill('M004');
  await expect(page.getByRole('row', { name: /Amur College/ })).toContainText('Ковалевский Сергей');
  await page.getByRole('link', { name: 'Attendees' }).click();
  await expect(page.getByRole('status')).toHaveText('212 of 212 shown');
  await page.getByLabel('Search attendees').fill('Ковалевский Андрей');
  await expect(page.getByRole('row', { name: /科瓦列夫斯基·安德烈/ })).toContainText('Kovalevskii Andrei');

  // The whole attendee import is undone as one step.
  await page.getByRole('link', { name: 'Import & export' }).click();
  await page.getByRole('button', { name: 'Undo the import of attendees.xlsx' }).click();
  await expect(page.getByText('The import of attendees.xlsx was undone.')).toBeVisible();
  await page.getByRole('link', { name: 'Attendees' }).click();
  await expect(page.getByRole('status')).toHaveText('0 of 0 shown');
  await page.getByRole('link', { name: 'Organisations' }).click();
  await expect(page.getByRole('status')).toHaveText('153 of 153 shown');
});

test('a list with problems shows each by row and column, and nothing is written until the user decides', async ({
  page,
}) => {
  await newEvent(page, 'Problems');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报名表');
  sheet.addRow(['2026年联盟成立大会报名表']);
  sheet.mergeCells('A1:E1');
  sheet.addRow(['1、姓名', '2、工作单位', '3、手机', '4、邮箱', '5、类别']);
  sheet.addRow(['刘申', '哈尔滨职业技术学院', 15759280085, 'liu@example.cn', '代表']);
  sheet.addRow(['', '哈尔滨职业技术学院', 13000000000, '', '代表']);
  sheet.addRow(['王伟', '哈尔滨职业技术学院', '12-AB', 'wang@', '代表']);
  sheet.addRow(['刘申', '哈尔滨职业技术学院', 15759280085, '', '代表']);
  sheet.addRow(['合计', '4人']);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await chooseFile(page, {
    name: '报名表.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });

  await expect(page.getByLabel('Header row')).toHaveValue('2');
  await expect(
    page.getByText('4 rows read: 2 will be imported, 2 left out, 4 with something to check.'),
  ).toBeVisible();
  const problems = page.getByRole('list', { name: 'Rows with something to check' });
  await expect(problems.getByRole('listitem').filter({ hasText: 'Row 4' })).toContainText(
    'No name in this row',
  );
  await expect(problems.getByRole('listitem').filter({ hasText: 'Row 5' })).toContainText('C «3、手机»');
  await expect(problems.getByRole('listitem').filter({ hasText: 'Row 5' })).toContainText(
    '“12-AB” is not a phone number',
  );
  await expect(problems.getByRole('listitem').filter({ hasText: 'Row 5' })).toContainText('D «4、邮箱»');
  await expect(problems.getByRole('listitem').filter({ hasText: 'Row 6' })).toContainText(
    'The same person as in row 3',
  );
  await expect(page.getByRole('checkbox', { name: 'Import row 4' })).toBeDisabled();

  await page.getByRole('link', { name: 'Attendees' }).click();
  await expect(page.getByRole('status')).toHaveText('0 of 0 shown');
  await page.getByRole('link', { name: 'Import & export' }).click();
  await chooseFile(page, { name: '报名表.xlsx', mimeType: 'application/octet-stream', buffer });
  await page.getByLabel('Name for row 4').fill('孙丽');
  await page.getByLabel('Name for row 4').press('Enter');
  await expect(page.getByText('4 rows read: 3 will be imported')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Import row 6' }).check();
  await expect(page.getByText('4 rows read: 4 will be imported')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Import row 6' }).uncheck();
  await page.getByRole('button', { name: 'Import 3 attendees' }).click();
  await expect(page.getByText(/3 attendees imported, 1 organisations created/)).toBeVisible();
  await page.getByRole('link', { name: 'Attendees' }).click();
  await expect(page.getByRole('status')).toHaveText('3 of 3 shown');
  await expect(page.getByRole('row', { name: /孙丽/ })).toContainText('Sun Li');
});

test('files that cannot be read get a clear message and change nothing', async ({ page }) => {
  await newEvent(page, 'Bad files');
  await chooseFile(page, {
    name: 'old.xls',
    mimeType: 'application/vnd.ms-excel',
    buffer: Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(2000),
    ]),
  });
  await expect(page.getByRole('alert')).toContainText(
    'old.xls: this is an old Excel 97–2003 (.xls) workbook',
  );
  const good = readFileSync(path.join(FIXTURES, 'members.xlsx'));
  await chooseFile(page, {
    name: 'truncated.xlsx',
    mimeType: 'application/octet-stream',
    buffer: good.subarray(0, 3000),
  });
  await expect(page.getByRole('alert')).toContainText(
    'truncated.xlsx: the workbook is damaged or incomplete',
  );
  await chooseFile(page, {
    name: 'photo.xlsx',
    mimeType: 'image/png',
    buffer: Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 4, 5, 6, 7, 8]),
      Buffer.alloc(500, 3),
    ]),
  });
  await expect(page.getByRole('alert')).toContainText('photo.xlsx: this is not a workbook or a CSV file');
  await page.getByRole('link', { name: 'Organisations' }).click();
  await expect(page.getByRole('status')).toHaveText('0 of 0 shown');
});

test('a GBK CSV saved by a Chinese spreadsheet program imports correctly, in the Chinese UI', async ({
  page,
}) => {
  await newEvent(page, 'GBK');
  await chooseLanguage(page, '中文');
  const iconv = await import('iconv-lite');
  const csv = iconv.default.encode(
    '姓名,单位,职务\r\n欧阳珺,黑龙江大学,院长\r\n司马堃,黑龙江大学,教授\r\n',
    'gbk',
  );
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (await chooser).setFiles({ name: '名单.csv', mimeType: 'text/csv', buffer: csv });
  await expect(page.getByText('按 GB18030 读取')).toBeVisible();
  await expectNoRawKeys(page);
  await page.getByRole('button', { name: '导入 2 名参会人员' }).click();
  await expect(page.getByText(/名单\.csv：已导入 2 名参会人员/)).toBeVisible();
  await page.getByRole('link', { name: '参会人员' }).click();
  await expect(page.getByRole('row', { name: /欧阳珺/ })).toContainText('Ouyang Jun');
});

test('exports download as real workbooks with headers in the UI language', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load demo event' }).click();
  await page.getByRole('link', { name: 'Import & export' }).click();
  await chooseLanguage(page, 'Русский');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Участники в Excel' }).click();
  const file = await (await download).path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).getCell(1).value).toBe('Код');
  expect(sheet.getRow(1).font?.bold).toBe(true);
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.autoFilter).toBeTruthy();
  expect(sheet.rowCount).toBeGreaterThan(200);
  await expect(page.getByRole('status').filter({ hasText: 'Сохранено' })).toBeVisible();
  await expectNoRawKeys(page);
});
