import { electionInputSchema } from '../shared/rules/elections/electionInputSchema';
import { tallyElection } from '../shared/rules/elections/tallyElection';
import { postExplanation } from '../shared/rules/elections/electionTexts';
import { postResultTable } from '../shared/rules/elections/resultTable';
import type { Candidate, ElectionPost } from '../shared/rules/elections/electionTypes';
import { translator, type CliLanguage } from './translate';

interface Out {
  out: (text: string) => void;
  err: (text: string) => void;
}

const same = (text: string) => ({ zh: text, ru: text, en: text });

/**
 * `plenum tally ELECTION.json`: who is elected, the ties, the unfilled seats and why, as JSON.
 * Exit 1 when the count does not add up.
 */
export function tallyElectionJson(json: unknown, file: string, language: CliLanguage, io: Out): number {
  const parsed = electionInputSchema.safeParse(json);
  if (!parsed.success) {
    io.err(
      parsed.error.issues
        .map((issue) => `${file}: ${issue.path.join('.') || '(top)'}: ${issue.message}`)
        .join('\n'),
    );
    return 2;
  }
  const input = parsed.data;
  const t = translator(language);
  const result = tallyElection(input);
  const notTied = (input.lots ?? []).flatMap((lot, i) => {
    const tie = result.posts.find((p) => p.postId === lot.postId)?.seats.tie;
    const fits =
      tie && lot.winnerIds.length === tie.seats && lot.winnerIds.every((id) => tie.candidateIds.includes(id));
    const winners = lot.winnerIds.join(', ');
    const seats = tie?.seats ?? 0;
    return fits || result.outcome !== 'decided'
      ? []
      : [
          `${file}: lots.${i}.winnerIds: ${winners} are not the ${seats} seat(s) of a tie in post "${lot.postId}"`,
        ];
  });
  if (notTied.length) {
    io.err(notTied.join('\n'));
    return 2;
  }
  const posts = input.posts.map((post, i) => {
    const r = result.posts[i]!;
    const candidates: Candidate[] = post.candidates.map((c) => ({
      id: c.id,
      kind: 'person',
      organisationId: null,
      attendeeId: null,
      name: same(c.name ?? c.id),
      organisationName: same(''),
    }));
    const asPost: ElectionPost = {
      ...post,
      sourcePostId: null,
      title: same(post.title ?? post.id),
      candidates,
    };
    const table = postResultTable(asPost, r, result.outcome);
    return {
      id: post.id,
      valid: r.valid,
      blank: r.blank,
      invalid: r.invalid,
      overMarked: r.overMarked,
      base: r.base,
      required: r.seats.required,
      candidates: r.candidates.map((c, j) => ({
        ...c,
        name: post.candidates[j]!.name ?? c.id,
        status: table.rows[j]!.status,
      })),
      elected: r.seats.elected,
      tie: r.seats.tie,
      unfilled: r.seats.unfilled,
      explanation: postExplanation(
        asPost,
        r,
        { lots: (input.lots ?? []).map((l) => ({ ...l, at: '' })) },
        result.outcome,
        language,
        t,
      ),
    };
  });
  io.out(
    JSON.stringify(
      {
        outcome: result.outcome,
        quorum: result.quorum,
        issued: result.issued,
        returned: result.returned,
        posts,
        problems: result.problems.map((p) => ({ ...p, message: t(`elections.problem_${p.code}`, p.params) })),
        differences: result.differences,
      },
      null,
      2,
    ),
  );
  return result.outcome === 'inconsistent' ? 1 : 0;
}
