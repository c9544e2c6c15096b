import { PDFDocument, rgb, PDFRawStream, type PDFFont, type PDFPage, type PDFImage } from 'pdf-lib';
import { zlibSync } from 'fflate';
import { fontkitForPdfLib } from './fontkitAdapter';
import { embedFontSet, type FontBytes, type FontSet, type FontWeight } from './fontSet';
import { layoutBadge, type BadgeContent, type BadgeOp } from './badgeLayout';
import { BADGE_PRESETS, cardSlots, MM, type BadgeTemplate } from './badgeTemplates';
import { QR_QUIET_ZONE } from './qr';

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

/** Widths at size 1, cached per weight and text: fontkit's shaping is the costly part of layout. */
function measurer(fonts: FontSet) {
  const caches: Record<FontWeight, Map<string, number>> = { regular: new Map(), bold: new Map() };
  return (weight: FontWeight) => (text: string) => {
    const cache = caches[weight];
    let width = cache.get(text);
    if (width === undefined) {
      const face = fonts.faces[weight];
      width = runsOf(text, fonts, weight).reduce(
        (sum, run) => sum + (run.fallback ? face.fallback : face.primary).pdf.widthOfTextAtSize(run.text, 1),
        0,
      );
      cache.set(text, width);
    }
    return width;
  };
}

/** Numbers as content streams want them: short, no exponent. */
function num(value: number): string {
  const text = value.toFixed(2);
  return text.endsWith('.00') ? text.slice(0, -3) : text.endsWith('0') ? text.slice(0, -1) : text;
}

function fillColour(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `${num(((n >> 16) & 255) / 255)} ${num(((n >> 8) & 255) / 255)} ${num((n & 255) / 255)} rg`;
}

/**
 * Writes a page's badges straight into content-stream text. pdf-lib's drawing calls make an object
 * per operator and per number, kept until save(): at thousands of badges the garbage collector and
 * number formatting took most of the time.
 */
class PageWriter {
  private readonly parts: string[] = [];
  private readonly fontKeys = new Map<PDFFont, string>();

  constructor(
    private readonly page: PDFPage,
    private readonly fonts: FontSet,
    private readonly measure: ReturnType<typeof measurer>,
  ) {}

  private fontKey(font: PDFFont): string {
    let key = this.fontKeys.get(font);
    if (!key) {
      key = this.page.node.newFontDictionary(font.name, font.ref).toString();
      this.fontKeys.set(font, key);
    }
    return key;
  }

  badge(ops: BadgeOp[], originX: number, originTop: number, logo: PDFImage | null): void {
    const pageHeight = this.page.getHeight();
    const toY = (y: number) => pageHeight - originTop - y;
    for (const op of ops) {
      if (op.kind === 'rect')
        this.parts.push(
          `${fillColour(op.colour)} ${num(originX + op.x)} ${num(toY(op.y + op.height))} ` +
            `${num(op.width)} ${num(op.height)} re f`,
        );
      else if (op.kind === 'text') {
        let x = originX + op.x;
        const y = num(toY(op.y));
        const texts: string[] = [];
        for (const run of runsOf(op.text, this.fonts, op.weight)) {
          const face = this.fonts.faces[op.weight];
          const font = (run.fallback ? face.fallback : face.primary).pdf;
          texts.push(
            `${this.fontKey(font)} ${num(op.size)} Tf 1 0 0 1 ${num(x)} ${y} Tm ` +
              `${font.encodeText(run.text).toString()} Tj`,
          );
          x += this.measure(op.weight)(run.text) * op.size;
        }
        this.parts.push(`BT ${fillColour(op.colour)} ${texts.join(' ')} ET`);
      } else if (op.kind === 'qr') {
        const module = op.size / (op.qr.size + 2 * QR_QUIET_ZONE);
        const left = originX + op.x + QR_QUIET_ZONE * module;
        const top = toY(op.y) - QR_QUIET_ZONE * module;
        // One unit a module: every rectangle is in small whole numbers.
        const rects = op.qr.runs.map(([x, y, length]) => `${x} ${-(y + 1)} ${length} 1 re`).join(' ');
        this.parts.push(
          `q ${num(module)} 0 0 ${num(module)} ${num(left)} ${num(top)} cm 0 0 0 rg ${rects} f Q`,
        );
      } else if (op.kind === 'logo' && logo) {
        const scale = Math.min(op.width / logo.width, op.height / logo.height);
        this.page.drawImage(logo, {
          x: originX + op.x,
          y: toY(op.y) - logo.height * scale,
          width: logo.width * scale,
          height: logo.height * scale,
        });
      }
    }
  }

  /** The page's text, compressed (fflate), as one more content stream of the page. */
  finish(context: PDFPage['doc']['context']): void {
    if (this.parts.length === 0) return;
    const bytes = zlibSync(new TextEncoder().encode(this.parts.join('\n')), { level: 6 });
    const stream = PDFRawStream.of(context.obj({ Filter: 'FlateDecode' }), bytes);
    this.page.node.addContentStream(context.register(stream));
    this.parts.length = 0;
  }
}

function drawCutMarks(
  page: PDFPage,
  slots: { x: number; y: number }[],
  cardWidth: number,
  cardHeight: number,
) {
  const length = 4 * MM;
  const gap = 1.5 * MM;
  const pageHeight = page.getHeight();
  const xs = new Set(slots.flatMap((s) => [s.x, s.x + cardWidth]));
  const ys = new Set(slots.flatMap((s) => [s.y, s.y + cardHeight]));
  const left = Math.min(...xs);
  const right = Math.max(...xs);
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    page.drawLine({
      start: { x: x1, y: pageHeight - y1 },
      end: { x: x2, y: pageHeight - y2 },
      thickness: 0.3,
      color: rgb(0, 0, 0),
    });
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

export interface RenderOptions {
  onProgress?: (done: number, total: number) => void;
  /** Checked between badges: a cancelled run stops and throws. */
  isCancelled?: () => boolean;
  /** When the PDF is made: its creation and modification dates (now, unless a test fixes it). */
  now?: Date;
}

/** The event's name in Chinese and Russian, as the badges' header writes it: the PDF's title. */
function documentTitle(badges: readonly BadgeContent[]): string {
  const name = badges[0]?.eventName;
  if (!name) return 'Plenum';
  return [name.zh, name.ru].filter(Boolean).join(' / ') || name.en || 'Plenum';
}

function setMetadata(doc: PDFDocument, badges: readonly BadgeContent[], now: Date): void {
  doc.setTitle(documentTitle(badges), { showInWindowTitleBar: true });
  doc.setCreator('Plenum');
  doc.setProducer('Plenum');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
}

export class RenderCancelled extends Error {}

/** The badges as one PDF: the chosen stock, fonts embedded once as subsets, QR codes as vector paths. */
export async function renderBadgesPdf(
  badges: readonly BadgeContent[],
  template: BadgeTemplate,
  fontBytes: FontBytes,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitForPdfLib as never);
  setMetadata(doc, badges, options.now ?? new Date());
  const fonts = await embedFontSet(doc, fontBytes);
  const measure = measurer(fonts);
  const logoData = template.logo ? dataUrlBytes(template.logo) : null;
  const logo = logoData
    ? await (logoData.png ? doc.embedPng(logoData.bytes) : doc.embedJpg(logoData.bytes))
    : null;
  const geometry = BADGE_PRESETS[template.preset];
  const slots = cardSlots(geometry);
  const cardWidth = geometry.cardWidth * MM;
  const cardHeight = geometry.cardHeight * MM;
  let writer: PageWriter | null = null;
  for (let i = 0; i < badges.length; i++) {
    if (options.isCancelled?.()) throw new RenderCancelled('cancelled');
    const slot = slots[i % slots.length]!;
    if (i % slots.length === 0) {
      writer?.finish(doc.context);
      const page = doc.addPage([geometry.pageWidth * MM, geometry.pageHeight * MM]);
      if (geometry.cutMarks)
        drawCutMarks(page, slots.slice(0, Math.min(slots.length, badges.length - i)), cardWidth, cardHeight);
      writer = new PageWriter(page, fonts, measure);
    }
    writer!.badge(layoutBadge(badges[i]!, template, cardWidth, cardHeight, measure), slot.x, slot.y, logo);
    if (i % 50 === 49) {
      options.onProgress?.(i + 1, badges.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  writer?.finish(doc.context);
  options.onProgress?.(badges.length, badges.length);
  return doc.save({ useObjectStreams: true });
}

/** Layout measured with the same fonts as the PDF, for the live preview. */
export async function badgeMeasurer(fontBytes: FontBytes) {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitForPdfLib as never);
  const fonts = await embedFontSet(doc, fontBytes);
  return {
    measure: measurer(fonts),
    covers: (weight: FontWeight, codePoint: number) => fonts.faces[weight].primary.covers(codePoint),
  };
}
