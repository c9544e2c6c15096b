import { describe, expect, it } from 'vitest';
import type { BallotEntry, BallotIssue, Election } from '../../core/domain/entities';
import type { CommandResult } from '../../core/domain/commands';
import type { DomainEvent } from '../../core/domain/events';
import { projectEvent } from '../../core/domain/reducers';
import {
  closeElection,
  createElection,
  createNextRound,
  editElectionSetup,
  enterBallot,
  issueBallot,
  openElection,
  recordElectionTotals,
  recordLots,
  reopenElection,
  sealElection,
} from './electionCommands';
import { electionResultOf } from './electionResult';
import { blankElection, checkElectionSetup } from './electionSetup';
import { councilMembers } from './electionElectorate';
import { electionFingerprint } from './electionResult';
import type { Candidate, ElectionFields } from './electionTypes';

let clock = 0;
/** Applies a command's events to the records they touch, as the store's projections do. */
function apply(records: Map<string, unknown>, result: CommandResult): string {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  for (const planned of result.events) {
    const n = ++clock;
    const event = {
      ...planned,
      id: String(n),
      type: `${planned.payload.kind}.${planned.payload.op}`,
      v: 1,
      deviceId: 'd',
      actor: 'a',
      hlc: String(n).padStart(6, '0'),
      at: `t${n}`,
    } as DomainEvent;
    records.set(planned.entityId, projectEvent(records.get(planned.entityId) as never, event));
  }
  return result.entityId;
}
const all = <T>(records: Map<string, unknown>, kind: string) =>
  [...records.values()].filter(
    (r) =>
      (r as { electionId?: string; posts?: unknown }) &&
      (kind === 'election'
        ? 'posts' in (r as object)
        : kind === 'issue'
          ? 'seatId' in (r as object)
          : 'marks' in (r as object)),
  ) as T[];

const candidate = (id: string): Candidate => ({
  id,
  kind: 'person',
  organisationId: null,
  attendeeId: `person-${id}`,
  name: { zh: id, ru: id, en: id },
  organisationName: { zh: '', ru: '', en: '' },
});
const setting = (over: Partial<ElectionFields['posts'][number]> = {}): ElectionFields => ({
  ...blankElection(),
  title: { zh: '理事会选举', ru: 'Выборы совета', en: 'Council election' },
  body: 'list',
  voterIds: ['v1', 'v2', 'v3'],
  posts: [
    {
      ...blankElection().posts[0]!,
      id: 'vice',
      title: { zh: '副理事长', ru: 'Заместители', en: 'Vice chairmen' },
      seats: 2,
      maxMarks: 2,
      method: 'markUpTo',
      candidates: ['a', 'b', 'c'].map(candidate),
      rule: { kind: 'relative' },
      ...over,
    },
  ],
});
const snapshot = { entitled: 3, present: 3, at: 'now' };
const voters = ['v1', 'v2', 'v3'].map((id) => ({ attendeeId: id, seatId: id }));

function run(
  records: Map<string, unknown>,
  over: Partial<ElectionFields['posts'][number]> = {},
  marks: string[] = ['1 2', '1 3', '2 3'],
) {
  const id = apply(records, createElection('c', setting(over)));
  const get = () => records.get(id) as Election;
  apply(records, openElection(get(), snapshot));
  for (const voter of ['v1', 'v2', 'v3'])
    apply(
      records,
      issueBallot(get(), voter, 'desk 1', {
        voters,
        present: () => true,
        issues: all<BallotIssue>(records, 'issue'),
      }),
    );
  marks.forEach((typed, i) => {
    const digits = ['a', 'b', 'c']
      .map((_, c) => (typed.split(' ').includes(String(c + 1)) ? '1' : '0'))
      .join('');
    apply(
      records,
      enterBallot(
        get(),
        { paper: i + 1, teller: 1, marks: { vice: digits }, spoilt: false, weight: 1 },
        all<BallotEntry>(records, 'entry'),
      ),
    );
  });
  apply(records, closeElection(get(), snapshot));
  return get;
}

describe('an election round', () => {
  it('issues one ballot per voter and round, refusing a second with the time of the first', () => {
    const records = new Map<string, unknown>();
    const id = apply(records, createElection('c', setting()));
    const election = () => records.get(id) as Election;
    apply(records, openElection(election(), snapshot));
    const context = () => ({
      voters,
      present: (v: string) => v !== 'v3',
      issues: all<BallotIssue>(records, 'issue'),
    });
    apply(records, issueBallot(election(), 'v1', 'desk 1', context()));
    const first = all<BallotIssue>(records, 'issue')[0]!;
    expect(first).toMatchObject({ voterId: 'v1', seatId: 'v1', desk: 'desk 1', electionId: id });
    expect(issueBallot(election(), 'v1', 'desk 2', context())).toEqual({
      ok: false,
      errors: [{ field: 'form', message: 'elections.alreadyIssued', params: { time: first.createdAt } }],
    });
    expect(issueBallot(election(), 'v3', 'desk 1', context())).toMatchObject({
      ok: false,
      errors: [{ message: 'elections.notPresent' }],
    });
    expect(issueBallot(election(), 'stranger', 'desk 1', context())).toMatchObject({
      ok: false,
      errors: [{ message: 'elections.notEntitled' }],
    });
  });

  it('refuses a substitute once the organisation’s ballot is out', () => {
    const records = new Map<string, unknown>();
    const id = apply(records, createElection('c', { ...setting(), body: 'assembly' }));
    apply(records, openElection(records.get(id) as Election, snapshot));
    const seat = [
      { attendeeId: 'delegate', seatId: 'org' },
      { attendeeId: 'substitute', seatId: 'org' },
    ];
    apply(
      records,
      issueBallot(records.get(id) as Election, 'delegate', 'd', {
        voters: seat,
        present: () => true,
        issues: [],
      }),
    );
    expect(
      issueBallot(records.get(id) as Election, 'substitute', 'd', {
        voters: seat,
        present: () => true,
        issues: all<BallotIssue>(records, 'issue'),
      }),
    ).toMatchObject({ ok: false, errors: [{ message: 'elections.alreadyIssuedToSeat' }] });
  });

  it(
    'seals with a fingerprint of every paper, and finds a tie at the last seat; ' +
      'the runoff round is pre-filled with the tied',
    () => {
      const records = new Map<string, unknown>();
      // a: 2, b: 2, c: 2 — all three tie for two seats.
      const get = run(records);
      const papers = all<BallotEntry>(records, 'entry');
      apply(records, sealElection(get(), '', ['李娜'], 'tellers', 'now', papers, 3));
      expect(get().seals[0]!.fingerprint).toBe(electionFingerprint(get(), papers, 3));
      const next = apply(records, createNextRound(get(), 'vice', 'runoff', papers, 3));
      const runoff = records.get(next) as Election;
      expect(runoff).toMatchObject({
        status: 'draft',
        round: 2,
        parentElectionId: get().id,
        rootElectionId: get().id,
      });
      expect(runoff.posts[0]).toMatchObject({ sourcePostId: 'vice', seats: 2, maxMarks: 2 });
      expect(runoff.posts[0]!.candidates.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    },
  );

  it('seals a lots tie only after the drawing is recorded, with who drew', () => {
    const records = new Map<string, unknown>();
    // a: 3, b: 1, c: 2 → a elected; then b… no: make b and c tie for the second seat.
    const get = run(records, { tieRule: 'lots' }, ['1 2', '1 3', '1']);
    const papers = all<BallotEntry>(records, 'entry');
    expect(sealElection(get(), '', ['李娜'], 'tellers', 'now', papers, 3)).toMatchObject({
      ok: false,
      errors: [{ message: 'elections.drawPending' }],
    });
    expect(recordLots(get(), 'vice', ['b'], ' ', 'now', papers, 3)).toMatchObject({
      ok: false,
      errors: [{ field: 'drawnBy' }],
    });
    expect(recordLots(get(), 'vice', ['a'], 'Chair', 'now', papers, 3)).toMatchObject({
      ok: false,
      errors: [{ field: 'winners', params: { n: 1 } }],
    });
    apply(records, recordLots(get(), 'vice', ['c'], 'Chair Liu Shen', 'now', papers, 3));
    apply(records, sealElection(get(), '', ['李娜'], 'tellers', 'now', papers, 3));
    expect(get()).toMatchObject({
      status: 'sealed',
      lots: [{ postId: 'vice', winnerIds: ['c'], drawnBy: 'Chair Liu Shen' }],
    });
  });

  it('makes the council from the sealed rounds: first round plus runoff', () => {
    const records = new Map<string, unknown>();
    const get = run(records, {}, ['1 2', '1 3', '2 3']);
    apply(records, sealElection(get(), '', ['李娜'], 't', 'now', all<BallotEntry>(records, 'entry'), 3));
    const runoffId = apply(
      records,
      createNextRound(get(), 'vice', 'runoff', all<BallotEntry>(records, 'entry'), 3),
    );
    const runoff = () => records.get(runoffId) as Election;
    apply(records, editElectionSetup(runoff(), { posts: [{ ...runoff().posts[0]!, seats: 2 }] }));
    apply(records, openElection(runoff(), snapshot));
    for (const voter of ['v1', 'v2'])
      apply(
        records,
        issueBallot(runoff(), voter, 'd', {
          voters,
          present: () => true,
          issues: all<BallotIssue>(records, 'issue'),
        }),
      );
    const candidates = runoff().posts[0]!.candidates.map((c) => c.id);
    apply(
      records,
      enterBallot(
        runoff(),
        {
          paper: 1,
          teller: 1,
          marks: { [runoff().posts[0]!.id]: candidates.map((c) => (c === 'c' ? '0' : '1')).join('') },
          spoilt: false,
          weight: 1,
        },
        [],
      ),
    );
    apply(records, closeElection(runoff(), snapshot));
    apply(records, sealElection(runoff(), '', ['李娜'], 't', 'now', all<BallotEntry>(records, 'entry'), 2));
    const members = councilMembers(
      all<Election>(records, 'election'),
      all<BallotEntry>(records, 'entry'),
      all<BallotIssue>(records, 'issue'),
    );
    expect(members.sort()).toEqual(['person-a', 'person-b']);
  });

  it('changes a sealed result only after reopening with a reason', () => {
    const records = new Map<string, unknown>();
    const get = run(records, {}, ['1 2', '1 2', '3']);
    apply(records, sealElection(get(), '', ['李娜'], 't', 'now', all<BallotEntry>(records, 'entry'), 3));
    expect(reopenElection(get(), ' ', '李娜', 'chair', 'now')).toMatchObject({
      ok: false,
      errors: [{ field: 'reason' }],
    });
    apply(records, reopenElection(get(), 'Paper 3 was misread.', '李娜', 'chair', 'later'));
    expect(get()).toMatchObject({ status: 'counting', reopenings: [{ reason: 'Paper 3 was misread.' }] });
  });

  it('names the post and field of every setting problem', () => {
    const bad = { ...setting({ seats: 0, maxMarks: 5, candidates: [] }), title: { zh: '', ru: '', en: '' } };
    expect(checkElectionSetup(bad).map((e) => `${e.field}:${e.message}`)).toEqual([
      'title:elections.titleRequired',
      'posts.0.seats:elections.seatsInvalid',
      'posts.0.candidates:elections.candidatesRequired',
    ]);
    expect(checkElectionSetup(setting({ maxMarks: 4 }))).toEqual([
      { field: 'posts.0.maxMarks', message: 'elections.maxMarksInvalid', params: { post: 1, n: 3 } },
    ]);
  });

  it('refuses duplicate post and candidate ids, and more marks required than allowed', () => {
    const one = setting();
    const post = one.posts[0]!;
    const twice = { ...one, posts: [post, { ...post }] };
    expect(checkElectionSetup(twice)).toContainEqual({
      field: 'posts.1.id',
      message: 'elections.postTwice',
      params: { post: 2 },
    });
    const sameCandidate = setting({ candidates: [post.candidates[0]!, post.candidates[0]!] });
    expect(checkElectionSetup(sameCandidate)).toContainEqual({
      field: 'posts.0.candidates',
      message: 'elections.candidateTwice',
      params: { post: 1 },
    });
    expect(checkElectionSetup(setting({ minMarks: 2, maxMarks: 1 }))).toContainEqual({
      field: 'posts.0.minMarks',
      message: 'elections.minMarksInvalid',
      params: { post: 1 },
    });
    expect(createElection('c', twice)).toMatchObject({ ok: false });
  });

  it('refuses totals beyond the bounds, naming the field, and counts a stored 1e21 as a problem, not a crash', () => {
    const records = new Map<string, unknown>();
    const id = apply(records, createElection('c', { ...setting(), counting: 'totals' }));
    apply(records, openElection(records.get(id) as Election, { entitled: 3, present: 3, at: 't' }));
    const election = records.get(id) as Election;
    const postId = election.posts[0]!.id;
    const totals = {
      returned: 1e21,
      posts: {
        [postId]: {
          blank: 0,
          invalid: 0,
          candidates: election.posts[0]!.candidates.map(() => ({ yes: 1, no: 0, abstain: 0 })),
        },
      },
    };
    expect(recordElectionTotals(election, totals)).toEqual({
      ok: false,
      errors: [{ field: 'returned', message: 'errors.notACount' }],
    });
    const stored = { ...election, totals };
    expect(electionResultOf(stored, [], 3).problems).toContainEqual({
      code: 'notACount',
      params: { field: 'returned' },
    });
  });

  it('corrects closed totals in place before the seal, keeping what they replaced', () => {
    const records = new Map<string, unknown>();
    const id = apply(records, createElection('c', { ...setting(), counting: 'totals' }));
    apply(records, openElection(records.get(id) as Election, { entitled: 3, present: 3, at: 't' }));
    const postId = (records.get(id) as Election).posts[0]!.id;
    const totals = (yes: number) => ({
      returned: 3,
      posts: {
        [postId]: {
          blank: 0,
          invalid: 0,
          candidates: [
            { yes, no: 0, abstain: 0 },
            { yes: 2, no: 0, abstain: 0 },
            { yes: 0, no: 0, abstain: 0 },
          ],
        },
      },
    });
    apply(records, recordElectionTotals(records.get(id) as Election, totals(3)));
    apply(records, closeElection(records.get(id) as Election, { entitled: 3, present: 3, at: 't1' }));
    apply(records, recordElectionTotals(records.get(id) as Election, totals(2), { at: 't2', by: 'Desk 1' }));
    const closed = records.get(id) as Election;
    expect(closed.status).toBe('closed');
    expect(closed.totals).toEqual(totals(2));
    expect(closed.corrections).toEqual([{ at: 't2', by: 'Desk 1', before: totals(3), after: totals(2) }]);
  });
});
