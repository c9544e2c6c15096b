import { APP_HOST, APP_SCHEME } from '../shared/ipc';

// The arguments' schemas are in the contract (shared/ipc/contract.ts); these are the checks of origin.

/** Only our own renderer, loaded from the app scheme, may call the main process. */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  if (!frameUrl) return false;
  try {
    const url = new URL(frameUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Navigation is allowed only within the app's own origin. */
export function isAllowedNavigation(targetUrl: string): boolean {
  return isTrustedSender(targetUrl);
}
