import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { fontkitForPdfLib } from './fontkitAdapter';
import { embedFontSet, type FontBytes, type FontSet, type FontWeight } from './fontSet';
import { layoutText } from './textLayout';
import { MM } from './badgeTemplates';

/** One line of the sheet: a label and its value, each already in the sheet's languages. */
export interface SheetRow {
  label: string;
  value: string;
}

export interface ResultSheetContent {
  eventName: string;
  title: string[];
  rows: SheetRow[];
  /** The explanation sentence, one per language. */
  explanations: string[];
  fingerprints: { label: string; value: string }[];
  signatures: string[];
}

const WIDTH = 210 * MM;
const HEIGHT = 297 * MM;
const MARGIN = 20 * MM;

/**
 * The result sheet of a vote: A4, the motion, procedure, rule, snapshots, figures, result and its
 * explanation in Chinese and Russian, the fingerprint(s), and lines for the tellers' and the chair's
 * signatures. Fonts as on the badges: embedded subsets with the per-character fallback.
 */
export async function renderResultSheet(content: ResultSheetContent, fontBytes: FontBytes): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitForPdfLib as never);
  doc.setTitle(content.title.join(' / '));
  doc.setCreator('Plenum');
  const fonts = await embedFontSet(doc, fontBytes);
  const page = doc.addPage([WIDTH, HEIGHT]);
  let y = HEIGHT - MARGIN;
  const width = WIDTH - 2 * MARGIN;

  const write = (text: string, weight: FontWeight, size: number, x = MARGIN, boxWidth = width, maxLines = 3) => {
    const laid = layoutText(text, { width: boxWidth, maxSize: size, minSize: 6, maxLines }, widthOf(fonts, weight));
    for (const line of laid.lines) {
      y -= laid.size * 1.3;
      drawRuns(page, fonts, weight, line, x, y, laid.size);
    }
    return laid.size;
  };

  write(content.eventName, 'regular', 10);
  y -= 4;
  for (const line of content.title) write(line, 'bold', 16);
  y -= 8;
  for (const row of content.rows) {
    const top = y;
    write(row.label, 'bold', 9.5, MARGIN, width * 0.34, 3);
    const afterLabel = y;
    y = top;
    write(row.value, 'regular', 9.5, MARGIN + width * 0.36, width * 0.64, 4);
    y = Math.min(y, afterLabel) - 3;
  }
  y -= 8;
  for (const text of content.explanations) {
    write(text, 'bold', 11, MARGIN, width, 3);
    y -= 3;
  }
  y -= 6;
  for (const { label, value } of content.fingerprints) {
    write(label, 'regular', 8);
    write(value, 'regular', 8);
  }
  y -= 16;
  const columns = 3;
  content.signatures.forEach((label, i) => {
    const x = MARGIN + (i % columns) * (width / columns);
    if (i % columns === 0 && i > 0) y -= 40;
    page.drawLine({ start: { x, y: y - 28 }, end: { x: x + width / columns - 12, y: y - 28 }, thickness: 0.5, color: rgb(0, 0, 0) });
    drawRuns(page, fonts, 'regular', label, x, y - 40, 8);
  });
  return doc.save();
}

function widthOf(fonts: FontSet, weight: FontWeight) {
  return (text: string) => runs(fonts, weight, text).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, 1), 0);
}

function runs(fonts: FontSet, weight: FontWeight, text: string): { text: string; font: PDFFont }[] {
  const face = fonts.faces[weight];
  const out: { text: string; font: PDFFont }[] = [];
  for (const char of text) {
    const font = face.primary.covers(char.codePointAt(0)!) ? face.primary.pdf : face.fallback.pdf;
    const last = out[out.length - 1];
    if (last && last.font === font) last.text += char;
    else out.push({ text: char, font });
  }
  return out;
}

function drawRuns(page: PDFPage, fonts: FontSet, weight: FontWeight, text: string, x: number, y: number, size: number) {
  let left = x;
  for (const run of runs(fonts, weight, text)) {
    page.drawText(run.text, { x: left, y, size, font: run.font, color: rgb(0.07, 0.07, 0.07) });
    left += run.font.widthOfTextAtSize(run.text, size);
  }
}
