import { PDFDocument, rgb, pushGraphicsState, popGraphicsState, setFillingColor, rectangle, fill, concatTransformationMatrix, PDFRawStream, type PDFContentStream, type PDFPage, type PDFImage, type PDFRef } from 'pdf-lib';
import { fontkitForPdfLib } from './fontkitAdapter';
import { embedFontSet, type FontBytes, type FontSet, type FontWeight } from './fontSet';
import { layoutBadge, type BadgeContent, type BadgeOp } from './badgeLayout';
import { BADGE_PRESETS, cardSlots, MM, type BadgeTemplate } from './badgeTemplates';
import { QR_QUIET_ZONE } from './qr';

function colour(hex: string) {
  const n = Number.parseInt(hex.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

/** Text split into runs by the font that has its characters: Noto Sans SC first, Noto Sans for the rest. */
function runsOf(text: string, fonts: FontSet, weight: FontWeight): { text: string; fallback: boolean }[] {
  const { primary } = fonts.faces[weight];
  const runs: { text: string; fallback: boolean }[] = [];
  for (const char of text) {
    const fallback = !primary.covers(char.codePointAt(0)!);
    const last = runs[runs.length - 1];
    if (last && last.fallback === fallback) last.text += char;
    else runs.push({ text: char, fallback });
  }
  return runs;
}

/** Widths at size 1, cached per weight and text: fontkit's shaping is the costly part of layout (PDF.md). */
function measurer(fonts: FontSet) {
  const caches: Record<FontWeight, Map<string, number>> = { regular: new Map(), bold: new Map() };
  return (weight: FontWeight) => (text: string) => {
    const cache = caches[weight];
    let width = cache.get(text);
    if (width === undefined) {
      const face = fonts.faces[weight];
      width = runsOf(text, fonts, weight).reduce((sum, run) => sum + (run.fallback ? face.fallback : face.primary).pdf.widthOfTextAtSize(run.text, 1), 0);
      cache.set(text, width);
    }
    return width;
  };
}

function drawOps(page: PDFPage, ops: BadgeOp[], originX: number, originTop: number, fonts: FontSet, measure: ReturnType<typeof measurer>, logo: PDFImage | null) {
  const pageHeight = page.getHeight();
  const toY = (y: number) => pageHeight - originTop - y;
  for (const op of ops) {
    if (op.kind === 'rect') page.drawRectangle({ x: originX + op.x, y: toY(op.y + op.height), width: op.width, height: op.height, color: colour(op.colour) });
    else if (op.kind === 'text') {
      let x = originX + op.x;
      for (const run of runsOf(op.text, fonts, op.weight)) {
        const face = fonts.faces[op.weight];
        const font = (run.fallback ? face.fallback : face.primary).pdf;
        page.drawText(run.text, { x, y: toY(op.y), size: op.size, font, color: colour(op.colour) });
        x += measure(op.weight)(run.text) * op.size;
      }
    } else if (op.kind === 'qr') {
      const module = op.size / (op.qr.size + 2 * QR_QUIET_ZONE);
      const left = originX + op.x + QR_QUIET_ZONE * module;
      const top = toY(op.y) - QR_QUIET_ZONE * module;
      // Scaled to one unit a module, so every rectangle is in small whole numbers: short to write, quick to format.
      page.pushOperators(
        pushGraphicsState(),
        concatTransformationMatrix(module, 0, 0, module, left, top),
        setFillingColor(rgb(0, 0, 0)),
        ...op.qr.runs.map(([x, y, length]) => rectangle(x, -(y + 1), length, 1)),
        fill(),
        popGraphicsState(),
      );
    } else if (op.kind === 'logo' && logo) {
      const scale = Math.min(op.width / logo.width, op.height / logo.height);
      page.drawImage(logo, { x: originX + op.x, y: toY(op.y) - logo.height * scale, width: logo.width * scale, height: logo.height * scale });
    }
  }
}

function drawCutMarks(page: PDFPage, slots: { x: number; y: number }[], cardWidth: number, cardHeight: number) {
  const length = 4 * MM;
  const gap = 1.5 * MM;
  const pageHeight = page.getHeight();
  const xs = new Set(slots.flatMap((s) => [s.x, s.x + cardWidth]));
  const ys = new Set(slots.flatMap((s) => [s.y, s.y + cardHeight]));
  const left = Math.min(...xs);
  const right = Math.max(...xs);
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  const line = (x1: number, y1: number, x2: number, y2: number) => page.drawLine({ start: { x: x1, y: pageHeight - y1 }, end: { x: x2, y: pageHeight - y2 }, thickness: 0.3, color: rgb(0, 0, 0) });
  for (const x of xs) {
    line(x, top - gap - length, x, top - gap);
    line(x, bottom + gap, x, bottom + gap + length);
  }
  for (const y of ys) {
    line(left - gap - length, y, left - gap, y);
    line(right + gap, y, right + gap + length, y);
  }
}

function dataUrlBytes(url: string): { bytes: Uint8Array; png: boolean } | null {
  const match = /^data:image\/(png|jpe?g);base64,(.+)$/.exec(url);
  if (!match) return null;
  const binary = atob(match[2]!);
  return { bytes: Uint8Array.from(binary, (c) => c.charCodeAt(0)), png: match[1] === 'png' };
}

/**
 * Turns a finished page's drawing operations into its compressed bytes at once. pdf-lib otherwise
 * keeps every operator object of every page until save(): 5,000 badges then need gigabytes.
 */
function settlePage(page: PDFPage): void {
  const internal = page as unknown as { contentStream?: PDFContentStream; contentStreamRef?: PDFRef; doc: PDFDocument };
  const { contentStream, contentStreamRef } = internal;
  if (!contentStream || !contentStreamRef) return;
  internal.doc.context.assign(contentStreamRef, PDFRawStream.of(contentStream.dict, contentStream.getContents()));
  internal.contentStream = undefined;
}

export interface RenderOptions {
  onProgress?: (done: number, total: number) => void;
  /** Checked between badges: a cancelled run stops and throws. */
  isCancelled?: () => boolean;
}

export class RenderCancelled extends Error {}

/** The badges as one PDF: the chosen stock, fonts embedded once as subsets, QR codes as vector paths. */
export async function renderBadgesPdf(badges: readonly BadgeContent[], template: BadgeTemplate, fontBytes: FontBytes, options: RenderOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitForPdfLib as never);
  doc.setTitle('Badges');
  doc.setCreator('Plenum');
  doc.setProducer('Plenum (pdf-lib)');
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  const fonts = await embedFontSet(doc, fontBytes);
  const measure = measurer(fonts);
  const logoData = template.logo ? dataUrlBytes(template.logo) : null;
  const logo = logoData ? await (logoData.png ? doc.embedPng(logoData.bytes) : doc.embedJpg(logoData.bytes)) : null;
  const geometry = BADGE_PRESETS[template.preset];
  const slots = cardSlots(geometry);
  const cardWidth = geometry.cardWidth * MM;
  const cardHeight = geometry.cardHeight * MM;
  let page: PDFPage | null = null;
  for (let i = 0; i < badges.length; i++) {
    if (options.isCancelled?.()) throw new RenderCancelled('cancelled');
    const slot = slots[i % slots.length]!;
    if (i % slots.length === 0) {
      if (page) settlePage(page);
      page = doc.addPage([geometry.pageWidth * MM, geometry.pageHeight * MM]);
      if (geometry.cutMarks) drawCutMarks(page, slots.slice(0, Math.min(slots.length, badges.length - i)), cardWidth, cardHeight);
    }
    drawOps(page!, layoutBadge(badges[i]!, template, cardWidth, cardHeight, measure), slot.x, slot.y, fonts, measure, logo);
    if (i % 50 === 49) {
      options.onProgress?.(i + 1, badges.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  if (page) settlePage(page);
  options.onProgress?.(badges.length, badges.length);
  return doc.save({ useObjectStreams: true });
}

/** Layout measured with the same fonts as the PDF, for the live preview. */
export async function badgeMeasurer(fontBytes: FontBytes) {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitForPdfLib as never);
  const fonts = await embedFontSet(doc, fontBytes);
  return { measure: measurer(fonts), covers: (weight: FontWeight, codePoint: number) => fonts.faces[weight].primary.covers(codePoint) };
}
