import { useLiveQuery } from 'dexie-react-hooks';
import type { DomainEvent } from '../../../shared/core/domain/events';
import { useStore } from '../../app/AppContext';
import { loadMinutesRecord } from '../minutesActions';
import { readLatestClock } from '../reads';

// Live reads of an event's own records: each re-renders its screen when what it read changes.
// Like every live query, each is `undefined` until its first result.

/** One conference (the event) by id; none for no id. */
export function useConference(conferenceId: string | null | undefined) {
  const store = useStore();
  return useLiveQuery(
    () => (conferenceId ? store.db.conferences.get(conferenceId) : undefined),
    [conferenceId],
  );
}

/** The events on this computer, removed ones left out. */
export function useConferences() {
  const store = useStore();
  return useLiveQuery(() => store.db.conferences.filter((c) => !c.deletedAt).toArray(), []);
}

/** The event's organisers, in their order. */
export function useOrganisers(conferenceId: string) {
  const store = useStore();
  return useLiveQuery(
    () =>
      store.db.organisers
        .where('conferenceId')
        .equals(conferenceId)
        .filter((o) => !o.deletedAt)
        .sortBy('order'),
    [conferenceId],
  );
}

/** The event's agenda items, unsorted (the screen orders them by time, then order). */
export function useAgendaItems(conferenceId: string) {
  const store = useStore();
  return useLiveQuery(
    () =>
      store.db.agendaItems
        .where('conferenceId')
        .equals(conferenceId)
        .filter((a) => !a.deletedAt)
        .toArray(),
    [conferenceId],
  );
}

/** The expert committee, in its order. */
export function useCommitteeMembers(conferenceId: string) {
  const store = useStore();
  return useLiveQuery(
    () =>
      store.db.committeeMembers
        .where('conferenceId')
        .equals(conferenceId)
        .filter((m) => !m.deletedAt)
        .sortBy('order'),
    [conferenceId],
  );
}

/** The event's imports, newest first. */
export function useImportBatches(conferenceId: string) {
  const store = useStore();
  return useLiveQuery(
    () => store.db.importBatches.where('conferenceId').equals(conferenceId).reverse().sortBy('createdAt'),
    [conferenceId],
  );
}

/** Everything the minutes are written from; `undefined` also when the event is gone. */
export function useMinutesRecord(conferenceId: string) {
  const store = useStore();
  return useLiveQuery(() => loadMinutesRecord(store, conferenceId), [conferenceId]);
}

/** The events of one record's history (in the order the log holds them). */
export function useRecordHistory(conferenceId: string, entityId: string): DomainEvent[] | undefined {
  const store = useStore();
  return useLiveQuery(
    async () =>
      (await store.db.commits.where('entityIds').equals(entityId).toArray()).flatMap((c) =>
        c.events.filter((e) => e.entityId === entityId && e.conferenceId === conferenceId),
      ),
    [conferenceId, entityId],
  );
}

/** The clock of the event's latest change ('' before the first); nothing read for no id. */
export function useLatestClock(conferenceId: string | null): string | undefined {
  const store = useStore();
  return useLiveQuery(
    async () => (conferenceId ? readLatestClock(store, conferenceId) : undefined),
    [conferenceId],
  );
}
