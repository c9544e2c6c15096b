// Benchmark: verifying and merging the archive of a 20,000-attendee event, as a user runs them —
// `plenum verify` and `plenum merge`, each a process of its own, timed from start to exit, with
// the peak memory GNU time reports. The event: the demo assembly with 20,000 more attendees, each
// checked in (a commit each, as the desk writes them), and the charter vote counted and sealed;
// the other laptop's archive adds 2,000 more check-ins and departures made apart.
// Run: npm run bench:archive
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AnyEntity, Attendance, Attendee, Vote } from '../shared/core/domain/entities';
import type { CommandResult } from '../shared/core/domain/commands';
import type { Commit } from '../shared/core/domain/events';
import { projectEvent } from '../shared/core/domain/reducers';
import { planDemoConference } from '../shared/demo/demoConference';
import { checkIn, markLeft } from '../shared/rules/checkin/checkInCommands';
import { blankVote } from '../shared/rules/votes/blankVote';
import { closeVote, createVote, openVote, recordCounts, sealVote } from '../shared/rules/votes/voteCommands';
import { writeArchive } from '../shared/codecs/archive/eventArchive';
import { stampCommit } from '../shared/codecs/archive/stampCommit';

const RUNS = Number(process.env.RUNS ?? 3);
const EXTRA = 20_000;
const START = Date.UTC(2026, 11, 1, 8);

class Log {
  commits: Commit[] = [];
  rows = new Map<string, AnyEntity>();
  constructor(
    private readonly deviceId: string,
    private now: number,
  ) {}
  write(result: CommandResult): string {
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    this.now += 50;
    const last = this.commits.at(-1);
    const commit = stampCommit(result.events, last ? [last] : [], {
      deviceId: this.deviceId,
      actor: this.deviceId,
      now: this.now,
    });
    this.commits.push(commit);
    for (const event of commit.events) {
      // Attendance at the main sitting has its attendee's id: rows are kept by kind and id.
      const key = `${event.payload.kind}:${event.entityId}`;
      const row = projectEvent(this.rows.get(key), event);
      if (row) this.rows.set(key, row);
    }
    return result.entityId;
  }
  fork(deviceId: string): Log {
    const log = new Log(deviceId, this.now);
    log.commits = [...this.commits];
    log.rows = new Map(this.rows);
    return log;
  }
}

function buildEvent() {
  const demo = planDemoConference({ extraAttendees: EXTRA });
  const base = new Log('dev-desk01', START);
  base.write({ ok: true, entityId: demo.conferenceId, events: demo.events });
  const attendees = [...base.rows.values()].filter(
    (r): r is Attendee => 'familyNameZh' in r && 'category' in r,
  );
  const desk = { desk: 'Desk 1', now: new Date(START).toISOString() };
  for (const a of attendees) base.write(checkIn(a, undefined, 'scan', desk));
  const hall = { entitled: 153, present: 153, at: desk.now };
  const title = { zh: '审议并表决联盟章程', ru: 'Голосование по уставу', en: 'Adoption of the charter' };
  const voteId = base.write(createVote(demo.conferenceId, { ...blankVote(), title }));
  const vote = () => base.rows.get(`vote:${voteId}`) as Vote;
  base.write(openVote(vote(), hall));
  base.write(
    recordCounts(vote(), { yes: 140, no: 8, abstain: 4, invalid: 1 }, { issued: 153, returned: 153 }),
  );
  base.write(closeVote(vote(), hall));
  base.write(sealVote(vote(), '', ['李娜', '王伟'], 'Desk 1', desk.now));
  const other = base.fork('dev-desk02');
  for (const a of attendees.slice(0, 2_000)) {
    const current = other.rows.get(`attendance:${a.id}`) as Attendance | undefined;
    other.write(markLeft(a, current, desk));
  }
  return { demo, base, other, attendees: attendees.length };
}

const GNU_TIME = '/usr/bin/time';

function runOnce(args: string[]) {
  const command = ['node', '--import', 'tsx', 'cli/plenum.ts', ...args];
  const started = performance.now();
  const run = spawnSync(GNU_TIME, ['-f', 'peak %M', ...command], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const ms = performance.now() - started;
  const peak = /peak (\d+)\s*$/.exec(run.stderr ?? '');
  return { ms, peakMb: peak ? Number(peak[1]) / 1024 : NaN, status: run.status };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const MiB = 1024 * 1024;

const built = buildEvent();
const dir = mkdtempSync(path.join(os.tmpdir(), 'plenum-archive-'));
try {
  const name = built.base.rows.get(`conference:${built.demo.conferenceId}`) as unknown as {
    name: Vote['title'];
  };
  const conference = { id: built.demo.conferenceId, name: name.name };
  const written = new Date(START + 86_400_000).toISOString();
  const baseFile = path.join(dir, 'base.zip');
  const otherFile = path.join(dir, 'other.zip');
  writeFileSync(baseFile, writeArchive(built.base.commits, conference, '0.1.0', written));
  writeFileSync(otherFile, writeArchive(built.other.commits, conference, '0.1.0', written));
  const rows: string[] = [];
  const measure = (label: string, args: string[], expected: number) => {
    const runs = Array.from({ length: RUNS }, () => runOnce(args));
    if (runs.some((r) => r.status !== expected))
      throw new Error(`${label}: exit ${runs.map((r) => r.status)}`);
    const time = median(runs.map((r) => r.ms)).toFixed(0);
    const peak = Math.max(...runs.map((r) => r.peakMb)).toFixed(0);
    rows.push(`| ${label} | ${time} ms | ${peak} MB |`);
  };
  measure('`plenum verify base.zip`', ['verify', baseFile], 0);
  measure(
    '`plenum merge base.zip other.zip --out merged.zip`',
    ['merge', baseFile, otherFile, '--out', path.join(dir, 'merged.zip')],
    0,
  );
  measure('`plenum verify merged.zip`', ['verify', path.join(dir, 'merged.zip')], 0);
  const cpu = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`;
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${date}, ${cpu}, ${Math.round(os.totalmem() / MiB)} MB, Node ${process.versions.node}`;
  console.log(`\n## Verifying and merging a 20,000-attendee archive — ${machine}\n`);
  const grouped = (n: number) => n.toLocaleString('en');
  console.log(
    `The event: ${grouped(built.attendees)} attendees, ${grouped(built.base.commits.length)} commits ` +
      `(base.zip ${(statSync(baseFile).size / MiB).toFixed(1)} MB); the other laptop's archive adds ` +
      `${grouped(built.other.commits.length - built.base.commits.length)} commits. ` +
      `Each command a process of its own; median time / highest peak of ${RUNS} runs.\n`,
  );
  console.log('| command | time | peak memory |');
  console.log('|---|---|---|');
  for (const row of rows) console.log(row);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
