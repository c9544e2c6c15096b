import { describe, expect, it } from 'vitest';
import {
  closeVote,
  createVote,
  fingerprintOf,
  openVote,
  recordCounts,
  recordRollCall,
  reopenVote,
  sealVote,
} from './voteCommands';
import { canonicalJson } from './fingerprint';
import { applyTo } from '../../core/domain/testing/memoryLog';
import { blankVote } from './blankVote';
import type { Vote, VoteFields } from '../../core/domain/entities';

const draft: VoteFields = {
  ...blankVote(),
  title: { zh: '审议并表决联盟章程', ru: 'Голосование по уставу альянса', en: '' },
};

const snapshot = (present: number) => ({ entitled: 153, present, at: '2026-12-10T10:20:00.000Z' });

function sealedCharter(): Vote {
  let vote = applyTo<Vote>(undefined, createVote('c', draft));
  vote = applyTo(vote, openVote(vote, snapshot(131)));
  vote = applyTo(
    vote,
    recordCounts(vote, { yes: 118, no: 8, abstain: 4, invalid: 1 }, { issued: 131, returned: 131 }),
  );
  vote = applyTo(vote, closeVote(vote, snapshot(130)));
  return applyTo(vote, sealVote(vote, '', ['李娜', '王伟'], 'tellers', '2026-12-10T10:40:00.000Z'));
}

describe('a vote’s lifecycle', () => {
  it('goes draft → open (snapshot) → counting → closed (snapshot) → sealed with a fingerprint', () => {
    const vote = sealedCharter();
    expect(vote).toMatchObject({ status: 'sealed', opened: { present: 131 }, closed: { present: 130 } });
    expect(vote.seals).toHaveLength(1);
    expect(vote.seals[0]!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(vote.seals[0]!.fingerprint).toBe(fingerprintOf(vote));
  });

  it('refuses steps out of order', () => {
    const vote = applyTo<Vote>(undefined, createVote('c', draft));
    expect(sealVote(vote, '', ['李娜'], 'x', 't')).toMatchObject({
      ok: false,
      errors: [{ message: 'votes.notClosed' }],
    });
    expect(recordCounts(vote, draft.counts, draft.ballots)).toMatchObject({
      ok: false,
      errors: [{ message: 'votes.notCounting' }],
    });
    const open = applyTo(vote, openVote(vote, snapshot(131)));
    expect(openVote(open, snapshot(131)).ok).toBe(false);
  });

  it('blocks sealing counts that do not add up, unless the tellers note why', () => {
    let vote = applyTo<Vote>(undefined, createVote('c', draft));
    vote = applyTo(vote, openVote(vote, snapshot(131)));
    vote = applyTo(
      vote,
      recordCounts(vote, { yes: 118, no: 8, abstain: 4, invalid: 3 }, { issued: 131, returned: 131 }),
    );
    vote = applyTo(vote, closeVote(vote, snapshot(131)));
    expect(sealVote(vote, ' ', ['李娜'], 'x', 't')).toMatchObject({
      ok: false,
      errors: [{ field: 'note', message: 'votes.problemsBlockSeal', params: { n: 1 } }],
    });
    expect(
      applyTo(vote, sealVote(vote, 'Two papers found in the box after the count.', ['李娜'], 'x', 't'))
        .status,
    ).toBe('sealed');
  });

  it('changes a sealed result only after reopening with a reason; both fingerprints stay', () => {
    let vote = sealedCharter();
    expect(reopenVote(vote, '  ', 'Ли На', 'chair', 't')).toMatchObject({
      ok: false,
      errors: [{ field: 'reason', message: 'votes.reasonRequired' }],
    });
    vote = applyTo(vote, reopenVote(vote, 'One yes paper was counted as no.', 'Ли На', 'chair', 't2'));
    expect(vote.status).toBe('counting');
    vote = applyTo(
      vote,
      recordCounts(vote, { yes: 119, no: 7, abstain: 4, invalid: 1 }, { issued: 131, returned: 131 }),
    );
    vote = applyTo(vote, closeVote(vote, snapshot(130)));
    vote = applyTo(vote, sealVote(vote, '', ['李娜'], 'tellers', 't3'));
    expect(vote.seals).toHaveLength(2);
    expect(vote.seals[0]!.fingerprint).not.toBe(vote.seals[1]!.fingerprint);
    expect(vote.reopenings).toEqual([
      {
        reason: 'One yes paper was counted as no.',
        at: 't2',
        by: 'chair',
        name: 'Ли На',
        fingerprint: vote.seals[0]!.fingerprint,
      },
    ]);
  });

  it('takes each voter once in a roll call; a correction replaces the entry', () => {
    let vote = applyTo<Vote>(undefined, createVote('c', { ...draft, procedure: 'rollCall' }));
    vote = applyTo(vote, openVote(vote, snapshot(3)));
    vote = applyTo(vote, recordRollCall(vote, 'M001', 'yes', 1));
    expect(recordRollCall(vote, 'M001', 'no', 1)).toMatchObject({
      ok: false,
      errors: [{ message: 'votes.alreadyVoted', params: { choice: 'yes' } }],
    });
    vote = applyTo(vote, recordRollCall(vote, 'M001', 'no', 1, true));
    expect(vote.rollCall).toEqual([{ voterId: 'M001', choice: 'no', weight: 1 }]);
  });

  it('needs a title, and voters for a list body', () => {
    expect(createVote('c', { ...draft, title: { zh: '', ru: '', en: '' } }).ok).toBe(false);
    expect(createVote('c', { ...draft, body: 'list', voterIds: [] })).toMatchObject({
      ok: false,
      errors: [{ field: 'voterIds' }],
    });
  });
});

describe('fingerprints', () => {
  it('are the SHA-256 of canonical JSON: key order does not matter, every figure does', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"e":0,"f":1}]},"b":1}',
    );
    const vote = sealedCharter();
    expect(fingerprintOf(vote)).toBe(fingerprintOf({ ...vote }));
    expect(fingerprintOf({ ...vote, counts: { ...vote.counts, abstain: 5, invalid: 0 } })).not.toBe(
      fingerprintOf(vote),
    );
    expect(fingerprintOf({ ...vote, opened: snapshot(132) })).not.toBe(fingerprintOf(vote));
  });
});

describe('the document of a vote', () => {
  it('is refused, naming the field and the limit, when larger than an archive may carry', async () => {
    const { createVote, editVoteSetup, DOCUMENT_LIMIT_MB } = await import('./voteCommands');
    const { blankVote } = await import('./blankVote');
    const base64Limit = Math.ceil((DOCUMENT_LIMIT_MB * 1024 * 1024 * 4) / 3);
    const huge = `data:application/pdf;base64,${'A'.repeat(base64Limit + 200)}`;
    const fields = { ...blankVote(), title: { zh: '章程', ru: '', en: '' } };
    expect(createVote('c1', { ...fields, document: huge })).toMatchObject({
      ok: false,
      errors: [{ field: 'document', message: 'votes.documentTooLarge', params: { limit: 50 } }],
    });
    expect(createVote('c1', { ...fields, document: 'data:application/pdf;base64,AAAA' }).ok).toBe(true);
    const draft = {
      ...fields,
      id: 'v',
      conferenceId: 'c1',
      version: '',
      createdAt: '',
      updatedAt: '',
      deletedAt: null,
    };
    expect(editVoteSetup(draft as never, { document: huge })).toMatchObject({ ok: false });
  });
});
