import type { Commit } from '../../core/domain/events';
import { factOf } from '../../core/domain/facts';
import type { ArchiveProblem } from './archiveFormat';

/**
 * Format 1 named every event by its record's kind and operation (`vote.updated`); format 2 names
 * the fact (`result.sealed`), which is read from the payload itself: a format-1 log is upcast by
 * naming each of its events so. Payloads are unchanged, so every seal verifies as it did.
 */
export function upcastFormat1(commits: readonly Commit[]): Commit[] {
  return commits.map((commit) => ({
    ...commit,
    events: commit.events.map((event) => ({ ...event, type: factOf(event.payload) })),
  }));
}

/** In format 2 an event's type must be the fact its payload states: a mislabelled one is refused. */
export function mislabelledFact(commits: readonly Commit[]): ArchiveProblem | null {
  for (const [i, commit] of commits.entries())
    for (const event of commit.events)
      if (event.type !== factOf(event.payload))
        return { code: 'badEventType', line: i + 1, type: String(event.type).slice(0, 60) };
  return null;
}
