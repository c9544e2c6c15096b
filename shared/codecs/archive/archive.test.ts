import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { readArchive, writeArchive, brokenSeal } from './eventArchive';
import { asNewEvent } from './restoreAsNew';
import { planMerge, recordMerge, resolveConflict } from './mergeArchive';
import { endOfDayLog } from '../../documents/minutes/testing/assemblyRecord';
import { commitOf, type Commit, type DomainEvent, type PlannedEvent } from '../../core/domain/events';
import { replayEvents } from '../../core/domain/reducers';
import { resultOf } from '../../rules/votes/voteCommands';
import type { Conflict, Election, Vote } from '../../core/domain/entities';

const { record, commits } = endOfDayLog();
const conference = { id: record.conference.id, name: record.conference.name };
const archive = writeArchive(commits, conference, '0.1.0', '2026-12-10T12:00:00.000Z');
/** Read on the day of the test event, so that its clocks are not "far ahead". */
const readArchiveOn = (bytes: Uint8Array) => readArchive(bytes, { now: Date.UTC(2026, 11, 10, 12) });

/** Rewrites one file of the archive; with `checksums`, the manifest is made to agree (a careful forger). */
function tamper(
  bytes: Uint8Array,
  path: string,
  edit: (text: string) => string,
  checksums: boolean,
): Uint8Array {
  const files = unzipSync(bytes);
  files[path] = strToU8(edit(strFromU8(files[path]!)));
  if (checksums) {
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    for (const file of manifest.files)
      if (file.path === path)
        Object.assign(file, { sha256: bytesToHex(sha256(files[path]!)), bytes: files[path]!.length });
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
  }
  return zipSync(files);
}

let n = 0;
/** A commit made on another laptop, after the archive was written. */
function later(events: PlannedEvent[], device = 'laptop-2'): Commit {
  return commitOf(
    events.map(
      (e) =>
        ({
          ...e,
          id: `X${device}${++n}`,
          type: `${e.payload.kind}.${e.payload.op}`,
          v: 1,
          deviceId: device,
          actor: device,
          hlc: `${String(Date.UTC(2026, 11, 10, 6, 0, n)).padStart(15, '0')}-000000-${device}`,
          at: 'later',
        }) as DomainEvent,
    ),
  );
}

describe('the event archive', () => {
  it('reads back every commit, with the manifest naming the event and every file’s checksum', () => {
    const read = readArchiveOn(archive);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.commits).toEqual([...commits].sort((a, b) => (a.hlc < b.hlc ? -1 : 1)));
    expect(read.manifest).toMatchObject({
      format: 'plenum-event-archive',
      formatVersion: 2,
      conference,
      commits: commits.length,
    });
    expect(read.manifest.files.map((f) => f.path)).toEqual(['log.jsonl']);
  });

  it(
    'refuses a truncated file, an edited log, ' +
      'an edited result with recomputed checksums, a newer format, a stray file',
    () => {
      expect(readArchiveOn(archive.slice(0, archive.length - 200))).toEqual({
        ok: false,
        problem: { code: 'notZip' },
      });
      const edit = (text: string) => text.replaceAll('"yes":122', '"yes":132');
      expect(readArchiveOn(tamper(archive, 'log.jsonl', edit, false))).toEqual({
        ok: false,
        problem: { code: 'checksum', file: 'log.jsonl' },
      });
      expect(readArchiveOn(tamper(archive, 'log.jsonl', edit, true))).toEqual({
        ok: false,
        problem: { code: 'sealMismatch', title: '审议并表决联盟章程' },
      });
      expect(
        readArchiveOn(
          tamper(
            archive,
            'manifest.json',
            (t) => t.replace('"formatVersion": 2', '"formatVersion": 3'),
            false,
          ),
        ),
      ).toEqual({ ok: false, problem: { code: 'newerFormat', version: 3 } });
      expect(readArchiveOn(zipSync({ ...unzipSync(archive), 'extra.txt': strToU8('x') }))).toEqual({
        ok: false,
        problem: { code: 'unlistedFile', file: 'extra.txt' },
      });
      expect(readArchiveOn(strToU8('not a zip'))).toEqual({ ok: false, problem: { code: 'notZip' } });
    },
  );

  it(
    'restores as a new event beside the original: new ids for records kept in tables of their own, ' +
      'the same counts and results, seals that verify',
    () => {
      const copy = asNewEvent(commits);
      expect(copy.conferenceId).not.toBe(conference.id);
      const original = replayEvents(commits.flatMap((c) => c.events));
      const restored = replayEvents(copy.commits.flatMap((c) => c.events));
      expect(restored.size).toBe(original.size);
      const votes = (rows: typeof original) => [...rows.values()].filter((r): r is Vote => 'rollCall' in r);
      expect(votes(restored).map((v) => resultOf(v))).toEqual(votes(original).map((v) => resultOf(v)));
      expect(votes(restored)[0]!.id).not.toBe(votes(original)[0]!.id);
      expect(brokenSeal(copy.commits)).toBeNull();
      expect(new Set(copy.commits.map((c) => c.id)).size).toBe(commits.length);
      expect(copy.commits.some((c) => commits.some((o) => o.id === c.id))).toBe(false);
    },
  );
});

describe('merging an archive', () => {
  const vote = [...replayEvents(commits.flatMap((c) => c.events)).values()].find(
    (r): r is Vote => 'rollCall' in r,
  )!;
  const election = [...replayEvents(commits.flatMap((c) => c.events)).values()].find(
    (r): r is Election => 'posts' in r,
  )!;
  const patch = (kind: string, entityId: string, p: object): PlannedEvent =>
    ({ conferenceId: conference.id, entityId, payload: { kind, op: 'updated', patch: p } }) as PlannedEvent;
  const reopening = (kind: string, record: Vote | Election) =>
    patch(kind, record.id, {
      status: 'counting',
      reopenings: [{ reason: 'recount', at: 'T', by: 'desk 1', name: '李娜' }],
    });
  /** Both laptops start from the day's log with the results reopened for a recount. */
  const base = [...commits, later([reopening('vote', vote), reopening('election', election)], 'laptop-1')];

  it('adds nothing when the event already has every commit', () => {
    expect(planMerge(commits, commits)).toEqual({
      commits: [],
      conflicts: [],
      corrections: [],
      breaksSeal: null,
    });
  });

  it('adds only what the other laptop made', () => {
    const theirs = later([patch('vote', vote.id, { note: 'read out at 11:02' })]);
    const plan = planMerge(base, [...base, theirs]);
    expect(plan.commits).toEqual([theirs]);
    expect(plan.conflicts).toEqual([]);
  });

  it('shows counts set differently on two laptops as a conflict, and resolves it only by the tellers’ choice', () => {
    const ours = later(
      [patch('vote', vote.id, { counts: { yes: 120, no: 10, abstain: 4, invalid: 1 } })],
      'laptop-1',
    );
    const theirs = later([patch('vote', vote.id, { counts: { yes: 121, no: 9, abstain: 4, invalid: 1 } })]);
    const plan = planMerge([...base, ours], [...base, theirs]);
    expect(plan.commits).toEqual([theirs]);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]).toMatchObject({
      recordId: vote.id,
      subject: { key: 'archive.conflict_vote', params: { field: 'counts' } },
      resolvedWith: null,
    });
    const recorded = recordMerge(conference.id, plan);
    if (!recorded.ok) throw new Error('not ok');
    const conflict = {
      ...(recorded.events[0]!.payload as { fields: object }).fields,
      id: 'c1',
      conferenceId: conference.id,
    } as Conflict;
    const chosen = resolveConflict(conflict, 1);
    expect(chosen).toMatchObject({
      ok: true,
      events: [
        { entityId: vote.id, payload: { patch: { counts: { yes: 121 } } } },
        { entityId: 'c1', payload: { patch: { resolvedWith: 1 } } },
      ],
    });
    expect(resolveConflict({ ...conflict, resolvedWith: 0 }, 1)).toMatchObject({ ok: false });
  });

  it(
    'compares only the other laptop’s last word on a field: ' +
      'counts typed one change at a time that end the same are no conflict',
    () => {
      const final = { yes: 120, no: 10, abstain: 4, invalid: 1 };
      const ours = later([patch('vote', vote.id, { counts: final })], 'laptop-1');
      const typing = later([patch('vote', vote.id, { counts: { ...final, no: 1 } })]);
      const theirs = later([patch('vote', vote.id, { counts: final })]);
      expect(planMerge([...base, ours], [...base, typing, theirs]).conflicts).toEqual([]);
      const different = later([patch('vote', vote.id, { counts: { ...final, yes: 119 } })]);
      const plan = planMerge([...base, ours], [...base, typing, different]);
      expect(plan.conflicts).toHaveLength(1);
      expect(plan.conflicts[0]!.choices[1]!.params.value).toContain('"yes":119');
    },
  );

  it('joins roll-call votes of different voters, and shows the same voter’s different votes as a conflict', () => {
    const ours = later(
      [
        patch('vote', vote.id, {
          rollCall: [
            { voterId: 'A', choice: 'yes', weight: 1 },
            { voterId: 'B', choice: 'no', weight: 1 },
          ],
        }),
      ],
      'laptop-1',
    );
    const theirs = later([
      patch('vote', vote.id, {
        rollCall: [
          { voterId: 'B', choice: 'yes', weight: 1 },
          { voterId: 'C', choice: 'abstain', weight: 1 },
        ],
      }),
    ]);
    const plan = planMerge([...base, ours], [...base, theirs]);
    expect(plan.conflicts.map((c) => c.subject)).toEqual([
      { key: 'archive.conflict_rollCall', params: { voter: 'B' } },
    ]);
    expect(
      (plan.corrections[0]!.payload as { patch: { rollCall: { voterId: string }[] } }).patch.rollCall.map(
        (e) => e.voterId,
      ),
    ).toEqual(['A', 'C', 'B']);
  });

  it('shows a seat’s ballot issued on both laptops, and a paper number entered on both, as conflicts', () => {
    const issue = record.issues[0]!;
    const paper = record.papers[0]!;
    const created = (kind: string, entityId: string, fields: object): PlannedEvent =>
      ({ conferenceId: conference.id, entityId, payload: { kind, op: 'created', fields } }) as PlannedEvent;
    const theirs = later([
      created('ballotIssue', 'issue-2', {
        electionId: issue.electionId,
        voterId: issue.voterId,
        seatId: issue.seatId,
        desk: 'desk 7',
      }),
      created('ballotEntry', 'paper-2', {
        electionId: paper.electionId,
        paper: paper.paper,
        teller: paper.teller,
        marks: paper.marks,
        spoilt: true,
        weight: 1,
      }),
    ]);
    const plan = planMerge(base, [...base, theirs]);
    expect(plan.conflicts.map((c) => c.subject.key).sort()).toEqual([
      'archive.conflict_ballotTwice',
      'archive.conflict_paperTwice',
    ]);
    const twice = plan.conflicts.find((c) => c.subject.key === 'archive.conflict_paperTwice')!;
    expect(twice.recordId).toBe(paper.electionId);
    expect(twice.choices.map((c) => c.events.map((e) => [e.entityId, e.payload.op]))).toEqual([
      [['paper-2', 'deleted']],
      [[paper.id, 'deleted']],
    ]);
  });
});

describe('when to back up', () => {
  it('at once after an import, a seal or a reopening; otherwise at the next interval', async () => {
    const { backupReason } = await import('./backupPolicy');
    const event = (kind: string, op: string, body: object) =>
      ({ payload: { kind, op, ...body } }) as unknown as DomainEvent;
    expect(backupReason([event('importBatch', 'created', { fields: {} })])).toBe('import');
    expect(backupReason([event('vote', 'updated', { patch: { status: 'sealed' } })])).toBe('seal');
    expect(
      backupReason([event('election', 'updated', { patch: { status: 'counting', reopenings: [{}] } })]),
    ).toBe('reopen');
    expect(
      backupReason([
        event('election', 'updated', { patch: { status: 'closed' } }),
        event('attendance', 'created', { fields: {} }),
      ]),
    ).toBeNull();
  });
});
