import type { IpcHandlers } from './ipcRegistry';
import type { VenueHost } from './venueHost';
import type { PinnedHosts } from './venuePins';

type VenueMethods = 'venueStartHost' | 'venueStopHost' | 'venueHostStatus' | 'venuePinHost';

/** What pinning needs of Electron's Session. */
export interface ConnectionsSession {
  closeAllConnections(): Promise<void>;
}

/** The main process's side of the venue methods; the registry has checked sender and arguments. */
export function venueHandlers(
  host: Pick<VenueHost, 'start' | 'stop' | 'status'>,
  pins: Pick<PinnedHosts, 'pin'>,
  session: ConnectionsSession,
): Pick<IpcHandlers, VenueMethods> {
  return {
    venueStartHost: (conferenceId, eventName) => host.start(conferenceId, eventName),
    venueStopHost: () => host.stop(),
    venueHostStatus: () => host.status(),
    venuePinHost: async (url, fingerprint) => {
      // A connection kept open to the address's former certificate must not outlive its pin.
      if (pins.pin(url, fingerprint) === 'replaced') await session.closeAllConnections();
      return { ok: true };
    },
  };
}
