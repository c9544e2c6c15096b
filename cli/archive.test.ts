import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { endOfDayLog } from '../shared/documents/minutes/testing/assemblyRecord';
import { writeArchive, readArchive } from '../shared/codecs/archive/eventArchive';
import {
  commitOf,
  eventType,
  type Commit,
  type DomainEvent,
  type PlannedEvent,
} from '../shared/core/domain/events';
import { encodeHlc } from '../shared/core/domain/hlc';
import { replayEvents } from '../shared/core/domain/reducers';
import type { Vote } from '../shared/core/domain/entities';
import { runInMemory } from './testing/runInMemory';
import { TestClock, TestLaptop } from '../shared/codecs/archive/testing/laptops';
import { blankVote } from '../shared/rules/votes/blankVote';
import { closeVote, createVote, openVote, recordCounts, sealVote } from '../shared/rules/votes/voteCommands';

const hall = { entitled: 100, present: 100, at: 'T' };

const { record, commits } = endOfDayLog();
const conference = { id: record.conference.id, name: record.conference.name };
const archiveOf = (log: readonly Commit[]) =>
  writeArchive(log, conference, '0.1.0', '2026-12-10T12:00:00.000Z');
const vote = [...replayEvents(commits.flatMap((c) => c.events)).values()].find(
  (r): r is Vote => 'rollCall' in r,
)!;

let n = 0;
/** A commit made on another laptop after the day's log. */
function later(planned: PlannedEvent[], device = 'laptop-2'): Commit {
  const wall = Date.UTC(2026, 11, 10, 6, 0, ++n);
  return commitOf(
    planned.map((e, i): DomainEvent => ({
      ...e,
      id: `${device}-${n}-${i}`,
      type: eventType(e.payload),
      v: 1,
      deviceId: device,
      actor: device,
      hlc: encodeHlc({ wall, counter: i, node: device }),
      at: new Date(wall).toISOString(),
    })),
  );
}
const patch = (p: object): PlannedEvent =>
  ({
    conferenceId: conference.id,
    entityId: vote.id,
    payload: { kind: 'vote', op: 'updated', patch: p },
  }) as PlannedEvent;

describe('plenum verify', () => {
  it('reads an archive as the restore does and lists each sealed result with its fingerprint', async () => {
    const files = { 'day.zip': archiveOf(commits) };
    const { code, out } = await runInMemory(['verify', 'day.zip'], files);
    expect(code).toBe(0);
    expect(out).toContain(`log: ${commits.length} commits`);
    expect(out).toContain(`vote “Adoption of the charter”: fingerprint ${vote.seals.at(-1)!.fingerprint}`);
    expect(out).toMatch(/verifies$/m);
    const json = JSON.parse((await runInMemory(['verify', 'day.zip', '--json'], files)).out);
    expect(json.ok).toBe(true);
    expect(json.sealed.length).toBeGreaterThan(1);
    expect(json.sealed.every((s: { verifies: boolean }) => s.verifies)).toBe(true);
  });

  it('refuses a crafted archive with the reason, in the language asked, exit 2', async () => {
    const files = unzipSync(archiveOf(commits));
    files['../escape.txt'] = strToU8('x');
    const crafted = { 'crafted.zip': zipSync(files) };
    const { code, err } = await runInMemory(['verify', 'crafted.zip', '--lang', 'ru'], crafted);
    expect(code).toBe(2);
    expect(err).toMatch(/^crafted\.zip: .*ничего не изменено/);
    const json = JSON.parse((await runInMemory(['verify', 'crafted.zip', '--json'], crafted)).out);
    expect(json).toMatchObject({ ok: false, file: 'crafted.zip' });
  });

  it('says a missing file is refused, never a stack trace', async () => {
    const { code, err } = await runInMemory(['verify', 'nowhere.zip'], {});
    expect(code).toBe(2);
    expect(err).toContain('nowhere.zip: ');
    expect(err).not.toContain('    at ');
  });
});

describe('plenum merge', () => {
  it('merges what is new and writes the conflicts into MERGED undecided, exit 1', async () => {
    const ours = later([patch({ note: 'read out at 11:02' })], 'laptop-1');
    const theirs = later([
      patch({ status: 'counting', counts: { yes: 40, no: 60, abstain: 0, invalid: 0 } }),
    ]);
    const files: Record<string, Uint8Array> = {
      'base.zip': archiveOf([...commits, ours]),
      'other.zip': archiveOf([...commits, theirs]),
    };
    const { code, out } = await runInMemory(['merge', 'base.zip', 'other.zip', '--out', 'merged.zip'], files);
    expect(code).toBe(1);
    expect(out).toContain('merged.zip: 1 commits added from other.zip');
    expect(out).toContain(
      'Adoption of the charter — the result is sealed; other figures recorded for it apart (40–60–0)',
    );
    const merged = readArchive(files['merged.zip']!, { now: Date.UTC(2026, 11, 10, 12) });
    if (!merged.ok) throw new Error(JSON.stringify(merged.problem));
    const rows = replayEvents(merged.commits.flatMap((c) => c.events));
    expect(rows.get(vote.id)).toMatchObject({ status: 'sealed', counts: vote.counts });
    expect([...rows.values()].filter((r) => 'choices' in r)).toHaveLength(1);
    expect((await runInMemory(['verify', 'merged.zip'], files)).code).toBe(0);
  });

  it('merges an archive with nothing new as it is, exit 0', async () => {
    const files: Record<string, Uint8Array> = { 'a.zip': archiveOf(commits), 'b.zip': archiveOf(commits) };
    const { code } = await runInMemory(['merge', 'a.zip', 'b.zip', '--out', 'm.zip', '--json'], files);
    expect(code).toBe(0);
    expect(files['m.zip']).toBeDefined();
  });

  it('refuses, writing nothing, a merge that would change a result sealed in the base', async () => {
    const clock = new TestClock();
    const a = new TestLaptop('laptop-a', clock);
    const [created] = a.run(
      createVote(conference.id, { ...blankVote(), title: { zh: '章程', ru: '', en: '' } }),
    );
    const id = created!.entityId;
    a.run(openVote(a.row('vote', id), hall));
    const b = a.copy('laptop-b');
    for (const [laptop, yes] of [
      [b, 40],
      [a, 60],
    ] as const) {
      laptop.run(
        recordCounts(
          laptop.row('vote', id),
          { yes, no: 100 - yes, abstain: 0, invalid: 0 },
          { issued: 100, returned: 100 },
        ),
      );
      laptop.run(closeVote(laptop.row('vote', id), hall));
      laptop.run(sealVote(laptop.row('vote', id), '', ['李娜'], laptop.device, 'T'));
    }
    const files: Record<string, Uint8Array> = {
      'a.zip': archiveOf(a.commits),
      'b.zip': archiveOf(b.commits),
    };
    const result = await runInMemory(['merge', 'a.zip', 'b.zip', '--out', 'm.zip', '--lang', 'zh-CN'], files);
    expect(result.code).toBe(2);
    expect(result.err).toContain('合并会改变“章程”已封存的结果');
    expect(files['m.zip']).toBeUndefined();
  });

  it('refuses an archive of another event, and asks for --out', async () => {
    const files: Record<string, Uint8Array> = {
      'a.zip': archiveOf(commits),
      'b.zip': writeArchive(
        asOtherEvent(commits),
        { ...conference, id: 'other' },
        '0.1.0',
        '2026-12-10T12:00:00.000Z',
      ),
    };
    expect((await runInMemory(['merge', 'a.zip', 'b.zip', '--out', 'm.zip'], files)).code).toBe(2);
    expect((await runInMemory(['merge', 'a.zip', 'b.zip'], files)).code).toBe(64);
  });
});

function asOtherEvent(log: readonly Commit[]): Commit[] {
  return log.map((c) => ({
    ...c,
    conferenceId: 'other',
    events: c.events.map((e) => ({ ...e, conferenceId: 'other' })),
  }));
}
