import { decideMajority, type Base, type Majority, type MajorityOutcome, type VoteCounts } from './majority';
import { evaluateQuorum, type QuorumSetting, type QuorumState } from './quorum';
import { add, fraction, toDecimal, type Fraction } from './fraction';
import { isCount, isWeight, MAX_COUNT, weightFraction } from './numbers';

export type Procedure = 'showOfHands' | 'rollCall' | 'ballot';
export type VoteOptions = 'yesNoAbstain' | 'yesNo';
export type Choice = 'yes' | 'no' | 'abstain';

export interface VoteRule {
  quorum: QuorumSetting;
  base: Base;
  majority: Majority;
}

export interface VoteInput {
  rule: VoteRule;
  options: VoteOptions;
  procedure: Procedure;
  /** Entitled and present, as snapshotted when the vote opened. */
  electorate: { entitled: number; present: number };
  /** Show of hands and paper ballot: the counts entered. */
  counts?: VoteCounts;
  /** Paper ballot: papers handed out and put back. */
  ballots?: { issued: number; returned: number };
  /** Roll call: one entry per voter, with the voter's weight (1 unless set). */
  rollCall?: { voterId: string; choice: Choice; weight?: number }[];
}

/** What can stop a vote's count from being sealed; each has its sentence under `votes.problem_<code>`. */
export const VOTE_PROBLEMS = [
  'notACount',
  'votedTwice',
  'badWeight',
  'badElectorate',
  'badQuorumRule',
  'noPapersReturned',
  'noHandsCounted',
  'noVotesRecorded',
  'presentOverEntitled',
  'noAbstentions',
  'returnedOverIssued',
  'issuedOverPresent',
  'papersDoNotAddUp',
  'noInvalidHands',
  'moreVotesThanPresent',
] as const;
export type VoteProblem = (typeof VOTE_PROBLEMS)[number];

export interface TallyProblem<Code extends string = VoteProblem> {
  code: Code;
  params?: Record<string, string | number>;
}

export interface VoteResult {
  outcome: 'adopted' | 'rejected' | 'notQuorate' | 'inconsistent';
  counts: VoteCounts;
  quorum: QuorumState;
  majority: MajorityOutcome | null;
  /** Count problems: while there are any, the result cannot be sealed. */
  problems: TallyProblem[];
}

const ZERO_COUNTS: VoteCounts = { yes: 0, no: 0, abstain: 0, invalid: 0 };

/**
 * The counts, each checked: a figure that is not a whole number from 0 to 10⁹ is a problem and
 * counts as 0, so that nothing after it computes with it. Roll-call weights are summed exactly.
 */
function countsOf(input: VoteInput, problems: TallyProblem[]): VoteCounts {
  if (input.procedure !== 'rollCall') {
    const given = input.counts ?? ZERO_COUNTS;
    const counts = { ...ZERO_COUNTS };
    for (const key of ['yes', 'no', 'abstain', 'invalid'] as const) {
      if (isCount(given[key])) counts[key] = given[key];
      else problems.push({ code: 'notACount', params: { field: key } });
    }
    return counts;
  }
  const seen = new Set<string>();
  const sums: Record<Choice, Fraction> = { yes: fraction(0n), no: fraction(0n), abstain: fraction(0n) };
  for (const entry of input.rollCall ?? []) {
    if (seen.has(entry.voterId)) problems.push({ code: 'votedTwice', params: { voter: entry.voterId } });
    seen.add(entry.voterId);
    const weight = entry.weight ?? 1;
    if (!isWeight(weight)) problems.push({ code: 'badWeight', params: { voter: entry.voterId } });
    else sums[entry.choice] = add(sums[entry.choice], weightFraction(weight));
  }
  const counts = {
    yes: toDecimal(sums.yes),
    no: toDecimal(sums.no),
    abstain: toDecimal(sums.abstain),
    invalid: 0,
  };
  for (const key of ['yes', 'no', 'abstain'] as const)
    if (counts[key] > MAX_COUNT) problems.push({ code: 'notACount', params: { field: key } });
  return counts;
}

function checkConsistency(input: VoteInput, counts: VoteCounts, problems: TallyProblem[]): void {
  const { entitled, present } = input.electorate;
  if (!isCount(entitled) || !isCount(present)) problems.push({ code: 'badElectorate' });
  const quorum = input.rule.quorum;
  if (
    quorum.kind === 'fraction' &&
    !(
      isCount(quorum.numerator) &&
      isCount(quorum.denominator) &&
      quorum.denominator > 0 &&
      quorum.numerator <= quorum.denominator
    )
  ) {
    problems.push({ code: 'badQuorumRule' });
  }
  // Nothing counted while voters are in the hall is a count not yet entered, never a rejection.
  const counted = counts.yes + counts.no + counts.abstain + counts.invalid;
  if (counted === 0 && present > 0)
    problems.push({
      code:
        input.procedure === 'ballot'
          ? 'noPapersReturned'
          : input.procedure === 'rollCall'
            ? 'noVotesRecorded'
            : 'noHandsCounted',
      params: { present },
    });
  if (present > entitled) problems.push({ code: 'presentOverEntitled', params: { present, entitled } });
  if (input.options === 'yesNo' && counts.abstain > 0)
    problems.push({ code: 'noAbstentions', params: { abstain: counts.abstain } });
  const valid = counts.yes + counts.no + counts.abstain;
  if (input.procedure === 'ballot') {
    const given = input.ballots ?? { issued: 0, returned: 0 };
    if (!isCount(given.issued) || !isCount(given.returned))
      problems.push({ code: 'notACount', params: { field: 'ballots' } });
    const ballots = {
      issued: isCount(given.issued) ? given.issued : 0,
      returned: isCount(given.returned) ? given.returned : 0,
    };
    if (ballots.returned > ballots.issued)
      problems.push({
        code: 'returnedOverIssued',
        params: { returned: ballots.returned, issued: ballots.issued },
      });
    if (ballots.issued > present)
      problems.push({ code: 'issuedOverPresent', params: { issued: ballots.issued, present } });
    if (valid + counts.invalid !== ballots.returned)
      problems.push({
        code: 'papersDoNotAddUp',
        params: { counted: valid + counts.invalid, returned: ballots.returned },
      });
  } else {
    if (counts.invalid > 0 && input.procedure === 'showOfHands') problems.push({ code: 'noInvalidHands' });
    if (input.procedure === 'showOfHands' && valid > present)
      problems.push({ code: 'moreVotesThanPresent', params: { votes: valid, present } });
  }
}

/**
 * The result of a vote under its rule: the quorum checked on the snapshot taken when it opened, the
 * counts checked for consistency, then the majority decided in exact arithmetic.
 */
export function tallyVote(input: VoteInput): VoteResult {
  const problems: TallyProblem[] = [];
  const counts = countsOf(input, problems);
  checkConsistency(input, counts, problems);
  const quorum = evaluateQuorum(input.rule.quorum, input.electorate.present, input.electorate.entitled);
  if (problems.length) return { outcome: 'inconsistent', counts, quorum, majority: null, problems };
  if (!quorum.met) return { outcome: 'notQuorate', counts, quorum, majority: null, problems };
  const majority = decideMajority(
    { base: input.rule.base, majority: input.rule.majority },
    counts,
    input.electorate,
  );
  return { outcome: majority.adopted ? 'adopted' : 'rejected', counts, quorum, majority, problems };
}
