import type { DomainEvent } from './events';
import { factOf } from './facts';

export interface Admitted {
  /** The events the projections are built from, in the order given. */
  admitted: DomainEvent[];
  /** Facts about a sealed result that came without its reopening: kept in the log, out of the result. */
  held: DomainEvent[];
}

const RESULT_KINDS = new Set(['vote', 'election']);
const PAPER_KINDS = new Set(['ballotEntry', 'ballotIssue']);

function electionIdIn(event: DomainEvent): string | undefined {
  const { payload } = event;
  const fields = payload.op === 'created' ? (payload.fields as { electionId?: unknown }) : undefined;
  return typeof fields?.electionId === 'string' ? fields.electionId : undefined;
}

/**
 * A sealed result takes no fact but its reopening, whatever the clocks say: a laptop that recorded
 * counts later by its clock, or entered papers of a sealed election, does not change it. Events
 * must come in clock order; the outcome depends only on the events, so every laptop agrees.
 */
export function admitEvents(ordered: readonly DomainEvent[]): Admitted {
  const sealed = new Set<string>();
  const electionOf = new Map<string, string>();
  const admitted: DomainEvent[] = [];
  const held: DomainEvent[] = [];
  for (const event of ordered) {
    const kind = event.payload.kind;
    if (RESULT_KINDS.has(kind)) {
      const fact = factOf(event.payload);
      if (sealed.has(event.entityId) && fact !== 'result.reopened') {
        held.push(event);
        continue;
      }
      if (fact === 'result.sealed') sealed.add(event.entityId);
      if (fact === 'result.reopened') sealed.delete(event.entityId);
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
