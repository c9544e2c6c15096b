import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText, detectDelimiter, parseCsv } from './csvText';
import { FileReadError } from './sheet';

const utf8 = (text: string) => new TextEncoder().encode(text);

function problemOf(run: () => unknown): string {
  try {
    run();
    return 'none';
  } catch (error) {
    return error instanceof FileReadError ? error.problem : `unexpected ${String(error)}`;
  }
}

describe('decoding a text file', () => {
  it('takes the BOM off UTF-8 and says it had one', () => {
    expect(decodeText(utf8('\ufeff姓名,单位'))).toEqual({ text: '姓名,单位', encoding: 'UTF-8 (BOM)' });
    expect(decodeText(utf8('姓名,单位'))).toEqual({ text: '姓名,单位', encoding: 'UTF-8' });
  });

  it('reads UTF-16 in either byte order, by its BOM', () => {
    const le = new Uint8Array(iconv.encode('代码,Имя', 'utf16-le', { addBOM: true }));
    expect(decodeText(le)).toEqual({ text: '代码,Имя', encoding: 'UTF-16LE' });
    const be = new Uint8Array(iconv.encode('代码,Имя', 'utf16-be', { addBOM: true }));
    expect(decodeText(be)).toEqual({ text: '代码,Имя', encoding: 'UTF-16BE' });
  });

  it('recognises UTF-16 without a BOM by where its NUL bytes are', () => {
    const le = new Uint8Array(iconv.encode('code,name\r\nA1,Liu\r\n', 'utf16-le'));
    expect(decodeText(le)).toEqual({ text: 'code,name\r\nA1,Liu\r\n', encoding: 'UTF-16LE' });
    const be = new Uint8Array(iconv.encode('code,name\r\nA1,Liu\r\n', 'utf16-be'));
    expect(decodeText(be)).toEqual({ text: 'code,name\r\nA1,Liu\r\n', encoding: 'UTF-16BE' });
  });

  it('falls back to GB18030 for bytes that are not UTF-8', () => {
    const gbk = new Uint8Array(iconv.encode('姓名,单位\n刘申,哈尔滨职业技术学院', 'gbk'));
    expect(decodeText(gbk)).toEqual({ text: '姓名,单位\n刘申,哈尔滨职业技术学院', encoding: 'GB18030' });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(problemOf(() => decodeText(new Uint8Array([0x41, 0xff, 0x42, 0xff])))).toBe('fileNotWorkbook');
  });
});

describe('finding the delimiter', () => {
  it('picks the delimiter that splits the lines into the same number of fields', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n4,5,6')).toBe(',');
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
    expect(detectDelimiter('a|b|c\n1|2|3')).toBe('|');
    expect(detectDelimiter('Фамилия;Имя\nПетров;Николай\n')).toBe(';');
  });

  it('is not misled by commas in the text or inside quotes', () => {
    expect(detectDelimiter('Name;Note\nIvan;a, b, c\nLi;x')).toBe(';');
    expect(detectDelimiter('"Smith, J";42\n"Li, X";7\n"Wu, Y";9')).toBe(';');
  });

  it('prefers the count most lines agree on over a line that splits more', () => {
    expect(detectDelimiter('a;b\n1;2\n3;4\nx,y,z,w,v')).toBe(';');
  });

  it('says comma for a single column', () => {
    expect(detectDelimiter('name\nAlice\nBob')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });
});

describe('parsing a CSV file', () => {
  it('gives one visible sheet named after the file, with folded cells', () => {
    const file = parseCsv(utf8('Code,Name\r\nA1, 张\u3000三 \r\nA2,"Liu, Shen"\r\n'), 'list.final.csv');
    expect(file).toEqual({
      kind: 'csv',
      encoding: 'UTF-8',
      delimiter: ',',
      sheets: [
        {
          name: 'list.final',
          hidden: false,
          rows: [
            ['Code', 'Name'],
            ['A1', '张 三'],
            ['A2', 'Liu, Shen'],
          ],
        },
      ],
    });
  });

  it('drops the empty rows at the end but keeps those between records', () => {
    const file = parseCsv(utf8('a,b\n\nc,d\n\n,\n\n'), 'x.csv');
    expect(file.sheets[0]!.rows).toEqual([['a', 'b'], [''], ['c', 'd']]);
  });

  it('names the sheet CSV when the file name gives nothing', () => {
    expect(parseCsv(utf8('a,b\n1,2'), '.csv').sheets[0]!.name).toBe('CSV');
  });

  it('refuses a file of only whitespace as empty', () => {
    expect(problemOf(() => parseCsv(utf8('  \r\n \t\n'), 'blank.csv'))).toBe('fileEmpty');
  });
});
