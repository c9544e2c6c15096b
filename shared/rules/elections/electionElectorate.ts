import type {
  Attendance,
  Attendee,
  BallotEntry,
  BallotIssue,
  Election,
  Organisation,
} from '../../core/domain/entities';
import type { Candidate } from './electionTypes';
import { electionInput } from './electionResult';
import { tallyElection } from './tallyElection';
import { electorateOf } from '../votes/electorate';

/** Who may receive a ballot, and what holds the vote: the organisation in the assembly, the person elsewhere. */
export interface Voter {
  attendeeId: string;
  seatId: string;
}

/**
 * The elected of an election, every round together: a first round's seats plus what its sealed
 * runoff and further rounds filled, per post of the first round.
 */
export function composition(
  rounds: readonly Election[],
  papers: readonly BallotEntry[],
  issues: readonly BallotIssue[],
): Map<string, Candidate[]> {
  const byPost = new Map<string, Candidate[]>();
  for (const round of [...rounds].sort((a, b) => a.round - b.round)) {
    if (round.status !== 'sealed') continue;
    const result = tallyElection(
      electionInput(
        round,
        papers.filter((p) => p.electionId === round.id && !p.deletedAt),
        issues.filter((i) => i.electionId === round.id && !i.deletedAt).length,
      ),
    );
    for (const post of round.posts) {
      const elected = result.posts.find((p) => p.postId === post.id)?.seats.elected ?? [];
      const key = post.sourcePostId ?? post.id;
      byPost.set(key, [...(byPost.get(key) ?? []), ...post.candidates.filter((c) => elected.includes(c.id))]);
    }
  }
  return byPost;
}

/** The council's members: the representatives of the organisations (and the persons) it elected. */
export function councilMembers(
  rounds: readonly Election[],
  papers: readonly BallotEntry[],
  issues: readonly BallotIssue[],
): string[] {
  const members = [...composition(rounds, papers, issues).values()]
    .flat()
    .map((c) => c.attendeeId)
    .filter((id): id is string => Boolean(id));
  return [...new Set(members)];
}

/** The voters of an election's body: each with the seat their ballot stands for. */
export function votersOf(
  election: Pick<Election, 'body' | 'voterIds'>,
  organisations: readonly Organisation[],
  councilIds: readonly string[],
): Voter[] {
  if (election.body === 'assembly') {
    return organisations
      .filter((o) => !o.deletedAt && o.status === 'member' && o.votingRight)
      .flatMap((o) =>
        [o.delegateId, o.substituteId]
          .filter((id): id is string => Boolean(id))
          .map((attendeeId) => ({ attendeeId, seatId: o.id })),
      );
  }
  const ids = election.body === 'council' ? councilIds : election.voterIds;
  return ids.map((id) => ({ attendeeId: id, seatId: id }));
}

/**
 * Entitled and present of the body: seats, and seats with someone here to vote. The assembly counts
 * as the desk's panel and the votes do (every member organisation with a vote is entitled).
 */
export function electionElectorate(
  election: Pick<Election, 'body'>,
  voters: readonly Voter[],
  attendees: readonly Attendee[],
  organisations: readonly Organisation[],
  attendance: readonly Attendance[],
): { entitled: number; present: number } {
  if (election.body === 'assembly')
    return electorateOf({ body: 'assembly', voterIds: [] }, attendees, organisations, attendance);
  const live = new Set(attendees.filter((a) => !a.deletedAt).map((a) => a.id));
  const here = new Set(attendance.filter((a) => a.status === 'present').map((a) => a.id));
  const seats = new Set<string>();
  const present = new Set<string>();
  for (const voter of voters) {
    if (!live.has(voter.attendeeId)) continue;
    seats.add(voter.seatId);
    if (here.has(voter.attendeeId)) present.add(voter.seatId);
  }
  return { entitled: seats.size, present: present.size };
}
