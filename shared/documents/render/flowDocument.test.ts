import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { nodeFontBytes } from '../../../cli/nodeFonts';
import { MM } from './badgeTemplates';
import { A4, FlowDocument } from './flowDocument';

const fonts = nodeFontBytes();
const dir = mkdtempSync(path.join(tmpdir(), 'plenum-flow-'));
let files = 0;

function write(bytes: Uint8Array): string {
  const file = path.join(dir, `doc-${++files}.pdf`);
  writeFileSync(file, bytes);
  return file;
}
/** The text of each page, as pdftotext reads it. */
function pageTexts(file: string): string[] {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}
/** Every word with its box, as pdftotext -bbox gives it (points, y from the top). */
function words(file: string): { page: number; text: string; xMin: number; xMax: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .flatMap((page, i) =>
      [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({ page: i + 1, text: m[3]!, xMin: Number(m[1]), xMax: Number(m[2]) })),
    );
}

describe('the A4 flow document', () => {
  it('is A4, with its title, and starts each page at the same place below the header', async () => {
    expect(A4.width).toBeCloseTo(595.28, 1);
    expect(A4.height).toBeCloseTo(841.89, 1);
    const flow = await FlowDocument.create(fonts, 'Minutes 纪要', ['Running header 页眉']);
    const top = flow.y;
    expect(top).toBeLessThan(A4.height - flow.margin);
    flow.text('One line.');
    expect(flow.y).toBeLessThan(top);
    const before = flow.y;
    flow.gap(10);
    expect(flow.y).toBeCloseTo(before - 10, 6);
    flow.ensure(100);
    expect(flow.pageCount).toBe(1);
    flow.y = flow.margin + 50;
    flow.ensure(100);
    expect(flow.pageCount).toBe(2);
    expect(flow.y).toBeCloseTo(top, 6);
    const doc = await PDFDocument.load(await flow.save());
    expect(doc.getTitle()).toBe('Minutes 纪要');
    expect(doc.getCreator()).toBe('Plenum');
    expect(doc.getPage(0).getSize()).toEqual({ width: A4.width, height: A4.height });
  });

  it('continues on new pages, each with the header and its number, every paragraph once and in order', async () => {
    const flow = await FlowDocument.create(fonts, 'T', ['中俄职业教育联盟 · Running header']);
    for (let i = 1; i <= 60; i++) flow.text(`Paragraph ${i} of the record.`);
    const count = flow.pageCount;
    expect(count).toBeGreaterThan(1);
    const pages = pageTexts(write(await flow.save((p, n) => `Page ${p} of ${n}`)));
    expect(pages).toHaveLength(count);
    pages.forEach((page, i) => {
      expect(page).toContain('中俄职业教育联盟 · Running header');
      expect(page).toContain(`Page ${i + 1} of ${count}`);
    });
    const numbers = [...pages.join('\n').matchAll(/Paragraph (\d+) of the record\./g)].map((m) =>
      Number(m[1]),
    );
    expect(numbers).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });

  it('numbers pages "p / n" in the middle of the foot unless told otherwise', async () => {
    const flow = await FlowDocument.create(fonts, 'T', []);
    flow.text('first');
    flow.newPage();
    flow.text('second');
    const file = write(await flow.save());
    const pages = pageTexts(file);
    expect(pages.map((p) => p.replace(/\s+/g, ''))).toEqual(['first1/2', 'second2/2']);
    const label = words(file).filter((w) => w.page === 2 && w.text !== 'second');
    expect(label.map((w) => w.text)).toEqual(['2', '/', '2']);
    expect((label[0]!.xMin + label[2]!.xMax) / 2).toBeCloseTo(A4.width / 2, 0);
  });

  it('draws letters Noto Sans SC lacks in Noto Sans, on one line with the rest', async () => {
    const flow = await FlowDocument.create(fonts, 'T', []);
    flow.text('Қасымова Әлия 刘申', { size: 12 });
    const file = write(await flow.save());
    const used = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(used.map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'NotoSans-Regular',
      'NotoSansSC-Regular',
    ]);
    const found = words(file);
    expect(found.map((w) => w.text).slice(0, 3)).toEqual(['Қасымова', 'Әлия', '刘申']);
    // The runs follow each other: the word is as wide as its measure, no glyph drawn over another.
    const word = found[0]!;
    expect(word.xMin).toBeCloseTo(flow.margin, 0);
    expect(word.xMax - word.xMin).toBeCloseTo(flow.layout('Қасымова', 1000, { size: 12 }).widths[0]!, 0);
  });

  it('aligns table cells left, centre or right in their column, and draws a box to mark', async () => {
    const flow = await FlowDocument.create(fonts, 'T', []);
    const columns = [
      { header: 'Left', width: 0.4 },
      { header: 'Centre', width: 0.3, align: 'center' as const },
      { header: 'Right', width: 0.3, align: 'right' as const },
    ];
    flow.table(columns, [
      ['alpha', 'beta', 'gamma'],
      ['delta', { box: true }, { box: true }],
    ]);
    const file = write(await flow.save());
    const at = (text: string) => words(file).find((w) => w.text === text)!;
    const pad = 3;
    expect(at('alpha').xMin).toBeCloseTo(flow.margin + pad, 1);
    expect((at('beta').xMin + at('beta').xMax) / 2).toBeCloseTo(flow.margin + 0.55 * flow.width, 0);
    expect(at('gamma').xMax).toBeCloseTo(flow.margin + flow.width - pad, 1);
    expect(at('Right').xMax).toBeCloseTo(flow.margin + flow.width - pad, 1);
    const qdf = path.join(dir, 'boxes.pdf');
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, qdf]);
    // Rules are open lines; a box is the one closed path.
    expect(readFileSync(qdf, 'latin1').match(/\nh\nS\n/g)).toHaveLength(2);
  });

  it('repeats the header row on every page of a long table and never splits a row', async () => {
    const flow = await FlowDocument.create(fonts, 'T', ['Header']);
    const rows = Array.from({ length: 45 }, (_, i) => [
      String(i + 1),
      `Candidate ${i + 1}\nOrganisation ${i + 1}`,
    ]);
    flow.table(
      [
        { header: '№', width: 0.1 },
        { header: 'Candidate column', width: 0.9 },
      ],
      rows,
    );
    const pages = pageTexts(write(await flow.save()));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Candidate column');
    for (let i = 1; i <= 45; i++) {
      const candidate = pages.findIndex((p) => new RegExp(`Candidate ${i}\\b`).test(p));
      const organisation = pages.findIndex((p) => new RegExp(`Organisation ${i}\\b`).test(p));
      expect(candidate, `row ${i}`).toBeGreaterThanOrEqual(0);
      expect(organisation, `row ${i}`).toBe(candidate);
    }
  });

  it('keeps the signature lines together, on the next page when they do not all fit', async () => {
    const labels = ['Chair', 'Secretary', 'Teller one', 'Teller two'];
    const fits = await FlowDocument.create(fonts, 'T', []);
    fits.text('Closing words.');
    fits.signatures(labels);
    const one = pageTexts(write(await fits.save()));
    expect(one).toHaveLength(1);
    for (const label of labels) expect(one[0]).toContain(label);

    const tight = await FlowDocument.create(fonts, 'T', []);
    tight.text('Closing words.');
    // Room for one row of three signatures, not for two rows.
    tight.y = tight.margin + 12 + 60;
    tight.signatures(labels);
    const two = pageTexts(write(await tight.save()));
    expect(two).toHaveLength(2);
    expect(two[0]).toContain('Closing words.');
    for (const label of labels) {
      expect(two[0]).not.toContain(label);
      expect(two[1]).toContain(label);
    }
  });

  it('shrinks a header line that is too long to fit on one line', async () => {
    const header =
      'Учредительное собрание Российско-китайского альянса профессионального образования · ' +
      'Протокол собрания · 中俄职业教育联盟成立大会 · 会议纪要';
    const flow = await FlowDocument.create(fonts, 'T', [header]);
    // At the header's 8 points, the line is wider than the page.
    expect(flow.layout(header, 10_000, { size: 8 }).widths[0]).toBeGreaterThan(flow.width);
    const found = words(write(await flow.save()));
    expect(Math.max(...found.map((w) => w.xMax))).toBeLessThanOrEqual(A4.width - 18 * MM + 0.5);
    expect(found.map((w) => w.text).join(' ')).toBe(`${header} 1 / 1`);
  });
});
