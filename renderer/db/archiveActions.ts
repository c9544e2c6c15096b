import type { CommandResult } from '../../shared/core/domain/commands';
import type { Commit } from '../../shared/core/domain/events';
import type { Conflict } from '../../shared/core/domain/entities';
import type { ArchiveProblem } from '../../shared/codecs/archive/archiveFormat';
import { readArchive, writeArchive } from '../../shared/codecs/archive/eventArchive';
import { asNewEvent } from '../../shared/codecs/archive/restoreAsNew';
import { sealedResults, type SealedResult } from '../../shared/codecs/archive/sealedResults';
import { planMerge, recordMerge, resolveConflict } from '../../shared/codecs/archive/mergeArchive';
import type { EventStore } from './eventStore';

export const APP_VERSION = __APP_VERSION__;

async function logOf(store: EventStore, conferenceId: string): Promise<Commit[]> {
  return store.db.commits
    .where('[conferenceId+hlc]')
    .between([conferenceId, ''], [conferenceId, '\uffff'])
    .toArray();
}

/** The event's archive: the whole log in one file (docs/archive-format.md). */
export async function exportArchive(store: EventStore, conferenceId: string): Promise<Uint8Array> {
  const conference = await store.db.conferences.get(conferenceId);
  if (!conference) throw new Error('no such event');
  return writeArchive(
    await logOf(store, conferenceId),
    { id: conferenceId, name: conference.name },
    APP_VERSION,
    new Date().toISOString(),
  );
}

/** Why an archive that reads well is still not taken in here. */
export type StoreProblem =
  | { code: 'foreignRecord'; id: string }
  | { code: 'breaksSeal'; title: string }
  | { code: 'notWritten'; detail: string };

export type RestoreOutcome =
  | { ok: true; conferenceId: string; copy: boolean; sealed: SealedResult[] }
  | { ok: false; problem: ArchiveProblem | StoreProblem };

/**
 * A failure while writing is said like any refusal: the store writes in one transaction, so
 * nothing of the archive was kept.
 */
async function orNotWritten<T>(work: () => Promise<T>): Promise<T | { ok: false; problem: StoreProblem }> {
  try {
    return await work();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { code: 'notWritten', detail } };
  }
}

/**
 * An archive restored as an event: as it is when this laptop does not have the event (the spare
 * laptop), as a new copy beside it when it does. Checked whole before anything is written.
 */
export function restoreArchive(
  store: EventStore,
  bytes: Uint8Array,
  now = Date.now(),
): Promise<RestoreOutcome> {
  return orNotWritten(() => restoreChecked(store, bytes, now));
}

async function restoreChecked(store: EventStore, bytes: Uint8Array, now: number): Promise<RestoreOutcome> {
  const read = readArchive(bytes, { now });
  if (!read.ok) return read;
  const exists = Boolean(await store.db.conferences.get(read.manifest.conference.id));
  const { conferenceId, commits } = exists
    ? asNewEvent(read.commits)
    : { conferenceId: read.manifest.conference.id, commits: read.commits };
  const foreign = await store.foreignRecord(conferenceId, commits);
  if (foreign) return { ok: false, problem: { code: 'foreignRecord', id: foreign } };
  await store.importCommits(conferenceId, commits);
  return { ok: true, conferenceId, copy: exists, sealed: sealedResults(commits) };
}

export type MergeOutcome =
  | { ok: true; added: number; conflicts: number }
  | { ok: false; problem: ArchiveProblem | StoreProblem | { code: 'notThisEvent' } };

/**
 * An archive of this event from another laptop: what is new is added, what the two recorded apart
 * is shown as conflicts.
 */
export function mergeArchive(
  store: EventStore,
  conferenceId: string,
  bytes: Uint8Array,
  now = Date.now(),
): Promise<MergeOutcome> {
  return orNotWritten(() => mergeChecked(store, conferenceId, bytes, now));
}

async function mergeChecked(
  store: EventStore,
  conferenceId: string,
  bytes: Uint8Array,
  now: number,
): Promise<MergeOutcome> {
  const read = readArchive(bytes, { now });
  if (!read.ok) return read;
  if (read.manifest.conference.id !== conferenceId) return { ok: false, problem: { code: 'notThisEvent' } };
  const plan = planMerge(await logOf(store, conferenceId), read.commits);
  if (plan.commits.length === 0) return { ok: true, added: 0, conflicts: 0 };
  if (plan.breaksSeal) return { ok: false, problem: { code: 'breaksSeal', title: plan.breaksSeal } };
  const foreign = await store.foreignRecord(conferenceId, plan.commits);
  if (foreign) return { ok: false, problem: { code: 'foreignRecord', id: foreign } };
  const { added } = await store.importCommits(conferenceId, plan.commits, () =>
    recordMerge(conferenceId, plan),
  );
  return { ok: true, added, conflicts: plan.conflicts.length };
}

export const resolveConflictAction = (
  store: EventStore,
  conflict: Conflict,
  choice: number,
): Promise<CommandResult> =>
  store.run(async () => {
    const current = (await store.db.conflicts.get(conflict.id)) ?? conflict;
    const record =
      (await store.db.votes.get(current.recordId)) ?? (await store.db.elections.get(current.recordId));
    return resolveConflict(current, choice, record?.status === 'sealed');
  });
