import type { Election } from '../../../core/domain/entities';
import { composition } from '../../../rules/elections/electionElectorate';
import { candidateCell } from '../../../rules/elections/electionTexts';
import type { MinutesRecord } from '../minutesRecord';
import type { MinutesSection } from '../minutesSections';
import type { SectionContext } from './sectionContext';

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

/** An election's rounds: the first and every later one. */
function roundsOf(record: MinutesRecord, root: Election): Election[] {
  return record.elections.filter((e) => !e.deletedAt && (e.id === root.id || e.rootElectionId === root.id));
}

/** The council as elected across all rounds, one member a row. */
export function councilSection({ record, languages, t, section, cellLabel }: SectionContext): MinutesSection {
  const council = councilElections(record.elections).flatMap((root) =>
    [...composition(roundsOf(record, root), record.papers, record.issues).values()].flat(),
  );
  return section(
    'council',
    'minutes.section_council',
    (l) => t[l]('minutes.councilText', { n: council.length }),
    [
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
    ],
  );
}

/** The officers the council elected: each post of its elections and who holds it. */
export function officersSection(context: SectionContext): MinutesSection {
  const { record, languages, t, section, cellLabel, name } = context;
  const officerRoots = record.elections.filter((e) => !e.deletedAt && e.round === 1 && e.body === 'council');
  const officers = officerRoots.flatMap((root) => {
    const byPost = composition(roundsOf(record, root), record.papers, record.issues);
    return root.posts.map((post) => ({ post, elected: byPost.get(post.id) ?? [] }));
  });
  return section(
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
  );
}
