import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n';
import { registerWalkIn } from '../../db/checkInActions';
import { useStore } from '../../app/AppContext';
import { useScanner } from '../../components/scanner/useScanner';
import { AttendeeDialog } from '../../components/AttendeeDialog';
import { PersonCard } from './PersonCard';
import { DeskSearch } from './DeskSearch';
import { DeskSettingsBar } from './DeskSettingsBar';
import { DeskOutcome } from './DeskOutcome';
import { DeskSidePanel } from './DeskSidePanel';
import { ReprintDialog } from './ReprintDialog';
import { useDesk } from './useDesk';
import { useCardPrint } from './useCardPrint';
import { useDeskShortcuts } from './useDeskShortcuts';
import { sittingLabel } from '../../components/sittingLabel';

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

  const selected = desk.selectedId ? desk.byId.get(desk.selectedId) : undefined;
  const currentSitting = desk.sittings.find((s) => s.id === desk.sittingId);

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
          <DeskSearch desk={desk} />
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
        <DeskSidePanel desk={desk} />
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
      {card.confirming ? <ReprintDialog attendee={card.confirming} card={card} prints={desk.prints} /> : null}
    </div>
  );
}
