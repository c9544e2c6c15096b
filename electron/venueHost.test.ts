import { describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { encodePairing, parsePairing } from '../shared/codecs/venue/pairing';
import { venueHostStartSchema, venueHostStatusSchema } from '../shared/ipc';
import { stopOnQuit, VENUE_HOST_PORT, VenueHost } from './venueHost';
import type { VenueChild } from './venueHostChannel';
import { venueHostMessages, type HostLike, type StartHost } from './venueHostMessages';

const EVENT = '01M8K92FGGJ8272XBQWCSN4SEY';
const FINGERPRINT = 'ab'.repeat(32);

const fakeHost = (port: number, closed: string[]): HostLike => ({
  port,
  urls: [`https://192.168.1.20:${port}`],
  fingerprint: FINGERPRINT,
  pairingText: (role, conferenceId, eventName) =>
    encodePairing({
      urls: [`https://192.168.1.20:${port}`],
      event: conferenceId,
      eventName,
      role,
      code: 'c'.repeat(24),
      fingerprint: FINGERPRINT,
    }),
  laptopsOf: () => [],
  revoke: async () => false,
  close: async () => void closed.push(`closed ${port}`),
});

/** The utility process in this test's own process: the real message handling, over a fake host. */
class FakeProcess extends EventEmitter implements VenueChild {
  readonly received: unknown[] = [];
  killed = false;
  constructor(private readonly answer: (message: unknown) => Promise<unknown>) {
    super();
  }
  postMessage(message: unknown): void {
    this.received.push(message);
    void this.answer(message).then((reply) => reply && !this.killed && this.emit('message', reply));
  }
  kill(): boolean {
    if (!this.killed) setImmediate(() => this.emit('exit', 0));
    this.killed = true;
    return true;
  }
  crash(code: number): void {
    this.killed = true;
    this.emit('exit', code);
  }
}

function setUp(startHost?: StartHost, timeouts = {}) {
  const closed: string[] = [];
  const processes: FakeProcess[] = [];
  const start = startHost ?? (async ({ port }) => fakeHost(port, closed));
  const fork = vi.fn(() => {
    const child = new FakeProcess(venueHostMessages(start));
    processes.push(child);
    return child;
  });
  const host = new VenueHost({ fork, dataDir: '/user-data/venue-host', timeouts });
  return { host, fork, processes, closed };
}

describe('the venue host, from the main process', () => {
  it('starts the host in its folder and hands back the secretariat’s code for the event', async () => {
    const { host, processes } = setUp();
    const started = await host.start(EVENT, '联盟成立大会');
    expect(venueHostStartSchema.parse(started)).toEqual(started);
    expect(started).toMatchObject({ ok: true, urls: [`https://192.168.1.20:${VENUE_HOST_PORT}`] });
    if (!started.ok) throw new Error(started.message);
    expect(parsePairing(started.secretariatCode)).toMatchObject({
      ok: true,
      pairing: { role: 'secretariat', event: EVENT, eventName: '联盟成立大会', fingerprint: FINGERPRINT },
    });
    expect(processes[0]!.received[0]).toEqual({
      type: 'start',
      dataDir: '/user-data/venue-host',
      port: VENUE_HOST_PORT,
      id: 1,
    });
    const status = host.status();
    expect(venueHostStatusSchema.parse(status)).toEqual(status);
    expect(status).toEqual({
      ok: true,
      state: 'running',
      conferenceId: EVENT,
      eventName: '联盟成立大会',
      port: VENUE_HOST_PORT,
      urls: [`https://192.168.1.20:${VENUE_HOST_PORT}`],
      fingerprint: FINGERPRINT,
    });
  });

  it('refuses a second start, while the first runs and while it starts', async () => {
    const { host, fork } = setUp();
    const first = host.start(EVENT, 'A');
    expect(await host.start(EVENT, 'A')).toEqual({
      ok: false,
      reason: 'alreadyRunning',
      message: 'The venue host is already running.',
    });
    await first;
    expect(await host.start(EVENT, 'B')).toMatchObject({ ok: false, reason: 'alreadyRunning' });
    expect(fork).toHaveBeenCalledTimes(1);
  });

  it('stops the host: its databases closed, its process ended, and it may start again', async () => {
    const { host, fork, processes, closed } = setUp();
    await host.start(EVENT, 'A');
    expect(await host.stop()).toEqual({ ok: true });
    expect(closed).toEqual([`closed ${VENUE_HOST_PORT}`]);
    expect(processes[0]!.killed).toBe(true);
    expect(host.status()).toEqual({ ok: true, state: 'stopped', lastError: null });
    expect(await host.stop()).toEqual({ ok: true });
    expect(await host.start(EVENT, 'A')).toMatchObject({ ok: true });
    expect(fork).toHaveBeenCalledTimes(2);
  });

  it('says the port is taken, and ends the process that could not start', async () => {
    const inUse = Object.assign(new Error('listen EADDRINUSE: address already in use 0.0.0.0:6984'), {
      code: 'EADDRINUSE',
    });
    const { host, processes } = setUp(() => Promise.reject(inUse));
    expect(await host.start(EVENT, 'A')).toEqual({
      ok: false,
      reason: 'portInUse',
      message: 'listen EADDRINUSE: address already in use 0.0.0.0:6984',
    });
    expect(processes[0]!.killed).toBe(true);
    expect(host.status()).toEqual({ ok: true, state: 'stopped', lastError: inUse.message });
  });

  it('gives up on a host that does not answer in time', async () => {
    const { host, processes } = setUp(() => new Promise(() => {}), { startMs: 20 });
    expect(await host.start(EVENT, 'A')).toEqual({
      ok: false,
      reason: 'failed',
      message: 'The venue host did not answer “start” in time.',
    });
    expect(processes[0]!.killed).toBe(true);
    expect(host.status()).toMatchObject({ state: 'stopped' });
  });

  it('tells of a host that stopped when nobody asked, and refuses requests to it', async () => {
    const { host, processes } = setUp();
    await host.start(EVENT, 'A');
    processes[0]!.crash(134);
    expect(host.status()).toEqual({
      ok: true,
      state: 'stopped',
      lastError: 'The venue host stopped unexpectedly (exit code 134).',
    });
    await expect(host.laptops('plenum-x')).rejects.toThrow('No venue host is running.');
  });

  it('ends a start that a stop overtook', async () => {
    const { host, processes, closed } = setUp();
    const starting = host.start(EVENT, 'A');
    const stopping = host.stop();
    expect(host.status()).toEqual({ ok: true, state: 'stopping' });
    expect(await starting).toMatchObject({ ok: false, reason: 'failed' });
    await stopping;
    expect(host.status()).toEqual({ ok: true, state: 'stopped', lastError: null });
    expect(processes[0]!.killed).toBe(true);
    expect(closed).toEqual([`closed ${VENUE_HOST_PORT}`]);
  });

  it('asks the running host for codes and laptops, each request answered by its own id', async () => {
    const { host, processes } = setUp();
    await host.start(EVENT, 'A');
    const [code, laptops] = await Promise.all([host.newCode('desk', EVENT, 'A'), host.laptops('plenum-x')]);
    expect(parsePairing(code)).toMatchObject({ ok: true, pairing: { role: 'desk' } });
    expect(laptops).toEqual([]);
    const ids = processes[0]!.received.map((message) => (message as { id: number }).id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('quitting the app', () => {
  function fakeApp() {
    const app = new EventEmitter() as EventEmitter & { quit: () => void };
    app.quit = vi.fn();
    return app;
  }
  const quit = (app: EventEmitter) => {
    const event = { preventDefault: vi.fn() };
    app.emit('will-quit', event);
    return event;
  };

  it('waits for the running host to stop, then quits', async () => {
    const { host, closed } = setUp();
    const app = fakeApp();
    stopOnQuit(app, host);
    await host.start(EVENT, 'A');
    expect(quit(app).preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(closed).toEqual([`closed ${VENUE_HOST_PORT}`]);
    expect(quit(app).preventDefault).not.toHaveBeenCalled();
  });

  it('lets the app quit at once when no host runs', () => {
    const app = fakeApp();
    stopOnQuit(app, setUp().host);
    expect(quit(app).preventDefault).not.toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
  });
});
