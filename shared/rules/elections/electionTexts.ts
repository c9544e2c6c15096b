import type { BallotEntry, Election } from '../../core/domain/entities';
import type { Candidate, ElectionPost } from './electionTypes';
import type { ElectionResult, PostResult } from './tallyElection';
import type { BallotPaperContent } from '../../documents/render/ballotPaper';
import type { ResultSheetContent } from '../../documents/render/resultSheet';
import type { Cell } from '../../documents/render/flowDocument';
import { inLanguage } from '../../core/domain/trilingual';
import { methodOf } from './methods';
import { candidateStatus, resultTables } from './resultTable';

/**
 * What the election's documents and screens say, in words: pure, given a translation function, so
 * that the app, the command line and the minutes say the same.
 */
import type { Translate as T, Language, MessageKey } from '../../locales';
export type { T, Language };

const FRACTIONS: Record<string, string> = { '1/2': '½', '2/3': '⅔', '3/4': '¾', '1/3': '⅓' };

/** "哈尔滨职业技术学院（代表：刘申）", "Иванов Иван (Университет)": as the candidate stands on the screen. */
export function candidateLabel(candidate: Candidate, language: Language, t: T): string {
  const person = inLanguage(candidate.name, language);
  const organisation = inLanguage(candidate.organisationName, language);
  if (candidate.kind === 'organisation')
    return person ? t('elections.representedBy', { org: organisation, person }) : organisation;
  return organisation ? t('elections.personOf', { person, org: organisation }) : person;
}

/**
 * On paper: the candidate's name on its own line, then the organisation or the representative, so
 * that no name is broken.
 */
export function candidateCell(candidate: Candidate, language: Language, t: T): string {
  const person = inLanguage(candidate.name, language);
  const organisation = inLanguage(candidate.organisationName, language);
  if (candidate.kind === 'organisation')
    return person ? `${organisation}\n${t('elections.representative', { person })}` : organisation;
  return organisation ? `${person}\n${organisation}` : person;
}

export function seatRuleText(post: Pick<ElectionPost, 'rule'>, t: T): string {
  if (post.rule.kind === 'relative') return t('elections.ruleRelative');
  const fraction =
    FRACTIONS[`${post.rule.numerator}/${post.rule.denominator}`] ??
    `${post.rule.numerator}/${post.rule.denominator}`;
  return t(post.rule.comparison === '>=' ? 'elections.ruleAtLeast' : 'elections.ruleMoreThan', {
    fraction,
    base: t(`elections.baseOf_${post.rule.base}`),
  });
}

export function instructionText(post: ElectionPost, t: T): string {
  return methodOf(post).instruction(post, t);
}

export { candidateStatus };

/** Why the seats of a post went as they did: the rule, the tie and how it is resolved, the unfilled seats. */
export function postExplanation(
  post: ElectionPost,
  result: PostResult,
  election: Pick<Election, 'lots'>,
  outcome: ElectionResult['outcome'],
  language: Language,
  t: T,
): string[] {
  if (outcome === 'inconsistent') return [t('elections.explainInconsistent')];
  if (outcome === 'notQuorate') return [t('elections.explainNotQuorate')];
  const name = (id: string) =>
    candidateLabel(
      post.candidates.find((c) => c.id === id)!,
      language,
      t,
    );
  const lines = [
    t('elections.explainSeats', {
      post: inLanguage(post.title, language),
      elected: result.seats.elected.length,
      seats: post.seats,
    }),
  ];
  lines.push(
    result.seats.required === null
      ? t(methodOf(post).texts.explainRelative)
      : t('elections.explainRequired', {
          rule: seatRuleText(post, t),
          base: result.base,
          count: result.seats.required,
        }),
  );
  const tie = result.seats.tie;
  if (tie) {
    const votes = result.candidates.find((c) => c.id === tie.candidateIds[0])?.yes ?? 0;
    const drawing = election.lots.find((l) => l.postId === post.id);
    lines.push(
      t(`elections.explainTie_${tie.resolution}`, {
        names: tie.candidateIds.map(name).join(t('common.namesSeparator')),
        votes,
        seats: tie.seats,
        by: drawing?.drawnBy ?? '',
        winners: drawing ? drawing.winnerIds.map(name).join(t('common.namesSeparator')) : '',
      }),
    );
  }
  if (result.seats.unfilled > 0 && tie?.resolution !== 'vacant')
    lines.push(t('elections.explainUnfilled', { n: result.seats.unfilled }));
  return lines;
}

const both = (key: MessageKey, zh: T, ru: T, params?: Record<string, string | number>) =>
  `${zh(key, params)} / ${ru(key, params)}`;

export function electionHeading(election: Pick<Election, 'title' | 'round'>, zh: T, ru: T): string[] {
  const round = election.round > 1 ? [both('elections.roundN', zh, ru, { n: election.round })] : [];
  return [[election.title.zh, election.title.ru].filter(Boolean).join(' / ') || election.title.en, ...round];
}

/**
 * The ballot paper, in Chinese and Russian side by side: instructions, then each post's candidates
 * with their boxes.
 */
export function ballotPaperContent(election: Election, eventName: string, zh: T, ru: T): BallotPaperContent {
  return {
    eventName,
    title: electionHeading(election, zh, ru),
    instructions: [zh('elections.instructGeneral'), ru('elections.instructGeneral')],
    pageLabel: `${zh('elections.pageLabel')} · ${ru('elections.pageLabel')}`,
    serialLabel: 'No.',
    posts: election.posts.map((post) => {
      const method = methodOf(post);
      const boxes = method.figures.map((figure) => method.figureKey(figure));
      const boxWidth = method.boxWidth;
      const textWidth = (1 - 0.06 - boxWidth * boxes.length) / 2;
      return {
        title:
          `${post.title.zh || post.title.en} / ${post.title.ru || post.title.en} · ` +
          both('elections.seatsValue', zh, ru, { n: post.seats }),
        instruction: `${instructionText(post, zh)} ${instructionText(post, ru)}`,
        columns: [
          { header: '№', width: 0.06, align: 'center' as const },
          { header: zh('elections.candidate'), width: textWidth },
          { header: ru('elections.candidate'), width: textWidth },
          ...boxes.map((b) => ({ header: `${zh(b)}\n${ru(b)}`, width: boxWidth, align: 'center' as const })),
        ],
        rows: post.candidates.map((c, i): Cell[] => [
          String(i + 1),
          candidateCell(c, 'zh-CN', zh),
          candidateCell(c, 'ru', ru),
          ...boxes.map(() => ({ box: true as const })),
        ]),
      };
    }),
  };
}

/** How many figures of the totals a correction changed. */
function changedFigures(before: Election['totals'], after: NonNullable<Election['totals']>): number {
  const flat = (totals: Election['totals']) =>
    totals
      ? [
          totals.returned,
          ...Object.values(totals.posts).flatMap((p) => [
            p.blank,
            p.invalid,
            ...p.candidates.flatMap((c) => [c.yes, c.no, c.abstain]),
          ]),
        ]
      : [];
  const a = flat(before);
  const b = flat(after);
  return b.filter((value, i) => a[i] !== value).length;
}

/**
 * The result sheet of a round: the setting, the snapshots, the papers, votes per candidate with the
 * elected marked, the explanation, the fingerprints.
 */
export function electionSheetContent(
  election: Election,
  result: ElectionResult,
  eventName: string,
  parentTitle: string,
  zh: T,
  ru: T,
  papers: readonly BallotEntry[] = [],
): ResultSheetContent {
  // Papers entered, corrected or removed after the close (and before the seal) are named on the sheet.
  const closedAt = election.closed?.at ?? '';
  const correctedPapers = closedAt
    ? [
        ...new Set(
          papers.filter((p) => p.updatedAt > closedAt || (p.deletedAt ?? '') > closedAt).map((p) => p.paper),
        ),
      ].sort((a, b) => a - b)
    : [];
  const snapshot = (s: Election['opened']) =>
    both('votes.snapshot', zh, ru, { entitled: s?.entitled ?? 0, present: s?.present ?? 0 });
  const quorum =
    election.quorum.kind === 'none'
      ? both('checkin.noQuorumRule', zh, ru)
      : both(election.quorum.comparison === '>=' ? 'checkin.ruleAtLeast' : 'checkin.ruleMoreThan', zh, ru, {
          fraction: `${election.quorum.numerator}/${election.quorum.denominator}`,
        });
  const rows = [
    ...(parentTitle ? [{ label: both('elections.followsRound', zh, ru), value: parentTitle }] : []),
    { label: both('elections.body', zh, ru), value: both(`elections.body_${election.body}`, zh, ru) },
    {
      label: both('setup.quorum', zh, ru),
      value: `${quorum} · ${both(result.quorum.met ? 'elections.quorate' : 'elections.notQuorate', zh, ru)}`,
    },
    { label: both('votes.atOpening', zh, ru), value: snapshot(election.opened) },
    { label: both('votes.atClosing', zh, ru), value: snapshot(election.closed) },
    {
      label: both('votes.ballotsLabel', zh, ru),
      value: both('votes.ballotsValue', zh, ru, { issued: result.issued, returned: result.returned }),
    },
    {
      label: both('elections.countedBy', zh, ru),
      value:
        both(`elections.counting_${election.counting}`, zh, ru) +
        (election.doubleEntry ? ` · ${both('elections.doubleEntry', zh, ru)}` : ''),
    },
    ...election.posts.map((post, i) => {
      const r = result.posts[i]!;
      const papers = both('elections.papersValue', zh, ru, {
        valid: r.valid,
        blank: r.blank,
        invalid: r.invalid,
        over: r.overMarked,
      });
      const seatRules = `${seatRuleText(post, zh)} / ${seatRuleText(post, ru)}`;
      return {
        label: `${post.title.zh || post.title.en} / ${post.title.ru || post.title.en}`,
        value: `${papers}\n${seatRules}`.replace('\n', ' · '),
      };
    }),
    ...election.lots.map((l) => ({
      label: both('elections.lotsDrawn', zh, ru),
      value: `${l.at.slice(0, 16).replace('T', ' ')} · ${l.drawnBy}`,
    })),
    ...(election.note ? [{ label: both('votes.noteLabel', zh, ru), value: election.note }] : []),
    ...(election.corrections ?? []).map((c) => ({
      label: both('votes.correctedLabel', zh, ru),
      value:
        `${c.at.slice(0, 16).replace('T', ' ')} · ${c.by}: ` +
        both('elections.totalsCorrected', zh, ru, {
          n: changedFigures(c.before, c.after),
          before: c.before?.returned ?? 0,
          after: c.after.returned,
        }),
    })),
    ...(correctedPapers.length
      ? [
          {
            label: both('votes.correctedLabel', zh, ru),
            value: both('elections.papersCorrected', zh, ru, { papers: correctedPapers.join(', ') }),
          },
        ]
      : []),
    ...election.reopenings.map((r) => ({
      label: both('votes.reopened', zh, ru),
      value: `${r.at.slice(0, 16).replace('T', ' ')} · ${r.name ?? r.by}: ${r.reason}`,
    })),
  ];
  const tables = resultTables(election.posts, result).map(({ post, figureKeys, rows }) => {
    const markWidth = 0.09;
    const nameWidth = (1 - 0.05 - markWidth * figureKeys.length - 0.14) / 2;
    return {
      title:
        `${post.title.zh || post.title.en} / ${post.title.ru || post.title.en} · ` +
        both('elections.seatsValue', zh, ru, { n: post.seats }),
      columns: [
        { header: '№', width: 0.05, align: 'center' as const },
        { header: zh('elections.candidate'), width: nameWidth },
        { header: ru('elections.candidate'), width: nameWidth },
        ...figureKeys.map((key) => ({
          header: `${zh(key)}\n${ru(key)}`,
          width: markWidth,
          align: 'right' as const,
        })),
        { header: `${zh('elections.status')}\n${ru('elections.status')}`, width: 0.14 },
      ],
      rows: rows.map((row): Cell[] => [
        String(row.number),
        candidateCell(row.candidate, 'zh-CN', zh),
        candidateCell(row.candidate, 'ru', ru),
        ...row.figures.map(String),
        row.status === 'notElected' ? '' : both(`elections.status_${row.status}`, zh, ru),
      ]),
    };
  });

  const explanations = election.posts.flatMap((post, i) => [
    postExplanation(post, result.posts[i]!, election, result.outcome, 'zh-CN', zh).join(' '),
    postExplanation(post, result.posts[i]!, election, result.outcome, 'ru', ru).join(' '),
  ]);
  return {
    eventName,
    title: electionHeading(election, zh, ru),
    rows,
    tables,
    explanations,
    fingerprints: election.seals.map((s, i) => ({
      label: `${both('votes.fingerprint', zh, ru)} ${i + 1} · ${s.at.slice(0, 16).replace('T', ' ')} · ${s.by}`,
      value: s.fingerprint,
    })),
    proof: [zh('votes.fingerprintProof'), ru('votes.fingerprintProof')],
    signatures: [
      both('votes.signTeller', zh, ru),
      both('votes.signTeller', zh, ru),
      both('votes.signTeller', zh, ru),
      both('votes.signChair', zh, ru),
    ],
  };
}
