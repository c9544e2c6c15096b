import { createRequire } from 'node:module';
import type { Commit } from '../shared/core/domain/events';
import type { Language, Translate } from '../shared/locales';
import { inLanguage } from '../shared/core/domain/trilingual';
import { readArchive, writeArchive, type ReadArchive } from '../shared/codecs/archive/eventArchive';
import { planMerge, recordMerge, type ConflictFields } from '../shared/codecs/archive/mergeArchive';
import { resultTitles, sealedResults, type SealedResult } from '../shared/codecs/archive/sealedResults';
import { stampCommit } from '../shared/codecs/archive/stampCommit';
import type { ArchiveProblem } from '../shared/codecs/archive/archiveFormat';

export interface ArchiveIo {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (file: string) => Uint8Array;
  writeFile: (file: string, bytes: Uint8Array) => void;
  now: () => number;
}

type Problem = ArchiveProblem | { code: 'notThisEvent' } | { code: 'breaksSeal'; title: string };

/** The version the archives this command writes name: the package's, as the app's own. */
const APP_VERSION = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
const CLI_DEVICE = 'plenum-cli';

function problemText(problem: Problem, t: Translate): string {
  const { code, ...params } = problem;
  return t(`archive.problem_${code}`, params as Record<string, string | number>);
}

function refuse(io: ArchiveIo, file: string, problem: Problem, t: Translate, json: boolean): number {
  const message = problemText(problem, t);
  if (json) io.out(JSON.stringify({ ok: false, file, problem, message }, null, 2));
  else io.err(`${file}: ${message}`);
  return 2;
}

/** The archive read exactly as the restore screen reads it; a file that cannot be opened is a refusal too. */
function readFrom(io: ArchiveIo, file: string): ReadArchive {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (error) {
    return {
      ok: false,
      problem: { code: 'unreadable', detail: error instanceof Error ? error.message : String(error) },
    };
  }
  return readArchive(bytes, { now: io.now() });
}

function sealLine(result: SealedResult, language: Language): string {
  const round = result.round ? ` (round ${result.round})` : '';
  const tellers = result.seal.tellers?.length ? `, tellers ${result.seal.tellers.join(', ')}` : '';
  const verdict = result.verifies ? 'verifies' : `DOES NOT VERIFY (the record gives ${result.recomputed})`;
  return (
    `  ${result.kind} “${inLanguage(result.title, language)}”${round}: fingerprint ${result.seal.fingerprint}, ` +
    `sealed ${result.seal.at} on ${result.seal.by}${tellers} — ${verdict}`
  );
}

function eventCounts(commits: readonly Commit[]) {
  return { commits: commits.length, events: commits.reduce((n, c) => n + c.events.length, 0) };
}

/** plenum verify ARCHIVE [--json]: the event, its log and each sealed result with its fingerprint. */
export function verifyArchive(
  file: string,
  json: boolean,
  language: Language,
  t: Translate,
  io: ArchiveIo,
): number {
  const read = readFrom(io, file);
  if (!read.ok) return refuse(io, file, read.problem, t, json);
  const { manifest, commits } = read;
  const sealed = sealedResults(commits);
  if (json) {
    io.out(
      JSON.stringify(
        {
          ok: true,
          file,
          conference: manifest.conference,
          formatVersion: manifest.formatVersion,
          createdAt: manifest.createdAt,
          appVersion: manifest.appVersion,
          ...eventCounts(commits),
          sealed,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const { commits: n, events } = eventCounts(commits);
  io.out(
    [
      `${file}: readable, nothing refused`,
      `event: ${inLanguage(manifest.conference.name, language)} (${manifest.conference.id})`,
      `archive: format ${manifest.formatVersion}, written ${manifest.createdAt} by Plenum ${manifest.appVersion}`,
      `log: ${n} commits, ${events} events`,
      `sealed results (${sealed.length}):`,
      ...sealed.map((result) => sealLine(result, language)),
    ].join('\n'),
  );
  return 0;
}

function conflictLine(conflict: ConflictFields, titles: ReadonlyMap<string, string>, t: Translate): string {
  const choices = conflict.choices.map((c, i) => `[${i + 1}] ${t(c.key, c.params)}`).join('  ');
  const record = titles.get(conflict.recordId) ?? conflict.recordId;
  return `  ${record} — ${t(conflict.subject.key, conflict.subject.params)}\n    ${choices}`;
}

export interface MergeArgs {
  base: string;
  other: string;
  out: string;
  json: boolean;
  language: Language;
}

/**
 * plenum merge BASE OTHER --out MERGED [--json]: the other laptop's archive merged into the base as
 * the Archive screen merges it. Conflicts are written into MERGED undecided, for the tellers.
 */
export function mergeArchives(args: MergeArgs, t: Translate, io: ArchiveIo): number {
  const base = readFrom(io, args.base);
  if (!base.ok) return refuse(io, args.base, base.problem, t, args.json);
  const other = readFrom(io, args.other);
  if (!other.ok) return refuse(io, args.other, other.problem, t, args.json);
  if (other.manifest.conference.id !== base.manifest.conference.id)
    return refuse(io, args.other, { code: 'notThisEvent' }, t, args.json);
  const plan = planMerge(base.commits, other.commits);
  if (plan.breaksSeal)
    return refuse(io, args.other, { code: 'breaksSeal', title: plan.breaksSeal }, t, args.json);
  const merged = [...base.commits, ...plan.commits];
  const recorded = recordMerge(base.manifest.conference.id, plan);
  if (recorded.ok && recorded.events.length)
    merged.push(
      stampCommit(recorded.events, merged, { deviceId: CLI_DEVICE, actor: 'plenum merge', now: io.now() }),
    );
  const bytes = writeArchive(merged, base.manifest.conference, APP_VERSION, new Date(io.now()).toISOString());
  io.writeFile(args.out, bytes);
  const titles = new Map(
    [...resultTitles(merged)].map(([id, title]) => [id, inLanguage(title, args.language)] as const),
  );
  const conflicts = plan.conflicts.map((c) => ({
    record: titles.get(c.recordId) ?? c.recordId,
    subject: t(c.subject.key, c.subject.params),
    choices: c.choices.map((choice) => t(choice.key, choice.params)),
  }));
  if (args.json)
    io.out(JSON.stringify({ ok: true, out: args.out, added: plan.commits.length, conflicts }, null, 2));
  else
    io.out(
      [
        `${args.out}: ${plan.commits.length} commits added from ${args.other}`,
        `conflicts for the tellers (${plan.conflicts.length})${plan.conflicts.length ? ':' : ''}`,
        ...plan.conflicts.map((c) => conflictLine(c, titles, t)),
      ].join('\n'),
    );
  return plan.conflicts.length ? 1 : 0;
}
