import type { Attendee } from '../../../shared/core/domain/entities';
import { resolveScan, scanText, type Scan } from '../../components/scanner/scanDetector';
import type { useDeskSettings } from './deskSettings';
import type { Announce } from './useDeskOutcome';
import type { DeskQueue } from './useDeskQueue';
import type { DeskSearch } from './useDeskSearch';
import { personIn, type CheckIn } from './deskWrites';

interface InputContext {
  settings: ReturnType<typeof useDeskSettings>;
  search: Pick<DeskSearch, 'query' | 'selectedId' | 'clearSearch'>;
  showUnlessTyped: DeskSearch['showUnlessTyped'];
  queue: DeskQueue;
  announce: Announce;
  checkIn: CheckIn;
}

/**
 * The inputs that name a person — a scan, Enter in the search box, the card's button. Each empties
 * the search box as it is taken, then is answered by a task of the queue, in order.
 */
export function deskInputs({ settings, search, showUnlessTyped, queue, announce, checkIn }: InputContext) {
  const { clearSearch } = search;
  const { register, enqueue } = queue;

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
      else announce('ok', 'checkin.found', personIn(people, id));
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
    const id = search.selectedId;
    const typed = search.query.trim();
    const typedAt = clearSearch();
    enqueue(async () => enterSearch(id, typed, typedAt, (await register.current.get()).byId));
  };

  const checkInPerson = (id: string) => {
    clearSearch();
    enqueue(async () => checkIn(id, 'search', (await register.current.get()).byId));
  };

  return { scan, submitSearch, checkInPerson };
}
