import { useEffect, useRef } from 'react';
import type { Attendee } from '../../../shared/core/domain/entities';
import type { AttendeeSearchIndex } from '../../../shared/core/search/searchIndex';
import { LateValue, OrderedQueue } from '../../components/scanner/orderedQueue';
import type { Announce } from './useDeskOutcome';

export interface Register {
  index: AttendeeSearchIndex;
  byId: ReadonlyMap<string, Attendee>;
}

/**
 * The one queue every input of the desk goes through: each task runs once, in the order it came,
 * even while the one before is still being written; a task waits for the register while it loads
 * rather than being dropped; a failure is said, and the next task still runs.
 */
export function useDeskQueue(
  index: AttendeeSearchIndex | null,
  byId: ReadonlyMap<string, Attendee>,
  announce: Announce,
) {
  const register = useRef(new LateValue<Register>());
  useEffect(() => register.current.set(index ? { index, byId } : null), [index, byId]);
  const queue = useRef<OrderedQueue | null>(null);
  queue.current ??= new OrderedQueue((error) => {
    console.error('desk action failed', error);
    announce('error', 'errors.unexpected', {
      message: error instanceof Error ? error.message : String(error),
    });
  });
  const searchBox = useRef<HTMLInputElement>(null);

  /** Focus is back in the search box after every outcome (its text was cleared when the input was taken). */
  const ready = () => {
    if (!document.querySelector('dialog[open]')) searchBox.current?.focus();
  };

  const enqueue = (task: () => Promise<void> | void) => {
    void queue.current!.push(async () => {
      await task();
      ready();
    });
  };

  return { register, searchBox, ready, enqueue };
}

export type DeskQueue = ReturnType<typeof useDeskQueue>;
