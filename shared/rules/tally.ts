import { decideMajority, type Base, type Majority, type MajorityOutcome, type VoteCounts } from './majority';
import { evaluateQuorum, type QuorumSetting, type QuorumState } from './quorum';

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

export interface TallyProblem {
  code: string;
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

const isCount = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function countsOf(input: VoteInput, problems: TallyProblem[]): VoteCounts {
  if (input.procedure !== 'rollCall') {
    const counts = input.counts ?? { yes: 0, no: 0, abstain: 0, invalid: 0 };
    for (const key of ['yes', 'no', 'abstain', 'invalid'] as const) if (!isCount(counts[key])) problems.push({ code: 'notACount', params: { field: key } });
    return counts;
  }
  const seen = new Set<string>();
  const counts = { yes: 0, no: 0, abstain: 0, invalid: 0 };
  for (const entry of input.rollCall ?? []) {
    if (seen.has(entry.voterId)) problems.push({ code: 'votedTwice', params: { voter: entry.voterId } });
    seen.add(entry.voterId);
    const weight = entry.weight ?? 1;
    if (!(weight >= 0)) problems.push({ code: 'badWeight', params: { voter: entry.voterId } });
    counts[entry.choice] = Math.round((counts[entry.choice] + weight) * 1e6) / 1e6;
  }
  return counts;
}

function checkConsistency(input: VoteInput, counts: VoteCounts, problems: TallyProblem[]): void {
  const { entitled, present } = input.electorate;
  if (!isCount(entitled) || !isCount(present)) problems.push({ code: 'badElectorate' });
  if (present > entitled) problems.push({ code: 'presentOverEntitled', params: { present, entitled } });
  if (input.options === 'yesNo' && counts.abstain > 0) problems.push({ code: 'noAbstentions', params: { abstain: counts.abstain } });
  const valid = counts.yes + counts.no + counts.abstain;
  if (input.procedure === 'ballot') {
    const ballots = input.ballots ?? { issued: 0, returned: 0 };
    if (!isCount(ballots.issued) || !isCount(ballots.returned)) problems.push({ code: 'notACount', params: { field: 'ballots' } });
    if (ballots.returned > ballots.issued) problems.push({ code: 'returnedOverIssued', params: { returned: ballots.returned, issued: ballots.issued } });
    if (ballots.issued > present) problems.push({ code: 'issuedOverPresent', params: { issued: ballots.issued, present } });
    if (valid + counts.invalid !== ballots.returned) problems.push({ code: 'papersDoNotAddUp', params: { counted: valid + counts.invalid, returned: ballots.returned } });
  } else {
    if (counts.invalid > 0 && input.procedure === 'showOfHands') problems.push({ code: 'noInvalidHands' });
    if (input.procedure === 'showOfHands' && valid > present) problems.push({ code: 'moreVotesThanPresent', params: { votes: valid, present } });
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
  const majority = decideMajority({ base: input.rule.base, majority: input.rule.majority }, counts, input.electorate);
  return { outcome: majority.adopted ? 'adopted' : 'rejected', counts, quorum, majority, problems };
}
