import { useEffect, useState, type DependencyList } from 'react';

/**
 * What a promise made by `load` gives, made again when `deps` change: `undefined` until the first
 * value comes, the previous value meanwhile; a failure is thrown while rendering, for the screen's
 * ErrorBoundary. For what is not in the database (the backup folders); the database is read
 * through renderer/db/hooks.
 */
export function useAsyncValue<T>(load: () => Promise<T>, deps: DependencyList): T | undefined {
  const [state, setState] = useState<{ value?: T; failed: boolean; error?: unknown }>({ failed: false });
  useEffect(() => {
    let current = true;
    load().then(
      (value) => {
        if (current) setState({ value, failed: false });
      },
      (error: unknown) => {
        if (current) setState((previous) => ({ ...previous, failed: true, error }));
      },
    );
    return () => {
      current = false;
    };
    // `load` is a new function on every render: `deps` say when it reads something else.
  }, deps);
  if (state.failed) throw state.error;
  return state.value;
}
