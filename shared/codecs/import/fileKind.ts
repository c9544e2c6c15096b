import { FileReadError } from './sheet';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** "EncryptionInfo" as UTF-16LE: the stream an encrypted Office file keeps in its OLE container. */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = [...text].flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  // UTF-16 text has many NULs but in a regular pattern; the decoder sorts that out.
  const nulEven = sample.filter((b, i) => b === 0 && i % 2 === 1).length;
  const nulOdd = sample.filter((b, i) => b === 0 && i % 2 === 0).length;
  const utf16 =
    Math.max(nulEven, nulOdd) > sample.length / 4 && Math.min(nulEven, nulOdd) < sample.length / 50;
  return !utf16 && control > sample.length / 20;
}

/** Decides from the bytes (not the name) what a file is, refusing what cannot be read. */
export function sniffFileKind(bytes: Uint8Array): 'xlsx' | 'text' {
  if (bytes.length === 0) throw new FileReadError('fileEmpty');
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, ZIP_EMPTY)) throw new FileReadError('fileDamaged');
  if (startsWith(bytes, OLE)) {
    // Password-protected .xlsx files are OLE containers too, with an EncryptionInfo stream.
    if (
      hasUtf16(bytes.subarray(0, Math.min(bytes.length, 65536)), 'EncryptionInfo') ||
      hasUtf16(bytes, 'EncryptedPackage')
    )
      throw new FileReadError('fileEncrypted');
    throw new FileReadError('fileOldXls');
  }
  const bom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!bom && looksBinary(bytes)) throw new FileReadError('fileNotWorkbook');
  return 'text';
}
