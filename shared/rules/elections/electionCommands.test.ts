import { describe, expect, it } from 'vitest';
import { MemoryLog } from '../../core/domain/testing/memoryLog';
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
  log: MemoryLog,
  over: Partial<ElectionFields['posts'][number]> = {},
  marks: string[] = ['1 2', '1 3', '2 3'],
) {
  const id = log.apply(createElection('c', setting(over)));
  const get = () => log.row('election', id)!;
  log.apply(openElection(get(), snapshot));
  for (const voter of ['v1', 'v2', 'v3'])
    log.apply(
      issueBallot(get(), voter, 'desk 1', {
        voters,
        present: () => true,
        issues: log.all('ballotIssue'),
      }),
    );
  marks.forEach((typed, i) => {
    const digits = ['a', 'b', 'c']
      .map((_, c) => (typed.split(' ').includes(String(c + 1)) ? '1' : '0'))
      .join('');
    log.apply(
      enterBallot(
        get(),
        { paper: i + 1, teller: 1, marks: { vice: digits }, spoilt: false, weight: 1 },
        log.all('ballotEntry'),
      ),
    );
  });
  log.apply(closeElection(get(), snapshot));
  return get;
}

describe('an election round', () => {
  it('issues one ballot per voter and round, refusing a second with the time of the first', () => {
    const log = new MemoryLog();
    const id = log.apply(createElection('c', setting()));
    const election = () => log.row('election', id)!;
    log.apply(openElection(election(), snapshot));
    const context = () => ({
      voters,
      present: (v: string) => v !== 'v3',
      issues: log.all('ballotIssue'),
    });
    log.apply(issueBallot(election(), 'v1', 'desk 1', context()));
    const first = log.all('ballotIssue')[0]!;
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
    const log = new MemoryLog();
    const id = log.apply(createElection('c', { ...setting(), body: 'assembly' }));
    log.apply(openElection(log.row('election', id)!, snapshot));
    const seat = [
      { attendeeId: 'delegate', seatId: 'org' },
      { attendeeId: 'substitute', seatId: 'org' },
    ];
    log.apply(
      issueBallot(log.row('election', id)!, 'delegate', 'd', {
        voters: seat,
        present: () => true,
        issues: [],
      }),
    );
    expect(
      issueBallot(log.row('election', id)!, 'substitute', 'd', {
        voters: seat,
        present: () => true,
        issues: log.all('ballotIssue'),
      }),
    ).toMatchObject({ ok: false, errors: [{ message: 'elections.alreadyIssuedToSeat' }] });
  });

  it(
    'seals with a fingerprint of every paper, and finds a tie at the last seat; ' +
      'the runoff round is pre-filled with the tied',
    () => {
      const log = new MemoryLog();
      // a: 2, b: 2, c: 2 — all three tie for two seats.
      const get = run(log);
      const papers = log.all('ballotEntry');
      log.apply(sealElection(get(), '', ['李娜'], 'tellers', 'now', papers, 3));
      expect(get().seals[0]!.fingerprint).toBe(electionFingerprint(get(), papers, 3));
      const next = log.apply(createNextRound(get(), 'vice', 'runoff', papers, 3));
      const runoff = log.row('election', next)!;
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
    const log = new MemoryLog();
    // a: 3, b: 1, c: 2 → a elected; then b… no: make b and c tie for the second seat.
    const get = run(log, { tieRule: 'lots' }, ['1 2', '1 3', '1']);
    const papers = log.all('ballotEntry');
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
    log.apply(recordLots(get(), 'vice', ['c'], 'Chair Liu Shen', 'now', papers, 3));
    log.apply(sealElection(get(), '', ['李娜'], 'tellers', 'now', papers, 3));
    expect(get()).toMatchObject({
      status: 'sealed',
      lots: [{ postId: 'vice', winnerIds: ['c'], drawnBy: 'Chair Liu Shen' }],
    });
  });

  it('makes the council from the sealed rounds: first round plus runoff', () => {
    const log = new MemoryLog();
    const get = run(log, {}, ['1 2', '1 3', '2 3']);
    log.apply(sealElection(get(), '', ['李娜'], 't', 'now', log.all('ballotEntry'), 3));
    const runoffId = log.apply(createNextRound(get(), 'vice', 'runoff', log.all('ballotEntry'), 3));
    const runoff = () => log.row('election', runoffId)!;
    log.apply(editElectionSetup(runoff(), { posts: [{ ...runoff().posts[0]!, seats: 2 }] }));
    log.apply(openElection(runoff(), snapshot));
    for (const voter of ['v1', 'v2'])
      log.apply(
        issueBallot(runoff(), voter, 'd', {
          voters,
          present: () => true,
          issues: log.all('ballotIssue'),
        }),
      );
    const candidates = runoff().posts[0]!.candidates.map((c) => c.id);
    log.apply(
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
    log.apply(closeElection(runoff(), snapshot));
    log.apply(sealElection(runoff(), '', ['李娜'], 't', 'now', log.all('ballotEntry'), 2));
    const members = councilMembers(log.all('election'), log.all('ballotEntry'), log.all('ballotIssue'));
    expect(members.sort()).toEqual(['person-a', 'person-b']);
  });

  it('changes a sealed result only after reopening with a reason', () => {
    const log = new MemoryLog();
    const get = run(log, {}, ['1 2', '1 2', '3']);
    log.apply(sealElection(get(), '', ['李娜'], 't', 'now', log.all('ballotEntry'), 3));
    expect(reopenElection(get(), ' ', '李娜', 'chair', 'now')).toMatchObject({
      ok: false,
      errors: [{ field: 'reason' }],
    });
    log.apply(reopenElection(get(), 'Paper 3 was misread.', '李娜', 'chair', 'later'));
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
    const log = new MemoryLog();
    const id = log.apply(createElection('c', { ...setting(), counting: 'totals' }));
    log.apply(openElection(log.row('election', id)!, { entitled: 3, present: 3, at: 't' }));
    const election = log.row('election', id)!;
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
    const log = new MemoryLog();
    const id = log.apply(createElection('c', { ...setting(), counting: 'totals' }));
    log.apply(openElection(log.row('election', id)!, { entitled: 3, present: 3, at: 't' }));
    const postId = log.row('election', id)!.posts[0]!.id;
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
    log.apply(recordElectionTotals(log.row('election', id)!, totals(3)));
    log.apply(closeElection(log.row('election', id)!, { entitled: 3, present: 3, at: 't1' }));
    log.apply(recordElectionTotals(log.row('election', id)!, totals(2), { at: 't2', by: 'Desk 1' }));
    const closed = log.row('election', id)!;
    expect(closed.status).toBe('closed');
    expect(closed.totals).toEqual(totals(2));
    expect(closed.corrections).toEqual([{ at: 't2', by: 'Desk 1', before: totals(3), after: totals(2) }]);
  });
});
