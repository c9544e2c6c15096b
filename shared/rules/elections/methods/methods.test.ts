import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../locales';
import { blankElection, blankPost, checkElectionSetup } from '../electionSetup';
import { electionInputSchema } from '../electionInputSchema';
import { judgePaper, parseMarks, typedMarks } from '../ballotMarks';
import { tallyElection, type PostInput } from '../tallyElection';
import { postResultTable } from '../resultTable';
import { BALLOT_METHODS, METHODS, figuresOf, withMethod } from '.';
import { approval } from './approval';
import { markUpTo } from './markUpTo';
import { yesNo } from './yesNo';
import { yesNoAbstain } from './yesNoAbstain';
import type { BallotMethod } from './types';

const candidates = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const approvalPost = (over: Partial<PostInput> = {}): PostInput => ({
  id: 'council',
  seats: 2,
  method: 'approval',
  maxMarks: 1,
  minMarks: 0,
  rule: { kind: 'relative' },
  tieRule: 'runoff',
  candidates,
  ...over,
});
const en = translatorFor('en');

describe('the ballot methods registry', () => {
  it('offers every method in the setup order, each with its own figures and texts', () => {
    expect(BALLOT_METHODS).toEqual(['yesNoAbstain', 'yesNo', 'markUpTo', 'approval']);
    for (const id of BALLOT_METHODS) {
      const method = METHODS[id];
      expect(method.id).toBe(id);
      expect(method.figures.length).toBeGreaterThan(0);
      expect(en(method.texts.name)).not.toBe(method.texts.name);
    }
  });

  it('gives a table of several posts every figure any of them has, in paper order', () => {
    expect(figuresOf([{ method: 'markUpTo' }, { method: 'yesNo' }])).toEqual(['yes', 'no']);
    expect(figuresOf([{ method: 'approval' }])).toEqual(['yes']);
  });

  it('keeps a seat rule that fits the new method and turns one that does not into the relative majority', () => {
    const post = blankPost();
    expect(withMethod(post, 'yesNo').rule).toEqual(post.rule);
    expect(withMethod(post, 'approval').rule).toEqual({ kind: 'relative' });
  });
});

describe('approval voting', () => {
  it('reads the numbers of the marked candidates, any number of them', () => {
    expect(parseMarks(approvalPost(), '5 1 3 2 4')).toEqual({ ok: true, marks: '11111' });
    expect(parseMarks(approvalPost(), '6')).toMatchObject({
      ok: false,
      error: { message: 'elections.markNotACandidate', params: { value: '6', n: 5 } },
    });
    expect(typedMarks('approval', '10101')).toBe('1 3 5');
  });

  it('finds every candidate marked valid, whatever maxMarks is stored, and an empty paper blank', () => {
    expect(judgePaper(approvalPost({ maxMarks: 1 }), '11111', false)).toEqual({
      status: 'valid',
      marks: '11111',
    });
    expect(judgePaper(approvalPost(), '00000', false)).toEqual({ status: 'blank' });
    expect(judgePaper(approvalPost({ minMarks: 2 }), '10000', false)).toEqual({
      status: 'invalid',
      reason: 'underMarked',
    });
  });

  it('gives the seats to the candidates marked on the most papers', () => {
    const papers = ['11000', '11100', '01100', '01011', '10001'].map((marks, i) => ({
      paper: i + 1,
      marks: { council: marks },
    }));
    const result = tallyElection({
      quorum: { kind: 'none' },
      electorate: { entitled: 6, present: 5 },
      posts: [approvalPost()],
      issued: 5,
      papers,
    });
    expect(result.problems).toEqual([]);
    expect(result.posts[0]!.candidates.map((c) => c.yes)).toEqual([3, 4, 2, 1, 2]);
    expect(result.posts[0]!.seats.elected).toEqual(['b', 'a']);
    const table = postResultTable(
      { ...blankPost(), ...approvalPost(), candidates: [] },
      result.posts[0]!,
      result.outcome,
    );
    expect(table.figureKeys).toEqual(['elections.box_mark']);
  });

  it('refuses "against" figures in totals, since the paper has no such box', () => {
    const result = tallyElection({
      quorum: { kind: 'none' },
      electorate: { entitled: 6, present: 5 },
      posts: [approvalPost()],
      issued: 5,
      totals: {
        returned: 5,
        posts: {
          council: {
            blank: 0,
            invalid: 0,
            candidates: candidates.map((_, i) => ({ yes: 5, no: i === 0 ? 1 : 0, abstain: 0 })),
          },
        },
      },
    });
    expect(result.problems).toContainEqual({ code: 'noNoOnMarkBallot', params: { post: 1, candidate: 1 } });
    expect(result.problems.some((p) => p.code === 'marksOverLimit')).toBe(false);
  });

  it('is set up with the relative majority only, and with no "most marks" to choose', () => {
    const fields = blankElection();
    const post = {
      ...withMethod(blankPost(), 'approval'),
      title: { zh: '理事', ru: 'Совет', en: 'Council' },
      maxMarks: 0,
      candidates: [],
    };
    const withCandidates = {
      ...post,
      candidates: candidates.map((c) => ({
        id: c.id,
        kind: 'person' as const,
        organisationId: null,
        attendeeId: c.id,
        name: { zh: c.id, ru: c.id, en: c.id },
        organisationName: { zh: '', ru: '', en: '' },
      })),
    };
    const title = { zh: '选举', ru: 'Выборы', en: 'Election' };
    expect(checkElectionSetup({ ...fields, title, posts: [withCandidates] })).toEqual([]);
    const majority = {
      ...withCandidates,
      rule: { kind: 'majority', base: 'cast', numerator: 1, denominator: 2, comparison: '>' } as const,
    };
    expect(checkElectionSetup({ ...fields, title, posts: [majority] })).toContainEqual({
      field: 'posts.0.rule',
      message: 'elections.ruleNotForMethod',
      params: { post: 1 },
    });
  });

  it('is accepted by the tally file format, and a majority rule with it is refused by name', () => {
    const input = (rule: object) => ({
      quorum: { kind: 'none' },
      electorate: { entitled: 3, present: 3 },
      issued: 3,
      posts: [{ id: 'p', seats: 1, method: 'approval', rule, tieRule: 'lots', candidates }],
      papers: [{ paper: 1, marks: { p: '11111' } }],
    });
    expect(electionInputSchema.safeParse(input({ kind: 'relative' })).success).toBe(true);
    const refused = electionInputSchema.safeParse(
      input({ kind: 'majority', base: 'cast', numerator: 1, denominator: 2, comparison: '>' }),
    );
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/does not go with method "approval"/);
  });

  it('tells the voter to mark as many as they approve of', () => {
    expect(METHODS.approval.instruction(approvalPost(), en)).toBe(en('elections.instructApproval'));
    expect(METHODS.approval.instruction(approvalPost({ minMarks: 2 }), en)).toContain('at least 2');
  });
});

describe('each method as its module defines it', () => {
  const post = (over: Partial<PostInput> = {}) => approvalPost({ maxMarks: 2, minMarks: 0, ...over });

  it('yes / no / abstain: three boxes, every digit but none above 4, the limit set in the post', () => {
    expect(yesNoAbstain.figures).toEqual(['yes', 'no', 'abstain']);
    expect(yesNoAbstain.figures.map((f) => yesNoAbstain.figureKey(f))).toEqual([
      'elections.box_yes',
      'elections.box_no',
      'elections.box_abstain',
    ]);
    expect(yesNoAbstain.parse(post(), '1 2 3 0 4')).toEqual({ ok: true, marks: '12304' });
    expect(yesNoAbstain.parse(post(), '15')).toEqual({
      ok: false,
      error: { message: 'elections.badMark', params: { value: '5', position: 2 } },
    });
    expect(yesNoAbstain.typed('12300')).toBe('123');
    expect(yesNoAbstain.limits(post({ maxMarks: 3, minMarks: 1 }))).toEqual({ min: 1, max: 3 });
    expect(yesNoAbstain.seatRules).toEqual(['majority', 'relative']);
    expect(yesNoAbstain.instruction(post(), en)).toBe(
      'Mark one box per candidate: for, against or abstain. Vote for no more than 2; a paper with more is invalid.',
    );
  });

  it('yes / no: two boxes, and an abstention is no mark it can read', () => {
    expect(yesNo.figures).toEqual(['yes', 'no']);
    expect(yesNo.figureKey('no')).toBe('elections.box_no');
    expect(yesNo.parse(post(), '1204')).toEqual({ ok: true, marks: '12040' });
    expect(yesNo.parse(post(), '3')).toEqual({
      ok: false,
      error: { message: 'elections.badMarkYesNo', params: { value: '3', position: 1 } },
    });
    expect(yesNo.maxMarksEditable).toBe(true);
    expect(yesNo.instruction(post({ minMarks: 1 }), en)).toBe(
      'Mark one box per candidate: for or against. Vote for no more than 2; a paper with more is invalid. ' +
        'Mark at least 1.',
    );
  });

  it('mark up to k: one box headed "mark", the numbers of the marked candidates, at most k', () => {
    expect(markUpTo.figures).toEqual(['yes']);
    expect((markUpTo as BallotMethod).figureKey('yes')).toBe('elections.box_mark');
    expect(markUpTo.parse(post(), '2 4')).toEqual({ ok: true, marks: '01010' });
    expect(markUpTo.parse(post(), '12')).toMatchObject({
      ok: false,
      error: { message: 'elections.markNotACandidate' },
    });
    expect(markUpTo.typed('01010')).toBe('2 4');
    expect(markUpTo.limits(post({ maxMarks: 2 }))).toEqual({ min: 0, max: 2 });
    expect(markUpTo.seatRules).toEqual(['majority', 'relative']);
    expect(markUpTo.instruction(post(), en)).toBe('Mark no more than 2; a paper with more is invalid.');
  });

  it('approval: as many marks as there are candidates, whatever maxMarks holds, and only the relative majority', () => {
    expect(approval.figures).toEqual(['yes']);
    expect((approval as BallotMethod).figureKey('yes')).toBe('elections.box_mark');
    expect(approval.maxMarksEditable).toBe(false);
    expect(approval.limits(post({ maxMarks: 1, minMarks: 2 }))).toEqual({ min: 2, max: 5 });
    expect(approval.parse(post(), '1 2 3 4 5')).toEqual({ ok: true, marks: '11111' });
    expect(approval.seatRules).toEqual(['relative']);
  });
});
