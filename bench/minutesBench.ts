// The minutes of the demo event at the end of the day, written as the app writes them.
import { writeFileSync } from 'node:fs';
import { endOfDayRecord } from '../shared/documents/minutes/testing/assemblyRecord';
import { minutesDocument } from '../shared/documents/minutes/minutesDocument';
import { renderMinutesPdf } from '../shared/documents/render/minutesPdf';
import { renderMinutesDocx } from '../shared/documents/render/minutesDocx';
import { resultsTables } from '../shared/codecs/export/resultsWorkbook';
import { writeWorkbook } from '../shared/codecs/export/spreadsheet';
import { nodeFontBytes } from '../cli/nodeFonts';
import { translator } from '../cli/translate';

export async function run(runs: number, out: string) {
  const record = endOfDayRecord();
  const t = { 'zh-CN': translator('zh-CN'), ru: translator('ru'), en: translator('en') };
  const fonts = nodeFontBytes();
  const rows: { build: number; pdf: number; docx: number; workbook: number }[] = [];
  let pdf = new Uint8Array() as Uint8Array;
  let docx = new Uint8Array() as Uint8Array;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const minutes = minutesDocument(record, 'zh+ru', t);
    const built = performance.now();
    pdf = await renderMinutesPdf(minutes, fonts);
    const pdfDone = performance.now();
    docx = await renderMinutesDocx(minutes);
    const docxDone = performance.now();
    await writeWorkbook(resultsTables(record, t.en, 'en', (iso) => iso));
    rows.push({
      build: built - start,
      pdf: pdfDone - built,
      docx: docxDone - pdfDone,
      workbook: performance.now() - docxDone,
    });
  }
  writeFileSync(`${out}/minutes.pdf`, pdf);
  writeFileSync(`${out}/minutes.docx`, docx);
  return {
    rows,
    pdfBytes: pdf.length,
    docxBytes: docx.length,
    sections: minutesDocument(record, 'zh+ru', t).sections.length,
  };
}
