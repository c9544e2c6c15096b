import type { PDFDocument, PDFFont } from 'pdf-lib';
import * as fontkit from 'fontkit';

/** The shipped fonts: Noto Sans SC (Chinese, Cyrillic, Latin) with Noto Sans for the letters it lacks. */
export interface FontBytes {
  scRegular: Uint8Array;
  scBold: Uint8Array;
  latinRegular: Uint8Array;
  latinBold: Uint8Array;
}

export type FontWeight = 'regular' | 'bold';

interface Face {
  pdf: PDFFont;
  /** Code points the face has a glyph for. */
  covers: (codePoint: number) => boolean;
}

export interface FontSet {
  faces: Record<FontWeight, { primary: Face; fallback: Face }>;
}

function coverage(bytes: Uint8Array): (codePoint: number) => boolean {
  const font = fontkit.create(bytes as never) as unknown as { characterSet: number[] };
  const set = new Set(font.characterSet);
  return (codePoint) => set.has(codePoint);
}

const coverageCache = new WeakMap<Uint8Array, (codePoint: number) => boolean>();
function cachedCoverage(bytes: Uint8Array) {
  let covers = coverageCache.get(bytes);
  if (!covers) {
    covers = coverage(bytes);
    coverageCache.set(bytes, covers);
  }
  return covers;
}

/** A subset's six-letter tag (ABCDEF+Name), as PDF readers expect of subset fonts; fixed per font name. */
export function subsetName(name: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) + i * 7919;
  }
  return `${tag}+${name}`;
}

/** Embeds each font once per document, as a subset (embedding per page made the files 5× larger). */
export async function embedFontSet(doc: PDFDocument, bytes: FontBytes): Promise<FontSet> {
  const face = async (data: Uint8Array, name: string): Promise<Face> => {
    const pdf = await doc.embedFont(data, { subset: true, customName: subsetName(name) });
    // The font pdf-lib parsed already answers coverage: parsing a 10 MB font twice costs memory and time.
    const parsed = (pdf as unknown as { embedder?: { font?: { characterSet?: number[] } } }).embedder?.font
      ?.characterSet;
    if (parsed && !coverageCache.has(data)) {
      const set = new Set(parsed);
      coverageCache.set(data, (codePoint) => set.has(codePoint));
    }
    // pdf-lib shapes a text again on every drawText; names, organisations and labels repeat across
    // badges, so each distinct text is shaped (and its glyphs added to the subset) once.
    const encode = pdf.encodeText.bind(pdf);
    const encoded = new Map<string, ReturnType<typeof encode>>();
    pdf.encodeText = (text: string) => {
      let hex = encoded.get(text);
      if (!hex) {
        hex = encode(text);
        encoded.set(text, hex);
      }
      return hex;
    };
    return { pdf, covers: cachedCoverage(data) };
  };
  return {
    faces: {
      regular: {
        primary: await face(bytes.scRegular, 'NotoSansSC-Regular'),
        fallback: await face(bytes.latinRegular, 'NotoSans-Regular'),
      },
      bold: {
        primary: await face(bytes.scBold, 'NotoSansSC-Bold'),
        fallback: await face(bytes.latinBold, 'NotoSans-Bold'),
      },
    },
  };
}

/** Characters neither shipped font can draw: reported before printing, never printed as boxes. */
export function missingCharacters(text: string, bytes: FontBytes): string[] {
  const sc = cachedCoverage(bytes.scRegular);
  const latin = cachedCoverage(bytes.latinRegular);
  const missing = new Set<string>();
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp <= 0x20 || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    if (!sc(cp) && !latin(cp)) missing.add(char);
  }
  return [...missing];
}
