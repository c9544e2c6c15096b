import { useState } from 'react';
import type { CommandResult } from '../../shared/domain/commands';
import type { FieldError } from '../../shared/domain/validation';

/** Runs a command from a form: its field errors are kept for the form to show, success calls `onDone`. */
export function useCommand(onDone: (entityId: string) => void) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const run = async (command: () => Promise<CommandResult>): Promise<void> => {
    const result = await command();
    if (!result.ok) return setErrors(result.errors);
    setErrors([]);
    onDone(result.entityId);
  };
  return { errors, run };
}
