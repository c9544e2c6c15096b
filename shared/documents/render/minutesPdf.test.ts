import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { nodeFontBytes } from '../../../cli/nodeFonts';
import type { MinutesDocument } from '../minutes/minutesDocument';
import type { MinutesSection } from '../minutes/minutesSections';
import { renderMinutesPdf } from './minutesPdf';

const fonts = nodeFontBytes();
const dir = mkdtempSync(path.join(tmpdir(), 'plenum-minutes-pdf-'));
const paragraph = (text: string) => ({ language: 'zh-CN' as const, text, prefilled: text, edited: false });
const section = (key: string, title: string, texts: string[], tables: MinutesSection['tables'] = []) => ({
  key,
  title,
  paragraphs: texts.map(paragraph),
  tables,
  freeId: null,
});
const minutes = (sections: MinutesSection[]): MinutesDocument => ({
  languages: ['zh-CN', 'ru'],
  title: ['成立大会', 'Учредительное собрание'],
  header: '成立大会 · 会议纪要 / Протокол',
  sections,
  signatures: ['主持人 / Председатель', '记录人 / Секретарь', '计票人 / Член счётной комиссии'],
  pageLabel: '第 {p} 页，共 {n} 页 · Страница {p} из {n}',
});

async function render(doc: MinutesDocument): Promise<{ file: string; pages: string[] }> {
  const bytes = await renderMinutesPdf(doc, fonts);
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  expect((await PDFDocument.load(bytes)).getTitle()).toBe(doc.title.join(' / '));
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return {
    file,
    pages: text
      .split('\f')
      .slice(0, -1)
      .map((p) => p.replace(/\s+/g, ' ')),
  };
}

describe('the minutes as PDF', () => {
  it('print the title, every section with its paragraphs and tables, and the signatures, in order', async () => {
    const { file, pages } = await render(
      minutes([
        section('opening', '大会概况 / Собрание', [
          '大会于2026年12月10日举行。',
          'Собрание состоялось 10 декабря.',
        ]),
        section(
          'vote:1',
          '章程 / Устав',
          ['通过。'],
          [
            {
              title: '表决结果 / Итоги',
              columns: [
                { header: '项目', width: 0.6 },
                { header: '数值', width: 0.4, align: 'right' },
              ],
              rows: [['赞成 / За', '122']],
            },
          ],
        ),
        section('closing', '闭幕 / Закрытие', ['大会闭幕。']),
      ]),
    );
    expect(pages).toHaveLength(1);
    const order = [
      '成立大会 · 会议纪要 / Протокол',
      'Учредительное собрание',
      '大会概况 / Собрание',
      '大会于2026年12月10日举行。',
      'Собрание состоялось 10 декабря.',
      '章程 / Устав',
      '表决结果 / Итоги',
      '赞成 / За',
      '122',
      '闭幕 / Закрытие',
      '大会闭幕。',
      '主持人 / Председатель',
      '记录人 / Секретарь',
      '第 1 页，共 1 页 · Страница 1 из 1',
    ];
    const positions = order.map((text) => pages[0]!.indexOf(text));
    for (const [i, at] of positions.entries()) expect(at, order[i]).toBeGreaterThanOrEqual(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(pages[0]).toContain('计票人 / Член счётной комиссии');
    for (const line of execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2))
      expect(line).toMatch(/^[A-Z]{6}\+Noto/);
  });

  it('run over pages, each with the running header and its own page number', async () => {
    const long = Array.from({ length: 50 }, (_, i) => `第 ${i + 1} 段。Абзац ${i + 1}.`);
    const { pages } = await render(
      minutes([section('opening', '大会概况', long), section('closing', '闭幕', ['闭幕。'])]),
    );
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain('成立大会 · 会议纪要 / Протокол');
      expect(page).toContain(`第 ${i + 1} 页，共 ${pages.length} 页 · Страница ${i + 1} из ${pages.length}`);
    });
    // Every paragraph once and in order: none is lost or repeated at a page break.
    const numbers = [...pages.join(' ').matchAll(/Абзац (\d+)\./g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('keep the closing words on the page of the signatures', async () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1}.`);
    // Somewhere in this range the closing section would still fit at the foot of the first page
    // while the signature line would not: it moves to the next page with them. The range must
    // cross that point (the signatures on the first page, then on the second), or it tests nothing.
    const signedOn = new Set<number>();
    for (let n = 12; n <= 30; n += 2) {
      const { pages } = await render(
        minutes([section('opening', 'Opening', filler(n)), section('closing', 'Closing', ['Closed.'])]),
      );
      const closing = pages.findIndex((p) => p.includes('Closed.'));
      const signed = pages.findIndex((p) => p.includes('主持人 / Председатель'));
      expect(closing, `${n} paragraphs`).toBe(signed);
      signedOn.add(signed);
    }
    expect([...signedOn].sort()).toEqual([0, 1]);
  });
});
