import { describe, expect, it } from 'vitest';
import type { Vote } from '../../../core/domain/entities';
import { translatorFor } from '../../../locales';
import type { MinutesRecord } from '../minutesRecord';
import { endOfDayRecord } from '../testing/assemblyRecord';
import { sectionContext } from './sectionContext';
import { voteSections } from './voteSections';

const t = { 'zh-CN': translatorFor('zh-CN'), ru: translatorFor('ru'), en: translatorFor('en') };
const day = endOfDayRecord();
const charter = day.votes[0]!;
/** A vote by show of hands, for or against only, held before the charter and not sealed. */
const hands: Vote = {
  ...charter,
  id: 'hands',
  createdAt: '2026-12-10T01:00:00.000Z',
  title: { zh: '议程', ru: 'Повестка', en: 'The agenda' },
  procedure: 'showOfHands',
  options: 'yesNo',
  counts: { yes: 100, no: 20, abstain: 0, invalid: 0 },
  seals: [],
  status: 'closed',
};
const draft: Vote = {
  ...charter,
  id: 'draft',
  status: 'draft',
  seals: [],
  createdAt: '2026-12-10T00:00:00.000Z',
};
const deleted: Vote = { ...hands, id: 'deleted', deletedAt: '2026-12-10T05:00:00.000Z' };
const sections = (votes: Vote[]) =>
  voteSections(sectionContext({ ...day, votes, minutes: undefined } as MinutesRecord, ['en'], t));

describe('the vote sections', () => {
  it('give one section per vote held, in the order the votes were created', () => {
    expect(sections([charter, draft, hands, deleted]).map((s) => s.key)).toEqual([
      'vote:hands',
      `vote:${charter.id}`,
    ]);
    expect(sections([draft])).toEqual([]);
  });

  it('say how the vote was held and decided, its outcome and its seal', () => {
    const [section] = sections([charter]);
    expect(section!.title).toBe('Adoption of the charter');
    const text = section!.paragraphs[0]!.text;
    expect(
      text.startsWith(
        'Vote by Secret paper ballot; voters: The assembly (member organisations, through their delegates);',
      ),
    ).toBe(true);
    expect(text).toContain(
      'Adopted: 122 of 135 present voted yes; at least ⅔ of those present (90) was required.',
    );
    expect(
      text.endsWith(`The result was sealed with the fingerprint ${charter.seals.at(-1)!.fingerprint}.`),
    ).toBe(true);
    expect(sections([hands])[0]!.paragraphs[0]!.text.endsWith('The result was not sealed.')).toBe(true);
  });

  it('table the electorate, the ballots and every count of a ballot with abstentions', () => {
    const [table] = sections([charter])[0]!.tables;
    expect(table!.columns.map((c) => c.header)).toEqual(['Figure', 'Value']);
    expect(table!.rows).toEqual([
      ['At opening', '135 present of 153'],
      ['At closing', '135 present of 153'],
      ['Ballots', '135 issued, 135 returned'],
      ['Yes', '122'],
      ['No', '8'],
      ['Abstain', '4'],
      ['Invalid', '1'],
      ['Result', 'Adopted'],
    ]);
  });

  it('leave out ballots and invalid papers by show of hands, and abstentions where there is no such option', () => {
    const [table] = sections([hands])[0]!.tables;
    expect(table!.rows.map((r) => r[0])).toEqual(['At opening', 'At closing', 'Yes', 'No', 'Result']);
    expect(table!.rows.slice(2)).toEqual([
      ['Yes', '100'],
      ['No', '20'],
      ['Result', 'Adopted'],
    ]);
  });

  it('give zeros for a snapshot not taken', () => {
    const [table] = sections([{ ...hands, opened: null, closed: null }])[0]!.tables;
    expect(table!.rows.slice(0, 2)).toEqual([
      ['At opening', '0 present of 0'],
      ['At closing', '0 present of 0'],
    ]);
  });
});
