import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { fontkitForPdfLib } from './fontkitAdapter';
import { embedFontSet, type FontBytes, type FontSet, type FontWeight } from './fontSet';
import { layoutText } from './textLayout';
import { fitColumns, longestWordWidth } from './columnFit';
import { MM } from './badgeTemplates';

export const A4 = { width: 210 * MM, height: 297 * MM };
const INK = rgb(0.07, 0.07, 0.07);
const RULE = rgb(0.55, 0.55, 0.55);

/** A table cell: text, or an empty box to mark (ballot papers). */
export type Cell = string | { box: true };

export interface Column {
  header: string;
  /** Share of the text width. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface TextOptions {
  weight?: FontWeight;
  size?: number;
  /** Lines the text may wrap to before it shrinks. */
  maxLines?: number;
  indent?: number;
  gapAfter?: number;
}

/** The text runs of one string, each in the face that has its characters (Noto Sans SC, else Noto Sans). */
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

export function measureWith(fonts: FontSet, weight: FontWeight) {
  return (text: string) =>
    runs(fonts, weight, text).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, 1), 0);
}

export function drawRuns(
  page: PDFPage,
  fonts: FontSet,
  weight: FontWeight,
  text: string,
  x: number,
  y: number,
  size: number,
): void {
  let left = x;
  for (const run of runs(fonts, weight, text)) {
    page.drawText(run.text, { x: left, y, size, font: run.font, color: INK });
    left += run.font.widthOfTextAtSize(run.text, size);
  }
}

/**
 * An A4 document written top to bottom: text wraps at word boundaries (the badges' text layout,
 * Chinese and Russian alike), tables continue on the next page with their header repeated, every
 * page gets the document's header, and page numbers are added once the page count is known.
 */
export class FlowDocument {
  readonly margin = 18 * MM;
  readonly width = A4.width - 2 * this.margin;
  page!: PDFPage;
  y = 0;
  private readonly pages: PDFPage[] = [];

  private constructor(
    readonly doc: PDFDocument,
    readonly fonts: FontSet,
    private readonly header: string[],
  ) {}

  static async create(fontBytes: FontBytes, title: string, header: string[]): Promise<FlowDocument> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkitForPdfLib as never);
    doc.setTitle(title);
    doc.setCreator('Plenum');
    const flow = new FlowDocument(doc, await embedFontSet(doc, fontBytes), header);
    flow.newPage();
    return flow;
  }

  newPage(): void {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    this.y = A4.height - this.margin;
    for (const line of this.header) {
      this.y -= 8 * 1.3;
      const laid = this.fitted(line, 'regular', 8, this.width);
      drawRuns(this.page, this.fonts, 'regular', laid.text, this.margin, this.y, laid.size);
    }
    if (this.header.length) {
      this.y -= 4;
      this.page.drawLine({
        start: { x: this.margin, y: this.y },
        end: { x: A4.width - this.margin, y: this.y },
        thickness: 0.4,
        color: RULE,
      });
      this.y -= 8;
    }
  }

  /** Starts a new page unless `height` points are left above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height < this.margin + 12) this.newPage();
  }

  /** One line that fits the width: at the size asked, or smaller. */
  private fitted(
    text: string,
    weight: FontWeight,
    size: number,
    width: number,
  ): { text: string; size: number } {
    const laid = layoutText(
      text,
      { width, maxSize: size, minSize: size, maxLines: 1 },
      measureWith(this.fonts, weight),
    );
    return { text: laid.lines[0] ?? '', size: laid.size };
  }

  /** Lays text out in a box: its lines and size. */
  layout(text: string, width: number, options: TextOptions = {}) {
    const size = options.size ?? 10;
    return layoutText(
      text,
      { width, maxSize: size, minSize: Math.min(size, 7), maxLines: options.maxLines ?? 12 },
      measureWith(this.fonts, options.weight ?? 'regular'),
    );
  }

  text(text: string, options: TextOptions = {}): void {
    const indent = options.indent ?? 0;
    const laid = this.layout(text, this.width - indent, options);
    for (const line of laid.lines) {
      this.ensure(laid.size * 1.4);
      this.y -= laid.size * 1.35;
      drawRuns(
        this.page,
        this.fonts,
        options.weight ?? 'regular',
        line,
        this.margin + indent,
        this.y,
        laid.size,
      );
    }
    this.y -= options.gapAfter ?? 3;
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** A table; a row never splits across pages, and the header row is repeated on each new page. */
  table(given: Column[], rows: Cell[][], options: { size?: number; rowGap?: number } = {}): void {
    const size = options.size ?? 9;
    const pad = 3;
    const columns = this.fittedColumns(given, size, pad);
    const xs: number[] = [];
    let x = this.margin;
    for (const column of columns) {
      xs.push(x);
      x += column.width * this.width;
    }
    // A cell's paragraphs (split at "\n") each start a line; all are set in one size.
    const cellLines = (cell: Cell, c: number, weight: FontWeight) => {
      if (typeof cell !== 'string') return null;
      const width = columns[c]!.width * this.width - 2 * pad;
      const paragraphs = cell.split('\n');
      let laid = paragraphs.map((p) => this.layout(p, width, { size, weight, maxLines: 6 }));
      const smallest = Math.min(...laid.map((l) => l.size));
      if (laid.some((l) => l.size !== smallest))
        laid = paragraphs.map((p) => this.layout(p, width, { size: smallest, weight, maxLines: 6 }));
      return { size: smallest, lines: laid.flatMap((l) => l.lines), widths: laid.flatMap((l) => l.widths) };
    };
    const drawRow = (cells: Cell[], weight: FontWeight) => {
      const laid = cells.map((cell, c) => cellLines(cell, c, weight));
      const height =
        Math.max(
          size * 1.9,
          ...laid.map((l) => (l ? l.lines.length * l.size * 1.3 + pad * 2 : 0)),
          ...cells.map((cell) => (typeof cell === 'string' ? 0 : size * 1.9)),
        ) + (options.rowGap ?? 0);
      return { laid, height };
    };
    const header = columns.map((c) => c.header);
    const paint = (cells: Cell[], weight: FontWeight) => {
      const { laid, height } = drawRow(cells, weight);
      const top = this.y;
      cells.forEach((cell, c) => {
        const width = columns[c]!.width * this.width;
        const l = laid[c];
        if (l) {
          l.lines.forEach((line, i) => {
            const lineWidth = l.widths[i] ?? 0;
            const align = columns[c]!.align ?? 'left';
            const left =
              align === 'left'
                ? xs[c]! + pad
                : align === 'right'
                  ? xs[c]! + width - pad - lineWidth
                  : xs[c]! + (width - lineWidth) / 2;
            drawRuns(
              this.page,
              this.fonts,
              weight,
              line,
              left,
              top - pad - l.size * (1.05 + i * 1.3),
              l.size,
            );
          });
        } else {
          const side = size * 1.3;
          this.page.drawRectangle({
            x: xs[c]! + (width - side) / 2,
            y: top - (height + side) / 2,
            width: side,
            height: side,
            borderColor: INK,
            borderWidth: 0.8,
          });
        }
      });
      this.y -= height;
      this.page.drawLine({
        start: { x: this.margin, y: this.y },
        end: { x: this.margin + this.width, y: this.y },
        thickness: 0.3,
        color: RULE,
      });
      return height;
    };
    const hasHeader = header.some(Boolean);
    const headerHeight = hasHeader ? drawRow(header, 'bold').height : 0;
    const start = () => {
      this.page.drawLine({
        start: { x: this.margin, y: this.y },
        end: { x: this.margin + this.width, y: this.y },
        thickness: 0.6,
        color: INK,
      });
      if (hasHeader) paint(header, 'bold');
    };
    this.ensure(headerHeight + drawRow(rows[0] ?? header, 'regular').height);
    start();
    for (const row of rows) {
      const { height } = drawRow(row, 'regular');
      if (this.y - height < this.margin + 12) {
        this.newPage();
        start();
      }
      paint(row, 'regular');
    }
    this.y -= 6;
  }

  /** The columns, each wide enough for its header's longest word: a header never breaks inside a word. */
  fittedColumns(columns: Column[], size: number, pad: number): Column[] {
    const measure = measureWith(this.fonts, 'bold');
    const minimums = columns.map((c) => longestWordWidth(c.header, measure, size) + 2 * pad + 0.5);
    return fitColumns(columns, minimums, this.width);
  }

  /** Lines to sign on, three to a row. */
  signatures(labels: string[]): void {
    const columns = 3;
    const width = this.width / columns;
    // The signature lines stay together, on the page of the last text if they fit, else on the next.
    this.ensure(Math.ceil(labels.length / columns) * 44 + 8);
    for (let i = 0; i < labels.length; i += columns) {
      this.ensure(48);
      this.y -= 28;
      labels.slice(i, i + columns).forEach((label, c) => {
        const x = this.margin + c * width;
        this.page.drawLine({
          start: { x, y: this.y },
          end: { x: x + width - 12, y: this.y },
          thickness: 0.5,
          color: INK,
        });
        const laid = this.fitted(label, 'regular', 8, width - 12);
        drawRuns(this.page, this.fonts, 'regular', laid.text, x, this.y - 11, laid.size);
      });
      this.y -= 16;
    }
  }

  /** Page numbers ("1 / 4"), then the bytes. */
  async save(
    pageLabel: (page: number, count: number) => string = (p, n) => `${p} / ${n}`,
  ): Promise<Uint8Array> {
    this.pages.forEach((page, i) => {
      const label = pageLabel(i + 1, this.pages.length);
      const width = measureWith(this.fonts, 'regular')(label) * 8;
      drawRuns(page, this.fonts, 'regular', label, (A4.width - width) / 2, this.margin / 2, 8);
    });
    return this.doc.save();
  }

  get pageCount(): number {
    return this.pages.length;
  }
}
