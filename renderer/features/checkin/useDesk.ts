import type { MessageKey } from '../../../shared/locales';
import { useEffect, useMemo, useRef, useState } from 'react';
import type {
  AttendanceFields,
  Attendee,
  CheckInMethod,
  Organisation,
} from '../../../shared/core/domain/entities';
import type { CommandResult } from '../../../shared/core/domain/commands';
import { AttendeeSearchIndex } from '../../../shared/core/search/searchIndex';
import { primaryDisplayName } from '../../../shared/core/names/latinName';
import { assemblySittingId, attendanceAt, sittingsOf } from '../../../shared/rules/checkin/sittings';
import { arrivalSeries, summarisePresence } from '../../../shared/rules/checkin/presence';
import { useStore } from '../../app/AppContext';
import { markTiming } from '../../app/timing';
import {
  useAllAttendees,
  useAllOrganisations,
  useAttendance,
  useBadgePrints,
  useConference,
} from '../../db/hooks';
import { recordCheckIn, recordLeft, undoCheckIn } from '../../db/checkInActions';
import { LateValue, OrderedQueue } from '../../components/scanner/orderedQueue';
import { resolveScan, scanText, type Scan } from '../../components/scanner/scanDetector';
import { playConfirmation } from './sounds';
import { useDeskSettings } from './deskSettings';

/** What the desk last said, kept as a key and its values so that it follows a change of language. */
export interface Outcome {
  kind: 'ok' | 'warning' | 'error';
  key: MessageKey;
  params: Record<string, string | number>;
  seq: number;
}

interface Register {
  index: AttendeeSearchIndex;
  byId: ReadonlyMap<string, Attendee>;
}

/** The first event's record as the command wrote it: how a check-in went (arrived, or back in the hall). */
function lastAction(result: CommandResult): string | undefined {
  const payload = result.ok ? result.events[0]?.payload : undefined;
  if (!payload || payload.kind !== 'attendance') return undefined;
  const fields = (
    payload.op === 'created' ? payload.fields : payload.op === 'updated' ? payload.patch : {}
  ) as Partial<AttendanceFields>;
  return fields.lastAction;
}

/**
 * The desk's state and what it does. Every input — a scan, Enter on a search, a button — goes
 * through one ordered queue: each is handled once, in the order it came, even while the one before
 * is still being written, and each gets an outcome on screen.
 */
export function useDesk(conferenceId: string) {
  const store = useStore();
  const settings = useDeskSettings(conferenceId);
  const conference = useConference(conferenceId);
  const attendees = useAllAttendees(conferenceId);
  const organisations = useAllOrganisations(conferenceId);
  const allAttendance = useAttendance(conferenceId);
  const prints = useBadgePrints(conferenceId);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [shownId, setShownId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const sittings = sittingsOf(conference);
  const chosen = settings.sittingId;
  const sittingId =
    chosen !== null && sittings.some((s) => s.id === chosen) ? chosen : assemblySittingId(conference);
  const assemblyId = assemblySittingId(conference);
  const attendance = useMemo(
    () => (allAttendance ? attendanceAt(allAttendance, sittingId) : undefined),
    [allAttendance, sittingId],
  );
  const assemblyAttendance = useMemo(
    () => (allAttendance ? attendanceAt(allAttendance, assemblyId) : undefined),
    [allAttendance, assemblyId],
  );
  const index = useMemo(
    () => (attendees && organisations ? new AttendeeSearchIndex(attendees, organisations) : null),
    [attendees, organisations],
  );
  const hits = useMemo(() => (index ? index.search(query) : []), [index, query]);
  const byId = useMemo(() => new Map((attendees ?? []).map((a) => [a.id, a])), [attendees]);
  const orgById = useMemo(
    () => new Map<string, Organisation>((organisations ?? []).map((o) => [o.id, o])),
    [organisations],
  );
  const presence = useMemo(() => new Map((attendance ?? []).map((a) => [a.id, a])), [attendance]);
  const quorum = conference?.quorum;
  const summary = useMemo(
    () =>
      attendees && organisations && attendance
        ? summarisePresence(attendees, organisations, attendance, quorum ?? { kind: 'none' })
        : null,
    [attendees, organisations, attendance, quorum],
  );
  const assemblySummary = useMemo(() => {
    if (sittingId === assemblyId) return summary;
    return attendees && organisations && assemblyAttendance
      ? summarisePresence(attendees, organisations, assemblyAttendance, quorum ?? { kind: 'none' })
      : null;
  }, [attendees, organisations, assemblyAttendance, quorum, summary, sittingId, assemblyId]);
  const arrivals = useMemo(() => arrivalSeries(attendance ?? []), [attendance]);

  const register = useRef(new LateValue<Register>());
  useEffect(() => register.current.set(index ? { index, byId } : null), [index, byId]);
  const queue = useRef<OrderedQueue | null>(null);
  queue.current ??= new OrderedQueue((error) => {
    console.error('desk action failed', error);
    announce('error', 'errors.unexpected', {
      message: error instanceof Error ? error.message : String(error),
    });
  });
  const searchBox = useRef<HTMLInputElement>(null);
  // Typing for the next person wins over a card that an earlier, slower action would show.
  const typing = useRef(0);

  const selectedId = shownId ?? hits[active]?.attendeeId ?? null;

  function announce(kind: Outcome['kind'], key: MessageKey, params: Record<string, string | number> = {}) {
    setOutcome((previous) => ({ kind, key, params, seq: (previous?.seq ?? 0) + 1 }));
    playConfirmation(kind === 'ok' ? 'ok' : 'warning');
  }

  const nameIn = (people: ReadonlyMap<string, Attendee>, id: string) => {
    const person = people.get(id);
    return person ? primaryDisplayName(person) : id;
  };

  const report = (result: CommandResult, name: string, success: MessageKey) => {
    if (result.ok) return announce('ok', success, { name });
    const error = result.errors[0]!;
    announce(error.message === 'checkin.already' ? 'warning' : 'error', error.message, {
      ...error.params,
      name,
    });
  };

  /** Focus is back in the search box after every outcome (its text was cleared when the input was taken). */
  const ready = () => {
    if (!document.querySelector('dialog[open]')) searchBox.current?.focus();
  };

  const clearSearch = () => {
    setQuery('');
    setActive(0);
    return typing.current;
  };

  const showUnlessTyped = (id: string, typedAt: number) => {
    if (typing.current === typedAt) setShownId(id);
  };

  const checkIn = async (id: string, method: CheckInMethod, people: ReadonlyMap<string, Attendee>) => {
    markTiming('checkin:start');
    let result: CommandResult;
    try {
      result = await recordCheckIn(store, conferenceId, id, method, sittingId, people.get(id));
      markTiming('checkin:written');
    } catch (error) {
      // A check-in that could not be saved must be seen at the desk, never lost quietly.
      console.error('check-in failed', error);
      return announce('error', 'checkin.saveFailed', {
        name: nameIn(people, id),
        message: error instanceof Error ? error.message : String(error),
      });
    }
    report(
      result,
      nameIn(people, id),
      lastAction(result) === 'returned' ? 'checkin.doneReturned' : 'checkin.done',
    );
  };

  const enqueue = (task: () => Promise<void> | void) => {
    void queue.current!.push(async () => {
      await task();
      ready();
    });
  };

  const scan = (scanned: Scan) => {
    const action = settings.scanAction;
    const typedAt = clearSearch();
    enqueue(async () => {
      const { index: current, byId: people } = await register.current.get();
      const id = resolveScan(scanned, (code) => current.findByCode(code));
      // A fast burst that is no one's bare code checks no one in: it may be a scanner's garbage.
      if (!id && scanned.kind === 'burst')
        return announce('error', 'checkin.notFound', { query: scanned.typed.trim() || scanned.code });
      if (!id)
        return announce('error', scanned.kind === 'damaged' ? 'checkin.damagedScan' : 'checkin.unknownCode', {
          code: scanText(scanned),
        });
      showUnlessTyped(id, typedAt);
      if (action === 'checkIn') await checkIn(id, 'scan', people);
      else announce('ok', 'checkin.found', { name: nameIn(people, id) });
    });
  };

  const enterSearch = async (
    id: string | null,
    typed: string,
    typedAt: number,
    people: ReadonlyMap<string, Attendee>,
  ) => {
    if (id) {
      showUnlessTyped(id, typedAt);
      await checkIn(id, 'search', people);
    } else if (typed) announce('error', 'checkin.notFound', { query: typed });
  };

  /** Enter in the search box: the person chosen, or a plain "not found". */
  const submitSearch = () => {
    const id = selectedId;
    const typed = query.trim();
    const typedAt = clearSearch();
    enqueue(async () => enterSearch(id, typed, typedAt, (await register.current.get()).byId));
  };

  const checkInPerson = (id: string) => {
    clearSearch();
    enqueue(async () => checkIn(id, 'search', (await register.current.get()).byId));
  };

  const undo = (id: string) =>
    enqueue(async () =>
      report(
        await undoCheckIn(store, conferenceId, id, sittingId),
        nameIn((await register.current.get()).byId, id),
        'checkin.doneUndo',
      ),
    );

  const markLeft = (id: string) =>
    enqueue(async () =>
      report(
        await recordLeft(store, conferenceId, id, sittingId),
        nameIn((await register.current.get()).byId, id),
        'checkin.doneLeft',
      ),
    );

  return {
    settings,
    conference,
    attendees,
    organisations,
    prints,
    sittings,
    sittingId,
    assemblyId,
    attendance,
    assemblyAttendance,
    summary,
    assemblySummary,
    arrivals,
    index,
    hits,
    byId,
    orgById,
    presence,
    query,
    active,
    selectedId,
    outcome,
    searchBox,
    setActive,
    typeQuery: (text: string) => {
      typing.current++;
      setQuery(text);
      setActive(0);
      setShownId(null);
    },
    show: (id: string | null) => setShownId(id),
    nameOf: (id: string) => nameIn(byId, id),
    clearSearch,
    announce,
    ready,
    scan,
    submitSearch,
    checkInPerson,
    undo,
    markLeft,
  };
}

export type Desk = ReturnType<typeof useDesk>;
