import { useMemo } from 'react';
import type { Organisation } from '../../../shared/core/domain/entities';
import { AttendeeSearchIndex } from '../../../shared/core/search/searchIndex';
import { assemblySittingId, attendanceAt, sittingsOf } from '../../../shared/rules/checkin/sittings';
import {
  useAllAttendees,
  useAllOrganisations,
  useAttendance,
  useBadgePrints,
  useConference,
} from '../../db/hooks';

/**
 * The event's records as the desk reads them: the register and its search index, and attendance at
 * the desk's sitting (the one chosen, while the event still has it; else the assembly's) and at the
 * assembly's.
 */
export function useDeskRecords(conferenceId: string, chosen: string | null) {
  const conference = useConference(conferenceId);
  const attendees = useAllAttendees(conferenceId);
  const organisations = useAllOrganisations(conferenceId);
  const allAttendance = useAttendance(conferenceId);
  const prints = useBadgePrints(conferenceId);

  const sittings = sittingsOf(conference);
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
  const byId = useMemo(() => new Map((attendees ?? []).map((a) => [a.id, a])), [attendees]);
  const orgById = useMemo(
    () => new Map<string, Organisation>((organisations ?? []).map((o) => [o.id, o])),
    [organisations],
  );
  const presence = useMemo(() => new Map((attendance ?? []).map((a) => [a.id, a])), [attendance]);
  return {
    conference,
    attendees,
    organisations,
    prints,
    sittings,
    sittingId,
    assemblyId,
    attendance,
    assemblyAttendance,
    index,
    byId,
    orgById,
    presence,
  };
}

export type DeskRecords = ReturnType<typeof useDeskRecords>;
