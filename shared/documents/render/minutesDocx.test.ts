import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { MinutesDocument } from '../minutes/minutesDocument';
import { renderMinutesDocx } from './minutesDocx';
import { headerWords } from './columnFit';
import { FlowDocument, measureWith } from './flowDocument';
import { minutesDocument } from '../minutes/minutesDocument';
import { endOfDayRecord } from '../minutes/testing/assemblyRecord';
import { nodeFontBytes } from '../../../cli/nodeFonts';
import { translator } from '../../../cli/translate';

const t = { 'zh-CN': translator('zh-CN'), ru: translator('ru'), en: translator('en') };
const bold = measureWith((await FlowDocument.create(nodeFontBytes(), 'test', [])).fonts, 'bold');

const paragraph = (text: string) => ({ language: 'zh-CN' as const, text, prefilled: text, edited: false });
const minutes: MinutesDocument = {
  languages: ['zh-CN', 'ru'],
  title: ['成立大会', 'Учредительное собрание', '会议纪要 / Протокол'],
  header: '成立大会 / Учредительное собрание · 会议纪要 / Протокол',
  sections: [
    {
      key: 'opening',
      title: '大会概况 / Собрание',
      paragraphs: [
        paragraph('大会于2026年12月10日举行。'),
        paragraph('Собрание состоялось\n10 декабря 2026 г.'),
      ],
      tables: [],
      freeId: null,
    },
    {
      key: 'vote:1',
      title: '章程 / Устав',
      paragraphs: [paragraph('通过。')],
      tables: [
        {
          title: '表决结果 / Итоги',
          columns: [
            { header: '项目\nПоказатель', width: 0.6 },
            { header: '数值\nЗначение', width: 0.4, align: 'right' },
          ],
          rows: [
            ['赞成\nЗа', '122'],
            ['反对\nПротив', '8'],
          ],
        },
        {
          columns: [
            { header: '', width: 0.5, align: 'center' },
            { header: '', width: 0.5 },
          ],
          rows: [['1', 'x']],
        },
      ],
      freeId: null,
    },
  ],
  signatures: ['主持人 / Председатель', '记录人 / Секретарь'],
  pageLabel: '第 {p} 页，共 {n} 页 · Страница {p} из {n}',
};

const files = unzipSync(await renderMinutesDocx(minutes));
const xml = (name: string) => strFromU8(files[name]!);
const document = xml('word/document.xml');

/** A paragraph's text: its runs joined, a line break as "\n". */
const textOf = (p: string) =>
  [...p.matchAll(/<w:br\/>|<w:t[^>]*>([^<]*)<\/w:t>/g)]
    .map((m) => (m[0] === '<w:br/>' ? '\n' : m[1]))
    .join('');
/** The body's paragraphs outside tables, with their style. */
const bodyParagraphs = () =>
  document
    .replace(/<w:tbl>.*?<\/w:tbl>/g, '')
    .match(/<w:p>.*?<\/w:p>|<w:p\/>/g)!
    .map((p) => ({ style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? '', text: textOf(p) }));
const tables = () =>
  [...document.matchAll(/<w:tbl>(.*?)<\/w:tbl>/g)].map(([, table]) =>
    [...table!.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map(([, row]) => ({
      header: row!.includes('<w:tblHeader/>'),
      cantSplit: row!.includes('<w:cantSplit/>'),
      cells: [...row!.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map(([, cell]) => ({
        text: textOf(cell!),
        width: Number(/<w:tcW w:type="pct" w:w="(\d+)"\/>/.exec(cell!)?.[1]),
        align: /<w:jc w:val="(\w+)"\/>/.exec(cell!)?.[1],
        bold: /<w:b\/>/.test(cell!),
      })),
    })),
  );

describe('the minutes as a Word document', () => {
  it('has the title lines, each section’s heading and paragraphs, and the signature lines, in order', () => {
    const body = bodyParagraphs().filter((p) => p.text);
    expect(body).toEqual([
      { style: 'Title', text: '成立大会' },
      { style: 'Title', text: 'Учредительное собрание' },
      { style: 'Title', text: '会议纪要 / Протокол' },
      { style: 'Heading1', text: '大会概况 / Собрание' },
      { style: '', text: '大会于2026年12月10日举行。' },
      { style: '', text: 'Собрание состоялось\n10 декабря 2026 г.' },
      { style: 'Heading1', text: '章程 / Устав' },
      { style: '', text: '通过。' },
      { style: '', text: '表决结果 / Итоги' },
      { style: '', text: '______________________________' },
      { style: '', text: '主持人 / Председатель' },
      { style: '', text: '______________________________' },
      { style: '', text: '记录人 / Секретарь' },
    ]);
  });

  it('writes tables with a repeated header row, rows that do not split, widths and alignment', () => {
    const [figures, plain] = tables();
    expect(figures).toEqual([
      {
        header: true,
        cantSplit: false,
        cells: [
          { text: '项目\nПоказатель', width: 3000, align: 'left', bold: true },
          { text: '数值\nЗначение', width: 2000, align: 'right', bold: true },
        ],
      },
      {
        header: false,
        cantSplit: true,
        cells: [
          { text: '赞成\nЗа', width: 3000, align: 'left', bold: false },
          { text: '122', width: 2000, align: 'right', bold: false },
        ],
      },
      {
        header: false,
        cantSplit: true,
        cells: [
          { text: '反对\nПротив', width: 3000, align: 'left', bold: false },
          { text: '8', width: 2000, align: 'right', bold: false },
        ],
      },
    ]);
    // A table whose columns have no headers has no header row.
    expect(plain!.map((r) => [r.header, r.cells.map((c) => [c.text, c.align])])).toEqual([
      [
        false,
        [
          ['1', 'center'],
          ['x', 'left'],
        ],
      ],
    ]);
  });

  it('puts the running header on every page and page numbers as fields in the footer', () => {
    expect(textOf(xml('word/header1.xml'))).toBe('成立大会 / Учредительное собрание · 会议纪要 / Протокол');
    const footer = xml('word/footer1.xml');
    const parts = [
      ...footer.matchAll(/<w:instrText[^>]*>(\w+)<\/w:instrText>|<w:t[^>]*>([^<]*)<\/w:t>/g),
    ].map((m) => m[1] ?? m[2]);
    expect(parts.filter(Boolean)).toEqual([
      '第 ',
      'PAGE',
      ' 页，共 ',
      'NUMPAGES',
      ' 页 · Страница ',
      'PAGE',
      ' из ',
      'NUMPAGES',
    ]);
    expect(footer).not.toContain('{p}');
    expect(footer).not.toContain('{n}');
  });

  it('is an A4 document titled with the title lines, by Plenum', () => {
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const core = xml('docProps/core.xml');
    expect(core).toContain('<dc:title>成立大会 / Учредительное собрание / 会议纪要 / Протокол</dc:title>');
    expect(core).toContain('<dc:creator>Plenum</dc:creator>');
  });

  it('gives each column room for its header’s longest word, “Воздерж.” included, in the Russian minutes', async () => {
    const russian = minutesDocument(endOfDayRecord(), 'ru', t);
    const demo = strFromU8(unzipSync(await renderMinutesDocx(russian))['word/document.xml']!);
    const page = Number(/<w:pgSz w:w="(\d+)"/.exec(demo)![1]);
    const margins = /<w:pgMar[^>]*w:right="(\d+)"[^>]*w:left="(\d+)"/.exec(demo)!;
    const textWidth = (page - Number(margins[1]) - Number(margins[2])) / 20;
    const headerCells = [...demo.matchAll(/<w:tr><w:trPr><w:tblHeader\/><\/w:trPr>(.*?)<\/w:tr>/g)].flatMap(
      ([, row]) => [...row!.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map(([, cell]) => cell!),
    );
    const words = headerCells.flatMap((cell) =>
      headerWords(textOf(cell)).map((word) => ({
        word,
        width: (Number(/<w:tcW w:type="pct" w:w="(\d+)"\/>/.exec(cell)![1]) / 5000) * textWidth,
      })),
    );
    expect(words.map((w) => w.word)).toContain('Воздерж.');
    // Word's cell padding is 0.08 in on each side; Noto Sans SC Bold sets Cyrillic as wide as Arial Bold.
    for (const { word, width } of words) expect(width - 11.5, word).toBeGreaterThanOrEqual(bold(word) * 9);
  });
});
