import { describe, expect, it } from 'vitest';
import {
  closeVote,
  createVote,
  fingerprintToBe,
  openVote,
  recordCounts,
  recordRollCall,
  reopenVote,
  resultOf,
  sealVote,
  tellerNames,
} from './voteCommands';
import { applyTo } from '../../core/domain/testing/memoryLog';
import { RULE_PRESETS } from '../counting/presets';
import { blankVote } from './blankVote';
import type { Vote, VoteFields } from '../../core/domain/entities';

const draft: VoteFields = { ...blankVote(), title: { zh: '审议并表决联盟章程', ru: '', en: '' } };

const snapshot = (present: number) => ({ entitled: 153, present, at: '2026-12-10T10:20:00.000Z' });

function openCharter(present = 109): Vote {
  const vote = applyTo<Vote>(undefined, createVote('c', draft));
  return applyTo(vote, openVote(vote, snapshot(present)));
}

describe('counting that tellers can trust', () => {
  it('takes 0 papers back while 109 are present as a problem to be explained, never as a rejection', () => {
    let vote = openCharter(109);
    vote = applyTo(vote, closeVote(vote, snapshot(109)));
    const result = resultOf(vote);
    expect(result.outcome).toBe('inconsistent');
    expect(result.problems).toContainEqual({ code: 'noPapersReturned', params: { present: 109 } });
    expect(sealVote(vote, '', ['李娜'], 'Desk 1', 't')).toEqual({
      ok: false,
      errors: [{ field: 'note', message: 'votes.problemsBlockSeal', params: { n: 1 } }],
    });
    const sealed = applyTo(
      vote,
      sealVote(vote, 'The box was lost; the vote is repeated after the break.', ['李娜'], 'Desk 1', 't'),
    );
    expect(sealed.note).toBe('The box was lost; the vote is repeated after the break.');
  });

  it('refuses every figure that is not a whole number from 0 to 10⁹, naming its field, and writes nothing', () => {
    const vote = openCharter();
    for (const bad of [1e21, -1, 2.5, Number.NaN, Infinity, 1_000_000_001, 2 ** 53 + 2]) {
      expect(
        recordCounts(vote, { yes: bad, no: 0, abstain: 0, invalid: 0 }, { issued: 1, returned: 1 }),
        String(bad),
      ).toEqual({
        ok: false,
        errors: [{ field: 'counts.yes', message: 'errors.notACount' }],
      });
    }
    expect(
      recordCounts(vote, { yes: 1, no: 0, abstain: 0, invalid: 0 }, { issued: 1e21, returned: 1 }),
    ).toMatchObject({ ok: false, errors: [{ field: 'ballots.issued' }] });
    expect(
      recordCounts(
        vote,
        { yes: 1_000_000_000, no: 0, abstain: 0, invalid: 0 },
        { issued: 1_000_000_000, returned: 1_000_000_000 },
      ).ok,
    ).toBe(true);
  });

  it('gives a result, not a crash, for a stored count beyond the bounds', () => {
    const vote = { ...openCharter(), counts: { yes: 1e21, no: 0, abstain: 0, invalid: 0 } };
    const result = resultOf(vote);
    expect(result.outcome).toBe('inconsistent');
    expect(result.problems).toContainEqual({ code: 'notACount', params: { field: 'yes' } });
  });

  it('corrects a closed count in place, keeping what it replaced', () => {
    let vote = openCharter(109);
    vote = applyTo(
      vote,
      recordCounts(vote, { yes: 100, no: 5, abstain: 3, invalid: 1 }, { issued: 109, returned: 109 }),
    );
    vote = applyTo(vote, closeVote(vote, snapshot(109)));
    vote = applyTo(
      vote,
      recordCounts(
        vote,
        { yes: 99, no: 6, abstain: 3, invalid: 1 },
        { issued: 109, returned: 109 },
        { at: 't9', by: 'Desk 1' },
      ),
    );
    expect(vote.status).toBe('closed');
    expect(vote.counts.yes).toBe(99);
    expect(vote.corrections).toEqual([
      {
        at: 't9',
        by: 'Desk 1',
        before: {
          counts: { yes: 100, no: 5, abstain: 3, invalid: 1 },
          ballots: { issued: 109, returned: 109 },
        },
        after: {
          counts: { yes: 99, no: 6, abstain: 3, invalid: 1 },
          ballots: { issued: 109, returned: 109 },
        },
      },
    ]);
    expect(recordCounts(vote, vote.counts, vote.ballots)).toEqual({
      ok: true,
      entityId: vote.id,
      events: [],
    });
  });

  it('records the tellers who seal, refuses a seal without them, and drops a note once its problem is gone', () => {
    let vote = openCharter(109);
    vote = applyTo(
      vote,
      recordCounts(vote, { yes: 100, no: 5, abstain: 3, invalid: 0 }, { issued: 109, returned: 109 }),
    );
    vote = applyTo(vote, closeVote(vote, snapshot(109)));
    expect(sealVote(vote, '', [' ', ''], 'Desk 1', 't')).toEqual({
      ok: false,
      errors: [{ field: 'tellers', message: 'votes.tellersRequired' }],
    });
    // The papers did not add up (108 of 109); the note explained it; then the count was corrected.
    vote = applyTo(
      vote,
      recordCounts(vote, { yes: 101, no: 5, abstain: 3, invalid: 0 }, { issued: 109, returned: 109 }),
    );
    expect(resultOf(vote).problems).toEqual([]);
    const fingerprint = fingerprintToBe(vote, 'One paper was missing.');
    vote = applyTo(
      vote,
      sealVote(vote, 'One paper was missing.', tellerNames('李娜，王伟, Ли На'), 'Desk 1', 't'),
    );
    expect(vote.note).toBe('');
    expect(vote.seals.at(-1)).toEqual({
      fingerprint,
      at: 't',
      by: 'Desk 1',
      tellers: ['李娜', '王伟', 'Ли На'],
    });
  });

  it('reopens only with a reason and a name', () => {
    let vote = openCharter(109);
    vote = applyTo(
      vote,
      recordCounts(vote, { yes: 101, no: 5, abstain: 3, invalid: 0 }, { issued: 109, returned: 109 }),
    );
    vote = applyTo(vote, closeVote(vote, snapshot(109)));
    vote = applyTo(vote, sealVote(vote, '', ['李娜'], 'Desk 1', 't'));
    expect(reopenVote(vote, 'Recount', ' ', 'Desk 1', 't2')).toEqual({
      ok: false,
      errors: [{ field: 'name', message: 'votes.reopenerRequired' }],
    });
    expect(applyTo(vote, reopenVote(vote, 'Recount', '王伟', 'Desk 1', 't2')).reopenings).toEqual([
      {
        reason: 'Recount',
        at: 't2',
        by: 'Desk 1',
        name: '王伟',
        fingerprint: vote.seals.at(-1)!.fingerprint,
      },
    ]);
  });

  it('sums roll-call weights exactly and refuses a weight with 7 decimals', () => {
    let vote = applyTo<Vote>(
      undefined,
      createVote('c', { ...draft, procedure: 'rollCall', rule: RULE_PRESETS.simpleMajority }),
    );
    vote = applyTo(vote, openVote(vote, snapshot(3)));
    expect(recordRollCall(vote, 'v0', 'yes', 0.1234567)).toEqual({
      ok: false,
      errors: [{ field: 'weight', message: 'errors.notAWeight' }],
    });
    vote = applyTo(vote, recordRollCall(vote, 'v1', 'yes', 0.1));
    vote = applyTo(vote, recordRollCall(vote, 'v2', 'yes', 0.2));
    vote = applyTo(vote, recordRollCall(vote, 'v3', 'no', 0.3));
    const result = resultOf(vote);
    expect(result.counts.yes).toBe(0.3);
    // 0.1 + 0.2 against 0.3 exactly: a tie, so a simple majority is not reached.
    expect(result.outcome).toBe('rejected');
  });
});
