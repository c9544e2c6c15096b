import { useStore } from '../../app/AppContext';
import { useDeskSettings } from './deskSettings';
import { deskInputs } from './deskInputs';
import { deskWrites, personIn } from './deskWrites';
import { useDeskFigures } from './useDeskFigures';
import { useDeskOutcome } from './useDeskOutcome';
import { useDeskQueue } from './useDeskQueue';
import { useDeskRecords } from './useDeskRecords';
import { useDeskSearch } from './useDeskSearch';

export type { Outcome } from './useDeskOutcome';

/**
 * The desk's state and what it does. Every input — a scan, Enter on a search, a button — goes
 * through one ordered queue: each is handled once, in the order it came, even while the one before
 * is still being written, and each gets an outcome on screen.
 */
export function useDesk(conferenceId: string) {
  const store = useStore();
  const settings = useDeskSettings(conferenceId);
  const records = useDeskRecords(conferenceId, settings.sittingId);
  const figures = useDeskFigures(records);
  const { showUnlessTyped, ...search } = useDeskSearch(records.index);
  const said = useDeskOutcome();
  const queue = useDeskQueue(records.index, records.byId, said.announce);
  const { checkIn, undo, markLeft } = deskWrites(store, conferenceId, records.sittingId, queue, said);
  const inputs = deskInputs({ settings, search, showUnlessTyped, queue, announce: said.announce, checkIn });

  return {
    settings,
    ...records,
    ...figures,
    ...search,
    outcome: said.outcome,
    searchBox: queue.searchBox,
    nameOf: (id: string) => personIn(records.byId, id).name,
    announce: said.announce,
    ready: queue.ready,
    ...inputs,
    undo,
    markLeft,
  };
}

export type Desk = ReturnType<typeof useDesk>;
