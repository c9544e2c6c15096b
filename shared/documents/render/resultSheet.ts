import type { FontBytes } from './fontSet';
import { FlowDocument, type Cell, type Column } from './flowDocument';

/** One line of the sheet: a label and its value, each already in the sheet's languages. */
export interface SheetRow {
  label: string;
  value: string;
}

export interface SheetTable {
  title: string;
  columns: Column[];
  rows: Cell[][];
}

export interface ResultSheetContent {
  eventName: string;
  title: string[];
  rows: SheetRow[];
  /** Figures per candidate (elections): as many pages as they need. */
  tables?: SheetTable[];
  /** The explanation sentences, one per language. */
  explanations: string[];
  fingerprints: { label: string; value: string }[];
  /** What the fingerprint proves and how to check it, one sentence per language; shown once there is a seal. */
  proof: string[];
  signatures: string[];
}

/**
 * The result sheet of a vote or an election: A4, the title, procedure, rule, snapshots, figures,
 * result and its explanation in Chinese and Russian, the fingerprint(s), and lines for the tellers'
 * and the chair's signatures. Fonts as on the badges: embedded subsets with the per-character fallback.
 */
export async function renderResultSheet(
  content: ResultSheetContent,
  fontBytes: FontBytes,
): Promise<Uint8Array> {
  const flow = await FlowDocument.create(fontBytes, content.title.join(' / '), [content.eventName]);
  for (const line of content.title) flow.text(line, { weight: 'bold', size: 15, maxLines: 3 });
  flow.gap(6);
  flow.table(
    [
      { header: '', width: 0.34 },
      { header: '', width: 0.66 },
    ],
    content.rows.map((row) => [row.label, row.value]),
    { size: 9 },
  );
  for (const table of content.tables ?? []) {
    flow.text(table.title, { weight: 'bold', size: 11, gapAfter: 5 });
    flow.table(table.columns, table.rows, { size: 8.5 });
  }
  flow.gap(4);
  for (const text of content.explanations)
    flow.text(text, { weight: 'bold', size: 10.5, maxLines: 8, gapAfter: 4 });
  flow.gap(4);
  for (const { label, value } of content.fingerprints) {
    flow.text(label, { size: 8, gapAfter: 0 });
    flow.text(value, { size: 8, gapAfter: 2 });
  }
  if (content.fingerprints.length)
    for (const sentence of content.proof) flow.text(sentence, { size: 7.5, maxLines: 4, gapAfter: 2 });
  flow.gap(8);
  flow.signatures(content.signatures);
  return flow.save();
}
