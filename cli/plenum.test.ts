import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './plenum';
import { runInMemory } from './testing/runInMemory';
import { buildWorkbook } from '../shared/codecs/import/testing/buildWorkbook';

const run = runInMemory;

describe('plenum inspect', () => {
  it('prints the sheet, header row, mapping and every problem, in JSON with --json', async () => {
    const list = await buildWorkbook([
      { name: '说明', rows: [['内部']], hidden: true },
      {
        name: '报名',
        rows: [['报名表'], ['姓名', '单位', '手机'], ['刘申', '哈职院', 15759280085], ['', '哈职院', 'abc']],
      },
    ]);
    const human = await run(['inspect', 'list.xlsx'], { 'list.xlsx': list });
    expect(human.code).toBe(1);
    expect(human.out).toContain('sheet: 报名, header row 2');
    expect(human.out).toContain('B   单位 → Organisation');
    expect(human.out).toContain('Row 4 [error]: No name in this row');
    expect(human.out).toContain('Row 4, C «手机» [warning]: “abc” is not a phone number');

    const json = JSON.parse((await run(['inspect', 'list.xlsx', '--json'], { 'list.xlsx': list })).out);
    expect(json).toMatchObject({ ok: true, sheet: '报名', headerRow: 2, rows: 2, importable: 1 });
    expect(json.sheets).toEqual([
      { name: '说明', hidden: true, rows: 1 },
      { name: '报名', hidden: false, rows: 4 },
    ]);
    expect(json.mapping.map((m: { field: string }) => m.field)).toEqual([
      'fullName',
      'organisation',
      'phone',
    ]);
    expect(
      json.problems.map((p: { sheetRow: number; column: string; message: string }) => [
        p.sheetRow,
        p.column,
        p.message,
      ]),
    ).toEqual([
      [4, '', 'import.noName'],
      [4, 'C «手机»', 'import.badPhone'],
    ]);
  });

  it('speaks Russian and Chinese with --lang', async () => {
    const list = await buildWorkbook([
      {
        name: 'S',
        rows: [
          ['ФИО', 'Организация'],
          ['', 'ТОГУ'],
        ],
      },
    ]);
    expect((await run(['inspect', 'a.xlsx', '--lang', 'ru'], { 'a.xlsx': list })).out).toContain(
      'Строка 2 [error]: В строке нет имени',
    );
    expect((await run(['inspect', 'a.xlsx', '--lang', 'zh-CN'], { 'a.xlsx': list })).out).toContain(
      '第 2 行 [error]: 此行没有姓名',
    );
  });

  it('exits with 2 and says why when the file cannot be read, and 64 on wrong usage', async () => {
    const broken = await run(['inspect', 'old.xls', '--json'], {
      'old.xls': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    });
    expect(broken.code).toBe(2);
    expect(JSON.parse(broken.out)).toMatchObject({ ok: false, problem: 'fileOldXls' });
    expect((await run(['inspect', 'missing.xlsx'], {})).code).toBe(2);
    expect((await run(['frobnicate'], {})).code).toBe(64);
  });

  it('runs as a command', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plenum-cli-'));
    const file = path.join(dir, 'empty.csv');
    writeFileSync(file, '');
    const result = spawnSync('npx', ['tsx', 'cli/plenum.ts', 'inspect', file], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('the file is empty');
  }, 30_000);
});

describe('plenum badges', () => {
  it('draws the badges of a JSON array into a PDF with every name in it', async () => {
    const written: Record<string, Uint8Array> = {};
    const json = JSON.stringify([
      {
        id: '000001',
        nameZh: '赵永生',
        nameRu: 'Zhao Yongsheng',
        orgZh: '哈尔滨职业技术学院',
        orgRu: 'Харбинский колледж',
        roleZh: '代表',
        roleRu: 'Делегат',
        qr: 'A00001',
      },
      {
        id: '000002',
        nameZh: '科瓦列夫斯基·安德烈',
        nameRu: 'Ковалевский Андрей',
        orgZh: '太平洋国立大学',
        orgRu: 'Тихоокеанский университет',
        roleZh: '嘉宾',
        roleRu: 'Гость',
        qr: 'A00002',
      },
    ]);
    const out: string[] = [];
    const code = await runCli(['badges', 'people.json', '--out', 'b.pdf', '--template', 'a6'], {
      out: (s) => out.push(s),
      err: (s) => out.push(s),
      readFile: () => new TextEncoder().encode(json),
      writeFile: (file, bytes) => (written[file] = bytes),
    });
    expect(code).toBe(0);
    expect(JSON.parse(out[0]!)).toMatchObject({ badges: 2, pages: 2 });
    const dir = mkdtempSync(path.join(tmpdir(), 'plenum-cli-'));
    writeFileSync(path.join(dir, 'b.pdf'), written['b.pdf']!);
    const text = spawnSync('pdftotext', [path.join(dir, 'b.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(
      /\s+/g,
      ' ',
    );
    for (const expected of [
      '赵永生',
      'Zhao Yongsheng',
      '科瓦列夫斯基·安德烈',
      'Ковалевский Андрей',
      'Тихоокеанский университет',
    ])
      expect(text).toContain(expected);
  }, 60_000);

  it('refuses an unknown stock', async () => {
    expect((await run(['badges', 'x.json', '--out', 'b.pdf', '--template', 'poster'], {})).code).toBe(64);
  });
});
