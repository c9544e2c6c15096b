import type { CommandResult } from '../../shared/core/domain/commands';
import type { ElectorateSnapshot } from '../../shared/core/domain/entities';
import type { ReopenInput, SealInput } from '../../shared/rules/results/lifecycle';
import type { EventStore } from './eventStore';
import { deskName } from './openDatabase';

/** Who acts: the desk's name, else the laptop. */
export const by = (store: EventStore) => deskName() || store.deviceId;
export const now = () => new Date().toISOString();

/** Conflicts from a merged archive about this vote or election that no one has decided yet. */
export async function openConflicts(
  store: EventStore,
  conferenceId: string,
  recordId: string,
): Promise<number> {
  return (await store.db.conflicts.where('conferenceId').equals(conferenceId).toArray()).filter(
    (c) => c.recordId === recordId && c.resolvedWith === null && !c.deletedAt,
  ).length;
}

interface Counted {
  id: string;
  conferenceId: string;
}

/** How a kind of counted result is read and commanded: what the shared lifecycle needs from the store. */
export interface CountedKind<R extends Counted, Context> {
  fresh(store: EventStore, record: R): Promise<R>;
  snapshot(store: EventStore, record: R): Promise<ElectorateSnapshot>;
  context(store: EventStore, record: R): Promise<Context>;
  open(record: R, snapshot: ElectorateSnapshot): CommandResult;
  close(record: R, snapshot: ElectorateSnapshot): CommandResult;
  seal(record: R, context: Context, input: SealInput): CommandResult;
  reopen(record: R, input: ReopenInput): CommandResult;
}

export interface CountedActions<R> {
  open(store: EventStore, record: R): Promise<CommandResult>;
  close(store: EventStore, record: R): Promise<CommandResult>;
  seal(store: EventStore, record: R, note: string, tellers: readonly string[]): Promise<CommandResult>;
  reopen(store: EventStore, record: R, reason: string, name: string): Promise<CommandResult>;
}

/**
 * The steps of a vote's or an election's lifecycle as the screens call them: each reads the record
 * as it is now, inside the command's transaction, with what the step needs (the hall, the papers).
 */
export function countedActions<R extends Counted, Context>(kind: CountedKind<R, Context>): CountedActions<R> {
  return {
    open: (store, record) =>
      store.run(async () => {
        const current = await kind.fresh(store, record);
        return kind.open(current, await kind.snapshot(store, current));
      }),
    close: (store, record) =>
      store.run(async () => {
        const current = await kind.fresh(store, record);
        return kind.close(current, await kind.snapshot(store, current));
      }),
    seal: (store, record, note, tellers) =>
      store.run(async () => {
        const current = await kind.fresh(store, record);
        const openConflictCount = await openConflicts(store, current.conferenceId, current.id);
        return kind.seal(current, await kind.context(store, current), {
          note,
          tellers,
          by: by(store),
          at: now(),
          openConflicts: openConflictCount,
        });
      }),
    reopen: (store, record, reason, name) =>
      store.run(async () =>
        kind.reopen(await kind.fresh(store, record), { reason, name, by: by(store), at: now() }),
      ),
  };
}
