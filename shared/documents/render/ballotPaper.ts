import { PDFDocument, rgb } from 'pdf-lib';
import { fontkitForPdfLib } from './fontkitAdapter';
import { subsetName, type FontBytes } from './fontSet';
import { A4, FlowDocument, type Cell, type Column } from './flowDocument';
import { MM } from './badgeTemplates';

export interface BallotPost {
  title: string;
  /** "Mark no more than 15 / Отметьте не более 15". */
  instruction: string;
  columns: Column[];
  rows: Cell[][];
}

export interface BallotPaperContent {
  eventName: string;
  title: string[];
  /** General instructions, each line already bilingual. */
  instructions: string[];
  posts: BallotPost[];
  /** The page label with {p} and {n}: "第 {p} 页，共 {n} 页 · Стр. {p} из {n}". */
  pageLabel: string;
  /** Printed before a copy's serial number: "No. / №". */
  serialLabel: string;
}

export interface BallotCopies {
  copies: number;
  serials: boolean;
}

/**
 * One copy of the paper: the posts, their instructions, one row per candidate with its boxes, over
 * as many pages as it takes.
 */
export async function renderBallotMaster(
  content: BallotPaperContent,
  fontBytes: FontBytes,
): Promise<{ pdf: Uint8Array; pages: number }> {
  const flow = await FlowDocument.create(fontBytes, content.title.join(' / '), [
    content.eventName,
    content.title.join(' / '),
  ]);
  for (const line of content.title) flow.text(line, { weight: 'bold', size: 14, maxLines: 3, gapAfter: 1 });
  flow.gap(4);
  for (const line of content.instructions) flow.text(line, { size: 9, gapAfter: 1 });
  for (const post of content.posts) {
    flow.gap(8);
    flow.ensure(80);
    flow.text(post.title, { weight: 'bold', size: 12, gapAfter: 1 });
    flow.text(post.instruction, { weight: 'bold', size: 9.5, gapAfter: 4 });
    flow.table(post.columns, post.rows, { size: 9 });
  }
  const pdf = await flow.save((p, n) =>
    content.pageLabel.replaceAll('{p}', String(p)).replaceAll('{n}', String(n)),
  );
  return { pdf, pages: flow.pageCount };
}

/**
 * The papers to print: N copies of the master, each page drawn from one embedded copy (the file
 * stays small however many copies), optionally numbered 0001 … N for count control. The number
 * identifies the paper, never the voter: the issuance record does not say which paper anyone got.
 */
export async function renderBallotPapers(
  content: BallotPaperContent,
  fontBytes: FontBytes,
  copies: BallotCopies,
  onProgress?: (done: number, total: number) => void,
): Promise<Uint8Array> {
  const master = await renderBallotMaster(content, fontBytes);
  if (copies.copies <= 1 && !copies.serials) return master.pdf;
  const out = await PDFDocument.create();
  out.registerFontkit(fontkitForPdfLib as never);
  out.setTitle(content.title.join(' / '));
  out.setCreator('Plenum');
  const pages = await out.embedPdf(master.pdf, [...Array(master.pages).keys()]);
  const font = copies.serials
    ? await out.embedFont(fontBytes.latinRegular, {
        subset: true,
        customName: subsetName('NotoSans-Regular'),
      })
    : null;
  const digits = String(copies.copies).length < 4 ? 4 : String(copies.copies).length;
  for (let copy = 1; copy <= copies.copies; copy++) {
    for (const embedded of pages) {
      const page = out.addPage([A4.width, A4.height]);
      page.drawPage(embedded, { x: 0, y: 0, width: A4.width, height: A4.height });
      if (font) {
        const label = `${content.serialLabel} ${String(copy).padStart(digits, '0')}`;
        const size = 10;
        page.drawText(label, {
          x: A4.width - 18 * MM - font.widthOfTextAtSize(label, size),
          y: A4.height - 12 * MM,
          size,
          font,
          color: rgb(0, 0, 0),
        });
      }
    }
    if (copy % 10 === 0) onProgress?.(copy, copies.copies);
  }
  onProgress?.(copies.copies, copies.copies);
  return out.save();
}
