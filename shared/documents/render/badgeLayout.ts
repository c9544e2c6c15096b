import { badgePayload } from '../../rules/checkin/badgePayload';
import type { Attendee, Organisation } from '../../core/domain/entities';
import { CATEGORY_COLOURS } from '../../core/domain/entities';
import { chineseDisplayName, cyrillicDisplayName, latinDisplayName } from '../../core/names/latinName';
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

/**
 * Lays out one badge: header, main name (Chinese family-name-first, else «Фамилия Имя»), second
 * name line, organisation, position, QR code of the attendee's code, role band in the category's
 * colour. Every text block shrinks and wraps to fit its box.
 */
export function layoutBadge(
  content: BadgeContent,
  template: BadgeTemplate,
  width: number,
  height: number,
  measure: Measure,
): BadgeOp[] {
  const ops: BadgeOp[] = [];
  const { attendee, organisation } = content;
  const pad = Math.min(width, height) * 0.06;
  const compact = height < 60 * MM;
  const bandHeight = template.roleBand ? Math.max(height * (compact ? 0.16 : 0.1), 5 * MM) : 0;
  const qrSize = template.qr
    ? Math.min(compact ? height - bandHeight - 2 * pad : width * 0.3, compact ? width * 0.3 : height * 0.22)
    : 0;
  const textWidth = compact && template.qr ? width - 3 * pad - qrSize : width - 2 * pad;
  let y = pad;

  const place = (block: Block, box: number, align: 'center' | 'left', bottomLimit: number) => {
    if (!block.text) return;
    // Shrink the block until all of its lines fit above what comes below it: nothing is cut off.
    let maxSize = block.maxSize;
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
    const lineHeight = laid.size * 1.22;
    laid.lines.forEach((line, i) => {
      const lineWidth = laid.widths[i]!;
      const x = align === 'center' ? (width - lineWidth) / 2 : pad;
      ops.push({
        kind: 'text',
        x,
        y: y + laid.size * 0.95,
        size: laid.size,
        weight: block.weight,
        text: line,
        width: lineWidth,
        colour: block.colour,
      });
      y += lineHeight;
    });
    y += laid.size * 0.35;
  };

  const bottom = height - bandHeight - pad - (compact ? 0 : qrSize + pad * 0.5);
  const align = compact ? 'left' : 'center';
  if (template.logo && !compact) {
    const logo = height * 0.07;
    ops.push({ kind: 'logo', x: pad, y: pad, width: logo, height: logo });
  }
  const header = compact ? '' : headerText(content, template);
  for (const line of header.split('\n').filter(Boolean))
    place(
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
      align,
      bottom,
    );
  if (header) {
    ops.push({ kind: 'rect', x: pad, y, width: width - 2 * pad, height: 0.6, colour: '#999999' });
    y += pad * 0.8;
  }
  const zh = chineseDisplayName(attendee);
  const cyrillic = [attendee.familyNameCyr, attendee.givenNameCyr].filter(Boolean).join(' ');
  const latin = latinDisplayName(attendee);
  const main = zh || cyrillic || latin;
  const second =
    template.secondLine === 'latin'
      ? latin
      : template.secondLine === 'cyrillic'
        ? cyrillicDisplayName(attendee)
        : '';
  const nameTop = compact ? pad : y + (bottom - y) * 0.05;
  y = nameTop;
  place(
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
    align,
    bottom,
  );
  if (second && second !== main)
    place(
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
      align,
      bottom,
    );
  const orgNames = organisation
    ? { zh: organisation.name.zh, ru: organisation.name.ru || organisation.name.en }
    : { zh: '', ru: '' };
  const orgLines =
    template.organisation === 'both'
      ? [orgNames.zh, orgNames.ru]
      : template.organisation === 'zh'
        ? [orgNames.zh || orgNames.ru]
        : template.organisation === 'ru'
          ? [orgNames.ru || orgNames.zh]
          : [];
  for (const text of [...new Set(orgLines.filter(Boolean))])
    place(
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
      align,
      bottom,
    );
  if (template.position && attendee.position)
    place(
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
      align,
      bottom,
    );

  if (template.qr && attendee.code) {
    const qr = qrRuns(badgePayload(attendee.code));
    const x = compact ? width - pad - qrSize : (width - qrSize) / 2;
    const top = compact ? pad : height - bandHeight - pad * 0.5 - qrSize;
    ops.push({ kind: 'qr', x, y: top, size: qrSize, qr });
  }
  if (template.roleBand) {
    const names = content.categoryName;
    ops.push({
      kind: 'rect',
      x: 0,
      y: height - bandHeight,
      width,
      height: bandHeight,
      colour: CATEGORY_COLOURS[attendee.category],
    });
    const label = [names.zh, names.ru].filter(Boolean).join(' · ');
    const laid = layoutText(
      label,
      { width: width - 2 * pad, maxSize: bandHeight * 0.55, minSize: 4, maxLines: 1 },
      measure('bold'),
    );
    ops.push({
      kind: 'text',
      x: (width - laid.widths[0]!) / 2,
      y: height - bandHeight / 2 + laid.size * 0.36,
      size: laid.size,
      weight: 'bold',
      text: laid.lines[0] ?? '',
      width: laid.widths[0] ?? 0,
      colour: '#ffffff',
    });
  }
  return ops;
}
