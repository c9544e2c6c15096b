import { describe, expect, it } from 'vitest';
import { judgePaper, parseMarks, typedMarks } from './ballotMarks';
import { tallyElection, type ElectionInput, type PostInput } from './tallyElection';

const post = (over: Partial<PostInput> = {}): PostInput => ({
  id: 'council',
  seats: 2,
  method: 'yesNoAbstain',
  maxMarks: 2,
  minMarks: 0,
  rule: { kind: 'majority', base: 'cast', numerator: 1, denominator: 2, comparison: '>' },
  tieRule: 'runoff',
  candidates: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
  ...over,
});
const election = (over: Partial<ElectionInput> = {}): ElectionInput => ({
  quorum: { kind: 'none' },
  electorate: { entitled: 10, present: 9 },
  posts: [post()],
  issued: 9,
  ...over,
});
const paper = (n: number, marks: string, over: object = {}) => ({
  paper: n,
  marks: { council: marks },
  ...over,
});

describe('ballot marks', () => {
  it('reads digits per candidate and numbers of marked candidates', () => {
    expect(parseMarks(post(), '1 2')).toEqual({ ok: true, marks: '120' });
    expect(parseMarks(post(), '1.3')).toEqual({ ok: true, marks: '103' });
    expect(parseMarks(post({ method: 'markUpTo' }), '3, 1')).toEqual({ ok: true, marks: '101' });
    expect(typedMarks('markUpTo', '101')).toBe('1 3');
    expect(typedMarks('yesNoAbstain', '120')).toBe('12');
  });

  it('names the position or the number a teller mistyped', () => {
    expect(parseMarks(post(), '15')).toEqual({
      ok: false,
      error: { message: 'elections.badMark', params: { value: '5', position: 2 } },
    });
    expect(parseMarks(post({ method: 'yesNo' }), '3')).toMatchObject({
      ok: false,
      error: { message: 'elections.badMarkYesNo' },
    });
    expect(parseMarks(post(), '1111')).toMatchObject({
      ok: false,
      error: { message: 'elections.tooManyMarks', params: { typed: 4, n: 3 } },
    });
    expect(parseMarks(post({ method: 'markUpTo' }), '4')).toMatchObject({
      ok: false,
      error: { message: 'elections.markNotACandidate', params: { value: '4' } },
    });
  });

  it('judges a paper per post: blank, over-marked, under-marked, spoilt', () => {
    const p = post();
    expect(judgePaper(p, '000', false)).toEqual({ status: 'blank' });
    expect(judgePaper(p, '111', false)).toEqual({ status: 'invalid', reason: 'overMarked' });
    // Two boxes marked for one candidate: over-marked, whatever the rest says.
    expect(parseMarks(p, '1x')).toEqual({ ok: true, marks: '140' });
    expect(judgePaper(p, '140', false)).toEqual({ status: 'invalid', reason: 'overMarked' });
    expect(judgePaper(p, '112', false)).toEqual({ status: 'valid', marks: '112' });
    expect(judgePaper({ ...p, minMarks: 2 }, '120', false)).toEqual({
      status: 'invalid',
      reason: 'underMarked',
    });
    expect(judgePaper(p, '120', true)).toEqual({ status: 'invalid', reason: 'spoilt' });
    // No and abstain marks do not count against the limit: "no more than 2" is about yes.
    expect(judgePaper(p, '223', false).status).toBe('valid');
  });
});

describe('an election count', () => {
  it('counts papers one by one: an over-marked paper is invalid for the post, a blank one blank', () => {
    const result = tallyElection(
      election({
        papers: [
          paper(1, '110'),
          paper(2, '111'),
          paper(3, ''),
          paper(4, '112'),
          paper(5, '123'),
          paper(6, '20'),
          paper(7, '100'),
        ],
      }),
    );
    const council = result.posts[0]!;
    expect(council).toMatchObject({ valid: 5, blank: 1, invalid: 1, overMarked: 1, base: 7 });
    expect(council.candidates).toEqual([
      { id: 'a', yes: 4, no: 1, abstain: 0 },
      { id: 'b', yes: 2, no: 1, abstain: 0 },
      { id: 'c', yes: 0, no: 1, abstain: 1 },
    ]);
    // More than half of the 7 papers cast is 4: only a is elected, one seat stays unfilled.
    expect(council.seats).toMatchObject({ required: 4, elected: ['a'], unfilled: 1 });
    expect(result).toMatchObject({ outcome: 'decided', returned: 7, problems: [] });
  });

  it('weighs papers exactly', () => {
    const result = tallyElection(
      election({
        posts: [post({ seats: 1, maxMarks: 1 })],
        papers: [paper(1, '1', { weight: 1.5 }), paper(2, '01'), paper(3, '001')],
      }),
    );
    // More than half of 3.5 is more than 1.75: neither 1.5 nor 1 is.
    expect(result.posts[0]!).toMatchObject({ base: 3.5, seats: { required: 2, elected: [] } });
    const heavier = tallyElection(
      election({
        posts: [post({ seats: 1, maxMarks: 1 })],
        papers: [paper(1, '1', { weight: 2.5 }), paper(2, '01'), paper(3, '001')],
      }),
    );
    expect(heavier.posts[0]!.seats.elected).toEqual(['a']);
  });

  it('finds more papers than ballots issued', () => {
    const result = tallyElection(election({ issued: 1, papers: [paper(1, '1'), paper(2, '1')] }));
    expect(result.outcome).toBe('inconsistent');
    expect(result.problems).toContainEqual({
      code: 'returnedOverIssued',
      params: { returned: 2, issued: 1 },
    });
    expect(result.posts[0]!.seats.elected).toEqual([]);
  });

  it('checks totals against what valid papers could give', () => {
    const totals = {
      returned: 9,
      posts: {
        council: {
          blank: 1,
          invalid: 1,
          candidates: [
            { yes: 7, no: 0, abstain: 0 },
            { yes: 6, no: 2, abstain: 1 },
            { yes: 4, no: 0, abstain: 0 },
          ],
        },
      },
    };
    const result = tallyElection(election({ totals }));
    // 7 valid papers, 2 yes marks at most each: 14 < 7+6+4 = 17; b has 9 marks on 7 valid papers.
    expect(result.problems).toEqual([
      { code: 'candidateOverValid', params: { post: 1, candidate: 2, marks: 9, valid: 7 } },
      { code: 'marksOverLimit', params: { post: 1, marks: 17, limit: 14 } },
    ]);
    const fine = tallyElection(
      election({
        totals: {
          returned: 9,
          posts: {
            council: {
              blank: 1,
              invalid: 1,
              candidates: [
                { yes: 7, no: 0, abstain: 0 },
                { yes: 5, no: 2, abstain: 0 },
                { yes: 2, no: 0, abstain: 0 },
              ],
            },
          },
        },
      }),
    );
    expect(fine).toMatchObject({ outcome: 'decided', problems: [] });
    expect(fine.posts[0]!.seats.elected).toEqual(['a', 'b']);
    expect(tallyElection(election({ totals: { returned: 9, posts: {} } })).problems).toEqual([
      { code: 'missingTotals', params: { post: 1 } },
    ]);
  });

  it('shows where two tellers entered the same papers differently, and counts teller 1', () => {
    const result = tallyElection(
      election({
        doubleEntry: true,
        papers: [
          paper(1, '11', { teller: 1 }),
          paper(1, '11', { teller: 2 }),
          paper(2, '12', { teller: 1 }),
          paper(2, '11', { teller: 2 }),
          paper(3, '1', { teller: 1 }),
        ],
      }),
    );
    expect(result.differences).toEqual([2, 3]);
    expect(result.returned).toBe(3);
    expect(result.problems).toContainEqual({ code: 'tellersDiffer', params: { papers: '2, 3' } });
  });

  it('elects no one without quorum', () => {
    const result = tallyElection(
      election({
        quorum: { kind: 'fraction', numerator: 2, denominator: 3, comparison: '>=' },
        electorate: { entitled: 153, present: 101 },
        papers: [paper(1, '11')],
      }),
    );
    expect(result.outcome).toBe('notQuorate');
    expect(result.quorum.required).toBe(102);
    expect(result.posts[0]!.seats.elected).toEqual([]);
  });

  it('applies a recorded drawing of lots to the tie it was drawn for', () => {
    const tied = election({
      posts: [post({ seats: 1, maxMarks: 1, tieRule: 'lots', rule: { kind: 'relative' } })],
      papers: [paper(1, '1'), paper(2, '01')],
    });
    expect(tallyElection(tied).posts[0]!.seats.tie).toEqual({
      candidateIds: ['a', 'b'],
      seats: 1,
      resolution: 'pending',
    });
    expect(
      tallyElection({ ...tied, lots: [{ postId: 'council', winnerIds: ['b'] }] }).posts[0]!.seats,
    ).toMatchObject({ elected: ['b'], tie: { resolution: 'lots' } });
  });
});
