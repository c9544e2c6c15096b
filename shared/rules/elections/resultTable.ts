import type { MessageKey } from '../../locales';
import type { Candidate, ElectionPost } from './electionTypes';
import type { ElectionResult, PostResult } from './tallyElection';
import { methodOf, type MarkKind } from './methods';

export type CandidateStatus = 'elected' | 'electedByLots' | 'tied' | 'notElected';

/** One candidate's line: the figures in the order of the paper's boxes, and what the seats gave them. */
export interface CandidateRow {
  number: number;
  candidate: Candidate;
  figures: number[];
  status: CandidateStatus;
}

/**
 * A post's result as every output shows it — the screen, the result sheet, the minutes, the
 * workbook and the command line — each in its own layout and language.
 */
export interface PostResultTable {
  post: ElectionPost;
  result: PostResult;
  figures: readonly MarkKind[];
  figureKeys: MessageKey[];
  rows: CandidateRow[];
}

export function candidateStatus(post: PostResult, candidateId: string): CandidateStatus {
  const tie = post.seats.tie;
  const elected = post.seats.elected.includes(candidateId);
  if (elected && tie?.resolution === 'lots' && tie.candidateIds.includes(candidateId)) return 'electedByLots';
  if (elected) return 'elected';
  if (tie && tie.candidateIds.includes(candidateId)) return 'tied';
  return 'notElected';
}

/** A post's table; no one is elected in an election that is not decided (not quorate, or inconsistent). */
export function postResultTable(
  post: ElectionPost,
  result: PostResult,
  outcome: ElectionResult['outcome'],
): PostResultTable {
  const method = methodOf(post);
  return {
    post,
    result,
    figures: method.figures,
    figureKeys: method.figures.map((figure) => method.figureKey(figure)),
    rows: post.candidates.map((candidate, j) => ({
      number: j + 1,
      candidate,
      figures: method.figures.map((figure) => result.candidates[j]?.[figure] ?? 0),
      status: outcome === 'decided' ? candidateStatus(result, candidate.id) : 'notElected',
    })),
  };
}

export function resultTables(posts: readonly ElectionPost[], result: ElectionResult): PostResultTable[] {
  return posts.map((post, i) => postResultTable(post, result.posts[i]!, result.outcome));
}
