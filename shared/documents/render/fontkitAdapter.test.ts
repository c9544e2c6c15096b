import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { PDFDocument } from 'pdf-lib';
import { nodeFontBytes } from '../../../cli/nodeFonts';
import { fontkitForPdfLib } from './fontkitAdapter';

const latin = nodeFontBytes().latinRegular;

interface Stream {
  on(event: string, handler: (value?: unknown) => void): Stream;
}
type Subset = { includeGlyph(glyph: unknown): number; encode(): Uint8Array; encodeStream(): Stream };
type Font = { createSubset(): Subset; glyphForCodePoint(code: number): unknown };

/** What the stream gives, as pdf-lib listens to it: data, then end, or an error. */
function listen(stream: Stream): Promise<{ events: string[]; data: Uint8Array[]; error?: unknown }> {
  return new Promise((resolve) => {
    const seen: { events: string[]; data: Uint8Array[]; error?: unknown } = { events: [], data: [] };
    stream
      .on('data', (chunk) => {
        seen.events.push('data');
        seen.data.push(chunk as Uint8Array);
      })
      .on('error', (error) => {
        seen.events.push('error');
        seen.error = error;
        resolve(seen);
      })
      .on('end', () => {
        seen.events.push('end');
        resolve(seen);
      });
  });
}

describe('fontkit 2 for pdf-lib', () => {
  it('gives a subset the old streaming interface: the encoded subset as data, then the end', async () => {
    const font = fontkitForPdfLib.create(latin) as unknown as Font;
    const subset = font.createSubset();
    for (const char of 'Plenum') subset.includeGlyph(font.glyphForCodePoint(char.codePointAt(0)!));
    const { events, data } = await listen(subset.encodeStream());
    expect(events).toEqual(['data', 'end']);
    // The subset is a font again, with .notdef and the six letters.
    const reread = fontkit.create(Buffer.from(data[0]!)) as unknown as { numGlyphs: number };
    expect(reread.numGlyphs).toBe(7);
    expect(data[0]!.length).toBeLessThan(latin.length / 10);
  });

  it('reports an encoding failure as an error, not an end', async () => {
    const font = fontkitForPdfLib.create(latin) as unknown as Font;
    const subset = font.createSubset();
    subset.encode = () => {
      throw new Error('cannot encode');
    };
    const { events, error } = await listen(subset.encodeStream());
    expect(events).toEqual(['error']);
    expect((error as Error).message).toBe('cannot encode');
  });

  it('lets pdf-lib embed a subset font whose text reads back', async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkitForPdfLib as never);
    const font = await doc.embedFont(latin, { subset: true });
    doc.addPage([300, 100]).drawText('Plenum Ковалевский', { x: 10, y: 50, size: 14, font });
    const dir = mkdtempSync(path.join(tmpdir(), 'plenum-fontkit-'));
    const file = path.join(dir, 'text.pdf');
    const bytes = await doc.save();
    writeFileSync(file, bytes);
    // One embedded font, a subset: a small part of the font's own size.
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatch(/ yes /);
    expect(bytes.length).toBeLessThan(latin.length / 10);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).trim()).toBe('Plenum Ковалевский');
  });
});
