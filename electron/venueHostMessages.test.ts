import { describe, expect, it, vi } from 'vitest';
import type { VenueRole } from '../shared/codecs/venue/roles';
import { venueHostMessages, type HostLike } from './venueHostMessages';
import type { ShownLaptop } from './venueHostProtocol';

const LAPTOP: ShownLaptop = {
  deviceId: 'dev-desk01',
  name: 'Desk 1',
  role: 'desk',
  database: 'plenum-event',
  pairedAt: '2026-12-10T08:00:00.000Z',
  revokedAt: null,
};

function fakeHost(): HostLike & { closed: boolean } {
  const host = {
    port: 6984,
    urls: ['https://192.168.1.20:6984'],
    fingerprint: 'ab'.repeat(32),
    closed: false,
    pairingText: (role: VenueRole, conferenceId: string | null, eventName: string) =>
      `code:${role}:${conferenceId}:${eventName}`,
    laptopsOf: (database: string) => (database === LAPTOP.database ? [LAPTOP] : []),
    revoke: async (database: string, deviceId: string) =>
      database === LAPTOP.database && deviceId === LAPTOP.deviceId,
    close: async () => {
      host.closed = true;
    },
  };
  return host;
}

const START = { id: 1, type: 'start', dataDir: '/user-data/venue-host', port: 6984 };

describe('the venue host process’s answers', () => {
  it('start the host in the folder and on the port asked, and answer where it is', async () => {
    const host = fakeHost();
    const startHost = vi.fn(async () => host);
    const answer = venueHostMessages(startHost);
    expect(await answer(START)).toEqual({
      id: 1,
      ok: true,
      type: 'start',
      value: { port: 6984, urls: ['https://192.168.1.20:6984'], fingerprint: 'ab'.repeat(32) },
    });
    expect(startHost).toHaveBeenCalledWith({ dataDir: '/user-data/venue-host', port: 6984 });
  });

  it('make codes, list and revoke laptops of the started host', async () => {
    const answer = venueHostMessages(async () => fakeHost());
    await answer(START);
    const code = { id: 2, type: 'newCode', role: 'secretariat', conferenceId: 'EVENT', eventName: '大会' };
    expect(await answer(code)).toMatchObject({ ok: true, value: { text: 'code:secretariat:EVENT:大会' } });
    expect(await answer({ id: 3, type: 'laptops', database: 'plenum-event' })).toMatchObject({
      id: 3,
      ok: true,
      value: { laptops: [LAPTOP] },
    });
    const revoke = (deviceId: string) =>
      answer({ id: 4, type: 'revoke', database: 'plenum-event', deviceId });
    expect(await revoke('dev-desk01')).toMatchObject({ ok: true, value: { revoked: true } });
    expect(await revoke('dev-other')).toMatchObject({ ok: true, value: { revoked: false } });
  });

  it('refuse a second start, and anything but a stop before the host has started', async () => {
    const startHost = vi.fn(async () => fakeHost());
    const answer = venueHostMessages(startHost);
    expect(await answer({ id: 1, type: 'laptops', database: 'plenum-event' })).toEqual({
      id: 1,
      ok: false,
      error: { message: 'The venue host has not started.', code: null },
    });
    expect(await answer({ id: 2, type: 'stop' })).toMatchObject({ ok: true, value: { stopped: true } });
    await answer(START);
    expect(await answer({ ...START, id: 3 })).toMatchObject({
      id: 3,
      ok: false,
      error: { message: 'The venue host has already started.' },
    });
    expect(startHost).toHaveBeenCalledTimes(1);
  });

  it('close the host on stop, and may start it again after', async () => {
    const hosts = [fakeHost(), fakeHost()];
    const answer = venueHostMessages(async () => hosts.shift()!);
    const first = hosts[0]!;
    await answer(START);
    expect(await answer({ id: 2, type: 'stop' })).toEqual({
      id: 2,
      ok: true,
      type: 'stop',
      value: { stopped: true },
    });
    expect(first.closed).toBe(true);
    expect(await answer({ ...START, id: 3 })).toMatchObject({ ok: true, type: 'start' });
  });

  it('close a host that a stop overtook as it opened', async () => {
    const host = fakeHost();
    let open!: () => void;
    const answer = venueHostMessages(() => new Promise((resolve) => (open = () => resolve(host))));
    const starting = answer(START);
    const stopping = answer({ id: 2, type: 'stop' });
    open();
    await starting;
    expect(await stopping).toMatchObject({ ok: true, value: { stopped: true } });
    expect(host.closed).toBe(true);
    expect(await answer({ id: 3, type: 'laptops', database: 'plenum-event' })).toMatchObject({ ok: false });
  });

  it('pass on why the host could not start, with Node’s error code', async () => {
    const inUse = Object.assign(new Error('listen EADDRINUSE: address already in use 0.0.0.0:6984'), {
      code: 'EADDRINUSE',
    });
    const answer = venueHostMessages(async () => Promise.reject(inUse));
    expect(await answer(START)).toEqual({
      id: 1,
      ok: false,
      error: { message: 'listen EADDRINUSE: address already in use 0.0.0.0:6984', code: 'EADDRINUSE' },
    });
    // It did not start, so it may be started again.
    expect(await answer({ ...START, id: 2 })).toMatchObject({ ok: false, error: { code: 'EADDRINUSE' } });
  });

  it('answer a malformed request with an error, and what is no request at all with nothing', async () => {
    const startHost = vi.fn(async () => fakeHost());
    const answer = venueHostMessages(startHost);
    expect(await answer({ id: 7, type: 'start', dataDir: '', port: 6984 })).toMatchObject({
      id: 7,
      ok: false,
    });
    expect(
      await answer({ id: 8, type: 'newCode', role: 'chair', conferenceId: null, eventName: '' }),
    ).toMatchObject({
      id: 8,
      ok: false,
    });
    expect(await answer({ id: 9, type: 'format-disk' })).toMatchObject({ id: 9, ok: false });
    for (const noise of [null, 'start', { type: 'start' }]) expect(await answer(noise)).toBeNull();
    expect(startHost).not.toHaveBeenCalled();
  });
});
