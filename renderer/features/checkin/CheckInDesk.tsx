import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { primaryDisplayName } from '../../../shared/core/names/latinName';
import { currentLanguage } from '../../app/i18n';
import { formatDateTime, localised } from '../../app/format';
import { registerWalkIn } from '../../db/checkInActions';
import { useStore } from '../../app/AppContext';
import { Dialog } from '../../components/Dialog';
import { useScanner } from '../../components/scanner/useScanner';
import { AttendeeDialog } from '../../components/AttendeeDialog';
import { PersonCard } from './PersonCard';
import { PresencePanel } from './PresencePanel';
import { ArrivalChart } from './ArrivalChart';
import { DeskResults } from './DeskResults';
import { DeskSettingsBar } from './DeskSettingsBar';
import { DeskOutcome } from './DeskOutcome';
import { MissingMembers } from './MissingMembers';
import { useDesk, type Desk } from './useDesk';
import { useCardPrint } from './useCardPrint';
import { sittingLabel } from '../../components/sittingLabel';

/** Alt+U, Alt+L and Alt+B act on the person shown wherever the focus is on the desk (not in a dialog). */
function useDeskShortcuts(desk: Desk, print: (id: string) => void) {
  const latest = useRef({ desk, print });
  latest.current = { desk, print };
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || document.querySelector('dialog[open]')) return;
      const { desk: current, print: printOne } = latest.current;
      const id = current.selectedId;
      const key =
        event.code === 'KeyU' ? 'u' : event.code === 'KeyL' ? 'l' : event.code === 'KeyB' ? 'b' : '';
      if (!id || !key) return;
      event.preventDefault();
      if (key === 'u') current.undo(id);
      else if (key === 'l') current.markLeft(id);
      else printOne(id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** The registration desk: find anyone by any spelling or by a badge scan, check them in with one key. */
export function CheckInDesk({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const store = useStore();
  const language = currentLanguage();
  const desk = useDesk(conferenceId);
  const card = useCardPrint(conferenceId, desk);
  const [walkIn, setWalkIn] = useState(false);
  useScanner(desk.scan, desk.clearSearch);
  const printById = (id: string) => {
    const person = desk.byId.get(id);
    if (person) card.request(person);
  };
  useDeskShortcuts(desk, printById);

  const { attendees, organisations, assemblyAttendance, summary, assemblySummary } = desk;
  const selected = desk.selectedId ? desk.byId.get(desk.selectedId) : undefined;
  const currentSitting = desk.sittings.find((s) => s.id === desk.sittingId);
  const assemblySitting = desk.sittings.find((s) => s.id === desk.assemblyId);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') desk.setActive((i) => Math.min(i + 1, Math.max(desk.hits.length - 1, 0)));
    else if (event.key === 'ArrowUp') desk.setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Escape') desk.typeQuery('');
    else if (event.key === 'Enter') desk.submitSearch();
    else return;
    if (event.key !== 'Enter') desk.show(null);
    event.preventDefault();
  };

  return (
    <div className={`desk${desk.settings.large ? ' desk--large' : ''}`}>
      <div className="screen-header">
        <h1>{t('checkin.title')}</h1>
        {desk.sittings.length > 1 ? (
          <p className="desk-sitting">
            {t('checkin.sittingNow', { sitting: sittingLabel(currentSitting, language, t) })}
          </p>
        ) : null}
        <button type="button" className="button" onClick={() => setWalkIn(true)}>
          {t('checkin.walkIn')}
        </button>
      </div>
      <DeskSettingsBar settings={desk.settings} sittings={desk.sittings} sittingId={desk.sittingId} />
      <DeskOutcome outcome={desk.outcome} ready={desk.index !== null} size={desk.index?.size ?? 0} />
      <div className="desk-columns">
        <div className="desk-main">
          <label className="field desk-search">
            <span className="field-label">{t('checkin.search')}</span>
            <input
              ref={desk.searchBox}
              type="search"
              role="combobox"
              aria-expanded={desk.hits.length > 0}
              aria-controls="desk-results"
              aria-activedescendant={
                desk.hits[desk.active] ? `hit-${desk.hits[desk.active]!.attendeeId}` : undefined
              }
              autoFocus
              value={desk.query}
              onChange={(e) => desk.typeQuery(e.target.value)}
              onKeyDown={onKeyDown}
            />
            <span className="field-hint">{t('checkin.searchHint')}</span>
          </label>
          {desk.query.trim() && desk.index && desk.hits.length === 0 ? (
            <p className="desk-no-match" role="status">
              {t('checkin.noMatch', { query: desk.query.trim() })}
            </p>
          ) : null}
          <DeskResults
            hits={desk.hits}
            active={desk.active}
            describe={(id) => {
              const a = desk.byId.get(id)!;
              const org = a.organisationId ? desk.orgById.get(a.organisationId) : undefined;
              return {
                attendee: a,
                organisation: org ? localised(org.name, language) : '',
                status: desk.presence.get(id)?.status ?? 'absent',
              };
            }}
            onPick={(i) => {
              desk.setActive(i);
              desk.show(desk.hits[i]!.attendeeId);
            }}
          />
          {selected ? (
            <PersonCard
              attendee={selected}
              organisation={selected.organisationId ? desk.orgById.get(selected.organisationId) : undefined}
              attendance={desk.presence.get(selected.id)}
              badgePrint={desk.prints?.get(selected.id)}
              printing={card.printing}
              onCheckIn={() => desk.checkInPerson(selected.id)}
              onUndo={() => desk.undo(selected.id)}
              onLeft={() => desk.markLeft(selected.id)}
              onPrint={() => card.request(selected)}
            />
          ) : null}
        </div>
        <div className="desk-side">
          {summary && assemblySummary ? (
            <PresencePanel
              summary={summary}
              quorum={assemblySummary.quorum}
              quorumSitting={
                desk.sittingId === desk.assemblyId ? null : sittingLabel(assemblySitting, language, t)
              }
            />
          ) : null}
          <ArrivalChart series={desk.arrivals} />
          {attendees && organisations && assemblyAttendance ? (
            <MissingMembers
              attendees={attendees}
              organisations={organisations}
              attendance={assemblyAttendance}
            />
          ) : null}
        </div>
      </div>
      {walkIn ? (
        <AttendeeDialog
          conferenceId={conferenceId}
          title={t('checkin.walkInTitle')}
          createWith={(fields) => registerWalkIn(store, conferenceId, fields, desk.sittingId)}
          onClose={(createdId) => {
            setWalkIn(false);
            if (createdId) {
              desk.show(createdId);
              desk.announce('ok', 'checkin.walkInDone');
            }
            desk.ready();
          }}
        />
      ) : null}
      {card.confirming ? (
        <Dialog title={t('checkin.reprintTitle')} onClose={card.cancel}>
          <p>
            {t('badges.reprintWarning', {
              name: primaryDisplayName(card.confirming),
              count: desk.prints?.get(card.confirming.id)?.count ?? 0,
              time: formatDateTime(desk.prints?.get(card.confirming.id)?.lastPrintedAt ?? '', language),
            })}
          </p>
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={card.confirm} autoFocus>
              {t('checkin.reprintConfirm')}
            </button>
            <button type="button" className="button" onClick={card.cancel}>
              {t('common.cancel')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
