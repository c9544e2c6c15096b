import type { MessageKey } from '../../../shared/locales';
import { useState } from 'react';
import type { CommandResult } from '../../../shared/core/domain/commands';
import { playConfirmation } from './sounds';

/** What the desk last said, kept as a key and its values so that it follows a change of language. */
export interface Outcome {
  kind: 'ok' | 'warning' | 'error';
  key: MessageKey;
  params: Record<string, string | number>;
  seq: number;
}

/**
 * What the desk says after each input: on screen (numbered, so that the same words said again are
 * seen as new) and as a sound.
 */
export function useDeskOutcome() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  function announce(kind: Outcome['kind'], key: MessageKey, params: Record<string, string | number> = {}) {
    setOutcome((previous) => ({ kind, key, params, seq: (previous?.seq ?? 0) + 1 }));
    playConfirmation(kind === 'ok' ? 'ok' : 'warning');
  }

  /**
   * A command's result: its success message, or its first error ("already checked in" only warns);
   * `person` names who it is about.
   */
  const report = (result: CommandResult, person: Record<string, string>, success: MessageKey) => {
    if (result.ok) return announce('ok', success, person);
    const error = result.errors[0]!;
    announce(error.message === 'checkin.already' ? 'warning' : 'error', error.message, {
      ...error.params,
      ...person,
    });
  };

  return { outcome, announce, report };
}

export type DeskOutcomes = ReturnType<typeof useDeskOutcome>;
export type Announce = DeskOutcomes['announce'];
