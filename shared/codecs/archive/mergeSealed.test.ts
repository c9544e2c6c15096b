import { describe, expect, it } from 'vitest';
import type { Conflict, Vote } from '../../core/domain/entities';
import { blankVote } from '../../rules/votes/blankVote';
import {
  closeVote,
  createVote,
  openVote,
  recordCounts,
  reopenVote,
  sealVote,
} from '../../rules/votes/voteCommands';
import { brokenSeal, readArchive, writeArchive } from './eventArchive';
import { resolveConflict } from './mergeArchive';
import { TestClock, TestLaptop } from './testing/laptops';

const hall = { entitled: 100, present: 100, at: '2026-12-10T08:00:00.000Z' };
const ballots = { issued: 100, returned: 100 };
const figures = (yes: number, no: number) => ({ yes, no, abstain: 0, invalid: 0 });
const NAME = { zh: '章程', ru: 'Устав', en: 'Charter' };

/** Laptop A and B with one open vote, apart from now on. */
function twoLaptops() {
  const clock = new TestClock();
  const a = new TestLaptop('laptop-a', clock);
  const [created] = a.run(createVote('conf-1', { ...blankVote(), title: NAME }));
  const voteId = created!.entityId;
  a.run(openVote(a.row('vote', voteId), hall));
  return { clock, a, b: a.copy('laptop-b'), voteId };
}

function countAndSeal(laptop: TestLaptop, voteId: string, yes: number, no: number) {
  laptop.run(recordCounts(laptop.row('vote', voteId), figures(yes, no), ballots));
  laptop.run(closeVote(laptop.row('vote', voteId), hall));
  laptop.run(sealVote(laptop.row('vote', voteId), '', ['李娜'], laptop.device, 'T'));
}

function conflictsOn(laptop: TestLaptop): Conflict[] {
  return [...laptop.rows().values()].filter((r): r is Conflict => 'choices' in r);
}

function expectStillSealed(laptop: TestLaptop, voteId: string, yes: number, no: number) {
  const vote = laptop.row('vote', voteId) as Vote;
  expect(vote.status).toBe('sealed');
  expect(vote.counts).toEqual(figures(yes, no));
  expect(brokenSeal(laptop.commits)).toBeNull();
  const archive = writeArchive(laptop.commits, { id: 'conf-1', name: NAME }, '0.1.0', '2026-12-10T12:00:00Z');
  expect(readArchive(archive, { now: Date.UTC(2026, 11, 10, 12) }).ok).toBe(true);
}

describe('merging into a sealed vote', () => {
  it('keeps a vote sealed here when the other laptop, later by clock, recorded other counts', () => {
    const { a, b, voteId } = twoLaptops();
    countAndSeal(a, voteId, 60, 40);
    b.run(recordCounts(b.row('vote', voteId), figures(40, 60), ballots));
    const plan = a.merge(b);
    expect(plan.breaksSeal).toBeNull();
    expect(plan.conflicts.map((c) => [c.subject.key, c.subject.params])).toEqual([
      ['archive.conflict_sealedFigures', { value: '40–60–0' }],
    ]);
    expect(plan.conflicts[0]!.choices.map((c) => [c.key, c.events])).toEqual([['archive.keepSealed', []]]);
    expectStillSealed(a, voteId, 60, 40);
  });

  it('tells only the other laptop’s last figures, not each one typed on the way', () => {
    const { a, b, voteId } = twoLaptops();
    countAndSeal(a, voteId, 60, 40);
    b.run(recordCounts(b.row('vote', voteId), figures(30, 40), ballots));
    b.run(recordCounts(b.row('vote', voteId), figures(30, 70), ballots));
    b.run(closeVote(b.row('vote', voteId), hall));
    expect(a.merge(b).conflicts.map((c) => c.subject.params)).toEqual([{ value: '30–70–0' }]);
    expectStillSealed(a, voteId, 60, 40);
  });

  it('keeps it sealed, and finds nothing to ask, when the other laptop recorded the same counts', () => {
    const { a, b, voteId } = twoLaptops();
    countAndSeal(a, voteId, 60, 40);
    b.run(recordCounts(b.row('vote', voteId), figures(60, 40), ballots));
    expect(a.merge(b).conflicts).toEqual([]);
    expectStillSealed(a, voteId, 60, 40);
  });

  it('keeps it sealed when the other laptop recorded other counts earlier by clock than the seal', () => {
    const { clock, a, b, voteId } = twoLaptops();
    a.run(recordCounts(a.row('vote', voteId), figures(60, 40), ballots));
    const earlier = clock.next();
    a.run(closeVote(a.row('vote', voteId), hall));
    a.run(sealVote(a.row('vote', voteId), '', ['李娜'], 'laptop-a', 'T'));
    b.run(recordCounts(b.row('vote', voteId), figures(40, 60), ballots), earlier);
    const plan = a.merge(b);
    expect(plan.conflicts.map((c) => c.subject.key)).toEqual(['archive.conflict_sealedFigures']);
    expectStillSealed(a, voteId, 60, 40);
  });

  it('gives the other laptop, merging the sealed one in, the sealed result and its conflict', () => {
    const { a, b, voteId } = twoLaptops();
    countAndSeal(a, voteId, 60, 40);
    b.run(recordCounts(b.row('vote', voteId), figures(40, 60), ballots));
    const plan = b.merge(a);
    expect(plan.breaksSeal).toBeNull();
    expect(plan.conflicts.map((c) => c.subject.key)).toEqual(['archive.conflict_sealedFigures']);
    expectStillSealed(b, voteId, 60, 40);
  });

  it('refuses to merge a vote sealed on both laptops with different results, changing nothing', () => {
    const { a, b, voteId } = twoLaptops();
    countAndSeal(b, voteId, 40, 60);
    countAndSeal(a, voteId, 60, 40);
    const before = [...a.commits];
    expect(a.merge(b).breaksSeal).toBe('章程');
    expect(a.commits).toEqual(before);
    expect(b.merge(a).conflicts.map((c) => c.subject.key)).toEqual([
      'archive.conflict_sealedTwice',
      'archive.conflict_sealedFigures',
    ]);
    expectStillSealed(b, voteId, 40, 60);
  });

  it('never writes into a sealed result when a conflict is decided, nor lets its choice in', () => {
    const { a, b, voteId } = twoLaptops();
    a.run(recordCounts(a.row('vote', voteId), figures(60, 40), ballots));
    b.run(recordCounts(b.row('vote', voteId), figures(40, 60), ballots));
    a.merge(b);
    const [open] = conflictsOn(a);
    expect(open!.subject.key).toBe('archive.conflict_vote');
    a.run(closeVote(a.row('vote', voteId), hall));
    a.run(sealVote(a.row('vote', voteId), '', ['李娜'], 'laptop-a', 'T', 0));
    const sealed = (a.row('vote', voteId) as Vote).counts;
    expect(resolveConflict(open!, 0, true)).toMatchObject({
      ok: false,
      errors: [{ message: 'archive.choiceWritesIntoSealed' }],
    });
    a.run({ ok: true, entityId: voteId, events: open!.choices[0]!.events });
    expectStillSealed(a, voteId, sealed.yes, sealed.no);
  });

  it('is not unsealed by the other laptop reopening a seal of its own', () => {
    const { a, b, voteId } = twoLaptops();
    countAndSeal(a, voteId, 60, 40);
    countAndSeal(b, voteId, 55, 45);
    b.run(reopenVote(b.row('vote', voteId), 'recount', '王伟', 'laptop-b', 'T'));
    countAndSeal(b, voteId, 30, 70);
    const plan = a.merge(b);
    expect(plan.breaksSeal).toBeNull();
    expect(plan.conflicts.map((c) => c.subject.key)).toContain('archive.conflict_sealedTwice');
    expectStillSealed(a, voteId, 60, 40);
    expect((a.row('vote', voteId) as Vote).seals).toHaveLength(1);
    expect(b.merge(a).breaksSeal).toBe('章程');
  });

  it('tells this laptop what its own figures became when the other laptop’s seal decides them', () => {
    const { a, b, voteId } = twoLaptops();
    b.run(recordCounts(b.row('vote', voteId), figures(40, 60), ballots));
    countAndSeal(a, voteId, 60, 40);
    const plan = b.merge(a);
    expect(plan.conflicts.map((c) => [c.subject.key, c.subject.params])).toEqual([
      ['archive.conflict_sealedFigures', { value: '40–60–0' }],
    ]);
    expectStillSealed(b, voteId, 60, 40);
  });
});

describe('a conflict decided on two laptops', () => {
  it('keeps the earlier decision, and shows the other as a new conflict, never the last writer in silence', () => {
    const { a, b, voteId } = twoLaptops();
    a.run(recordCounts(a.row('vote', voteId), figures(60, 40), ballots));
    b.run(recordCounts(b.row('vote', voteId), figures(40, 60), ballots));
    a.merge(b);
    b.merge(a);
    const [onA] = conflictsOn(a);
    const [onB] = conflictsOn(b);
    expect(onB!.id).toBe(onA!.id);
    a.run(resolveConflict(onA!, 0));
    b.run(resolveConflict(onB!, 1));
    const plan = a.merge(b);
    expect(plan.conflicts.map((c) => c.subject.key)).toEqual(['archive.conflict_vote']);
    expect(conflictsOn(a).find((c) => c.id === onA!.id)!.resolvedWith).toBe(0);
  });

  it('does not ask again about a conflict the other laptop already decided', () => {
    const { a, b, voteId } = twoLaptops();
    a.run(recordCounts(a.row('vote', voteId), figures(60, 40), ballots));
    b.run(recordCounts(b.row('vote', voteId), figures(40, 60), ballots));
    a.merge(b);
    a.run(resolveConflict(conflictsOn(a)[0]!, 0));
    expect(b.merge(a).conflicts).toEqual([]);
    expect((b.row('vote', voteId) as Vote).counts).toEqual(figures(60, 40));
  });
});
