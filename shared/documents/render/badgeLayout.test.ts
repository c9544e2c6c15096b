import { describe, expect, it } from 'vitest';
import { badgeNameLines, layoutBadge, organisationLines, type BadgeContent } from './badgeLayout';
import {
  BADGE_PRESETS,
  DEFAULT_TEMPLATE,
  MM,
  readBadgeTemplate,
  type BadgeTemplate,
  type StoredBadgeTemplate,
} from './badgeTemplates';
import { BLANK_ATTENDEE, BLANK_ORGANISATION } from '../../core/domain/blanks';
import type { Attendee, ChineseTranscription, Organisation } from '../../core/domain/entities';
import { deriveLatinName } from '../../core/names/latinName';

const meta = { conferenceId: 'c', version: '', createdAt: '', updatedAt: '', deletedAt: null };
const person = (fields: Partial<Attendee>): Attendee => {
  const base = { ...BLANK_ATTENDEE, code: 'A00001', ...fields };
  return { ...base, ...deriveLatinName(base), ...fields, id: 'a', ...meta };
};
const kovalevsky = person({
  familyNameZh: '科瓦列夫斯基',
  givenNameZh: '安德烈',
  familyNameCyr: 'Ковалевский',
  givenNameCyr: 'Андрей',
  patronymicCyr: 'Петрович',
});
const zhao = person({ familyNameZh: '赵', givenNameZh: '永生' });
const smith = person({ familyNameLatin: 'Smith', givenNameLatin: 'Jane', latinEdited: true });
const organisation = (name: Organisation['name']): Organisation => ({
  ...BLANK_ORGANISATION,
  id: 'o',
  name,
  ...meta,
});

const content = (
  attendee: Attendee,
  chineseTranscription: ChineseTranscription = 'latin',
  org?: Organisation,
): BadgeContent => ({
  eventName: { zh: '成立大会', ru: 'Учредительное собрание', en: 'Founding Assembly' },
  attendee,
  organisation: org,
  chineseTranscription,
  categoryName: { zh: '代表', ru: 'Делегат' },
});

/** A stand-in for the fonts' widths: every character the same width, so layout runs without fonts. */
const measure = () => (text: string) => [...text].length * 0.5;

/** The text a badge draws, its lines joined by spaces (a long name may wrap between its parts). */
function badgeText(badge: BadgeContent, template: StoredBadgeTemplate): string {
  const { cardWidth, cardHeight } = BADGE_PRESETS[template.preset];
  return layoutBadge(badge, template as BadgeTemplate, cardWidth * MM, cardHeight * MM, measure)
    .flatMap((op) => (op.kind === 'text' ? [op.text] : []))
    .join(' ');
}

describe('the name lines of a badge', () => {
  it('write a Russian delegate in Cyrillic first, without the patronymic, then in Chinese', () => {
    expect(badgeNameLines(content(kovalevsky), DEFAULT_TEMPLATE)).toEqual([
      'Ковалевский Андрей',
      '科瓦列夫斯基·安德烈',
    ]);
  });

  it('write a Chinese delegate in hanzi first, then in pinyin or in Cyrillic as the event chose', () => {
    expect(badgeNameLines(content(zhao, 'latin'), DEFAULT_TEMPLATE)).toEqual(['赵永生', 'Zhao Yongsheng']);
    expect(badgeNameLines(content(zhao, 'cyrillic'), DEFAULT_TEMPLATE)).toEqual(['赵永生', 'Чжао Юншэн']);
  });

  it('write a person with only a Latin name once, family name first', () => {
    expect(badgeNameLines(content(smith), DEFAULT_TEMPLATE)).toEqual(['Smith Jane']);
  });

  it('leave the second line out when the template says none', () => {
    expect(badgeNameLines(content(kovalevsky), { secondLine: 'none' })).toEqual(['Ковалевский Андрей']);
    expect(badgeNameLines(content(zhao), { secondLine: 'none' })).toEqual(['赵永生']);
  });

  it('are what the badge draws, the own script in bold above the other', () => {
    const ops = layoutBadge(
      content(kovalevsky),
      DEFAULT_TEMPLATE,
      BADGE_PRESETS.a6.cardWidth * MM,
      BADGE_PRESETS.a6.cardHeight * MM,
      measure,
    ).filter((op) => op.kind === 'text');
    const first = ops.find((op) => op.text.startsWith('Ковалевский'));
    const second = ops.find((op) => op.text === '科瓦列夫斯基·安德烈');
    expect(first).toMatchObject({ weight: 'bold' });
    expect(second).toMatchObject({ weight: 'regular' });
    expect(second!.y).toBeGreaterThan(first!.y);
  });
});

describe('a template saved before the name policy', () => {
  it('reads a Latin or Cyrillic second line as each person’s own second line', () => {
    expect(readBadgeTemplate({ ...DEFAULT_TEMPLATE, secondLine: 'latin' }).secondLine).toBe('auto');
    expect(readBadgeTemplate({ ...DEFAULT_TEMPLATE, secondLine: 'cyrillic' }).secondLine).toBe('auto');
    expect(readBadgeTemplate({ ...DEFAULT_TEMPLATE, secondLine: 'none' }).secondLine).toBe('none');
    expect(readBadgeTemplate({ preset: 'a6' })).toEqual({ ...DEFAULT_TEMPLATE, preset: 'a6' });
    expect(readBadgeTemplate(undefined)).toEqual(DEFAULT_TEMPLATE);
  });

  it('still gives a Russian delegate the Cyrillic name and a Chinese delegate the second line', () => {
    const latin = { ...DEFAULT_TEMPLATE, preset: 'a6' as const, secondLine: 'latin' as const };
    const cyrillic = { ...latin, secondLine: 'cyrillic' as const };
    expect(badgeText(content(kovalevsky), latin)).toContain('Ковалевский Андрей 科瓦列夫斯基·安德烈');
    expect(badgeText(content(zhao), cyrillic)).toContain('赵永生 Zhao Yongsheng');
  });
});

describe('the organisation lines of a badge', () => {
  const chineseOnly = organisation({ zh: '哈尔滨职业技术学院', ru: '', en: 'Harbin Vocational College' });
  const russianOnly = organisation({ zh: '', ru: 'Томский политехнический университет', en: 'TPU' });

  it('leave out a line whose language the organisation has no name in, never printing English', () => {
    expect(organisationLines(chineseOnly, { organisation: 'both' })).toEqual(['哈尔滨职业技术学院']);
    expect(organisationLines(chineseOnly, { organisation: 'ru' })).toEqual([]);
    expect(organisationLines(russianOnly, { organisation: 'zh' })).toEqual([]);
    expect(organisationLines(russianOnly, { organisation: 'both' })).toEqual([
      'Томский политехнический университет',
    ]);
  });

  it('print both names when the organisation has both, and none when the template says none', () => {
    const both = organisation({ zh: '黑龙江大学', ru: 'Хэйлунцзянский университет', en: 'HLJU' });
    expect(organisationLines(both, { organisation: 'both' })).toEqual([
      '黑龙江大学',
      'Хэйлунцзянский университет',
    ]);
    expect(organisationLines(both, { organisation: 'none' })).toEqual([]);
    expect(organisationLines(undefined, { organisation: 'both' })).toEqual([]);
  });

  it('draw no English name on the badge where the Russian one is missing', () => {
    const text = badgeText(content(zhao, 'latin', chineseOnly), { ...DEFAULT_TEMPLATE, preset: 'a6' });
    expect(text).toContain('哈尔滨职业技术学院');
    expect(text).not.toContain('Harbin');
  });
});
