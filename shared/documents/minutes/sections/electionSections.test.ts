import { describe, expect, it } from 'vitest';
import type { Election } from '../../../core/domain/entities';
import { translatorFor, type Language } from '../../../locales';
import type { MinutesRecord } from '../minutesRecord';
import { endOfDayRecord } from '../testing/assemblyRecord';
import { electionSections } from './electionSections';
import { sectionContext } from './sectionContext';

const t = { 'zh-CN': translatorFor('zh-CN'), ru: translatorFor('ru'), en: translatorFor('en') };
const day = endOfDayRecord();
const [council, officers, runoff] = day.elections as [Election, Election, Election];
const sections = (over: Partial<MinutesRecord> = {}, languages: Language[] = ['en']) =>
  electionSections(sectionContext({ ...day, ...over }, languages, t));

describe('the election sections', () => {
  it('give one section per round held, in the order the rounds were created', () => {
    const draft: Election = {
      ...council,
      id: 'draft',
      status: 'draft',
      createdAt: '2026-12-10T00:00:00.000Z',
    };
    const deleted: Election = { ...council, id: 'deleted', deletedAt: '2026-12-10T05:00:00.000Z' };
    const keys = sections({ elections: [runoff, draft, officers, deleted, council] }).map((s) => s.key);
    expect(keys).toEqual([`election:${council.id}`, `election:${officers.id}`, `election:${runoff.id}`]);
  });

  it('say which round a later round is, in each language', () => {
    const titles = sections({}, ['zh-CN', 'ru']).map((s) => s.title);
    expect(titles[0]).toBe('理事会选举 / Выборы совета');
    expect(titles[2]).toBe('理事长、副理事长、秘书长选举 · 第 2 轮 / Выборы руководства · тур 2');
    expect(sections()[2]!.title).toBe('Election of the officers · round 2');
  });

  it('say who voted, the ballots issued and returned, each post’s outcome and the seal', () => {
    const text = sections()[1]!.paragraphs[0]!.text;
    expect(
      text.startsWith(
        'Voters: The elected council (its members’ representatives); 9 ballots issued, 9 returned.',
      ),
    ).toBe(true);
    expect(text).toContain('Vice chairmen: 1 of 2 seats filled.');
    expect(text).toContain('A runoff round among them decides.');
    expect(
      text.endsWith(`The result was sealed with the fingerprint ${officers.seals.at(-1)!.fingerprint}.`),
    ).toBe(true);
  });

  it('count the ballots issued without those deleted, and say when a round was not sealed', () => {
    const issues = day.issues.map((issue, i) =>
      issue.electionId === council.id && i % 2 === 0
        ? { ...issue, deletedAt: '2026-12-10T05:00:00.000Z' }
        : issue,
    );
    const kept = issues.filter((i) => i.electionId === council.id && !i.deletedAt).length;
    expect(kept).toBeLessThan(120);
    const text = sections({ issues, elections: [{ ...council, seals: [] }] })[0]!.paragraphs[0]!.text;
    expect(text).toContain(`; ${kept} ballots issued, 120 returned.`);
    expect(text.endsWith('The result was not sealed.')).toBe(true);
  });

  it('table each post with its candidates’ figures and who was elected', () => {
    const [councilTable] = sections()[0]!.tables;
    expect(councilTable!.title).toBe('Council members');
    expect(councilTable!.columns.map((c) => c.header)).toEqual([
      '№',
      'Candidate',
      'For',
      'Against',
      'Abstain',
      'Result',
    ]);
    expect(councilTable!.rows).toHaveLength(9);
    expect(councilTable!.rows[0]!.slice(2)).toEqual(['120', '0', '0', 'elected']);
    const vice = sections()[1]!.tables[2]!;
    expect(vice.columns.map((c) => c.header)).toEqual(['№', 'Candidate', 'Mark', 'Result']);
    expect(vice.rows.map((r) => r.slice(2))).toEqual([
      ['8', 'elected'],
      ['5', 'tied'],
      ['5', 'tied'],
    ]);
    // Not elected: no status at all.
    expect(sections()[2]!.tables[0]!.rows.map((r) => r.slice(2))).toEqual([
      ['5', 'elected'],
      ['4', ''],
    ]);
    for (const section of sections())
      for (const table of section.tables)
        expect(table.columns.reduce((s, c) => s + c.width, 0)).toBeCloseTo(1, 10);
  });
});
