import type { DomainEvent } from './events';
import { changedFields, factOf } from './facts';

export interface Admitted {
  /** The events the projections are built from, in the order given. */
  admitted: DomainEvent[];
  /** Facts about a sealed result that came without its reopening: kept in the log, out of the result. */
  held: DomainEvent[];
}

const RESULT_KINDS = new Set(['vote', 'election']);
const PAPER_KINDS = new Set(['ballotEntry', 'ballotIssue']);

type Changes = { seals?: { fingerprint?: string }[]; reopenings?: { fingerprint?: string }[] };

const changesIn = (event: DomainEvent) => changedFields(event.payload) as Changes;

/**
 * Whether a reopening is of the seal given: one of another laptop's seal leaves this one sealed. A
 * reopening recorded before reopenings named their seal reopens whatever stands.
 */
export function reopensSeal(event: DomainEvent, fingerprint: string | undefined): boolean {
  const reopened = changesIn(event).reopenings?.at(-1)?.fingerprint;
  return reopened === undefined || reopened === fingerprint;
}

function electionIdIn(event: DomainEvent): string | undefined {
  const { electionId } =
    event.payload.op === 'created' ? (changedFields(event.payload) as { electionId?: unknown }) : {};
  return typeof electionId === 'string' ? electionId : undefined;
}

/**
 * A sealed result takes no fact but its reopening, whatever the clocks say: a laptop that recorded
 * counts later by its clock, or entered papers of a sealed election, does not change it. Events
 * must come in clock order; the outcome depends only on the events, so every laptop agrees.
 */
export function admitEvents(ordered: readonly DomainEvent[]): Admitted {
  /** Each sealed result and the fingerprint of the seal that stands. */
  const sealed = new Map<string, string>();
  const electionOf = new Map<string, string>();
  const decided = new Set<string>();
  const admitted: DomainEvent[] = [];
  const held: DomainEvent[] = [];
  for (const event of ordered) {
    const kind = event.payload.kind;
    if (RESULT_KINDS.has(kind)) {
      const fact = factOf(event.payload);
      const standing = sealed.get(event.entityId);
      const reopens = fact === 'result.reopened' && (standing === undefined || reopensSeal(event, standing));
      if (standing !== undefined && !reopens) {
        held.push(event);
        continue;
      }
      if (fact === 'result.sealed')
        sealed.set(event.entityId, changesIn(event).seals?.at(-1)?.fingerprint ?? '');
      if (fact === 'result.reopened') sealed.delete(event.entityId);
    } else if (kind === 'conflict' && factOf(event.payload) === 'conflict.decided') {
      // First wins: a conflict decided on two laptops keeps the earlier decision; the other is held.
      if (decided.has(event.entityId)) {
        held.push(event);
        continue;
      }
      decided.add(event.entityId);
    } else if (PAPER_KINDS.has(kind)) {
      const electionId = electionIdIn(event) ?? electionOf.get(event.entityId);
      if (electionId && !electionOf.has(event.entityId)) electionOf.set(event.entityId, electionId);
      if (electionId && sealed.has(electionId)) {
        held.push(event);
        continue;
      }
    }
    admitted.push(event);
  }
  return { admitted, held };
}
