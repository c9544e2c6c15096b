import type {
  AnyEntity,
  BallotEntry,
  BallotIssue,
  Election,
  SealRecord,
  Vote,
} from '../../core/domain/entities';
import type { Commit } from '../../core/domain/events';
import { replayEvents } from '../../core/domain/reducers';
import { changedFields } from '../../core/domain/facts';
import { fingerprintOf } from '../../rules/votes/voteCommands';
import { electionFingerprint } from '../../rules/elections/electionResult';

/** A sealed vote or election as the log gives it: its last seal, and whether the record still gives it. */
export interface SealedResult {
  id: string;
  kind: 'vote' | 'election';
  title: Vote['title'];
  round: number | null;
  seal: SealRecord;
  /** The fingerprint recomputed from the record as the log now gives it. */
  recomputed: string;
  verifies: boolean;
}

function liveOf<T>(rows: readonly AnyEntity[], kindOf: ReadonlyMap<string, string>, kind: string): T[] {
  return rows.filter((r) => kindOf.get(r.id) === kind && !r.deletedAt) as T[];
}

/** A result marked sealed with no seal to prove it: it never verifies. */
function unproven(record: Vote | Election, kind: SealedResult['kind'], round: number | null): SealedResult {
  const seal = { fingerprint: '', at: '', by: '' };
  return { id: record.id, kind, title: record.title, round, seal, recomputed: '', verifies: false };
}

/** Every sealed result of a log, in the order they were created, each checked against its last seal. */
export function sealedResults(commits: readonly Commit[]): SealedResult[] {
  const events = commits.flatMap((c) => c.events);
  const rows = [...replayEvents(events).values()];
  const kindOf = new Map(events.map((e) => [e.entityId, e.payload.kind] as const));
  const papers = liveOf<BallotEntry>(rows, kindOf, 'ballotEntry');
  const issues = liveOf<BallotIssue>(rows, kindOf, 'ballotIssue');
  const results: SealedResult[] = [];
  for (const vote of liveOf<Vote>(rows, kindOf, 'vote')) {
    const seal = (vote.seals ?? []).at(-1);
    if (vote.status !== 'sealed') continue;
    if (!seal) {
      results.push(unproven(vote, 'vote', null));
      continue;
    }
    const recomputed = fingerprintOf(vote);
    results.push({
      id: vote.id,
      kind: 'vote',
      title: vote.title,
      round: null,
      seal,
      recomputed,
      verifies: recomputed === seal.fingerprint,
    });
  }
  for (const election of liveOf<Election>(rows, kindOf, 'election')) {
    const seal = (election.seals ?? []).at(-1);
    if (election.status !== 'sealed') continue;
    if (!seal) {
      results.push(unproven(election, 'election', election.round));
      continue;
    }
    const own = papers.filter((p) => p.electionId === election.id);
    const issued = issues.filter((i) => i.electionId === election.id).length;
    const recomputed = electionFingerprint(election, own, issued);
    results.push({
      id: election.id,
      kind: 'election',
      title: election.title,
      round: election.round,
      seal,
      recomputed,
      verifies: recomputed === seal.fingerprint,
    });
  }
  return results;
}

/** The title of every vote and election of a log, by id: conflicts name the result they concern. */
export function resultTitles(commits: readonly Commit[]): Map<string, Vote['title']> {
  const titles = new Map<string, Vote['title']>();
  for (const event of commits.flatMap((c) => c.events)) {
    const { payload } = event;
    if (payload.kind !== 'vote' && payload.kind !== 'election') continue;
    const fields = changedFields(payload) as { title?: Vote['title'] };
    if (fields.title) titles.set(event.entityId, fields.title);
  }
  return titles;
}
