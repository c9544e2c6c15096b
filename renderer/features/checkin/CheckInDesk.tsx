import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CheckInMethod } from '../../../shared/domain/entities';
import { AttendeeSearchIndex } from '../../../shared/search/searchIndex';
import { arrivalSeries, summarisePresence } from '../../../shared/checkin/presence';
import { primaryDisplayName } from '../../../shared/names/latinName';
import type { CommandResult } from '../../../shared/domain/commands';
import { useStore } from '../../app/AppContext';
import { currentLanguage } from '../../app/i18n';
import { formatNumber, localised } from '../../app/format';
import { markTiming, useMarkWhenPainted } from '../../app/timing';
import { readAllRows } from '../../db/projectionPages';
import { recordCheckIn, recordLeft, registerWalkIn, undoCheckIn } from '../../db/checkInActions';
import { AttendeeDialog } from '../attendees/AttendeeDialog';
import { PersonCard } from './PersonCard';
import { PresencePanel } from './PresencePanel';
import { ArrivalChart } from './ArrivalChart';
import { DeskResults } from './DeskResults';
import { DeskSettingsBar } from './DeskSettingsBar';
import { useDeskSettings } from './deskSettings';
import { useScanner } from './useScanner';
import { resolveScan, type Scan } from './scanDetector';
import { playConfirmation } from './sounds';

/** What the desk last said, kept as a key and its values so that it follows a change of language. */
type Banner = { kind: 'ok' | 'warning' | 'error'; key: string; params: Record<string, string | number>; seq: number };

function clock(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(iso));
}

/** The registration desk: find anyone by any spelling or by a badge scan, check them in with one key. */
export function CheckInDesk({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const store = useStore();
  const language = currentLanguage();
  const settings = useDeskSettings();
  const conference = useLiveQuery(() => store.db.conferences.get(conferenceId), [conferenceId]);
  const attendees = useLiveQuery(() => readAllRows(store.db, 'attendee', conferenceId), [conferenceId]);
  const organisations = useLiveQuery(() => readAllRows(store.db, 'organisation', conferenceId), [conferenceId]);
  const attendance = useLiveQuery(() => readAllRows(store.db, 'attendance', conferenceId), [conferenceId]);
  const prints = useLiveQuery(async () => new Map((await readAllRows(store.db, 'badgePrint', conferenceId)).map((p) => [p.id, p])), [conferenceId]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [shownId, setShownId] = useState<string | null>(null);
  const [banner, setBanner] = useState<Banner | null>(null);
  const [walkIn, setWalkIn] = useState(false);
  useMarkWhenPainted(`checkin:banner-${banner?.seq ?? 0}`, banner !== null);

  const index = useMemo(() => (attendees && organisations ? new AttendeeSearchIndex(attendees, organisations) : null), [attendees, organisations]);
  const hits = useMemo(() => (index ? index.search(query) : []), [index, query]);
  const byId = useMemo(() => new Map((attendees ?? []).map((a) => [a.id, a])), [attendees]);
  const orgById = useMemo(() => new Map((organisations ?? []).map((o) => [o.id, o])), [organisations]);
  const presence = useMemo(() => new Map((attendance ?? []).map((a) => [a.id, a])), [attendance]);
  const summary = useMemo(
    () => (attendees && organisations && attendance && conference ? summarisePresence(attendees, organisations, attendance, conference.quorum ?? { kind: 'none' }) : null),
    [attendees, organisations, attendance, conference],
  );
  const arrivals = useMemo(() => arrivalSeries(attendance ?? []), [attendance]);

  const selectedId = shownId ?? hits[active]?.attendeeId ?? null;
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const nameOf = (id: string) => {
    const a = byId.get(id);
    return a ? primaryDisplayName(a) : id;
  };

  const announce = (kind: Banner['kind'], key: string, params: Record<string, string | number> = {}) => {
    setBanner((b) => ({ kind, key, params, seq: (b?.seq ?? 0) + 1 }));
    playConfirmation(kind === 'ok' ? 'ok' : 'warning');
  };

  const report = (result: CommandResult, id: string, success: string) => {
    if (result.ok) return announce('ok', success, { name: nameOf(id) });
    const error = result.errors[0]!;
    announce(error.message === 'checkin.already' ? 'warning' : 'error', error.message, { ...error.params, name: nameOf(id) });
  };

  const checkIn = async (id: string, method: CheckInMethod) => {
    markTiming('checkin:start');
    let result: CommandResult;
    try {
      result = await recordCheckIn(store, conferenceId, id, method);
    } catch (error) {
      // A check-in that could not be saved must be seen at the desk, never lost quietly.
      console.error('check-in failed', error);
      return announce('error', 'checkin.saveFailed', { name: nameOf(id), message: error instanceof Error ? error.message : String(error) });
    }
    report(result, id, presence.get(id)?.status === 'left' ? 'checkin.doneReturned' : 'checkin.done');
    if (result.ok) {
      setShownId(id);
      setQuery('');
      setActive(0);
    }
  };

  const handleScan = (scan: Scan) => {
    const id = resolveScan(scan, (code) => index!.findByCode(code));
    setQuery('');
    if (!id) return announce('error', 'checkin.unknownCode', { code: scan.code });
    setShownId(id);
    if (settings.scanAction === 'checkIn') void checkIn(id, 'scan');
    else announce('ok', 'checkin.found', { name: nameOf(id) });
  };
  // Badges scanned while the list is still loading are handled, in order, as soon as it is loaded.
  const pendingScans = useRef<Scan[]>([]);
  useScanner((scan) => {
    if (index) handleScan(scan);
    else pendingScans.current.push(scan);
  });
  useEffect(() => {
    if (!index || pendingScans.current.length === 0) return;
    const scans = pendingScans.current.splice(0);
    for (const scan of scans) handleScan(scan);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, Math.max(hits.length - 1, 0)));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Escape') setQuery('');
    else if (event.key === 'Enter' && selectedId) void checkIn(selectedId, 'search');
    else return;
    if (event.key !== 'Enter') setShownId(null);
    event.preventDefault();
  };

  const onShortcut = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!event.altKey || !selectedId) return;
    if (event.key.toLowerCase() === 'u') void undoCheckIn(store, conferenceId, selectedId).then((r) => report(r, selectedId, 'checkin.doneUndo'));
    else if (event.key.toLowerCase() === 'l') void recordLeft(store, conferenceId, selectedId).then((r) => report(r, selectedId, 'checkin.doneLeft'));
    else return;
    event.preventDefault();
  };

  return (
    <div className={`desk${settings.large ? ' desk--large' : ''}`} onKeyDown={onShortcut}>
      <div className="screen-header">
        <h1>{t('checkin.title')}</h1>
        <button type="button" className="button" onClick={() => setWalkIn(true)}>
          {t('checkin.walkIn')}
        </button>
      </div>
      <DeskSettingsBar settings={settings} />
      <div className={`desk-banner${banner ? ` desk-banner--${banner.kind}` : ''}`} role={banner?.kind === 'error' ? 'alert' : 'status'} aria-live="assertive">
        {banner ? t(banner.key, typeof banner.params.time === 'string' ? { ...banner.params, time: clock(banner.params.time, language) } : banner.params) : index ? t('checkin.ready', { n: formatNumber(index.size, language) }) : t('common.loading')}
      </div>
      <div className="desk-columns">
        <div className="desk-main">
          <label className="field desk-search">
            <span className="field-label">{t('checkin.search')}</span>
            <input
              type="search"
              role="combobox"
              aria-expanded={hits.length > 0}
              aria-controls="desk-results"
              aria-activedescendant={hits[active] ? `hit-${hits[active]!.attendeeId}` : undefined}
              autoFocus
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setActive(0);
                setShownId(null);
              }}
              onKeyDown={onKeyDown}
            />
            <span className="field-hint">{t('checkin.searchHint')}</span>
          </label>
          <DeskResults
            hits={hits}
            active={active}
            describe={(id) => {
              const a = byId.get(id)!;
              const org = a.organisationId ? orgById.get(a.organisationId) : undefined;
              return { attendee: a, organisation: org ? localised(org.name, language) : '', status: presence.get(id)?.status ?? 'absent' };
            }}
            onPick={(i) => {
              setActive(i);
              setShownId(hits[i]!.attendeeId);
            }}
          />
          {selected ? (
            <PersonCard
              attendee={selected}
              organisation={selected.organisationId ? orgById.get(selected.organisationId) : undefined}
              attendance={presence.get(selected.id)}
              badgePrint={prints?.get(selected.id)}
              onCheckIn={() => void checkIn(selected.id, 'search')}
              onUndo={() => void undoCheckIn(store, conferenceId, selected.id).then((r) => report(r, selected.id, 'checkin.doneUndo'))}
              onLeft={() => void recordLeft(store, conferenceId, selected.id).then((r) => report(r, selected.id, 'checkin.doneLeft'))}
            />
          ) : null}
        </div>
        <div className="desk-side">
          {summary ? <PresencePanel summary={summary} /> : null}
          <ArrivalChart series={arrivals} />
        </div>
      </div>
      {walkIn ? (
        <AttendeeDialog
          conferenceId={conferenceId}
          title={t('checkin.walkInTitle')}
          createWith={(fields) => registerWalkIn(store, conferenceId, fields)}
          onClose={(createdId) => {
            setWalkIn(false);
            if (createdId) {
              setShownId(createdId);
              announce('ok', 'checkin.walkInDone');
            }
          }}
        />
      ) : null}
    </div>
  );
}
