import { describe, expect, it } from 'vitest';
import type { Candidate, ElectionPost } from './electionTypes';
import { candidateStatus, postResultTable, resultTables } from './resultTable';
import type { ElectionResult, PostResult } from './tallyElection';

const candidate = (id: string): Candidate => ({
  id,
  kind: 'person',
  organisationId: null,
  attendeeId: id,
  name: { zh: id, ru: id, en: id },
  organisationName: { zh: '', ru: '', en: '' },
});
const post = (over: Partial<ElectionPost> = {}): ElectionPost => ({
  id: 'p',
  sourcePostId: null,
  title: { zh: '理事', ru: 'Совет', en: 'Council' },
  seats: 2,
  candidates: ['a', 'b', 'c', 'd'].map(candidate),
  method: 'yesNoAbstain',
  maxMarks: 2,
  minMarks: 0,
  rule: { kind: 'relative' },
  tieRule: 'lots',
  ...over,
});
const votes = (id: string, yes: number, no = 0, abstain = 0) => ({ id, yes, no, abstain });
const result = (seats: Partial<PostResult['seats']>, over: Partial<PostResult> = {}): PostResult => ({
  postId: 'p',
  valid: 9,
  blank: 1,
  invalid: 0,
  overMarked: 0,
  base: 10,
  candidates: [votes('a', 7, 2, 1), votes('b', 5, 4, 1), votes('c', 5, 3, 2), votes('d', 1, 8, 1)],
  seats: { required: null, qualified: [], elected: [], tie: null, unfilled: 0, ...seats },
  ...over,
});

describe('a candidate’s status', () => {
  it('is elected, elected by lots, tied or not elected', () => {
    const byLots = result({
      elected: ['a', 'c'],
      tie: { candidateIds: ['b', 'c'], seats: 1, resolution: 'lots' },
    });
    expect(['a', 'b', 'c', 'd'].map((id) => candidateStatus(byLots, id))).toEqual([
      'elected',
      'tied',
      'electedByLots',
      'notElected',
    ]);
    const runoff = result({
      elected: ['a'],
      tie: { candidateIds: ['b', 'c'], seats: 1, resolution: 'runoff' },
    });
    expect(['a', 'b', 'c', 'd'].map((id) => candidateStatus(runoff, id))).toEqual([
      'elected',
      'tied',
      'tied',
      'notElected',
    ]);
  });

  it('calls a candidate of a tie elected, not by lots, when the tie was decided otherwise', () => {
    const vacant = result({
      elected: ['a'],
      tie: { candidateIds: ['a', 'b'], seats: 1, resolution: 'vacant' },
    });
    expect(candidateStatus(vacant, 'a')).toBe('elected');
    expect(candidateStatus(vacant, 'b')).toBe('tied');
  });
});

describe('a post’s result table', () => {
  it('gives each candidate a number, the figures of the paper’s boxes and the status', () => {
    const table = postResultTable(
      post(),
      result({ elected: ['a', 'c'], tie: { candidateIds: ['b', 'c'], seats: 1, resolution: 'lots' } }),
      'decided',
    );
    expect(table.figures).toEqual(['yes', 'no', 'abstain']);
    expect(table.figureKeys).toEqual(['elections.box_yes', 'elections.box_no', 'elections.box_abstain']);
    expect(table.rows.map((r) => [r.number, r.candidate.id, r.figures, r.status])).toEqual([
      [1, 'a', [7, 2, 1], 'elected'],
      [2, 'b', [5, 4, 1], 'tied'],
      [3, 'c', [5, 3, 2], 'electedByLots'],
      [4, 'd', [1, 8, 1], 'notElected'],
    ]);
  });

  it('shows only the figures the method has', () => {
    const yesNo = postResultTable(post({ method: 'yesNo' }), result({ elected: ['a'] }), 'decided');
    expect(yesNo.figureKeys).toEqual(['elections.box_yes', 'elections.box_no']);
    expect(yesNo.rows[0]!.figures).toEqual([7, 2]);
    const mark = postResultTable(post({ method: 'markUpTo' }), result({ elected: ['a'] }), 'decided');
    expect(mark.figureKeys).toEqual(['elections.box_mark']);
    expect(mark.rows.map((r) => r.figures)).toEqual([[7], [5], [5], [1]]);
  });

  it('gives zeros to a candidate the count has no figures for', () => {
    const table = postResultTable(post(), result({}, { candidates: [votes('a', 3)] }), 'decided');
    expect(table.rows[3]!.figures).toEqual([0, 0, 0]);
  });

  it('elects no one when the election is not quorate or its count does not add up', () => {
    const seats = {
      elected: ['a', 'c'],
      tie: { candidateIds: ['b', 'c'], seats: 1, resolution: 'lots' as const },
    };
    for (const outcome of ['notQuorate', 'inconsistent'] as const)
      expect(postResultTable(post(), result(seats), outcome).rows.map((r) => r.status)).toEqual(
        new Array(4).fill('notElected'),
      );
  });

  it('makes a table per post of the election, in order', () => {
    const second = post({ id: 'q', method: 'markUpTo', candidates: [candidate('e')] });
    const election: ElectionResult = {
      outcome: 'decided',
      quorum: { setting: { kind: 'none' }, entitled: 10, present: 10, required: null, met: true },
      issued: 10,
      returned: 10,
      posts: [
        result({ elected: ['a'] }),
        result({ elected: ['e'] }, { postId: 'q', candidates: [votes('e', 9)] }),
      ],
      problems: [],
      differences: [],
    };
    const tables = resultTables([post(), second], election);
    expect(tables.map((t) => t.post.id)).toEqual(['p', 'q']);
    expect(tables[1]!.rows).toEqual([
      { number: 1, candidate: second.candidates[0], figures: [9], status: 'elected' },
    ]);
  });
});
