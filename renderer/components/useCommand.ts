import { useState } from 'react';
import type { CommandResult } from '../../shared/core/domain/commands';
import type { FieldError } from '../../shared/core/domain/validation';
import { StorageFullError } from '../db/eventStore';

/**
 * Runs a command from a form: its field errors are kept for the form to show, success calls
 * `onDone`. A change that could not be written (a full disk, a database error) is said plainly:
 * nothing of it was saved, and nothing saved before is lost.
 */
export function useCommand(onDone: (entityId: string) => void) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const run = async (command: () => Promise<CommandResult>): Promise<void> => {
    let result: CommandResult;
    try {
      result = await command();
    } catch (error) {
      console.error('command failed', error);
      setErrors([
        error instanceof StorageFullError
          ? { field: 'form', message: 'errors.diskFull' }
          : {
              field: 'form',
              message: 'errors.notSaved',
              params: { message: error instanceof Error ? error.message : String(error) },
            },
      ]);
      return;
    }
    if (!result.ok) return setErrors(result.errors);
    setErrors([]);
    onDone(result.entityId);
  };
  return { errors, run };
}
