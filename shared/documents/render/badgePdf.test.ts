import { badgePayload } from '../../rules/checkin/badgePayload';
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderBadgesPdf, badgeMeasurer } from './badgePdf';
import { layoutBadge, type BadgeContent } from './badgeLayout';
import { BADGE_PRESETS, DEFAULT_TEMPLATE, MM, cardSlots } from './badgeTemplates';
import { missingCharacters } from './fontSet';
import { layoutText } from './textLayout';
import { nodeFontBytes } from '../../../cli/nodeFonts';
import { BLANK_ATTENDEE, BLANK_ORGANISATION } from '../../core/domain/blanks';
import type { Attendee } from '../../core/domain/entities';
import { deriveLatinName } from '../../core/names/latinName';

const fonts = nodeFontBytes();
const meta = { conferenceId: 'c', version: '', createdAt: '', updatedAt: '', deletedAt: null };
const longOrg =
  'Федеральное государственное бюджетное образовательное учреждение высшего образования ' +
  '«Тихоокеанский государственный университет»';
const org = {
  ...BLANK_ORGANISATION,
  id: 'o1',
  code: 'M002',
  name: { zh: '太平洋国立大学', ru: longOrg, en: '' },
  ...meta,
};
const person = (code: string, fields: Partial<Attendee>): Attendee => {
  const base = { ...BLANK_ATTENDEE, ...fields, code, organisationId: 'o1' };
  return { ...base, ...deriveLatinName(base), id: code, ...meta };
};
const people = [
  person('A00001', {
    familyNameZh: '科瓦列夫斯基',
    givenNameZh: '安德烈',
    familyNameCyr: 'Ковалевский',
    givenNameCyr: 'Андрей',
    position: '副校长',
  }),
  person('A00002', { familyNameZh: '欧阳', givenNameZh: '珺', position: '院长' }),
  person('A00003', { familyNameCyr: 'Қасымова', givenNameCyr: 'Әлия', position: 'профессор' }),
  person('A00004', { familyNameZh: '司马', givenNameZh: '堃', category: 'press' }),
  person('A00005', {
    familyNameCyr: 'Константинопольская-Преображенская',
    givenNameCyr: 'Александра',
    patronymicCyr: 'Вячеславовна',
    category: 'guest',
  }),
];
const content = (a: Attendee): BadgeContent => ({
  eventName: { zh: '中俄职业教育联盟成立大会', ru: 'Учредительное собрание альянса', en: '' },
  attendee: a,
  organisation: org,
  chineseTranscription: 'latin',
  categoryName: { zh: '代表', ru: 'Делегат' },
});

/** pdftoppm -gray writes binary PGM: a short text header, then one byte a pixel. */
function readPgm(bytes: Buffer) {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 64).toString('latin1'))!;
  const width = Number(header[1]);
  const height = Number(header[2]);
  const start = header[0].length;
  return {
    width,
    height,
    pixel: (x: number, y: number) =>
      x >= 0 && y >= 0 && x < width && y < height ? bytes[start + y * width + x]! : 255,
  };
}

let dir = '';
let file = '';
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'plenum-badges-'));
  file = path.join(dir, 'badges.pdf');
  writeFileSync(
    file,
    await renderBadgesPdf(people.map(content), { ...DEFAULT_TEMPLATE, preset: 'a4Four90x130' }, fonts),
  );
}, 60_000);

describe('the badge PDF', () => {
  it('passes qpdf --check and embeds only subsets of the shipped fonts, no standard font', () => {
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain(
      'No syntax or stream encoding errors',
    );
    const fontsList = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fontsList.length).toBeGreaterThanOrEqual(3);
    for (const line of fontsList) {
      expect(line).toMatch(
        /^[A-Z]{6}\+Noto(Sans|SansSC)-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes yes yes/,
      );
    }
  });

  it('holds every name and organisation as text', () => {
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const name of [
      '科瓦列夫斯基·安德烈',
      'Ковалевский Андрей',
      '欧阳珺',
      'Ouyang Jun',
      'Қасымова',
      'Әлия',
      '司马堃',
      'Sima Kun',
      '太平洋国立大学',
      'Федеральное государственное бюджетное',
    ])
      expect(text, name).toContain(name);
  });

  it('has ink where each name is drawn (a blank-glyph subset fails here)', async () => {
    execFileSync('pdftoppm', ['-gray', '-r', '72', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
    const image = readPgm(readFileSync(path.join(dir, 'page-1.pgm')));
    const { measure } = await badgeMeasurer(fonts);
    const geometry = BADGE_PRESETS.a4Four90x130;
    const slots = cardSlots(geometry);
    people.slice(0, 4).forEach((a, i) => {
      const ops = layoutBadge(
        content(a),
        DEFAULT_TEMPLATE,
        geometry.cardWidth * MM,
        geometry.cardHeight * MM,
        measure,
      );
      const name = ops.find((op) => op.kind === 'text' && op.weight === 'bold' && op.size >= 14);
      if (!name || name.kind !== 'text') throw new Error('no name drawn');
      const box = {
        x: slots[i]!.x + name.x,
        y: slots[i]!.y + name.y - name.size * 0.8,
        width: name.width,
        height: name.size * 0.8,
      };
      let dark = 0;
      for (let y = Math.floor(box.y); y < box.y + box.height; y++)
        for (let x = Math.floor(box.x); x < box.x + box.width; x++) if (image.pixel(x, y) < 128) dark++;
      expect(dark / (box.width * box.height), a.code).toBeGreaterThan(0.08);
    });
  });

  it('has QR codes that decode to the badge payloads of the attendee codes', () => {
    execFileSync('pdftoppm', ['-png', '-r', '200', '-f', '1', '-l', '2', file, path.join(dir, 'qr')]);
    const decoded = [1, 2].flatMap((p) =>
      execFileSync('zbarimg', ['--quiet', '--raw', path.join(dir, `qr-${p}.png`)], { encoding: 'utf8' })
        .trim()
        .split('\n'),
    );
    expect(decoded.sort()).toEqual(people.map((p) => badgePayload(p.code)).sort());
  });
});

describe('badge text always fits', () => {
  it('shrinks a long name, wraps it between its parts and never inside one', async () => {
    const { measure } = await badgeMeasurer(fonts);
    const laid = layoutText(
      'Константинопольская-Преображенская Александра',
      { width: 220, maxSize: 30, minSize: 10, maxLines: 2 },
      measure('bold'),
      'name',
    );
    expect(laid.lines).toEqual(['Константинопольская-Преображенская', 'Александра']);
    expect(Math.max(...laid.widths)).toBeLessThanOrEqual(220);
    const zh = layoutText(
      '欧阳珺',
      { width: 220, maxSize: 30, minSize: 10, maxLines: 2 },
      measure('bold'),
      'name',
    );
    expect(zh).toMatchObject({ size: 30, lines: ['欧阳珺'] });
  });

  it('wraps an organisation at word boundaries in Chinese and Russian, punctuation kept with its word', async () => {
    const { measure } = await badgeMeasurer(fonts);
    const ru = layoutText(longOrg, { width: 220, maxSize: 12, minSize: 5, maxLines: 2 }, measure('regular'));
    expect(ru.lines).toHaveLength(2);
    for (const line of ru.lines) expect(line).toMatch(/^[^ ]/);
    expect(ru.lines.join(' ')).toBe(longOrg);
    const zh = layoutText(
      '哈尔滨职业技术学院（主校区）国际合作与交流处',
      { width: 90, maxSize: 12, minSize: 5, maxLines: 2 },
      measure('regular'),
    );
    expect(zh.lines.join('')).toBe('哈尔滨职业技术学院（主校区）国际合作与交流处');
    expect(zh.lines.every((line) => !/^[）」，。]/.test(line))).toBe(true);
    expect(Math.max(...zh.widths)).toBeLessThanOrEqual(90);
  });

  it('keeps every text of a badge inside the card', async () => {
    const { measure } = await badgeMeasurer(fonts);
    for (const preset of Object.keys(BADGE_PRESETS) as (keyof typeof BADGE_PRESETS)[]) {
      const g = BADGE_PRESETS[preset];
      for (const a of people) {
        const ops = layoutBadge(
          content({ ...a, position: longOrg }),
          { ...DEFAULT_TEMPLATE, preset },
          g.cardWidth * MM,
          g.cardHeight * MM,
          measure,
        );
        for (const op of ops)
          if (op.kind === 'text')
            expect(
              op.x >= -0.01 && op.x + op.width <= g.cardWidth * MM + 0.01 && op.y <= g.cardHeight * MM,
              `${preset} ${op.text}`,
            ).toBe(true);
      }
    }
  });

  it('shrinks a two-line name with what is under it, so that no line ends too small to read', async () => {
    const { measure } = await badgeMeasurer(fonts);
    const khabarovsk = {
      ...org,
      name: {
        zh: '俄罗斯哈巴罗夫斯克边疆区教育发展学院',
        ru: 'Хабаровский краевой институт развития образования',
        en: '',
      },
    };
    const presets = ['a6', 'card90x130', 'a4Four90x130', 'a4EightA7', 'id1', 'labels99x38'] as const;
    for (const preset of presets) {
      const g = BADGE_PRESETS[preset];
      const ops = layoutBadge(
        { ...content(people[0]!), organisation: khabarovsk },
        { ...DEFAULT_TEMPLATE, preset },
        g.cardWidth * MM,
        g.cardHeight * MM,
        measure,
      );
      const texts = ops.filter((op) => op.kind === 'text' && op.colour !== '#ffffff');
      expect(texts.map((op) => op.kind === 'text' && op.text).join(' '), preset).toContain('副校长');
      for (const op of texts)
        if (op.kind === 'text') expect(op.size, `${preset} ${op.text}`).toBeGreaterThanOrEqual(5);
    }
  });

  it('reports characters no shipped font has, before printing', () => {
    expect(missingCharacters('欧阳珺 Қасымова Әлия Łukasz', fonts)).toEqual([]);
    expect(missingCharacters('王𠀀 😀', fonts)).toEqual(['𠀀', '😀']);
  });
});
