import type { Vote } from '../../../core/domain/entities';
import type { VoteResult } from '../../../rules/counting/tally';
import { resultOf } from '../../../rules/votes/voteCommands';
import { ruleSummary } from '../../../rules/counting/explain';
import { explanation } from '../../../rules/votes/voteTexts';
import type { MinutesSection, MinutesTable } from '../minutesSections';
import type { SectionContext } from './sectionContext';

/** One section per vote held (not a draft), in the order they were created. */
export function voteSections(context: SectionContext): MinutesSection[] {
  return context.record.votes
    .filter((v) => !v.deletedAt && v.status !== 'draft')
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
    .map((vote) => voteSection(context, vote));
}

/** A vote: how it was held and decided, its outcome explained, its seal; its figures as a table. */
function voteSection(context: SectionContext, vote: Vote): MinutesSection {
  const { t, section } = context;
  const result = resultOf(vote);
  const seal = vote.seals[vote.seals.length - 1];
  return section(
    `vote:${vote.id}`,
    vote.title,
    (l) =>
      [
        t[l]('minutes.voteText', {
          procedure: t[l](`votes.procedure_${vote.procedure}`),
          body: t[l](`votes.body_${vote.body}`),
          rule: ruleSummary(vote.rule, t[l]),
        }),
        explanation(vote, result, t[l]),
        seal ? t[l]('minutes.sealedWith', { value: seal.fingerprint }) : t[l]('minutes.notSealed'),
      ].join(' '),
    [voteTable(context, vote, result)],
  );
}

/** The electorate at opening and closing, the ballots (if by ballot), the counts and the outcome. */
function voteTable({ cellLabel }: SectionContext, vote: Vote, result: VoteResult): MinutesTable {
  const c = result.counts;
  return {
    columns: [
      { header: cellLabel('minutes.colFigure'), width: 0.5 },
      { header: cellLabel('minutes.colValue'), width: 0.5 },
    ],
    rows: [
      [
        cellLabel('votes.atOpening'),
        cellLabel('votes.snapshot', {
          entitled: vote.opened?.entitled ?? 0,
          present: vote.opened?.present ?? 0,
        }),
      ],
      [
        cellLabel('votes.atClosing'),
        cellLabel('votes.snapshot', {
          entitled: vote.closed?.entitled ?? 0,
          present: vote.closed?.present ?? 0,
        }),
      ],
      ...(vote.procedure === 'ballot'
        ? [
            [
              cellLabel('votes.ballotsLabel'),
              cellLabel('votes.ballotsValue', {
                issued: vote.ballots.issued,
                returned: vote.ballots.returned,
              }),
            ],
          ]
        : []),
      [cellLabel('votes.count_yes'), String(c.yes)],
      [cellLabel('votes.count_no'), String(c.no)],
      ...(vote.options === 'yesNoAbstain' ? [[cellLabel('votes.count_abstain'), String(c.abstain)]] : []),
      ...(vote.procedure === 'ballot' ? [[cellLabel('votes.count_invalid'), String(c.invalid)]] : []),
      [cellLabel('votes.outcome'), cellLabel(`votes.outcome_${result.outcome}`)],
    ],
  };
}
