import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { sniffFileKind } from './fileKind';
import { FileReadError } from './sheet';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string) => [...text].flatMap((c) => [c.charCodeAt(0), 0]);

function kindOf(bytes: Uint8Array): string {
  try {
    return sniffFileKind(bytes);
  } catch (error) {
    return error instanceof FileReadError ? `refused: ${error.problem}` : `unexpected ${String(error)}`;
  }
}

describe('telling what a file is from its bytes', () => {
  it('takes a zip for a workbook, and an empty zip for a damaged one', () => {
    expect(kindOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).toBe('xlsx');
    expect(kindOf(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]))).toBe(
      'refused: fileDamaged',
    );
  });

  it('refuses an empty file', () => {
    expect(kindOf(new Uint8Array(0))).toBe('refused: fileEmpty');
  });

  it('refuses an old .xls, and says so differently for a password-protected workbook', () => {
    const xls = new Uint8Array(4096);
    xls.set(OLE);
    expect(kindOf(xls)).toBe('refused: fileOldXls');
    const info = new Uint8Array(4096);
    info.set(OLE);
    info.set(utf16('EncryptionInfo'), 2000);
    expect(kindOf(info)).toBe('refused: fileEncrypted');
    // The package stream may lie beyond the first 64 KiB; it is looked for in the whole file.
    const pkg = new Uint8Array(100_000);
    pkg.set(OLE);
    pkg.set(utf16('EncryptedPackage'), 90_000);
    expect(kindOf(pkg)).toBe('refused: fileEncrypted');
    // The same name in single bytes is not the stream.
    const ascii = new Uint8Array(4096);
    ascii.set(OLE);
    ascii.set(new TextEncoder().encode('EncryptionInfo'), 2000);
    expect(kindOf(ascii)).toBe('refused: fileOldXls');
  });

  it('takes text in any of the usual encodings for text, with or without a BOM', () => {
    expect(kindOf(new TextEncoder().encode('姓名,单位\r\n刘申,哈职院\r\n\tx\f'))).toBe('text');
    expect(kindOf(new Uint8Array(iconv.encode('姓名,单位\n刘申,哈职院', 'gbk')))).toBe('text');
    expect(kindOf(new Uint8Array(iconv.encode('code,name\nA1,Liu\n', 'utf16-le')))).toBe('text');
    expect(kindOf(new Uint8Array(iconv.encode('code,name\nA1,Liu\n', 'utf16-be')))).toBe('text');
  });

  it('refuses binary that is neither a workbook nor text', () => {
    const binary = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(kindOf(binary)).toBe('refused: fileNotWorkbook');
    const pdfLike = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...new Array(100).fill(0x02)]);
    expect(kindOf(pdfLike)).toBe('refused: fileNotWorkbook');
  });

  it('lets a little control noise in a text file pass', () => {
    const text = new TextEncoder().encode('a,b\n'.repeat(100));
    text[10] = 0x01;
    expect(kindOf(text)).toBe('text');
  });

  it('trusts a BOM even when control bytes follow', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new Array(100).fill(0x01)]);
    expect(kindOf(bom)).toBe('text');
  });
});
