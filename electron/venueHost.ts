import type { VenueRole } from '../shared/codecs/venue/roles';
import type { VenueDone, VenueHostStart, VenueHostStatus } from '../shared/ipc';
import { VenueHostChannel, VenueHostError, type VenueChild } from './venueHostChannel';
import type { ShownLaptop } from './venueHostProtocol';

/**
 * The port of the CLI's host too. A fixed one, so that the laptops that joined find the host at
 * the address they keep when it starts again.
 */
export const VENUE_HOST_PORT = 6984;

/** The bundle of electron/venueHostProcess.ts, beside main.cjs in dist-electron/ (scripts/build-electron.mjs). */
export const VENUE_HOST_BUNDLE = 'venueHostProcess.cjs';

export interface VenueHostTimeouts {
  /** Opening LevelDB and making the certificate, on a slow disk. */
  startMs: number;
  requestMs: number;
  /** Closing the databases cleanly, before the process is ended anyway. */
  stopMs: number;
  exitMs: number;
}

const TIMEOUTS: VenueHostTimeouts = { startMs: 30_000, requestMs: 10_000, stopMs: 10_000, exitMs: 5_000 };

export interface VenueHostOptions {
  /** Starts the host's process: Electron's utilityProcess.fork in the app (venueHostFork.ts). */
  fork: () => VenueChild;
  /** The host's own folder (certificate, admin token, laptops, databases), under user data. */
  dataDir: string;
  port?: number;
  timeouts?: Partial<VenueHostTimeouts>;
}

/** This laptop's venue host, seen from the main process: at most one, in a process of its own. */
export class VenueHost {
  private readonly timeouts: VenueHostTimeouts;
  private channel: VenueHostChannel | null = null;
  private stopping: Promise<void> | null = null;
  private current: VenueHostStatus = { ok: true, state: 'stopped', lastError: null };

  constructor(private readonly options: VenueHostOptions) {
    this.timeouts = { ...TIMEOUTS, ...options.timeouts };
  }

  status(): VenueHostStatus {
    return this.current;
  }

  /** Starts the host and makes the code with which this laptop joins it as the event's secretariat. */
  async start(conferenceId: string, eventName: string): Promise<VenueHostStart> {
    if (this.current.state !== 'stopped')
      return { ok: false, reason: 'alreadyRunning', message: 'The venue host is already running.' };
    this.current = { ok: true, state: 'starting' };
    let channel: VenueHostChannel | null = null;
    try {
      channel = this.open();
      const { startMs, requestMs } = this.timeouts;
      const started = await channel.ask(
        { type: 'start', dataDir: this.options.dataDir, port: this.options.port ?? VENUE_HOST_PORT },
        startMs,
      );
      const code = await channel.ask(
        { type: 'newCode', role: 'secretariat', conferenceId, eventName },
        requestMs,
      );
      if (this.channel !== channel) throw new VenueHostError('The venue host was stopped as it started.');
      this.current = { ok: true, state: 'running', conferenceId, eventName, ...started };
      return { ok: true, urls: started.urls, fingerprint: started.fingerprint, secretariatCode: code.text };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // Unless a stop took the host over meanwhile, this start's process is ended here.
      if (!channel || this.channel === channel) {
        this.channel = null;
        await channel?.end(this.timeouts.exitMs);
        this.current = { ok: true, state: 'stopped', lastError: message };
      }
      const portInUse = error instanceof VenueHostError && error.code === 'EADDRINUSE';
      return { ok: false, reason: portInUse ? 'portInUse' : 'failed', message };
    }
  }

  /** Closes the host's databases and ends its process; done at once when no host runs. */
  async stop(): Promise<VenueDone> {
    const channel = this.channel;
    if (channel) {
      this.channel = null;
      this.current = { ok: true, state: 'stopping' };
      this.stopping = (async () => {
        await channel.ask({ type: 'stop' }, this.timeouts.stopMs).catch(() => undefined);
        await channel.end(this.timeouts.exitMs);
        this.current = { ok: true, state: 'stopped', lastError: null };
        this.stopping = null;
      })();
    }
    await this.stopping;
    return { ok: true };
  }

  /** Another one-time pairing code of the running host. */
  async newCode(role: VenueRole, conferenceId: string | null, eventName: string): Promise<string> {
    return (
      await this.running().ask({ type: 'newCode', role, conferenceId, eventName }, this.timeouts.requestMs)
    ).text;
  }

  async laptops(database: string): Promise<ShownLaptop[]> {
    return (await this.running().ask({ type: 'laptops', database }, this.timeouts.requestMs)).laptops;
  }

  async revoke(database: string, deviceId: string): Promise<boolean> {
    return (await this.running().ask({ type: 'revoke', database, deviceId }, this.timeouts.requestMs))
      .revoked;
  }

  private running(): VenueHostChannel {
    if (!this.channel || this.current.state !== 'running')
      throw new VenueHostError('No venue host is running.');
    return this.channel;
  }

  private open(): VenueHostChannel {
    const channel = new VenueHostChannel(this.options.fork(), (code) => {
      // An exit nobody asked for: the process crashed, or was killed from outside.
      if (this.channel !== channel) return;
      this.channel = null;
      this.current = {
        ok: true,
        state: 'stopped',
        lastError: `The venue host stopped unexpectedly (exit code ${code}).`,
      };
    });
    this.channel = channel;
    return channel;
  }
}

/** What stopping on quit needs of Electron's `app`. */
export interface QuittingApp {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * The app waits for the host to close its databases before it quits: LevelDB written whole,
 * the port let go. Quitting again once it has, the host is stopped and the app goes.
 */
export function stopOnQuit(app: QuittingApp, host: Pick<VenueHost, 'status' | 'stop'>): void {
  app.on('will-quit', (event) => {
    if (host.status().state === 'stopped') return;
    event.preventDefault();
    void host.stop().finally(() => app.quit());
  });
}
