import type { Vote } from '../../core/domain/entities';
import type { VoteResult } from '../counting/tally';
import { explainVote, ruleSummary } from '../counting/explain';
import type { ResultSheetContent } from '../../documents/render/resultSheet';
import { translatorFor, type MessageKey, type Translate as T } from '../../locales';

export function ruleText(vote: Vote, t: T): string {
  return ruleSummary(vote.rule, t);
}

/** The result in one sentence, as every output says it: the screen, the hall, the sheet, the minutes, the workbook. */
export function explanation(vote: Vote, result: VoteResult, t: T): string {
  // Sealed as it stands, with the tellers' note: "cannot be sealed" would no longer be true.
  if (vote.status === 'sealed' && result.outcome === 'inconsistent') return t('votes.explainSealedWithNote');
  return explainVote(result, vote.rule.base, t);
}

const both = (key: MessageKey, zh: T, ru: T, params?: Record<string, string | number>) =>
  `${zh(key, params)} / ${ru(key, params)}`;

/** The figures a vote has: invalid papers only for a ballot, abstentions only where they are an answer. */
function figuresKey(vote: Pick<Vote, 'procedure' | 'options'>): MessageKey {
  if (vote.procedure === 'ballot') return 'votes.figuresValue';
  return vote.options === 'yesNoAbstain' ? 'votes.figuresValueHands' : 'votes.figuresValueYesNo';
}

/** A correction's earlier figures, for the sentence that names them. */
function figures(entry: { counts: Vote['counts'] }): Record<string, number> {
  return {
    yes: entry.counts.yes,
    no: entry.counts.no,
    abstain: entry.counts.abstain,
    invalid: entry.counts.invalid,
  };
}

/** The result sheet's content, in Chinese and Russian side by side. */
export function resultSheetContent(vote: Vote, result: VoteResult, eventName: string): ResultSheetContent {
  // The sheet is in Chinese and Russian, whatever the screen's language.
  const zh = translatorFor('zh-CN');
  const ru = translatorFor('ru');
  const c = result.counts;
  const rows = [
    { label: both('votes.procedure', zh, ru), value: both(`votes.procedure_${vote.procedure}`, zh, ru) },
    { label: both('votes.body', zh, ru), value: both(`votes.body_${vote.body}`, zh, ru) },
    {
      label: both('votes.rule', zh, ru),
      value: `${ruleText(vote, zh)}\n${ruleText(vote, ru)}`.replace('\n', ' / '),
    },
    {
      label: both('votes.atOpening', zh, ru),
      value: both('votes.snapshot', zh, ru, {
        entitled: vote.opened?.entitled ?? 0,
        present: vote.opened?.present ?? 0,
      }),
    },
    {
      label: both('votes.atClosing', zh, ru),
      value: both('votes.snapshot', zh, ru, {
        entitled: vote.closed?.entitled ?? 0,
        present: vote.closed?.present ?? 0,
      }),
    },
    ...(vote.procedure === 'ballot'
      ? [
          {
            label: both('votes.ballotsLabel', zh, ru),
            value: both('votes.ballotsValue', zh, ru, {
              issued: vote.ballots.issued,
              returned: vote.ballots.returned,
            }),
          },
        ]
      : []),
    {
      label: both('votes.figures', zh, ru),
      value: both(figuresKey(vote), zh, ru, { yes: c.yes, no: c.no, abstain: c.abstain, invalid: c.invalid }),
    },
    { label: both('votes.outcome', zh, ru), value: both(`votes.outcome_${result.outcome}`, zh, ru) },
    ...result.problems.map((p) => ({
      label: both('votes.problemLabel', zh, ru),
      value: both(`votes.problem_${p.code}`, zh, ru, p.params),
    })),
    ...(vote.note ? [{ label: both('votes.noteLabel', zh, ru), value: vote.note }] : []),
    ...(vote.corrections ?? []).map((c) => ({
      label: both('votes.correctedLabel', zh, ru),
      value:
        `${c.at.slice(0, 16).replace('T', ' ')} · ${c.by}: ` +
        `${both('votes.figuresValue', zh, ru, figures(c.before))} → ` +
        both('votes.figuresValue', zh, ru, figures(c.after)),
    })),
    ...vote.reopenings.map((r) => ({
      label: both('votes.reopened', zh, ru),
      value: `${r.at.slice(0, 16).replace('T', ' ')} · ${r.name ?? r.by}: ${r.reason}`,
    })),
  ];
  return {
    eventName,
    title: [vote.title.zh, vote.title.ru, vote.title.en].filter(Boolean),
    rows,
    explanations: [explanation(vote, result, zh), explanation(vote, result, ru)],
    fingerprints: vote.seals.map((s, i) => ({
      label:
        `${both('votes.fingerprint', zh, ru)} ${i + 1} · ${s.at.slice(0, 16).replace('T', ' ')} · ${s.by}` +
        (s.tellers?.length ? ` · ${s.tellers.join(', ')}` : ''),
      value: s.fingerprint,
    })),
    proof: [zh('votes.fingerprintProof'), ru('votes.fingerprintProof')],
    signatures: [
      both('votes.signTeller', zh, ru),
      both('votes.signTeller', zh, ru),
      both('votes.signChair', zh, ru),
    ],
  };
}
