import type { CommandResult } from '../../shared/core/domain/commands';
import type { Commit } from '../../shared/core/domain/events';
import type { Conflict } from '../../shared/core/domain/entities';
import type { ArchiveProblem } from '../../shared/codecs/archive/archiveFormat';
import { readArchive, writeArchive } from '../../shared/codecs/archive/eventArchive';
import { asNewEvent } from '../../shared/codecs/archive/restoreAsNew';
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

export type RestoreOutcome =
  { ok: true; conferenceId: string; copy: boolean } | { ok: false; problem: ArchiveProblem };

/**
 * An archive restored as an event: as it is when this laptop does not have the event (the spare
 * laptop), as a new copy beside it when it does. Checked whole before anything is written.
 */
export async function restoreArchive(store: EventStore, bytes: Uint8Array): Promise<RestoreOutcome> {
  const read = readArchive(bytes);
  if (!read.ok) return read;
  const exists = Boolean(await store.db.conferences.get(read.manifest.conference.id));
  const { conferenceId, commits } = exists
    ? asNewEvent(read.commits)
    : { conferenceId: read.manifest.conference.id, commits: read.commits };
  await store.importCommits(conferenceId, commits);
  return { ok: true, conferenceId, copy: exists };
}

export type MergeOutcome =
  | { ok: true; added: number; conflicts: number }
  | { ok: false; problem: ArchiveProblem | { code: 'notThisEvent' } };

/**
 * An archive of this event from another laptop: what is new is added, what the two recorded apart
 * is shown as conflicts.
 */
export async function mergeArchive(
  store: EventStore,
  conferenceId: string,
  bytes: Uint8Array,
): Promise<MergeOutcome> {
  const read = readArchive(bytes);
  if (!read.ok) return read;
  if (read.manifest.conference.id !== conferenceId) return { ok: false, problem: { code: 'notThisEvent' } };
  const plan = planMerge(await logOf(store, conferenceId), read.commits);
  if (plan.commits.length === 0) return { ok: true, added: 0, conflicts: 0 };
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
  store.run(async () => resolveConflict((await store.db.conflicts.get(conflict.id)) ?? conflict, choice));
