import type { BallotEntry, Election } from '../../core/domain/entities';
import { canonicalJson, sha256Hex } from '../votes/fingerprint';
import { tallyElection, type ElectionInput, type ElectionResult } from './tallyElection';

/** The count's input from the record: the round's setting, its opening snapshot, its papers or totals. */
export function electionInput(
  election: Election,
  papers: readonly BallotEntry[],
  issued: number,
): ElectionInput {
  return {
    quorum: election.quorum,
    electorate: { entitled: election.opened?.entitled ?? 0, present: election.opened?.present ?? 0 },
    posts: election.posts,
    issued,
    ...(election.counting === 'totals'
      ? { totals: election.totals ?? { returned: 0, posts: {} } }
      : {
          papers: papers
            .filter((p) => !p.deletedAt && p.electionId === election.id)
            .map((p) => ({
              paper: p.paper,
              marks: p.marks,
              spoilt: p.spoilt,
              weight: p.weight,
              teller: p.teller,
            })),
        }),
    doubleEntry: election.doubleEntry,
    lots: election.lots,
  };
}

export function electionResultOf(
  election: Election,
  papers: readonly BallotEntry[],
  issued: number,
): ElectionResult {
  return tallyElection(electionInput(election, papers, issued));
}

/**
 * The fingerprint of an election round: SHA-256 of the canonical JSON of its title, round, posts, candidates and
 * rules, the snapshots, the ballots issued, every paper (in paper order) or the totals, the
 * drawings of lots, and who was elected.
 */
export function electionFingerprint(
  election: Election,
  papers: readonly BallotEntry[],
  issued: number,
): string {
  const input = electionInput(election, papers, issued);
  const result = tallyElection(input);
  return sha256Hex(
    // What was decided and how, not where it is stored: a restored copy of the event verifies.
    canonicalJson({
      title: election.title,
      round: election.round,
      body: election.body,
      quorum: election.quorum,
      posts: election.posts,
      opened: election.opened,
      closed: election.closed,
      issued,
      totals: input.totals ?? null,
      papers: input.papers
        ? [...input.papers].sort((a, b) => a.paper - b.paper || (a.teller ?? 1) - (b.teller ?? 1))
        : null,
      lots: election.lots,
      outcome: result.outcome,
      elected: result.posts.map((p) => ({ post: p.postId, elected: p.seats.elected, tie: p.seats.tie })),
      note: election.note,
    }),
  );
}
