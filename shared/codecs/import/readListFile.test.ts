import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readListFile } from './readListFile';
import { FileReadError } from './sheet';
import { buildWorkbook } from './testing/buildWorkbook';

async function problemOf(bytes: Uint8Array, name = 'x.xlsx'): Promise<string> {
  try {
    await readListFile(bytes, name);
    return 'none';
  } catch (error) {
    return error instanceof FileReadError ? error.problem : `unexpected ${String(error)}`;
  }
}

describe('reading workbooks', () => {
  it('reads every sheet, hidden ones marked', async () => {
    const bytes = await buildWorkbook([
      {
        name: '名单',
        rows: [
          ['姓名', '单位'],
          ['刘申', '哈尔滨职业技术学院'],
        ],
      },
      { name: '说明', rows: [['内部']], hidden: true },
    ]);
    const file = await readListFile(bytes, 'list.xlsx');
    expect(file.kind).toBe('xlsx');
    expect(file.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['名单', false],
      ['说明', true],
    ]);
    expect(file.sheets[0]!.rows).toEqual([
      ['姓名', '单位'],
      ['刘申', '哈尔滨职业技术学院'],
    ]);
  });

  it(
    'gives phone numbers stored as numbers as typed, formulas as their result, ' +
      'hyperlinks and rich text as their text, dates as dates',
    async () => {
      const bytes = await buildWorkbook([
        {
          name: 'S',
          rows: [
            [15710292696, 12, 1.5e15, { formula: 'A1&""', result: '15710292696' }],
            [
              { text: 'liu@example.cn', hyperlink: 'mailto:liu@example.cn' },
              { richText: [{ text: '科瓦列夫斯基' }, { text: '·安德烈', font: { bold: true } }] },
              new Date(Date.UTC(2026, 11, 10)),
            ],
            ['\u3000刘\u3000申（副校长） ', '  ', null],
          ],
        },
      ]);
      const rows = (await readListFile(bytes, 's.xlsx')).sheets[0]!.rows;
      expect(rows[0]).toEqual(['15710292696', '12', '1500000000000000', '15710292696']);
      expect(rows[1]).toEqual(['liu@example.cn', '科瓦列夫斯基·安德烈', '2026-12-10']);
      expect(rows[2]).toEqual(['刘 申(副校长)']);
    },
  );

  it('gives a merged cell its value in every cell it covers', async () => {
    const bytes = await buildWorkbook([
      {
        name: 'S',
        rows: [
          ['联系方式', null],
          ['手机', '邮箱'],
        ],
        merges: ['A1:B1'],
      },
    ]);
    const rows = (await readListFile(bytes, 's.xlsx')).sheets[0]!.rows;
    expect(rows[0]![0]).toBe('联系方式');
    expect(rows[1]).toEqual(['手机', '邮箱']);
  });

  it('refuses broken, old, encrypted, empty and non-workbook files with the reason', async () => {
    const good = await buildWorkbook([{ name: 'S', rows: [['a', 'b']] }]);
    expect(await problemOf(good.subarray(0, Math.floor(good.length / 2)))).toBe('fileDamaged');
    expect(await problemOf(new Uint8Array(0))).toBe('fileEmpty');
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await problemOf(ole, 'old.xls')).toBe('fileOldXls');
    const encrypted = new Uint8Array(4096);
    encrypted.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    encrypted.set(
      [...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]),
      1024,
    );
    expect(await problemOf(encrypted, 'secret.xlsx')).toBe('fileEncrypted');
    const png = new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...new Array(200).fill(0).map((_, i) => i % 7),
    ]);
    expect(await problemOf(png, 'photo.png')).toBe('fileNotWorkbook');
    expect(await problemOf(await buildWorkbook([{ name: 'S', rows: [] }]))).toBe('sheetEmpty');
    expect(await problemOf(new TextEncoder().encode('\n\n  \n'), 'blank.csv')).toBe('fileEmpty');
  });
});

describe('reading CSV and TSV', () => {
  const text =
    '姓名,单位,手机\r\n刘申,"哈尔滨职业技术学院, 主校区",15759280085\r\nКовалевский Андрей,Тихоокеанский университет,+7 914 318-50-59\r\n';

  it('detects GB18030 (GBK) as Chinese spreadsheet programs save it', async () => {
    const file = await readListFile(new Uint8Array(iconv.encode(text, 'gbk')), 'list.csv');
    expect(file.encoding).toBe('GB18030');
    expect(file.sheets[0]!.rows[1]).toEqual(['刘申', '哈尔滨职业技术学院, 主校区', '15759280085']);
  });

  it('reads UTF-8 with and without BOM, and UTF-16', async () => {
    const utf8 = await readListFile(new TextEncoder().encode(text), 'a.csv');
    expect(utf8.encoding).toBe('UTF-8');
    expect(utf8.sheets[0]!.rows[2]).toEqual([
      'Ковалевский Андрей',
      'Тихоокеанский университет',
      '+7 914 318-50-59',
    ]);
    const bom = await readListFile(new TextEncoder().encode(`\ufeff${text}`), 'a.csv');
    expect(bom.encoding).toBe('UTF-8 (BOM)');
    expect(bom.sheets[0]!.rows[0]![0]).toBe('姓名');
    const utf16 = await readListFile(
      new Uint8Array(iconv.encode(text, 'utf16-le', { addBOM: true })),
      'a.csv',
    );
    expect(utf16.sheets[0]!.rows[1]![0]).toBe('刘申');
  });

  it('detects tab and semicolon delimiters', async () => {
    const tsv = await readListFile(new TextEncoder().encode('姓名\t单位\n刘申\t哈职院\n'), 'a.tsv');
    expect(tsv.delimiter).toBe('\t');
    expect(tsv.sheets[0]!.rows[1]).toEqual(['刘申', '哈职院']);
    const semi = await readListFile(
      new TextEncoder().encode('Фамилия;Имя;Организация\nПетров;Николай;ТОГУ\n'),
      'a.csv',
    );
    expect(semi.delimiter).toBe(';');
    expect(semi.sheets[0]!.rows[1]).toEqual(['Петров', 'Николай', 'ТОГУ']);
  });
});
