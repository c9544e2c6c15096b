import { describe, expect, it } from 'vitest';
import type { Minutes } from '../../core/domain/entities';
import { translatorFor } from '../../locales';
import { minutesSections } from './minutesSections';
import { endOfDayRecord } from './testing/assemblyRecord';

const t = { 'zh-CN': translatorFor('zh-CN'), ru: translatorFor('ru'), en: translatorFor('en') };
const day = endOfDayRecord();
const minutes = (over: Partial<Minutes>): Minutes => ({
  id: 'm',
  conferenceId: day.conference.id,
  version: '',
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
  paragraphs: {},
  freeSections: [],
  ...over,
});

describe('the sections of the minutes', () => {
  it('follow the record: event, organisers, attendance, agenda, votes, elections, council, officers, experts', () => {
    expect(minutesSections(day, ['en'], t).map((s) => s.key.split(':')[0])).toEqual([
      'opening',
      'organisers',
      'attendance',
      'agenda',
      'vote',
      'election',
      'election',
      'election',
      'council',
      'officers',
      'experts',
      'closing',
    ]);
  });

  it('give every section a paragraph in each language of the minutes, in that order', () => {
    for (const section of minutesSections(day, ['zh-CN', 'ru'], t)) {
      expect(section.paragraphs.map((p) => p.language)).toEqual(['zh-CN', 'ru']);
      for (const paragraph of section.paragraphs) expect(paragraph.text).not.toBe('');
    }
  });

  it('drop the tables that have no rows, and keep the section', () => {
    const sections = minutesSections(
      { ...day, committee: [], agenda: [], votes: [], elections: [] },
      ['en'],
      t,
    );
    const byKey = (key: string) => sections.find((s) => s.key === key)!;
    expect(byKey('experts').tables).toEqual([]);
    expect(byKey('experts').paragraphs[0]!.text).toBe('No expert committee was appointed.');
    expect(byKey('agenda').tables).toEqual([]);
    expect(byKey('council').tables).toEqual([]);
    expect(byKey('attendance').tables).toHaveLength(2);
    expect(sections.map((s) => s.key)).toEqual([
      'opening',
      'organisers',
      'attendance',
      'agenda',
      'council',
      'officers',
      'experts',
      'closing',
    ]);
  });

  it('place the secretary’s sections and paragraphs among the record’s', () => {
    const record = {
      ...day,
      minutes: minutes({
        paragraphs: { closing: { en: 'The assembly closed at noon.' } },
        freeSections: [
          {
            id: 'photo',
            after: 'council',
            title: { zh: '', ru: '', en: 'Group photo' },
            text: { zh: '', ru: '', en: 'A photo was taken.' },
          },
        ],
      }),
    };
    const sections = minutesSections(record, ['en'], t);
    const keys = sections.map((s) => s.key);
    expect(keys.slice(keys.indexOf('council'), keys.indexOf('council') + 3)).toEqual([
      'council',
      'free:photo',
      'officers',
    ]);
    const closing = sections.find((s) => s.key === 'closing')!;
    expect(closing.paragraphs[0]).toMatchObject({ text: 'The assembly closed at noon.', edited: true });
  });
});
