import type { MessageKey } from '../../../locales';
import type { PlannedEvent } from '../../../core/domain/events';

/** Two entries made apart for the same thing: shown, never silently resolved; the tellers choose. */
export interface ConflictFields {
  /** The vote or election it concerns: sealing waits until it is resolved. */
  recordId: string;
  subject: { key: MessageKey; params: Record<string, string | number> };
  choices: { key: MessageKey; params: Record<string, string | number>; events: PlannedEvent[] }[];
  resolvedWith: number | null;
}
