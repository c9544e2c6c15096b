import { describe, expect, it } from 'vitest';
import type { Election } from '../../../core/domain/entities';
import { translatorFor, type Language } from '../../../locales';
import type { MinutesRecord } from '../minutesRecord';
import { endOfDayRecord } from '../testing/assemblyRecord';
import { councilElections, councilSection, officersSection } from './councilSections';
import { sectionContext } from './sectionContext';

const t = { 'zh-CN': translatorFor('zh-CN'), ru: translatorFor('ru'), en: translatorFor('en') };
const day = endOfDayRecord();
const [council, officers, runoff] = day.elections as [Election, Election, Election];
const context = (over: Partial<MinutesRecord> = {}, languages: Language[] = ['en']) =>
  sectionContext({ ...day, ...over }, languages, t);

describe('which elections made the council', () => {
  it('are those another election names as its council', () => {
    expect(councilElections(day.elections).map((e) => e.id)).toEqual([council.id]);
  });

  it('are otherwise the assembly’s first rounds with organisations as candidates', () => {
    const unnamed = day.elections.map((e) => ({ ...e, councilElectionId: null }));
    expect(councilElections(unnamed).map((e) => e.id)).toEqual([council.id]);
    // Persons as candidates: not a council election.
    const persons = { ...officers, id: 'persons', body: 'assembly' as const, councilElectionId: null };
    expect(councilElections([persons]).map((e) => e.id)).toEqual([]);
  });

  it('leave out deleted elections and later rounds', () => {
    const deleted = { ...council, deletedAt: '2026-12-10T05:00:00.000Z' };
    expect(councilElections([deleted, officers, runoff])).toEqual([]);
    const secondRound = { ...council, id: 'r2', round: 2, rootElectionId: council.id };
    expect(councilElections([secondRound].map((e) => ({ ...e, councilElectionId: null })))).toEqual([]);
  });
});

describe('the council section', () => {
  it('lists every member elected, numbered, with its representative', () => {
    const section = councilSection(context());
    expect(section.key).toBe('council');
    expect(section.paragraphs[0]!.text).toBe('The council consists of 9 members.');
    const [table] = section.tables;
    expect(table!.columns.map((c) => c.header)).toEqual(['№', 'Member (representative)']);
    expect(table!.rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(table!.rows[0]![1]).toBe(
      'Khabarovsk Krai Institute of Education Development\nrepresented by Kovalevskii Andrei',
    );
  });

  it('gives each member in every language of the minutes', () => {
    const cell = councilSection(context({}, ['zh-CN', 'ru'])).tables[0]!.rows[0]![1]!;
    expect(cell.split('\n')).toHaveLength(4);
    expect(cell).toContain('代表：');
    expect(cell).toContain('представитель: ');
  });

  it('gives, in Russian minutes, an organisation without a Russian name as first written, never in English', () => {
    const untranslated = council.posts[0]!.candidates[0]!;
    const withoutRussian = day.elections.map((e) =>
      e.id === council.id
        ? {
            ...e,
            posts: e.posts.map((post) => ({
              ...post,
              candidates: post.candidates.map((c) =>
                c.id === untranslated.id ? { ...c, organisationName: { ...c.organisationName, ru: '' } } : c,
              ),
            })),
          }
        : e,
    );
    const cell = councilSection(context({ elections: withoutRussian }, ['ru'])).tables[0]!.rows[0]![1]!;
    expect(cell.split('\n')[0]).toBe(untranslated.organisationName.zh);
    expect(cell).not.toContain(untranslated.organisationName.en);
    expect(cell).toContain('представитель: Ковалевский Андрей');
  });

  it('keeps the “·” of a Russian representative’s Chinese name in Chinese minutes', () => {
    const cell = councilSection(context({}, ['zh-CN'])).tables[0]!.rows[0]![1]!;
    expect(cell).toContain('代表：科瓦列夫斯基·安德烈');
  });

  it('counts no one from an election that was not sealed', () => {
    const open = day.elections.map((e) => (e.id === council.id ? { ...e, status: 'closed' as const } : e));
    const section = councilSection(context({ elections: open }));
    expect(section.paragraphs[0]!.text).toBe('The council consists of 0 members.');
    expect(section.tables[0]!.rows).toEqual([]);
  });
});

describe('the officers section', () => {
  it('gives each post and who holds it, the runoff’s winner with the first round’s', () => {
    const section = officersSection(context());
    expect(section.paragraphs[0]!.text).toBe('The council elected its officers (5 in all).');
    expect(section.tables[0]!.columns.map((c) => c.header)).toEqual(['Post', 'Elected']);
    expect(section.tables[0]!.rows).toEqual([
      ['Chairman', 'Sokolov Dmitrii'],
      ['Executive chairman', 'Kovalevskii Andrei'],
      ['Vice chairmen', 'Petrova Olga\nIvanov Andrei'],
      ['Secretary-general', 'Xu Xiu'],
    ]);
  });

  it('leaves the runoff out until it is sealed, and puts a dash where no one holds a post', () => {
    const unsealedRunoff = day.elections.map((e) =>
      e.id === runoff.id ? { ...e, status: 'closed' as const } : e,
    );
    const section = officersSection(context({ elections: unsealedRunoff }));
    expect(section.paragraphs[0]!.text).toBe('The council elected its officers (4 in all).');
    expect(section.tables[0]!.rows[2]).toEqual(['Vice chairmen', 'Petrova Olga']);
    const unsealed = day.elections.map((e) =>
      e.body === 'council' ? { ...e, status: 'closed' as const } : e,
    );
    expect(officersSection(context({ elections: unsealed })).tables[0]!.rows.map((r) => r[1])).toEqual([
      '—',
      '—',
      '—',
      '—',
    ]);
  });

  it('names an officer once per language, on one line', () => {
    const rows = officersSection(context({}, ['zh-CN', 'ru'])).tables[0]!.rows;
    expect(rows[0]![0]).toBe('理事长\nПредседатель');
    expect(rows[0]![1]).toMatch(/^[^\n]+ \/ [^\n]+$/);
  });
});
