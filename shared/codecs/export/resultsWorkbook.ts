import type {
  Attendee,
  BallotEntry,
  BallotIssue,
  Election,
  Organisation,
  Vote,
} from '../../core/domain/entities';
import { resultOf } from '../../rules/votes/voteCommands';
import { ruleSummary } from '../../rules/counting/explain';
import { explanation } from '../../rules/votes/voteTexts';
import { electionResultOf } from '../../rules/elections/electionResult';
import {
  candidateLabel,
  postExplanation,
  seatRuleText,
  type Language,
  type T,
} from '../../rules/elections/electionTexts';
import { inLanguage } from '../../documents/minutes/minutesRecord';
import { figureHeader, figuresOf } from '../../rules/elections/methods';
import { resultTables } from '../../rules/elections/resultTable';
import { organisationNameIn, personName } from '../../core/names/namePolicy';
import type { Table } from './spreadsheet';

export interface ResultsRecord {
  votes: Vote[];
  elections: Election[];
  papers: BallotEntry[];
  issues: BallotIssue[];
  attendees: Attendee[];
  organisations: Organisation[];
}

const snapshot = (t: T, s: { entitled: number; present: number } | null) =>
  t('votes.snapshot', { entitled: s?.entitled ?? 0, present: s?.present ?? 0 });

/**
 * The results workbook: a sheet per vote and per election round — the rule, the snapshots and the
 * figures, in the language of the screen — and the ballot issuance log (who received a ballot for
 * which round, never which paper).
 */
export function resultsTables(
  record: ResultsRecord,
  t: T,
  language: Language,
  formatTime: (iso: string) => string,
): Table[] {
  const tables: Table[] = [];
  const votes = record.votes
    .filter((v) => !v.deletedAt && v.status !== 'draft')
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  votes.forEach((vote, i) => {
    const result = resultOf(vote);
    const c = result.counts;
    tables.push({
      sheetName: `${i + 1} ${inLanguage(vote.title, language)}`,
      columns: [{ header: t('minutes.colFigure') }, { header: t('minutes.colValue') }],
      rows: [
        [t('votes.motionTitle'), inLanguage(vote.title, language)],
        [t('votes.procedure'), t(`votes.procedure_${vote.procedure}`)],
        [t('votes.body'), t(`votes.body_${vote.body}`)],
        [t('votes.rule'), ruleSummary(vote.rule, t)],
        [t('votes.atOpening'), snapshot(t, vote.opened)],
        [t('votes.atClosing'), snapshot(t, vote.closed)],
        [t('votes.count_issued'), vote.ballots.issued],
        [t('votes.count_returned'), vote.ballots.returned],
        [t('votes.count_yes'), c.yes],
        [t('votes.count_no'), c.no],
        [t('votes.count_abstain'), c.abstain],
        [t('votes.count_invalid'), c.invalid],
        [t('votes.outcome'), t(`votes.outcome_${result.outcome}`)],
        ['', explanation(vote, result, t)],
        ...vote.seals.map((s, n) => [
          `${t('votes.fingerprint')} ${n + 1}`,
          `${s.fingerprint} (${formatTime(s.at)}, ${s.by})`,
        ]),
      ],
    });
  });
  const elections = record.elections
    .filter((e) => !e.deletedAt && e.status !== 'draft')
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  const titleOf = (e: Election) =>
    `${inLanguage(e.title, language)}${e.round > 1 ? ` · ${t('elections.roundN', { n: e.round })}` : ''}`;
  elections.forEach((election, i) => {
    const papers = record.papers.filter((p) => p.electionId === election.id && !p.deletedAt);
    const issued = record.issues.filter((x) => x.electionId === election.id && !x.deletedAt).length;
    const result = electionResultOf(election, papers, issued);
    const rows: (string | number)[][] = [];
    const figures = figuresOf(election.posts);
    for (const table of resultTables(election.posts, result)) {
      for (const row of table.rows)
        rows.push([
          inLanguage(table.post.title, language),
          row.number,
          candidateLabel(row.candidate, language, t),
          ...figures.map((figure) =>
            table.figures.includes(figure) ? row.figures[table.figures.indexOf(figure)]! : '',
          ),
          t(`elections.status_${row.status}`),
        ]);
    }
    rows.push([]);
    rows.push([t('elections.body'), t(`elections.body_${election.body}`)]);
    rows.push(
      [t('votes.atOpening'), snapshot(t, election.opened)],
      [t('votes.atClosing'), snapshot(t, election.closed)],
    );
    rows.push([
      t('votes.ballotsLabel'),
      t('votes.ballotsValue', { issued: result.issued, returned: result.returned }),
    ]);
    election.posts.forEach((post, p) => {
      const r = result.posts[p]!;
      const papers = t('elections.papersValue', {
        valid: r.valid,
        blank: r.blank,
        invalid: r.invalid,
        over: r.overMarked,
      });
      rows.push([inLanguage(post.title, language), `${seatRuleText(post, t)} · ${papers}`]);
      rows.push(['', postExplanation(post, r, election, result.outcome, language, t).join(' ')]);
    });
    for (const lots of election.lots)
      rows.push([t('elections.lotsDrawn'), `${formatTime(lots.at)} · ${lots.drawnBy}`]);
    election.seals.forEach((s, n) =>
      rows.push([`${t('votes.fingerprint')} ${n + 1}`, `${s.fingerprint} (${formatTime(s.at)}, ${s.by})`]),
    );
    tables.push({
      sheetName: `${votes.length + i + 1} ${titleOf(election)}`,
      columns: [
        { header: t('minutes.colPost') },
        { header: '№' },
        { header: t('elections.candidate') },
        ...figures.map((figure) => ({ header: t(figureHeader(election.posts, figure)) })),
        { header: t('elections.status') },
      ],
      rows,
    });
  });
  const people = new Map(record.attendees.map((a) => [a.id, a]));
  const organisations = new Map(record.organisations.map((o) => [o.id, o]));
  const byId = new Map(elections.map((e) => [e.id, e]));
  tables.push({
    sheetName: t('exports.issuanceSheet'),
    columns: [
      { header: t('exports.issue_election') },
      { header: t('exports.issue_time') },
      { header: t('exports.issue_code') },
      { header: t('exports.issue_name') },
      { header: t('exports.issue_organisation') },
      { header: t('exports.issue_desk') },
    ],
    rows: record.issues
      .filter((x) => !x.deletedAt && byId.has(x.electionId))
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
      .map((x) => {
        const person = people.get(x.voterId);
        const org = person?.organisationId ? organisations.get(person.organisationId) : undefined;
        return [
          titleOf(byId.get(x.electionId)!),
          formatTime(x.createdAt),
          person?.code ?? '',
          person ? personName(person, language) : '',
          org ? organisationNameIn(org.name, language) : '',
          x.desk,
        ];
      }),
  });
  // Sheet names must differ within the first 31 characters.
  const seen = new Set<string>();
  for (const table of tables) {
    let name = table.sheetName.slice(0, 31);
    for (let n = 2; seen.has(name); n++) name = `${table.sheetName.slice(0, 27)} (${n})`;
    seen.add(name);
    table.sheetName = name;
  }
  return tables;
}
