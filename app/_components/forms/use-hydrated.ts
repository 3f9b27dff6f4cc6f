import { useSyncExternalStore } from 'react';

const noop = () => () => undefined;

/**
 * False while rendering on the server and during hydration, true once the page's script runs:
 * lets a form render exactly the no-JavaScript HTML first, then enhance it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}
