import {
  isVenueHostReply,
  type VenueHostAnswers,
  type VenueHostAsk,
  type VenueHostRequestType,
} from './venueHostProtocol';

/** What the main process needs of Electron's UtilityProcess, so it runs in tests without Electron. */
export interface VenueChild {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

/** A failure the host answered with, or the channel's own (a timeout, the process gone). */
export class VenueHostError extends Error {
  constructor(
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: VenueHostError): void;
  timer: ReturnType<typeof setTimeout>;
}

/** Requests to the host's process and their answers, matched by id, each given up after its timeout. */
export class VenueHostChannel {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** The exit code, once the process has ended. */
  readonly exited: Promise<number>;

  /** `onExit` is told as soon as the process has ended, whoever ended it. */
  constructor(
    private readonly child: VenueChild,
    onExit: (code: number) => void = () => {},
  ) {
    child.on('message', (message) => this.settle(message));
    this.exited = new Promise((resolve) => {
      child.on('exit', (code) => {
        this.failAll(new VenueHostError(`The venue host stopped (exit code ${code}).`));
        onExit(code);
        resolve(code);
      });
    });
  }

  ask<T extends VenueHostRequestType>(
    request: VenueHostAsk<T> & { type: T },
    timeoutMs: number,
  ): Promise<VenueHostAnswers[T]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new VenueHostError(`The venue host did not answer “${request.type}” in time.`, 'ETIMEDOUT'));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      this.child.postMessage({ ...request, id });
    });
  }

  /** Ends the process, and waits for it to be gone (or for `timeoutMs`, if it never says so). */
  async end(timeoutMs: number): Promise<void> {
    this.child.kill();
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([this.exited, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
    this.failAll(new VenueHostError('The venue host was stopped.'));
  }

  private settle(message: unknown): void {
    if (!isVenueHostReply(message)) return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    clearTimeout(pending.timer);
    if (message.ok) pending.resolve(message.value);
    else pending.reject(new VenueHostError(message.error.message, message.error.code));
  }

  private failAll(error: VenueHostError): void {
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(error);
    }
    this.pending.clear();
  }
}
