import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { checkInFirst, chooseLanguage, demoDelegates, expectNoRawKeys, loadDemo } from './helpers';
import { countAndSeal, fillPost, pdfText, runCharterVote } from './assembly';

const squash = (text: string) => text.replace(/\s+/g, '');

test(
  'the minutes after the charter vote and both elections: zh/ru in parallel, one paragraph edited, ' +
    'PDF, .docx and the results workbook',
  async ({ page }) => {
    test.setTimeout(300_000);
    const delegates = demoDelegates();
    const council = delegates.slice(0, 9);
    await loadDemo(page);
    await checkInFirst(page, 216);
    await runCharterVote(page, 135, 121);

    // The expert committee, appointed in the setup.
    await page.getByRole('link', { name: 'Setup' }).click();
    await page.getByRole('button', { name: 'Add a member' }).click();
    let dialog = page.getByRole('dialog', { name: 'Add a member' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('Give the name in at least one language.')).toBeVisible();
    await dialog.getByLabel('Name (Chinese)').fill('王建国');
    await dialog.getByLabel('Name (Russian)').fill('Ван Цзяньго');
    await dialog.getByLabel('Role (Chinese)').fill('专家委员会主任');
    await dialog.getByLabel('Role (Russian)').fill('Председатель экспертного комитета');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('cell', { name: '王建国', exact: true })).toBeVisible();

    await page.getByRole('link', { name: 'Elections' }).click();
    await page.getByRole('button', { name: 'New election' }).click();
    dialog = page.getByRole('dialog', { name: 'New election' });
    await dialog.getByLabel('Election (Chinese)').fill('理事会选举');
    await dialog.getByLabel('Election (Russian)').fill('Выборы совета');
    await fillPost(dialog, 1, {
      zh: '理事单位',
      ru: 'Члены совета',
      seats: 9,
      kind: 'member organisations (with their representative)',
      codes: council.map((d) => d.orgCode),
    });
    await dialog.getByRole('button', { name: 'Create the election' }).click();
    await countAndSeal(
      page,
      delegates.slice(0, 12),
      Array.from({ length: 12 }, () => ['111111111']),
    );

    await page.getByRole('button', { name: 'New election' }).click();
    dialog = page.getByRole('dialog', { name: 'New election' });
    await dialog.getByLabel('Election (Chinese)').fill('负责人选举');
    await dialog.getByLabel('Election (Russian)').fill('Выборы руководства');
    await dialog
      .getByRole('combobox', { name: 'Who votes' })
      .selectOption({ label: 'The elected council (its members’ representatives)' });
    await fillPost(dialog, 1, {
      zh: '理事长',
      ru: 'Председатель',
      seats: 1,
      kind: 'persons',
      codes: [council[6]!.code],
    });
    await dialog.getByRole('button', { name: 'Add a post' }).click();
    await fillPost(dialog, 2, {
      zh: '副理事长',
      ru: 'Заместители председателя',
      seats: 2,
      method: 'mark candidates: at most 2',
      kind: 'persons',
      codes: [council[7]!.code, council[8]!.code, council[0]!.code],
    });
    await dialog.getByRole('button', { name: 'Create the election' }).click();
    await countAndSeal(
      page,
      council,
      Array.from({ length: 9 }, (_, i) => ['1', i < 6 ? '1 2' : '2 3']),
    );

    // The minutes, Chinese and Russian in parallel.
    await page.getByRole('link', { name: 'Minutes' }).click();
    await expect(page.getByRole('combobox', { name: 'Language of the minutes' })).toHaveValue('zh+ru');
    const minutes = page.getByRole('article');
    await expect(
      minutes.getByRole('heading', { name: '出席情况与法定人数 / Присутствие и кворум' }),
    ).toBeVisible();
    await expect(minutes.getByText(/通过：赞成 121 票，实到 135/)).toBeVisible();
    await expect(minutes.getByText(/Принято: «за» — 121 из 135 присутствующих/)).toBeVisible();
    const elected = [...council.map((d) => d.nameZh), '欧阳珺', '司马堃'];
    for (const name of elected) await expect(minutes.getByText(name).first()).toBeVisible();

    const closingZh = page.getByLabel('Text: 闭幕 / Закрытие (中文)');
    await closingZh.fill('议程全部完成，大会在热烈的掌声中闭幕。');
    await page.getByRole('button', { name: 'Save the text: 闭幕 / Закрытие' }).click();
    await expect(page.getByText('changed by the secretary')).toBeVisible();
    await expect(closingZh).toHaveValue('议程全部完成，大会在热烈的掌声中闭幕。');

    const added = page.getByRole('form', { name: 'Add a section' });
    await added
      .getByRole('combobox', { name: 'After the section' })
      .selectOption({ label: '会议议程 / Повестка дня' });
    await added.getByRole('button', { name: 'Add the section' }).click();
    await expect(added.getByText('Give the section a title in at least one language.')).toBeVisible();
    await added.getByLabel('Title of the section (Chinese)').fill('合影');
    await added.getByLabel('Title of the section (Russian)').fill('Общее фото');
    await added.getByLabel('Text of the section (Chinese)').fill('会后全体代表合影留念。');
    await added.getByRole('button', { name: 'Add the section' }).click();
    await expect(minutes.getByRole('heading', { name: '合影 / Общее фото' })).toBeVisible();

    let download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Minutes (PDF)' }).click();
    const pdf = squash(await pdfText(download));
    expect(pdf).toContain('大会在热烈的掌声中闭幕');
    expect(pdf).toContain('会后全体代表合影留念');
    expect(pdf).toContain('赞成121');
    for (const name of elected) expect(pdf, name).toContain(name);

    download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Minutes (Word .docx)' }).click();
    const dir = mkdtempSync(path.join(tmpdir(), 'plenum-minutes-e2e-'));
    await (await download).saveAs(path.join(dir, 'minutes.docx'));
    execFileSync(
      'soffice',
      [
        '--headless',
        '--convert-to',
        'txt:Text (encoded):UTF8',
        '--outdir',
        dir,
        path.join(dir, 'minutes.docx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const word = squash(readFileSync(path.join(dir, 'minutes.txt'), 'utf8'));
    expect(word).toContain('大会在热烈的掌声中闭幕');
    for (const name of elected) expect(word, name).toContain(name);

    for (const language of ['中文', 'Русский'] as const) {
      await chooseLanguage(page, language);
      await expectNoRawKeys(page);
    }
    await chooseLanguage(page, 'English');

    await page.getByRole('link', { name: 'Import & export' }).click();
    download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Results workbook (Excel)' }).click();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await (await download).path())!);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '1 审议并表决联盟章程',
      '2 理事会选举',
      '3 负责人选举',
      'Ballot issuance',
    ]);
    expect(book.getWorksheet('Ballot issuance')!.rowCount).toBe(1 + 12 + 9);
  },
);
