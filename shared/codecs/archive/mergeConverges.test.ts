import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnyEntity, Attendance, Attendee, Vote } from '../../core/domain/entities';
import type { CommandResult } from '../../core/domain/commands';
import { replayEvents } from '../../core/domain/reducers';
import { blankVote } from '../../rules/votes/blankVote';
import { checkIn, markLeft } from '../../rules/checkin/checkInCommands';
import {
  closeVote,
  createVote,
  openVote,
  recordCounts,
  reopenVote,
  sealVote,
} from '../../rules/votes/voteCommands';
import { TestClock, TestLaptop } from './testing/laptops';

const hall = { entitled: 10, present: 10, at: 'T' };
const PEOPLE = ['p1', 'p2', 'p3'];
const person = (id: string) => ({ id, conferenceId: 'conf-1', deletedAt: null }) as unknown as Attendee;

type Step =
  | { op: 'count'; laptop: number; vote: number; yes: number; no: number }
  | { op: 'close'; laptop: number; vote: number }
  | { op: 'seal'; vote: number }
  | { op: 'reopen'; vote: number }
  | { op: 'arrive'; laptop: number; person: number }
  | { op: 'leave'; laptop: number; person: number }
  | { op: 'merge'; into: number; from: number };

const laptopIndex = fc.integer({ min: 0, max: 2 });
const voteIndex = fc.integer({ min: 0, max: 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant('count' as const),
    laptop: laptopIndex,
    vote: voteIndex,
    yes: fc.integer({ min: 0, max: 5 }),
    no: fc.integer({ min: 0, max: 5 }),
  }),
  fc.record({ op: fc.constant('close' as const), laptop: laptopIndex, vote: voteIndex }),
  fc.record({ op: fc.constant('seal' as const), vote: voteIndex }),
  fc.record({ op: fc.constant('reopen' as const), vote: voteIndex }),
  fc.record({
    op: fc.constantFrom('arrive' as const, 'leave' as const),
    laptop: laptopIndex,
    person: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({ op: fc.constant('merge' as const), into: laptopIndex, from: laptopIndex }),
);

/** A command that the laptop's own screen would refuse is simply not made: the step is skipped. */
function tryRun(laptop: TestLaptop, result: CommandResult) {
  if (result.ok) laptop.run(result);
}

function attendance(laptop: TestLaptop, id: string): Attendance | undefined {
  return laptop.rows().get(id) as Attendance | undefined;
}

function apply(laptops: TestLaptop[], votes: string[], s: Step) {
  const desk = { desk: 'desk', now: 'T' };
  if (s.op === 'merge') {
    if (s.into !== s.from) laptops[s.into]!.merge(laptops[s.from]!);
    return;
  }
  // The tellers' laptop seals and reopens; any laptop counts, closes and checks in.
  const laptop = laptops['laptop' in s ? s.laptop : 0]!;
  if (s.op === 'arrive' || s.op === 'leave') {
    const who = person(PEOPLE[s.person]!);
    const current = attendance(laptop, who.id);
    tryRun(laptop, s.op === 'arrive' ? checkIn(who, current, 'scan', desk) : markLeft(who, current, desk));
    return;
  }
  if (!('vote' in s)) return;
  const vote = laptop.row('vote', votes[s.vote]!) as Vote;
  if (s.op === 'count')
    tryRun(
      laptop,
      recordCounts(vote, { yes: s.yes, no: s.no, abstain: 0, invalid: 0 }, { issued: 10, returned: 10 }),
    );
  if (s.op === 'close') tryRun(laptop, closeVote(vote, hall));
  if (s.op === 'seal') tryRun(laptop, sealVote(vote, 'recounted', ['李娜'], 'laptop-0', 'T'));
  if (s.op === 'reopen') tryRun(laptop, reopenVote(vote, 'recount', '王伟', 'laptop-0', 'T'));
}

type SealedView = Map<string, string>;

function sealedIn(laptop: TestLaptop): SealedView {
  const view: SealedView = new Map();
  for (const row of laptop.rows().values()) {
    const vote = row as Vote;
    if (vote.status === 'sealed')
      view.set(vote.id, `${vote.seals.at(-1)?.fingerprint}:${JSON.stringify(vote.counts)}`);
  }
  return view;
}

function reopenings(laptop: TestLaptop, voteId: string): number {
  return (laptop.rows().get(voteId) as Vote | undefined)?.reopenings.length ?? 0;
}

/** Every laptop merges every other until nothing new comes. */
function exchangeAll(laptops: TestLaptop[]) {
  for (let round = 0; round < 4; round++)
    for (const into of laptops) for (const from of laptops) if (into !== from) into.merge(from);
}

const withoutConflicts = (rows: Map<string, AnyEntity>) =>
  [...rows.values()].filter((r) => !('choices' in r)).sort((a, b) => (a.id < b.id ? -1 : 1));

function setUp() {
  const clock = new TestClock();
  const first = new TestLaptop('laptop-0', clock);
  const votes = [0, 1].map(() => {
    const [created] = first.run(
      createVote('conf-1', { ...blankVote(), title: { zh: '表决', ru: '', en: '' } }),
    );
    first.run(openVote(first.row('vote', created!.entityId), hall));
    return created!.entityId;
  });
  const laptops = [first, first.copy('laptop-1', 40), first.copy('laptop-2', -25)];
  return { laptops, votes };
}

describe('three laptops apart and merging at random', () => {
  it('converge to the same record, the replay of the union, and no sealed result changes without a reopening', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 40 }), (steps) => {
        const { laptops, votes } = setUp();
        for (const s of steps) {
          const before = laptops.map(sealedIn);
          const reopened = laptops.map((l) => votes.map((v) => reopenings(l, v)));
          apply(laptops, votes, s);
          laptops.forEach((laptop, i) => {
            for (const [voteId, sealed] of before[i]!) {
              const changed = sealedIn(laptop).get(voteId) !== sealed;
              const reopenedSince = reopenings(laptop, voteId) > reopened[i]![votes.indexOf(voteId)]!;
              if (changed && !reopenedSince)
                throw new Error(`sealed ${voteId} changed on ${laptop.device} by ${s.op}`);
            }
          });
        }
        exchangeAll(laptops);
        const ids = laptops.map((l) => new Set(l.commits.map((c) => c.id)));
        expect(ids[1]).toEqual(ids[0]);
        expect(ids[2]).toEqual(ids[0]);
        const union = replayEvents(laptops[0]!.commits.flatMap((c) => c.events));
        for (const laptop of laptops)
          expect(withoutConflicts(laptop.rows())).toEqual(withoutConflicts(union));
        const shuffled = [...laptops[2]!.commits].reverse().flatMap((c) => c.events);
        expect(withoutConflicts(replayEvents(shuffled))).toEqual(withoutConflicts(union));
      }),
      { numRuns: 150, seed: 20261202 },
    );
  });
});
