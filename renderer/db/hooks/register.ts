import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../../app/AppContext';
import { liveAttendees, liveOrganisations, readAllRows } from '../projectionPages';
import { readAssemblyPresentIds } from '../reads';

// Live reads of the register: organisations, attendees, attendance and badge prints (kept in pages,
// see ../projectionPages.ts). "All" includes deleted records; "live" leaves them out and sorts by code.

/** Every attendee of the event, deleted ones included; `[]` without reading when `when` is false. */
export function useAllAttendees(conferenceId: string, when = true) {
  const store = useStore();
  return useLiveQuery(
    () => (when ? readAllRows(store.db, 'attendee', conferenceId) : []),
    [conferenceId, when],
  );
}

/** Every organisation of the event, deleted ones included. */
export function useAllOrganisations(conferenceId: string) {
  const store = useStore();
  return useLiveQuery(() => readAllRows(store.db, 'organisation', conferenceId), [conferenceId]);
}

/** Every organisation of the event by id, deleted ones included. */
export function useOrganisationsById(conferenceId: string) {
  const store = useStore();
  return useLiveQuery(
    async () => new Map((await readAllRows(store.db, 'organisation', conferenceId)).map((o) => [o.id, o])),
    [conferenceId],
  );
}

/** The live attendees of the event, by code. */
export function useLiveAttendees(conferenceId: string) {
  const store = useStore();
  return useLiveQuery(() => liveAttendees(store.db, conferenceId), [conferenceId]);
}

/** The live organisations of the event, by code. */
export function useLiveOrganisations(conferenceId: string) {
  const store = useStore();
  return useLiveQuery(() => liveOrganisations(store.db, conferenceId), [conferenceId]);
}

/** The live attendees of one organisation, by code; `[]` for none (a new organisation). */
export function useOrganisationAttendees(conferenceId: string, organisationId: string | undefined) {
  const store = useStore();
  return useLiveQuery(
    async () =>
      organisationId
        ? (await liveAttendees(store.db, conferenceId)).filter((a) => a.organisationId === organisationId)
        : [],
    [conferenceId, organisationId],
  );
}

/** Whether an assembly count is weighted: a live member with a vote whose weight is not 1. False for no id. */
export function useHasWeightedMembers(conferenceId: string | null) {
  const store = useStore();
  return useLiveQuery(
    async () =>
      conferenceId !== null &&
      (await readAllRows(store.db, 'organisation', conferenceId)).some(
        (o) => !o.deletedAt && o.votingRight && o.weight !== 1,
      ),
    [conferenceId],
  );
}

/** The attendance records of every sitting (see shared/checkin/sittings.ts for their ids). */
export function useAttendance(conferenceId: string) {
  const store = useStore();
  return useLiveQuery(() => readAllRows(store.db, 'attendance', conferenceId), [conferenceId]);
}

/** The ids of the people present at the assembly's sitting. */
export function useAssemblyPresentIds(conferenceId: string) {
  const store = useStore();
  return useLiveQuery(() => readAssemblyPresentIds(store, conferenceId), [conferenceId]);
}

/** The badge print record of each attendee who has one, by attendee id. */
export function useBadgePrints(conferenceId: string) {
  const store = useStore();
  return useLiveQuery(
    async () => new Map((await readAllRows(store.db, 'badgePrint', conferenceId)).map((p) => [p.id, p])),
    [conferenceId],
  );
}
