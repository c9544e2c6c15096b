import type { AnyEntity, BallotEntry, Vote } from '../../../core/domain/entities';
import type { DomainEvent } from '../../../core/domain/events';
import { changesOf, same } from './plannedEvents';
import type { ConflictFields } from './conflictFields';

/** What a seal is computed from: a held fact that sets one of these differently is news for the tellers. */
const FIGURES = ['counts', 'ballots', 'rollCall', 'note', 'totals', 'lots'] as const;

function electionIdOf(event: DomainEvent, rows: ReadonlyMap<string, AnyEntity>): string {
  const fields = changesOf(event) as { electionId?: unknown };
  if (typeof fields.electionId === 'string') return fields.electionId;
  return (rows.get(event.entityId) as BallotEntry | undefined)?.electionId ?? '';
}

/** The vote or election an event counts in: its own record, or the election of a paper or ballot. */
export function resultOf(event: DomainEvent, rows: ReadonlyMap<string, AnyEntity>): string {
  const kind = event.payload.kind;
  return kind === 'vote' || kind === 'election' ? event.entityId : electionIdOf(event, rows);
}

function lastSeal(value: unknown): string | undefined {
  return Array.isArray(value)
    ? (value.at(-1) as { fingerprint?: string } | undefined)?.fingerprint
    : undefined;
}

interface News {
  figures: string[];
  papers: number;
  ballots: number;
  seal: string | null;
}

/** Each laptop's last value of each figure: what was typed on the way there is no news. */
function lastFigures(apart: readonly DomainEvent[]): Map<string, { field: string; value: unknown }> {
  const last = new Map<string, { field: string; value: unknown }>();
  for (const event of apart) {
    const changes = changesOf(event);
    for (const field of FIGURES)
      if (field in changes)
        last.set(JSON.stringify([event.deviceId, field]), { field, value: changes[field] });
  }
  return last;
}

/** What the facts recorded apart would have changed in the sealed result; nothing when they agree with it. */
function newsIn(apart: readonly DomainEvent[], sealed: AnyEntity): News {
  const news: News = { figures: [], papers: 0, ballots: 0, seal: null };
  const row = sealed as unknown as Record<string, unknown>;
  for (const event of apart) {
    const kind = event.payload.kind;
    if (kind === 'ballotEntry') news.papers += 1;
    if (kind === 'ballotIssue') news.ballots += 1;
    const theirSeal = lastSeal(changesOf(event).seals);
    if (theirSeal && theirSeal !== lastSeal((sealed as Vote).seals)) news.seal = theirSeal.slice(0, 8);
  }
  for (const { field, value } of lastFigures(apart).values())
    if (!same(value, row[field])) news.figures.push(figureText(field, value));
  news.figures = [...new Set(news.figures)];
  return news;
}

/** One conflict per kind of news, each with the one choice that writes nothing. */
function subjectsOf(news: News): ConflictFields['subject'][] {
  const subjects: ConflictFields['subject'][] = [];
  if (news.seal) subjects.push({ key: 'archive.conflict_sealedTwice', params: { fingerprint: news.seal } });
  if (news.figures.length)
    subjects.push({ key: 'archive.conflict_sealedFigures', params: { value: news.figures.join(' · ') } });
  if (news.papers) subjects.push({ key: 'archive.conflict_sealedPapers', params: { count: news.papers } });
  if (news.ballots) subjects.push({ key: 'archive.conflict_sealedBallots', params: { count: news.ballots } });
  return subjects;
}

function figureText(field: string, value: unknown): string {
  if (field === 'counts' && value && typeof value === 'object') {
    const { yes, no, abstain } = value as { yes?: number; no?: number; abstain?: number };
    return `${yes ?? 0}–${no ?? 0}–${abstain ?? 0}`;
  }
  if (field === 'ballots' && value && typeof value === 'object') {
    const { issued, returned } = value as { issued?: number; returned?: number };
    return `${returned ?? 0}/${issued ?? 0}`;
  }
  return JSON.stringify(value);
}

/**
 * Facts recorded apart for a result that is sealed once merged — held out of it, or overtaken by
 * its seal — that would have changed it: one conflict per kind of news, which the tellers
 * acknowledge; counting them takes a recorded reopening. Deciding it writes nothing into the result.
 */
export function sealedConflicts(
  apart: readonly DomainEvent[],
  rows: ReadonlyMap<string, AnyEntity>,
): ConflictFields[] {
  const byResult = new Map<string, DomainEvent[]>();
  for (const event of apart) {
    const id = resultOf(event, rows);
    if ((rows.get(id) as { status?: string } | undefined)?.status !== 'sealed') continue;
    byResult.set(id, [...(byResult.get(id) ?? []), event]);
  }
  const conflicts: ConflictFields[] = [];
  for (const [recordId, held] of byResult) {
    const sealed = rows.get(recordId);
    if (!sealed) continue;
    for (const subject of subjectsOf(newsIn(held, sealed)))
      conflicts.push({
        recordId,
        subject,
        choices: [{ key: 'archive.keepSealed', params: {}, events: [] }],
        resolvedWith: null,
      });
  }
  return conflicts;
}
