import type { AnyEntity, BallotEntry } from '../../../core/domain/entities';
import type { DomainEvent, PlannedEvent } from '../../../core/domain/events';
import { changedFields } from '../../../core/domain/facts';

export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export const changesOf = (e: DomainEvent): Record<string, unknown> => changedFields(e.payload);

export const update = (
  conferenceId: string,
  kind: string,
  entityId: string,
  patch: Record<string, unknown>,
): PlannedEvent => ({ conferenceId, entityId, payload: { kind, op: 'updated', patch } }) as PlannedEvent;

export const remove = (conferenceId: string, kind: string, entityId: string): PlannedEvent =>
  ({ conferenceId, entityId, payload: { kind, op: 'deleted' } }) as PlannedEvent;

/** The vote or election a record counts in: itself, or the election of a paper or a ballot. */
export function resultIdOf(row: AnyEntity | undefined, kind: string): string {
  if (kind === 'ballotEntry' || kind === 'ballotIssue')
    return (row as BallotEntry | undefined)?.electionId ?? '';
  return row?.id ?? '';
}
