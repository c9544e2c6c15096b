import { describe, expect, it } from 'vitest';
import { BLANK_CONFERENCE } from '../../../core/domain/blanks';
import type { AgendaItem, CommitteeMember, Conference, Organiser } from '../../../core/domain/entities';
import { translatorFor, type Language } from '../../../locales';
import type { MinutesRecord } from '../minutesRecord';
import {
  agendaSection,
  closingSection,
  expertsSection,
  openingSection,
  organisersSection,
} from './eventSections';
import { sectionContext } from './sectionContext';

const t = { 'zh-CN': translatorFor('zh-CN'), ru: translatorFor('ru'), en: translatorFor('en') };
const meta = (id: string, deletedAt: string | null = null) => ({
  id,
  conferenceId: 'c',
  version: '',
  createdAt: '',
  updatedAt: '',
  deletedAt,
});
const tri = (en: string, zh = '', ru = '') => ({ zh, ru, en });
const conference = (over: Partial<Conference> = {}): Conference => ({
  ...BLANK_CONFERENCE,
  ...meta('c'),
  name: { zh: '成立大会', ru: 'Учредительное собрание', en: 'Founding Assembly' },
  venue: { zh: '哈尔滨', ru: 'Харбин', en: 'Harbin' },
  startDate: '2026-12-10',
  endDate: '2026-12-10',
  ...over,
});
const organiser = (
  id: string,
  role: Organiser['role'],
  order: number,
  en: string,
  deleted = false,
): Organiser => ({
  ...meta(id, deleted ? '2026-12-01T00:00:00.000Z' : null),
  role,
  order,
  name: tri(en),
});
const item = (
  id: string,
  order: number,
  startsAt: string,
  en: string,
  speaker = '',
  deleted = false,
): AgendaItem => ({
  ...meta(id, deleted ? '2026-12-01T00:00:00.000Z' : null),
  type: 'report',
  order,
  startsAt,
  title: tri(en),
  speaker,
});
const expert = (id: string, order: number, en: string, deleted = false): CommitteeMember => ({
  ...meta(id, deleted ? '2026-12-01T00:00:00.000Z' : null),
  order,
  name: tri(en),
  role: tri('Member'),
  organisation: tri('Institute'),
});
const record = (over: Partial<MinutesRecord> = {}) =>
  ({
    conference: conference(),
    organisers: [],
    agenda: [],
    committee: [],
    minutes: undefined,
    ...over,
  }) as MinutesRecord;
const context = (r: MinutesRecord, languages: Language[] = ['en']) => sectionContext(r, languages, t);
const text = (section: { paragraphs: { text: string }[] }, i = 0) => section.paragraphs[i]!.text;

describe('the opening section', () => {
  it('names the event, its day and its venue in each language', () => {
    const opening = openingSection(context(record(), ['zh-CN', 'ru', 'en']));
    expect(opening.key).toBe('opening');
    expect(opening.paragraphs.map((p) => p.text)).toEqual([
      '成立大会于2026年12月10日在哈尔滨举行。',
      'Учредительное собрание состоялось 10 декабря 2026 г.; место проведения: Харбин.',
      'The Founding Assembly was held on December 10, 2026 at Harbin.',
    ]);
  });

  it('gives the first and the last day of an event of several days', () => {
    const opening = openingSection(context(record({ conference: conference({ endDate: '2026-12-11' }) })));
    expect(text(opening)).toBe(
      'The Founding Assembly was held on December 10, 2026 – December 11, 2026 at Harbin.',
    );
  });

  it('puts a dash where the date or the venue is not recorded', () => {
    const blank = conference({ startDate: '', endDate: '', venue: tri('') });
    expect(text(openingSection(context(record({ conference: blank }))))).toBe(
      'The Founding Assembly was held on — at —.',
    );
  });
});

describe('the organisers section', () => {
  it('gives one sentence per role, in the order of the roles, names in their order', () => {
    const organisers = [
      organiser('h2', 'hostedBy', 4, 'Pacific University'),
      organiser('g1', 'guidedBy', 2, 'Ministry'),
      organiser('h1', 'hostedBy', 3, 'Harbin College'),
      organiser('x', 'guidedBy', 1, 'Withdrawn', true),
    ];
    expect(text(organisersSection(context(record({ organisers }))))).toBe(
      'Guided by: Ministry. Hosted by: Harbin College; Pacific University.',
    );
  });

  it('names organisers in Russian minutes in Russian, else as first written, never in English', () => {
    const organisers = [
      {
        ...organiser('g1', 'guidedBy', 1, 'Ministry of Education'),
        name: tri('Ministry of Education', '教育部'),
      },
      {
        ...organiser('h1', 'hostedBy', 2, 'Harbin College'),
        name: tri('Harbin College', '哈尔滨职业技术学院', 'Харбинский колледж'),
      },
    ];
    const russian = text(organisersSection(context(record({ organisers }), ['ru'])), 0);
    expect(russian).toContain('教育部');
    expect(russian).toContain('Харбинский колледж');
    expect(russian).not.toContain('Ministry');
  });

  it('says so when no organiser is recorded', () => {
    const gone = [organiser('x', 'guidedBy', 1, 'Withdrawn', true)];
    expect(text(organisersSection(context(record({ organisers: gone }))))).toBe(
      'No organisers were recorded.',
    );
  });
});

describe('the agenda section', () => {
  it('counts the items and tables time, type and title, and speaker, in agenda order', () => {
    const agenda = [
      item('b', 2, '2026-12-10T09:30', 'Report on the preparation', '赵永生'),
      item('a', 1, '2026-12-10T09:00', 'Opening'),
      item('x', 3, '2026-12-10T10:00', 'Cancelled', '', true),
    ];
    const section = agendaSection(context(record({ agenda })));
    expect(text(section)).toBe('The assembly went through the 2 items of its agenda.');
    expect(section.tables[0]!.columns.map((c) => c.header)).toEqual(['Time', 'Item', 'Speaker']);
    expect(section.tables[0]!.rows).toEqual([
      ['2026-12-10 09:00', 'Report\nOpening', ''],
      ['2026-12-10 09:30', 'Report\nReport on the preparation', '赵永生'],
    ]);
  });
});

describe('the experts section', () => {
  it('tables the members of the committee in their order', () => {
    const committee = [
      expert('b', 2, 'Irina Smirnova'),
      expert('a', 1, 'Wang Jianguo'),
      expert('x', 0, 'Gone', true),
    ];
    const section = expertsSection(context(record({ committee })));
    expect(text(section)).toBe('The expert committee has 2 members.');
    expect(section.tables[0]!.rows).toEqual([
      ['Wang Jianguo', 'Member', 'Institute'],
      ['Irina Smirnova', 'Member', 'Institute'],
    ]);
  });

  it('says so when no committee was appointed, with an empty table', () => {
    const section = expertsSection(context(record({ committee: [expert('x', 0, 'Gone', true)] })));
    expect(text(section)).toBe('No expert committee was appointed.');
    expect(section.tables[0]!.rows).toEqual([]);
  });
});

describe('the closing section', () => {
  it('closes the assembly in each language', () => {
    const closing = closingSection(context(record(), ['zh-CN', 'en']));
    expect(closing.key).toBe('closing');
    expect(closing.title).toBe('闭幕 / Closing');
    expect(text(closing, 1)).toBe(
      'The agenda having been completed, the chair declared the assembly closed.',
    );
  });
});
