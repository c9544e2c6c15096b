import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { MinutesDocument } from '../minutes/minutesDocument';
import type { MinutesTable } from '../minutes/minutesSections';
import { estimatedWidthAtOne, fitColumns, longestWordWidth } from './columnFit';

// Fonts the secretary's word processor most likely has for Chinese and Cyrillic; it substitutes where not.
const FONT = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'SimSun' };
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1020;
const TEXT_WIDTH_PT = (A4.width - 2 * MARGIN) / 20;
// Word's default padding on each side of a cell (0.08 in).
const CELL_PADDING_PT = 5.75;
const TABLE_TEXT_SIZE = 18;

/** Lines of a cell or a paragraph: "\n" in the text starts a new line. */
function runs(text: string, options: { bold?: boolean; size?: number } = {}): TextRun[] {
  return text.split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : 0,
        font: FONT,
        bold: options.bold ?? false,
        size: options.size ?? 20,
      }),
  );
}

/** The table's columns, each wide enough for its header's longest word in the word processor's font. */
export function docxColumns(columns: MinutesTable['columns']): MinutesTable['columns'] {
  const minimums = columns.map(
    (c) => longestWordWidth(c.header, estimatedWidthAtOne, TABLE_TEXT_SIZE / 2) + 2 * CELL_PADDING_PT + 1,
  );
  return fitColumns(columns, minimums, TEXT_WIDTH_PT);
}

function table(minutesTable: MinutesTable): Table {
  const columns = docxColumns(minutesTable.columns);
  const cell = (text: string, width: number, align: 'left' | 'center' | 'right' | undefined, bold: boolean) =>
    new TableCell({
      width: { size: width * 100, type: WidthType.PERCENTAGE },
      children: [
        new Paragraph({
          alignment:
            align === 'right'
              ? AlignmentType.RIGHT
              : align === 'center'
                ? AlignmentType.CENTER
                : AlignmentType.LEFT,
          children: runs(text, { bold, size: TABLE_TEXT_SIZE }),
        }),
      ],
    });
  const header = columns.some((c) => c.header)
    ? [
        new TableRow({
          tableHeader: true,
          children: columns.map((c) => cell(c.header, c.width, c.align, true)),
        }),
      ]
    : [];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: '777777' },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: '777777' },
      left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 2, color: 'BBBBBB' },
      insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
    },
    rows: [
      ...header,
      ...minutesTable.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, i) => cell(text, columns[i]!.width, columns[i]!.align, false)),
          }),
      ),
    ],
  });
}

/**
 * The same minutes as an editable Word document (.docx, with the docx library): headings,
 * paragraphs, tables with a repeated header row, the running header, page numbers, signature lines.
 */
export async function renderMinutesDocx(minutes: MinutesDocument): Promise<Uint8Array> {
  const body: (Paragraph | Table)[] = minutes.title.map(
    (line) => new Paragraph({ heading: HeadingLevel.TITLE, children: runs(line, { bold: true, size: 30 }) }),
  );
  for (const section of minutes.sections) {
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        spacing: { before: 240, after: 120 },
        children: runs(section.title, { bold: true, size: 24 }),
      }),
    );
    for (const paragraph of section.paragraphs)
      body.push(new Paragraph({ spacing: { after: 120 }, children: runs(paragraph.text) }));
    for (const t of section.tables) {
      if (t.title)
        body.push(
          new Paragraph({
            spacing: { before: 120, after: 60 },
            children: runs(t.title, { bold: true, size: 19 }),
          }),
        );
      body.push(table(t), new Paragraph({ children: [] }));
    }
  }
  body.push(new Paragraph({ spacing: { before: 480 }, children: [] }));
  for (const label of minutes.signatures) {
    body.push(
      new Paragraph({
        spacing: { before: 480 },
        children: [new TextRun({ text: '______________________________', font: FONT })],
      }),
      new Paragraph({ children: runs(label, { size: 18 }) }),
    );
  }
  const pageLabel = minutes.pageLabel
    .split(/(\{p\}|\{n\})/)
    .map((part) => (part === '{p}' ? PageNumber.CURRENT : part === '{n}' ? PageNumber.TOTAL_PAGES : part));
  const doc = new Document({
    creator: 'Plenum',
    title: minutes.title.join(' / '),
    sections: [
      {
        properties: {
          page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ children: runs(minutes.header, { size: 16 }) })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: pageLabel, font: FONT, size: 16 })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
