import { badgePayload } from '../../rules/checkin/badgePayload';
import type { Attendee, ChineseTranscription, Organisation } from '../../core/domain/entities';
import { CATEGORY_COLOURS } from '../../core/domain/entities';
import { nameLines } from '../../core/names/namePolicy';
import { layoutText, type MeasureAtOne } from './textLayout';
import { qrRuns, type QrRuns } from './qr';
import { MM, type BadgeTemplate } from './badgeTemplates';
import type { FontWeight } from './fontSet';

/** What a badge is made of, positioned in points from the card's top left: drawn as PDF and as the preview. */
export type BadgeOp =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; colour: string }
  | {
      kind: 'text';
      x: number;
      y: number;
      size: number;
      weight: FontWeight;
      text: string;
      width: number;
      colour: string;
    }
  | { kind: 'qr'; x: number; y: number; size: number; qr: QrRuns }
  | { kind: 'logo'; x: number; y: number; width: number; height: number };

export interface BadgeContent {
  eventName: { zh: string; ru: string; en: string };
  attendee: Attendee;
  organisation: Organisation | undefined;
  /** The event's choice of how a Chinese name is written for Russian readers: pinyin or Cyrillic. */
  chineseTranscription: ChineseTranscription;
  /** The attendee's category named in Chinese and Russian, for the role band. */
  categoryName: { zh: string; ru: string };
}

export type Measure = (weight: FontWeight) => MeasureAtOne;

interface Block {
  text: string;
  weight: FontWeight;
  maxSize: number;
  minSize: number;
  maxLines: number;
  kind: 'words' | 'name';
  colour: string;
}

const INK = '#111111';
const MUTED = '#444444';

function headerText(content: BadgeContent, template: BadgeTemplate): string {
  const { zh, ru, en } = content.eventName;
  if (template.header === 'zhRu') return [zh, ru].filter(Boolean).join('\n');
  if (template.header === 'none') return '';
  return { zh, ru, en }[template.header] || zh || ru || en;
}

/** The geometry of one card: margins, the role band, the QR code, and the box the text blocks share. */
interface Frame {
  width: number;
  height: number;
  pad: number;
  /** A card under 60 mm high: the QR code beside the text, no header, the text aligned left. */
  compact: boolean;
  bandHeight: number;
  qrSize: number;
  textWidth: number;
  /** Where the text must end: above the QR code (on a tall card) and the role band. */
  bottom: number;
  align: 'center' | 'left';
}

function frameOf(template: BadgeTemplate, width: number, height: number): Frame {
  const pad = Math.min(width, height) * 0.06;
  const compact = height < 60 * MM;
  const bandHeight = template.roleBand ? Math.max(height * (compact ? 0.16 : 0.1), 5 * MM) : 0;
  const qrSize = template.qr
    ? Math.min(compact ? height - bandHeight - 2 * pad : width * 0.3, compact ? width * 0.3 : height * 0.22)
    : 0;
  const textWidth = compact && template.qr ? width - 3 * pad - qrSize : width - 2 * pad;
  const bottom = height - bandHeight - pad - (compact ? 0 : qrSize + pad * 0.5);
  const align = compact ? 'left' : 'center';
  return { width, height, pad, compact, bandHeight, qrSize, textWidth, bottom, align };
}

/** The badge as laid out so far: its ops, and where the next text block starts. */
interface Column {
  ops: BadgeOp[];
  y: number;
  frame: Frame;
  measure: Measure;
  /** What the blocks under the header are set at, of their largest size. */
  scale: number;
  /** A block had to shrink to end above the QR code or the band. */
  overflowed: boolean;
}

/** A block laid out in its box, shrunk until all of its lines fit above `bottomLimit`: nothing is cut off. */
function fitBlock(block: Block, box: number, y: number, bottomLimit: number, measure: Measure) {
  let maxSize = block.maxSize;
  let overflowed = false;
  let laid = layoutText(
    block.text,
    { width: box, maxSize, minSize: block.minSize, maxLines: block.maxLines },
    measure(block.weight),
    block.kind,
  );
  for (
    let tries = 0;
    tries < 8 && y + laid.lines.length * laid.size * 1.22 > bottomLimit && laid.size > 3;
    tries++
  ) {
    overflowed = true;
    maxSize = Math.max(
      3,
      Math.min(maxSize, laid.size) *
        Math.max(0.6, (bottomLimit - y) / (laid.lines.length * laid.size * 1.22)),
    );
    laid = layoutText(
      block.text,
      { width: box, maxSize, minSize: Math.min(block.minSize, maxSize), maxLines: block.maxLines },
      measure(block.weight),
      block.kind,
    );
  }
  return { laid, overflowed };
}

/** Places a text block below what is already on the card, each line aligned in the card. */
function place(column: Column, block: Block, box: number) {
  if (!block.text) return;
  const { frame } = column;
  const maxSize = block.maxSize * column.scale;
  const scaled = { ...block, maxSize, minSize: Math.min(block.minSize, maxSize) };
  const { laid, overflowed } = fitBlock(scaled, box, column.y, frame.bottom, column.measure);
  if (overflowed) column.overflowed = true;
  const lineHeight = laid.size * 1.22;
  laid.lines.forEach((line, i) => {
    const lineWidth = laid.widths[i]!;
    const x = frame.align === 'center' ? (frame.width - lineWidth) / 2 : frame.pad;
    column.ops.push({
      kind: 'text',
      x,
      y: column.y + laid.size * 0.95,
      size: laid.size,
      weight: block.weight,
      text: line,
      width: lineWidth,
      colour: block.colour,
    });
    column.y += lineHeight;
  });
  column.y += laid.size * 0.35;
}

/** The logo, top left, and the event's name under a rule (on a tall card only). */
function placeHeader(column: Column, content: BadgeContent, template: BadgeTemplate) {
  const { pad, width, height, compact, textWidth } = column.frame;
  if (template.logo && !compact) {
    const logo = height * 0.07;
    column.ops.push({ kind: 'logo', x: pad, y: pad, width: logo, height: logo });
  }
  const header = compact ? '' : headerText(content, template);
  for (const line of header.split('\n').filter(Boolean))
    place(
      column,
      {
        text: line,
        weight: 'bold',
        maxSize: height * 0.032,
        minSize: 5,
        maxLines: 2,
        kind: 'words',
        colour: MUTED,
      },
      textWidth - (template.logo ? height * 0.08 : 0),
    );
  if (header) {
    column.ops.push({
      kind: 'rect',
      x: pad,
      y: column.y,
      width: width - 2 * pad,
      height: 0.6,
      colour: '#999999',
    });
    column.y += pad * 0.8;
  }
}

/**
 * The name lines by the name policy: the person's own script first («Ковалевский Андрей», 赵永生),
 * then the other language's form (科瓦列夫斯基·安德烈; Zhao Yongsheng or Чжао Юншэн, as the event chose).
 */
export function badgeNameLines(
  content: Pick<BadgeContent, 'attendee' | 'chineseTranscription'>,
  template: Pick<BadgeTemplate, 'secondLine'>,
): string[] {
  const lines = nameLines(content.attendee, {
    reader: null,
    chineseTranscription: content.chineseTranscription,
    patronymic: false,
  });
  const second = template.secondLine === 'none' ? '' : lines.second;
  return [lines.first, ...(second && second !== lines.first ? [second] : [])];
}

function placeNames(column: Column, content: BadgeContent, template: BadgeTemplate) {
  const { pad, height, compact, textWidth, bottom } = column.frame;
  const [main = '', second = ''] = badgeNameLines(content, template);
  column.y = compact ? pad : column.y + (bottom - column.y) * 0.05;
  place(
    column,
    {
      text: main,
      weight: 'bold',
      maxSize: compact ? Math.min(template.nameSize, height * 0.2) : template.nameSize,
      minSize: 10,
      maxLines: 2,
      kind: 'name',
      colour: INK,
    },
    textWidth,
  );
  place(
    column,
    {
      text: second,
      weight: 'regular',
      maxSize: template.nameSize * 0.5,
      minSize: 6,
      maxLines: 2,
      kind: 'name',
      colour: INK,
    },
    textWidth,
  );
}

/**
 * The organisation's names the template asks for, each in its own language: a name missing in one
 * language leaves its line out, never stood in for by another language's (English least of all).
 */
export function organisationLines(
  organisation: Organisation | undefined,
  template: Pick<BadgeTemplate, 'organisation'>,
): string[] {
  if (!organisation) return [];
  const { zh, ru } = organisation.name;
  const wanted = { both: [zh, ru], zh: [zh], ru: [ru], none: [] }[template.organisation];
  return [...new Set(wanted.filter(Boolean))];
}

/** The organisation, then the position, under the names. */
function placeAffiliation(column: Column, content: BadgeContent, template: BadgeTemplate) {
  const { compact, textWidth } = column.frame;
  const { attendee } = content;
  for (const text of organisationLines(content.organisation, template))
    place(
      column,
      {
        text,
        weight: 'regular',
        maxSize: compact ? 9 : 12,
        minSize: 5,
        maxLines: 2,
        kind: 'words',
        colour: INK,
      },
      textWidth,
    );
  if (template.position && attendee.position)
    place(
      column,
      {
        text: attendee.position,
        weight: 'regular',
        maxSize: compact ? 8 : 10,
        minSize: 5,
        maxLines: compact ? 1 : 2,
        kind: 'words',
        colour: MUTED,
      },
      textWidth,
    );
}

/** The QR code of the attendee's code: beside the text on a compact card, above the band on a tall one. */
function qrOp(code: string, frame: Frame): BadgeOp {
  const { width, height, pad, compact, bandHeight, qrSize } = frame;
  const qr = qrRuns(badgePayload(code));
  const x = compact ? width - pad - qrSize : (width - qrSize) / 2;
  const top = compact ? pad : height - bandHeight - pad * 0.5 - qrSize;
  return { kind: 'qr', x, y: top, size: qrSize, qr };
}

/** The role band along the bottom in the category's colour, the category named in Chinese and Russian. */
function roleBandOps(content: BadgeContent, frame: Frame, measure: Measure): BadgeOp[] {
  const { width, height, pad, bandHeight } = frame;
  const names = content.categoryName;
  const band: BadgeOp = {
    kind: 'rect',
    x: 0,
    y: height - bandHeight,
    width,
    height: bandHeight,
    colour: CATEGORY_COLOURS[content.attendee.category],
  };
  const label = [names.zh, names.ru].filter(Boolean).join(' · ');
  const laid = layoutText(
    label,
    { width: width - 2 * pad, maxSize: bandHeight * 0.55, minSize: 4, maxLines: 1 },
    measure('bold'),
  );
  return [
    band,
    {
      kind: 'text',
      x: (width - laid.widths[0]!) / 2,
      y: height - bandHeight / 2 + laid.size * 0.36,
      size: laid.size,
      weight: 'bold',
      text: laid.lines[0] ?? '',
      width: laid.widths[0] ?? 0,
      colour: '#ffffff',
    },
  ];
}

/** From the template's sizes down to half of them: the first at which everything fits is used. */
const SCALES = [1, 0.9, 0.8, 0.7, 0.6, 0.5];

/** The header, then the names, the organisation and the position at `scale` of their sizes. */
function textColumn(
  content: BadgeContent,
  template: BadgeTemplate,
  frame: Frame,
  measure: Measure,
  scale: number,
): Column {
  const column: Column = { ops: [], y: frame.pad, frame, measure, scale: 1, overflowed: false };
  placeHeader(column, content, template);
  column.scale = scale;
  placeNames(column, content, template);
  placeAffiliation(column, content, template);
  return column;
}

/**
 * A name over two lines («Ковалевский / Андрей») can leave what comes under it no room, and a block
 * that shrinks alone to fit ends up too small to read: the names, the organisation and the position
 * shrink together instead, to the largest scale at which all of them fit.
 */
function fittedColumn(content: BadgeContent, template: BadgeTemplate, frame: Frame, measure: Measure) {
  let column = textColumn(content, template, frame, measure, SCALES[0]!);
  for (const scale of SCALES.slice(1)) {
    if (!column.overflowed) break;
    column = textColumn(content, template, frame, measure, scale);
  }
  return column;
}

/**
 * Lays out one badge: header, the name in the person's own script, its second line, organisation,
 * position, QR code of the attendee's code, role band in the category's colour. Every text block
 * shrinks and wraps to fit its box.
 */
export function layoutBadge(
  content: BadgeContent,
  template: BadgeTemplate,
  width: number,
  height: number,
  measure: Measure,
): BadgeOp[] {
  const frame = frameOf(template, width, height);
  const column = fittedColumn(content, template, frame, measure);
  if (template.qr && content.attendee.code) column.ops.push(qrOp(content.attendee.code, frame));
  if (template.roleBand) column.ops.push(...roleBandOps(content, frame, measure));
  return column.ops;
}
