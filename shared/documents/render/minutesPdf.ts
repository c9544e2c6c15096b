import type { FontBytes } from './fontSet';
import { FlowDocument } from './flowDocument';
import type { MinutesDocument } from '../minutes/minutesDocument';

/**
 * The minutes as A4 PDF: the running header and page numbers on every page, each section's
 * paragraphs (in parallel, each followed by its translation) and its tables, the signature lines.
 * Text breaks at word boundaries in Chinese and Russian alike; fonts are embedded as subsets.
 */
export async function renderMinutesPdf(minutes: MinutesDocument, fontBytes: FontBytes): Promise<Uint8Array> {
  const flow = await FlowDocument.create(fontBytes, minutes.title.join(' / '), [minutes.header]);
  for (const line of minutes.title) flow.text(line, { weight: 'bold', size: 15, maxLines: 3, gapAfter: 2 });
  flow.gap(8);
  for (const section of minutes.sections) {
    // The closing words travel with the signature lines: no page of signatures alone.
    flow.ensure(section.key === 'closing' ? 230 : 60);
    flow.gap(6);
    flow.text(section.title, { weight: 'bold', size: 12, maxLines: 4, gapAfter: 4 });
    for (const paragraph of section.paragraphs)
      flow.text(paragraph.text, { size: 10, maxLines: 1000, gapAfter: 5 });
    for (const table of section.tables) {
      if (table.title) flow.text(table.title, { weight: 'bold', size: 9.5, gapAfter: 5 });
      flow.table(table.columns, table.rows, { size: 8.5 });
    }
  }
  flow.gap(16);
  flow.signatures(minutes.signatures);
  return flow.save((p, n) => minutes.pageLabel.replaceAll('{p}', String(p)).replaceAll('{n}', String(n)));
}
