import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n';
import { sittingLabel } from '../../components/sittingLabel';
import { PresencePanel } from './PresencePanel';
import { ArrivalChart } from './ArrivalChart';
import { MissingMembers } from './MissingMembers';
import type { Desk } from './useDesk';

/** Beside the desk: who is present (the quorum counted at the assembly's sitting), arrivals, who is missing. */
export function DeskSidePanel({ desk }: { desk: Desk }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { attendees, organisations, assemblyAttendance, summary, assemblySummary } = desk;
  const assemblySitting = desk.sittings.find((s) => s.id === desk.assemblyId);
  return (
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
        <MissingMembers attendees={attendees} organisations={organisations} attendance={assemblyAttendance} />
      ) : null}
    </div>
  );
}
