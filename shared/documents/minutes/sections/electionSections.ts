import type { Election, Trilingual } from '../../../core/domain/entities';
import { electionResultOf } from '../../../rules/elections/electionResult';
import type { ElectionResult } from '../../../rules/elections/tallyElection';
import { candidateCell, postExplanation } from '../../../rules/elections/electionTexts';
import { resultTables } from '../../../rules/elections/resultTable';
import type { Translators } from '../minutesRecord';
import type { MinutesSection, MinutesTable } from '../minutesSections';
import type { SectionContext } from './sectionContext';

/** One section per election round held (not a draft), in the order they were created. */
export function electionSections(context: SectionContext): MinutesSection[] {
  return context.record.elections
    .filter((e) => !e.deletedAt && e.status !== 'draft')
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
    .map((election) => electionSection(context, election));
}

/** A round: its body and ballots, each post's outcome explained, its seal; a result table per post. */
function electionSection(context: SectionContext, election: Election): MinutesSection {
  const { record, t, section } = context;
  const papers = record.papers.filter((p) => p.electionId === election.id && !p.deletedAt);
  const issued = record.issues.filter((i) => i.electionId === election.id && !i.deletedAt).length;
  const result = electionResultOf(election, papers, issued);
  const seal = election.seals[election.seals.length - 1];
  return section(
    `election:${election.id}`,
    electionTitle(election, t),
    (l) =>
      [
        t[l]('minutes.electionText', {
          body: t[l](`elections.body_${election.body}`),
          issued,
          returned: result.returned,
        }),
        ...election.posts.flatMap((post, i) =>
          postExplanation(post, result.posts[i]!, election, result.outcome, l, t[l]),
        ),
        seal ? t[l]('minutes.sealedWith', { value: seal.fingerprint }) : t[l]('minutes.notSealed'),
      ].join(' '),
    electionTables(context, election, result),
  );
}

/** The election's title; a later round says which. */
function electionTitle(election: Election, t: Translators): Trilingual {
  return election.round > 1
    ? {
        zh: `${election.title.zh} · ${t['zh-CN']('elections.roundN', { n: election.round })}`,
        ru: `${election.title.ru} · ${t.ru('elections.roundN', { n: election.round })}`,
        en: `${election.title.en} · ${t.en('elections.roundN', { n: election.round })}`,
      }
    : election.title;
}

/** Per post: each candidate's number, name, figures and status. */
function electionTables(
  { languages, t, cellLabel, name }: SectionContext,
  election: Election,
  result: ElectionResult,
): MinutesTable[] {
  return resultTables(election.posts, result).map(({ post, figureKeys, rows }) => ({
    title: name(post.title).replace('\n', ' / '),
    columns: [
      { header: '№', width: 0.06, align: 'center' as const },
      { header: cellLabel('elections.candidate'), width: 0.94 - 0.09 * figureKeys.length - 0.16 },
      ...figureKeys.map((key) => ({ header: cellLabel(key), width: 0.09, align: 'right' as const })),
      { header: cellLabel('elections.status'), width: 0.16 },
    ],
    rows: rows.map((row) => [
      String(row.number),
      languages.map((l) => candidateCell(row.candidate, l, t[l])).join('\n'),
      ...row.figures.map(String),
      row.status === 'notElected' ? '' : cellLabel(`elections.status_${row.status}`),
    ]),
  }));
}
