import type { Attendance, Attendee, Organisation, VoteFields } from '../../core/domain/entities';
import { summarisePresence } from '../checkin/presence';

/**
 * The entitled and present of a vote's body, from the register and the check-in record. The
 * assembly: member organisations with a vote, present through their delegate or substitute (the
 * desk's panel counts the same). A list: the attendees on it who are present (not marked as left).
 */
export function electorateOf(
  vote: Pick<VoteFields, 'body' | 'voterIds'>,
  attendees: readonly Attendee[],
  organisations: readonly Organisation[],
  attendance: readonly Attendance[],
): { entitled: number; present: number } {
  if (vote.body === 'assembly') {
    const summary = summarisePresence(attendees, organisations, attendance, { kind: 'none' });
    return { entitled: summary.entitled, present: summary.votingPresent };
  }
  const present = new Set(attendance.filter((a) => a.status === 'present').map((a) => a.id));
  const live = new Set(attendees.filter((a) => !a.deletedAt).map((a) => a.id));
  const voters = vote.voterIds.filter((id) => live.has(id));
  return { entitled: voters.length, present: voters.filter((id) => present.has(id)).length };
}
