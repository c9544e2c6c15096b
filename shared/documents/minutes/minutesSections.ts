import type { MessageKey } from '../../locales';
import {
  ATTENDEE_CATEGORIES,
  ORGANISATION_CATEGORIES,
  ORGANISER_ROLES,
  type Election,
  type Trilingual,
} from '../../core/domain/entities';
import { summarisePresence } from '../../rules/checkin/presence';
import { resultOf } from '../../rules/votes/voteCommands';
import { explainVote, ruleSummary } from '../../rules/counting/explain';
import { electionResultOf } from '../../rules/elections/electionResult';
import { composition } from '../../rules/elections/electionElectorate';
import { candidateCell, postExplanation, type Language } from '../../rules/elections/electionTexts';
import { resultTables } from '../../rules/elections/resultTable';
import type { Column } from '../render/flowDocument';
import { inLanguage, TRILINGUAL_KEY, type MinutesRecord, type Translators } from './minutesRecord';

export interface MinutesTable {
  title?: string;
  columns: Column[];
  rows: string[][];
}

export interface MinutesParagraph {
  language: Language;
  text: string;
  /** What the record gives; `text` differs when the secretary changed it. */
  prefilled: string;
  edited: boolean;
}

export interface MinutesSection {
  key: string;
  title: string;
  paragraphs: MinutesParagraph[];
  tables: MinutesTable[];
  /** A section the secretary added (its id), or null. */
  freeId: string | null;
}

type Params = Record<string, string | number>;

/**
 * The minutes' sections in order, each with its paragraph per language — prefilled from the
 * record, or as the secretary rewrote it — and its tables. Fixed texts are translated; names
 * appear as recorded, in each language the record has them.
 */
export function minutesSections(
  record: MinutesRecord,
  languages: Language[],
  t: Translators,
): MinutesSection[] {
  const label = (key: MessageKey, params?: Params) =>
    [...new Set(languages.map((l) => t[l](key, params)))].join(' / ');
  const cellLabel = (key: MessageKey, params?: Params) =>
    [...new Set(languages.map((l) => t[l](key, params)))].join('\n');
  const name = (text: Trilingual) => [...new Set(languages.map((l) => inLanguage(text, l)))].join('\n');
  const own = (key: string, language: Language) =>
    record.minutes?.paragraphs[key]?.[TRILINGUAL_KEY[language]];
  const section = (
    key: string,
    titleKey: MessageKey | Trilingual,
    prefill: (language: Language) => string,
    tables: MinutesTable[] = [],
    freeId: string | null = null,
  ): MinutesSection => ({
    key,
    title:
      typeof titleKey === 'string'
        ? label(titleKey)
        : [...new Set(languages.map((l) => inLanguage(titleKey, l)))].join(' / '),
    paragraphs: languages.map((language) => {
      const prefilled = prefill(language);
      const text = own(key, language) ?? prefilled;
      return { language, text, prefilled, edited: text !== prefilled };
    }),
    tables,
    freeId,
  });
  const { conference } = record;
  const dateText = (language: Language) => {
    const format = (iso: string) =>
      iso ? new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(`${iso}T12:00:00`)) : '';
    const [start, end] = [format(conference.startDate), format(conference.endDate)];
    return end && end !== start ? `${start} – ${end}` : start;
  };

  const sections: MinutesSection[] = [];
  sections.push(
    section('opening', 'minutes.section_opening', (l) =>
      t[l]('minutes.openingText', {
        event: inLanguage(conference.name, l),
        date: dateText(l) || '—',
        venue: inLanguage(conference.venue, l) || '—',
      }),
    ),
  );

  const organisers = record.organisers.filter((o) => !o.deletedAt).sort((a, b) => a.order - b.order);
  sections.push(
    section(
      'organisers',
      'minutes.section_organisers',
      (l) =>
        ORGANISER_ROLES.map((role) => ({
          role,
          names: organisers.filter((o) => o.role === role).map((o) => inLanguage(o.name, l)),
        }))
          .filter((r) => r.names.length)
          .map((r) =>
            t[l]('minutes.organisersLine', {
              role: t[l](`organiserRoles.${r.role}`),
              names: r.names.join(t[l]('minutes.listSeparator')),
            }),
          )
          .join(' ') || t[l]('minutes.noOrganisers'),
    ),
  );

  sections.push(attendanceSection(record, languages, t, section, cellLabel));

  const agenda = record.agenda.filter((a) => !a.deletedAt).sort((a, b) => a.order - b.order);
  sections.push(
    section('agenda', 'minutes.section_agenda', (l) => t[l]('minutes.agendaText', { n: agenda.length }), [
      {
        columns: [
          { header: cellLabel('minutes.colTime'), width: 0.16 },
          { header: cellLabel('minutes.colItem'), width: 0.5 },
          { header: cellLabel('minutes.colSpeaker'), width: 0.34 },
        ],
        rows: agenda.map((a) => [
          a.startsAt.replace('T', ' '),
          `${cellLabel(`agendaTypes.${a.type}`)}\n${name(a.title)}`,
          a.speaker,
        ]),
      },
    ]),
  );

  for (const vote of record.votes
    .filter((v) => !v.deletedAt && v.status !== 'draft')
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))) {
    const result = resultOf(vote);
    const seal = vote.seals[vote.seals.length - 1];
    const c = result.counts;
    sections.push(
      section(
        `vote:${vote.id}`,
        vote.title,
        (l) =>
          [
            t[l]('minutes.voteText', {
              procedure: t[l](`votes.procedure_${vote.procedure}`),
              body: t[l](`votes.body_${vote.body}`),
              rule: ruleSummary(vote.rule, t[l]),
            }),
            explainVote(result, vote.rule.base, t[l]),
            seal ? t[l]('minutes.sealedWith', { value: seal.fingerprint }) : t[l]('minutes.notSealed'),
          ].join(' '),
        [
          {
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
              ...(vote.options === 'yesNoAbstain'
                ? [[cellLabel('votes.count_abstain'), String(c.abstain)]]
                : []),
              ...(vote.procedure === 'ballot' ? [[cellLabel('votes.count_invalid'), String(c.invalid)]] : []),
              [cellLabel('votes.outcome'), cellLabel(`votes.outcome_${result.outcome}`)],
            ],
          },
        ],
      ),
    );
  }

  const elections = record.elections
    .filter((e) => !e.deletedAt && e.status !== 'draft')
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  for (const election of elections)
    sections.push(electionSection(record, election, languages, t, section, cellLabel, name));

  const councilRoots = councilElections(record.elections);
  const rounds = (root: Election) =>
    record.elections.filter((e) => !e.deletedAt && (e.id === root.id || e.rootElectionId === root.id));
  const council = councilRoots.flatMap((root) =>
    [...composition(rounds(root), record.papers, record.issues).values()].flat(),
  );
  sections.push(
    section('council', 'minutes.section_council', (l) => t[l]('minutes.councilText', { n: council.length }), [
      {
        columns: [
          { header: '№', width: 0.07, align: 'center' },
          { header: cellLabel('minutes.colMember'), width: 0.93 },
        ],
        rows: council.map((c, i) => [
          String(i + 1),
          languages.map((l) => candidateCell(c, l, t[l])).join('\n'),
        ]),
      },
    ]),
  );

  const officerRoots = record.elections.filter((e) => !e.deletedAt && e.round === 1 && e.body === 'council');
  const officers = officerRoots.flatMap((root) => {
    const byPost = composition(rounds(root), record.papers, record.issues);
    return root.posts.map((post) => ({ post, elected: byPost.get(post.id) ?? [] }));
  });
  sections.push(
    section(
      'officers',
      'minutes.section_officers',
      (l) => t[l]('minutes.officersText', { n: officers.reduce((sum, o) => sum + o.elected.length, 0) }),
      [
        {
          columns: [
            { header: cellLabel('minutes.colPost'), width: 0.3 },
            { header: cellLabel('minutes.colElected'), width: 0.7 },
          ],
          rows: officers.map((o) => [
            name(o.post.title),
            o.elected
              .map((c) => languages.map((l) => candidateCell(c, l, t[l]).split('\n')[0]).join(' / '))
              .join('\n') || '—',
          ]),
        },
      ],
    ),
  );

  const committee = record.committee.filter((m) => !m.deletedAt).sort((a, b) => a.order - b.order);
  sections.push(
    section(
      'experts',
      'minutes.section_experts',
      (l) =>
        committee.length ? t[l]('minutes.expertsText', { n: committee.length }) : t[l]('minutes.noExperts'),
      [
        {
          columns: [
            { header: cellLabel('committee.name'), width: 0.3 },
            { header: cellLabel('committee.role'), width: 0.3 },
            { header: cellLabel('committee.organisation'), width: 0.4 },
          ],
          rows: committee.map((m) => [name(m.name), name(m.role), name(m.organisation)]),
        },
      ],
    ),
  );

  sections.push(section('closing', 'minutes.section_closing', (l) => t[l]('minutes.closingText')));

  // The secretary's own sections, each after the section it was added to follow.
  for (const free of record.minutes?.freeSections ?? []) {
    const at = sections.findIndex((s) => s.key === free.after);
    const added = section(`free:${free.id}`, free.title, (l) => inLanguage(free.text, l), [], free.id);
    let index = at === -1 ? sections.length : at + 1;
    while (index < sections.length && sections[index]!.freeId) index++;
    sections.splice(index, 0, added);
  }
  return sections.map((s) => ({ ...s, tables: s.tables.filter((table) => table.rows.length > 0) }));
}

/**
 * The council's elections: those another election names as its council, else first rounds of the
 * assembly with organisations as candidates.
 */
export function councilElections(elections: readonly Election[]): Election[] {
  const live = elections.filter((e) => !e.deletedAt && e.round === 1);
  const named = new Set(elections.flatMap((e) => (e.councilElectionId ? [e.councilElectionId] : [])));
  const roots = live.filter((e) => named.has(e.id));
  return roots.length
    ? roots
    : live.filter(
        (e) =>
          e.body === 'assembly' && e.posts.some((p) => p.candidates.some((c) => c.kind === 'organisation')),
      );
}

type SectionFactory = (
  key: string,
  title: MessageKey | Trilingual,
  prefill: (language: Language) => string,
  tables?: MinutesTable[],
) => MinutesSection;
type Label = (key: MessageKey, params?: Params) => string;

function attendanceSection(
  record: MinutesRecord,
  languages: Language[],
  t: Translators,
  section: SectionFactory,
  cellLabel: Label,
): MinutesSection {
  const summary = summarisePresence(
    record.attendees,
    record.organisations,
    record.attendance,
    record.conference.quorum,
  );
  const present = new Set(record.attendance.filter((a) => a.status === 'present').map((a) => a.id));
  const liveAttendees = record.attendees.filter((a) => !a.deletedAt);
  const represented = new Set(
    liveAttendees.filter((a) => present.has(a.id) && a.organisationId).map((a) => a.organisationId),
  );
  const members = record.organisations.filter((o) => !o.deletedAt && o.status === 'member');
  const quorum = summary.quorum;
  return section(
    'attendance',
    'minutes.section_attendance',
    (l) => {
      const rule =
        quorum.setting.kind === 'none'
          ? ''
          : t[l](quorum.setting.comparison === '>=' ? 'checkin.ruleAtLeast' : 'checkin.ruleMoreThan', {
              fraction: `${quorum.setting.numerator}/${quorum.setting.denominator}`,
            });
      const quorumLine =
        quorum.setting.kind === 'none'
          ? t[l]('checkin.noQuorumRule')
          : t[l](quorum.met ? 'checkin.quorate' : 'checkin.notQuorate', {
              present: quorum.present,
              rule,
              entitled: quorum.entitled,
              required: quorum.required ?? 0,
            });
      const attendance = t[l]('minutes.attendanceText', {
        members: summary.members,
        represented: summary.membersRepresented,
        entitled: summary.entitled,
        voting: summary.votingPresent,
        present: summary.present,
        registered: summary.registered,
      });
      return `${attendance} ${quorumLine}`;
    },
    [
      {
        title: cellLabel('minutes.membersByCategory').replace('\n', ' / '),
        columns: [
          { header: cellLabel('minutes.colCategory'), width: 0.5 },
          { header: cellLabel('minutes.colMembers'), width: 0.25, align: 'right' },
          { header: cellLabel('minutes.colRepresented'), width: 0.25, align: 'right' },
        ],
        rows: ORGANISATION_CATEGORIES.map((category) => ({
          category,
          all: members.filter((o) => o.category === category),
        }))
          .filter((r) => r.all.length)
          .map((r) => [
            cellLabel(`organisationCategories.${r.category}`),
            String(r.all.length),
            String(r.all.filter((o) => represented.has(o.id)).length),
          ]),
      },
      {
        title: cellLabel('minutes.attendeesByCategory').replace('\n', ' / '),
        columns: [
          { header: cellLabel('minutes.colCategory'), width: 0.5 },
          { header: cellLabel('minutes.colRegistered'), width: 0.25, align: 'right' },
          { header: cellLabel('minutes.colPresent'), width: 0.25, align: 'right' },
        ],
        rows: ATTENDEE_CATEGORIES.map((category) => ({
          category,
          all: liveAttendees.filter((a) => a.category === category),
        }))
          .filter((r) => r.all.length)
          .map((r) => [
            cellLabel(`attendeeCategories.${r.category}`),
            String(r.all.length),
            String(r.all.filter((a) => present.has(a.id)).length),
          ]),
      },
    ],
  );
}

function electionSection(
  record: MinutesRecord,
  election: Election,
  languages: Language[],
  t: Translators,
  section: SectionFactory,
  cellLabel: Label,
  name: (text: Trilingual) => string,
): MinutesSection {
  const papers = record.papers.filter((p) => p.electionId === election.id && !p.deletedAt);
  const issued = record.issues.filter((i) => i.electionId === election.id && !i.deletedAt).length;
  const result = electionResultOf(election, papers, issued);
  const seal = election.seals[election.seals.length - 1];
  const title: Trilingual =
    election.round > 1
      ? {
          zh: `${election.title.zh} · ${t['zh-CN']('elections.roundN', { n: election.round })}`,
          ru: `${election.title.ru} · ${t.ru('elections.roundN', { n: election.round })}`,
          en: `${election.title.en} · ${t.en('elections.roundN', { n: election.round })}`,
        }
      : election.title;
  return section(
    `election:${election.id}`,
    title,
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
    resultTables(election.posts, result).map(({ post, figureKeys, rows }) => ({
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
    })),
  );
}
