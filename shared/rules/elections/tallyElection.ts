import { add, fraction, fromDecimal, toNumber, type Fraction } from '../counting/fraction';
import { isCount, isWeight, weightFraction } from '../counting/numbers';
import { evaluateQuorum, type QuorumSetting, type QuorumState } from '../counting/quorum';
import type { TallyProblem } from '../counting/tally';
import { methodOf } from './methods';
import { judgePaper } from './ballotMarks';
import type { ElectionPost, ElectionTotals } from './electionTypes';
import { allocateSeats, type SeatOutcome } from './seats';

/** Every problem a count can report (each has its sentence in the UI). */
export const ELECTION_PROBLEMS = [
  'badWeight',
  'notACount',
  'missingTotals',
  'postPapersOverReturned',
  'candidateOverValid',
  'noAbstentions',
  'noNoOnMarkBallot',
  'marksOverLimit',
  'tellersDiffer',
  'paperTwice',
  'returnedOverIssued',
  'presentOverEntitled',
] as const;
export type ElectionProblem = (typeof ELECTION_PROBLEMS)[number];
type Problem = TallyProblem<ElectionProblem>;

export type PostInput = Pick<
  ElectionPost,
  'id' | 'seats' | 'method' | 'maxMarks' | 'minMarks' | 'rule' | 'tieRule'
> & { candidates: { id: string }[] };

export interface PaperInput {
  paper: number;
  marks: Record<string, string>;
  spoilt?: boolean;
  weight?: number;
  teller?: 1 | 2;
}

/** An election as the count knows it: the shape of the `tally` command's JSON (docs/tally-format.md). */
export interface ElectionInput {
  quorum: QuorumSetting;
  electorate: { entitled: number; present: number };
  posts: PostInput[];
  issued: number;
  /** Counted by totals per candidate … */
  totals?: ElectionTotals | null;
  /** … or paper by paper. With double entry, teller 1's papers count and teller 2's are compared. */
  papers?: PaperInput[];
  doubleEntry?: boolean;
  lots?: { postId: string; winnerIds: string[] }[];
}

export interface CandidateVotes {
  id: string;
  yes: number;
  no: number;
  abstain: number;
}

export interface PostResult {
  postId: string;
  valid: number;
  blank: number;
  invalid: number;
  overMarked: number;
  /** 100 % under the post's rule. */
  base: number;
  candidates: CandidateVotes[];
  seats: SeatOutcome;
}

export interface ElectionResult {
  outcome: 'decided' | 'notQuorate' | 'inconsistent';
  quorum: QuorumState;
  issued: number;
  returned: number;
  posts: PostResult[];
  problems: TallyProblem<ElectionProblem>[];
  /** Double entry: the papers the two tellers entered differently. */
  differences: number[];
}

interface PostCount {
  valid: Fraction;
  blank: Fraction;
  invalid: Fraction;
  overMarked: Fraction;
  votes: { yes: Fraction; no: Fraction; abstain: Fraction }[];
}

const ZERO = fraction(0n);
/** A figure the count can use: a bad one (1e21, -1, 2.5) is a problem and counts as nothing. */
const safeCount = (n: unknown): Fraction => fromDecimal(isCount(n) ? n : 0);

function emptyCount(post: PostInput): PostCount {
  return {
    valid: ZERO,
    blank: ZERO,
    invalid: ZERO,
    overMarked: ZERO,
    votes: post.candidates.map(() => ({ yes: ZERO, no: ZERO, abstain: ZERO })),
  };
}

function countPapers(posts: PostInput[], papers: PaperInput[], problems: Problem[]): PostCount[] {
  const counts = posts.map(emptyCount);
  for (const paper of papers) {
    const given = paper.weight ?? 1;
    const usable = isWeight(given) && given > 0;
    if (!usable) problems.push({ code: 'badWeight', params: { paper: paper.paper } });
    const weight = usable ? weightFraction(given) : ZERO;
    posts.forEach((post, p) => {
      const count = counts[p]!;
      const verdict = judgePaper(post, paper.marks[post.id], paper.spoilt ?? false);
      if (verdict.status === 'blank') count.blank = add(count.blank, weight);
      else if (verdict.status === 'invalid') {
        count.invalid = add(count.invalid, weight);
        if (verdict.reason === 'overMarked') count.overMarked = add(count.overMarked, weight);
      } else {
        count.valid = add(count.valid, weight);
        [...verdict.marks].forEach((mark, c) => {
          const votes = count.votes[c]!;
          if (mark === '1') votes.yes = add(votes.yes, weight);
          if (mark === '2') votes.no = add(votes.no, weight);
          if (mark === '3') votes.abstain = add(votes.abstain, weight);
        });
      }
    });
  }
  return counts;
}

function countTotals(input: ElectionInput, totals: ElectionTotals, problems: Problem[]): PostCount[] {
  if (!isCount(totals.returned)) problems.push({ code: 'notACount', params: { field: 'returned' } });
  return input.posts.map((post, p) => {
    const entered = totals.posts[post.id];
    if (!entered || entered.candidates.length !== post.candidates.length) {
      problems.push({ code: 'missingTotals', params: { post: p + 1 } });
      return emptyCount(post);
    }
    const numbers = [
      entered.blank,
      entered.invalid,
      ...entered.candidates.flatMap((c) => [c.yes, c.no, c.abstain]),
    ];
    if (!numbers.every(isCount)) problems.push({ code: 'notACount', params: { field: `post ${p + 1}` } });
    const valid = totals.returned - entered.blank - entered.invalid;
    if (valid < 0)
      problems.push({
        code: 'postPapersOverReturned',
        params: { post: p + 1, counted: entered.blank + entered.invalid, returned: totals.returned },
      });
    const f = safeCount;
    return {
      valid: f(Math.max(valid, 0)),
      blank: f(entered.blank),
      invalid: f(entered.invalid),
      overMarked: ZERO,
      votes: entered.candidates.map((c) => ({ yes: f(c.yes), no: f(c.no), abstain: f(c.abstain) })),
    };
  });
}

/** Totals that no set of valid papers could give are reported, whichever way they were counted. */
function checkPost(post: PostInput, p: number, count: PostCount, problems: Problem[]): void {
  const valid = toNumber(count.valid);
  const method = methodOf(post);
  const figures: readonly string[] = method.figures;
  let marks = 0;
  count.votes.forEach((v, c) => {
    const [yes, no, abstain] = [toNumber(v.yes), toNumber(v.no), toNumber(v.abstain)];
    marks += yes;
    if (yes + no + abstain > valid + 1e-9)
      problems.push({
        code: 'candidateOverValid',
        params: { post: p + 1, candidate: c + 1, marks: yes + no + abstain, valid },
      });
    if (!figures.includes('abstain') && abstain > 0)
      problems.push({ code: 'noAbstentions', params: { post: p + 1, candidate: c + 1 } });
    if (!figures.includes('no') && no > 0)
      problems.push({ code: 'noNoOnMarkBallot', params: { post: p + 1, candidate: c + 1 } });
  });
  const limit = valid * method.limits(post).max;
  if (marks > limit + 1e-9) problems.push({ code: 'marksOverLimit', params: { post: p + 1, marks, limit } });
}

/** Teller 1 and teller 2 entered the same papers: the numbers of the papers where they differ. */
export function compareTellers(papers: PaperInput[]): number[] {
  const key = (p: PaperInput) =>
    JSON.stringify([p.spoilt ?? false, p.weight ?? 1, Object.entries(p.marks).sort()]);
  const first = new Map(papers.filter((p) => (p.teller ?? 1) === 1).map((p) => [p.paper, key(p)]));
  const second = new Map(papers.filter((p) => p.teller === 2).map((p) => [p.paper, key(p)]));
  const numbers = [...new Set([...first.keys(), ...second.keys()])].sort((a, b) => a - b);
  return numbers.filter((n) => first.get(n) !== second.get(n));
}

function baseOf(post: PostInput, count: PostCount, returned: Fraction, input: ElectionInput): Fraction {
  if (post.rule.kind === 'relative') return ZERO;
  switch (post.rule.base) {
    case 'cast':
      return returned;
    case 'valid':
      return count.valid;
    case 'present':
      return safeCount(input.electorate.present);
    case 'entitled':
      return safeCount(input.electorate.entitled);
  }
}

/**
 * The result of an election round: papers (or totals) counted per post, checked for consistency,
 * the quorum checked on the opening snapshot, then the seats of each post filled by its rule.
 */
export function tallyElection(input: ElectionInput): ElectionResult {
  const problems: Problem[] = [];
  const everyPaper = input.papers ?? [];
  const differences = input.doubleEntry ? compareTellers(everyPaper) : [];
  if (differences.length)
    problems.push({ code: 'tellersDiffer', params: { papers: differences.join(', ') } });
  const papers = input.doubleEntry ? everyPaper.filter((p) => (p.teller ?? 1) === 1) : everyPaper;
  const seen = new Set<number>();
  for (const paper of papers) {
    if (seen.has(paper.paper)) problems.push({ code: 'paperTwice', params: { paper: paper.paper } });
    seen.add(paper.paper);
  }
  const byTotals = !input.papers && input.totals;
  const counts = byTotals
    ? countTotals(input, input.totals!, problems)
    : countPapers(input.posts, papers, problems);
  const returnedPapers = byTotals ? input.totals!.returned : papers.length;
  const returned = byTotals
    ? safeCount(input.totals!.returned)
    : papers.reduce(
        (sum, p) => add(sum, isWeight(p.weight ?? 1) ? weightFraction(p.weight ?? 1) : ZERO),
        ZERO,
      );
  if (returnedPapers > input.issued)
    problems.push({ code: 'returnedOverIssued', params: { returned: returnedPapers, issued: input.issued } });
  if (input.electorate.present > input.electorate.entitled)
    problems.push({
      code: 'presentOverEntitled',
      params: { present: input.electorate.present, entitled: input.electorate.entitled },
    });
  input.posts.forEach((post, p) => checkPost(post, p, counts[p]!, problems));
  const quorum = evaluateQuorum(input.quorum, input.electorate.present, input.electorate.entitled);
  const outcome = problems.length ? 'inconsistent' : quorum.met ? 'decided' : 'notQuorate';
  const posts = input.posts.map((post, p): PostResult => {
    const count = counts[p]!;
    const base = baseOf(post, count, returned, input);
    const lots = input.lots?.find((l) => l.postId === post.id) ?? null;
    const seats =
      outcome === 'decided'
        ? allocateSeats({
            seats: post.seats,
            rule: post.rule,
            tieRule: post.tieRule,
            base,
            lots,
            candidates: post.candidates.map((c, i) => ({ id: c.id, yes: count.votes[i]!.yes })),
          })
        : { required: null, qualified: [], elected: [], tie: null, unfilled: post.seats };
    return {
      postId: post.id,
      valid: toNumber(count.valid),
      blank: toNumber(count.blank),
      invalid: toNumber(count.invalid),
      overMarked: toNumber(count.overMarked),
      base: toNumber(base),
      candidates: post.candidates.map((c, i) => ({
        id: c.id,
        yes: toNumber(count.votes[i]!.yes),
        no: toNumber(count.votes[i]!.no),
        abstain: toNumber(count.votes[i]!.abstain),
      })),
      seats,
    };
  });
  return { outcome, quorum, issued: input.issued, returned: returnedPapers, posts, problems, differences };
}
