import {
  ATTENDEE_CATEGORIES,
  type Attendance,
  type Attendee,
  type AttendeeCategory,
  type Organisation,
} from '../../core/domain/entities';
import { evaluateQuorum, type QuorumSetting, type QuorumState } from '../counting/quorum';

export interface PresenceSummary {
  registered: number;
  present: number;
  presentByCategory: Record<AttendeeCategory, number>;
  members: number;
  membersRepresented: number;
  /** Member organisations with a vote: the assembly's electorate. */
  entitled: number;
  /** Entitled organisations whose delegate, or else substitute, is present. */
  votingPresent: number;
  /** Entitled organisations with a delegate or a substitute accredited: whom the desk can expect to vote. */
  accredited: number;
  substitutesVoting: number;
  quorum: QuorumState;
}

/**
 * The desk's live panel: who is here, which member organisations are represented, whether the
 * assembly is quorate. An organisation votes through its accredited delegate, or the substitute
 * when the delegate is absent; the quorum counts organisations, not people.
 */
export function summarisePresence(
  attendees: readonly Attendee[],
  organisations: readonly Organisation[],
  attendance: readonly Attendance[],
  quorum: QuorumSetting,
): PresenceSummary {
  const basis = basisOf(attendees, organisations);
  const present = presentIds(attendance);
  const presentByCategory = Object.fromEntries(ATTENDEE_CATEGORIES.map((c) => [c, 0])) as Record<
    AttendeeCategory,
    number
  >;
  const representedOrgs = new Set<string>();
  let presentCount = 0;
  // Only the people present are visited: the register is read once per change of the register, not per check-in.
  for (const id of present) {
    const a = basis.byId.get(id);
    if (!a) continue;
    presentCount++;
    presentByCategory[a.category]++;
    if (a.organisationId) representedOrgs.add(a.organisationId);
  }
  let votingPresent = 0;
  let substitutesVoting = 0;
  let accredited = 0;
  for (const org of basis.entitled) {
    if (org.delegateId || org.substituteId) accredited++;
    if (org.delegateId && present.has(org.delegateId)) votingPresent++;
    else if (org.substituteId && present.has(org.substituteId)) {
      votingPresent++;
      substitutesVoting++;
    }
  }
  return {
    registered: basis.byId.size,
    present: presentCount,
    presentByCategory,
    members: basis.members.length,
    membersRepresented: basis.members.filter((o) => representedOrgs.has(o.id)).length,
    entitled: basis.entitled.length,
    votingPresent,
    accredited,
    substitutesVoting,
    quorum: evaluateQuorum(quorum, votingPresent, basis.entitled.length),
  };
}

interface PresenceBasis {
  /** Live attendees by id. */
  byId: ReadonlyMap<string, Attendee>;
  members: readonly Organisation[];
  entitled: readonly Organisation[];
}

// The register's lists are immutable snapshots: what is derived from one is kept with it.
const bases = new WeakMap<readonly Attendee[], WeakMap<readonly Organisation[], PresenceBasis>>();

function basisOf(attendees: readonly Attendee[], organisations: readonly Organisation[]): PresenceBasis {
  let byOrganisations = bases.get(attendees);
  if (!byOrganisations) bases.set(attendees, (byOrganisations = new WeakMap()));
  let basis = byOrganisations.get(organisations);
  if (!basis) {
    const members = organisations.filter((o) => !o.deletedAt && o.status === 'member');
    basis = {
      byId: new Map(attendees.filter((a) => !a.deletedAt).map((a) => [a.id, a])),
      members,
      entitled: members.filter((o) => o.votingRight),
    };
    byOrganisations.set(organisations, basis);
  }
  return basis;
}

function presentIds(attendance: readonly Attendance[]): Set<string> {
  return new Set(attendance.filter((a) => a.status === 'present').map((a) => a.id));
}

export interface ArrivalBucket {
  /** Start of the interval, ms since the epoch. */
  start: number;
  arrivals: number;
  cumulative: number;
}

/** Check-ins per interval (first arrivals only) and the running total, from the first to the last. */
export function arrivalSeries(attendance: readonly Attendance[], minutes = 10): ArrivalBucket[] {
  const size = minutes * 60_000;
  const times = attendance
    .filter((a) => a.status !== 'absent' && a.firstCheckInAt)
    .map((a) => Date.parse(a.firstCheckInAt))
    .sort((a, b) => a - b);
  if (times.length === 0) return [];
  const first = Math.floor(times[0]! / size) * size;
  const last = Math.floor(times[times.length - 1]! / size) * size;
  const buckets: ArrivalBucket[] = [];
  let i = 0;
  let cumulative = 0;
  for (let start = first; start <= last; start += size) {
    let arrivals = 0;
    while (i < times.length && times[i]! < start + size) {
      arrivals++;
      i++;
    }
    cumulative += arrivals;
    buckets.push({ start, arrivals, cumulative });
  }
  return buckets;
}

/** A member organisation whose vote is not in the hall: what the staff chase before a vote. */
export interface MissingMember {
  organisation: Organisation;
  delegate: Attendee | undefined;
  substitute: Attendee | undefined;
}

/**
 * Entitled member organisations with neither their accredited delegate nor the substitute present
 * (those with no delegate accredited included), in code order.
 */
export function missingMembers(
  attendees: readonly Attendee[],
  organisations: readonly Organisation[],
  attendance: readonly Attendance[],
): MissingMember[] {
  const present = presentIds(attendance);
  const { byId, entitled } = basisOf(attendees, organisations);
  const person = (id: string | null) => (id ? byId.get(id) : undefined);
  return entitled
    .filter(
      (o) => !(o.delegateId && present.has(o.delegateId)) && !(o.substituteId && present.has(o.substituteId)),
    )
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((organisation) => ({
      organisation,
      delegate: person(organisation.delegateId),
      substitute: person(organisation.substituteId),
    }));
}
