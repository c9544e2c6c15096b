import { useMemo } from 'react';
import { arrivalSeries, summarisePresence } from '../../../shared/rules/checkin/presence';
import type { DeskRecords } from './useDeskRecords';

/** The figures beside the desk: presence at its sitting, the quorum's (the assembly's sitting), arrivals. */
export function useDeskFigures(records: DeskRecords) {
  const { conference, attendees, organisations, attendance, assemblyAttendance, sittingId, assemblyId } =
    records;
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
  return { summary, assemblySummary, arrivals };
}
