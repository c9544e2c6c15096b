import { describe, expect, it, vi } from 'vitest';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { IPC_CONTRACT } from '../shared/ipc';
import { registerHandlers, type IpcHandlers, type IpcMainLike } from './ipcRegistry';
import { venueHandlers } from './venueIpc';
import { PinnedHosts } from './venuePins';

type Listener = Parameters<IpcMainLike['handle']>[1];

const TRUSTED = { senderFrame: { url: 'app://plenum/index.html' } };
const EVENT = '01M8K92FGGJ8272XBQWCSN4SEY';
const A = 'a'.repeat(64);

async function setUp() {
  const pins = new PinnedHosts(await fs.mkdtemp(path.join(os.tmpdir(), 'plenum-venue-ipc-')));
  const host = {
    start: vi.fn(async () => ({
      ok: true as const,
      urls: ['https://10.0.0.5:6984'],
      fingerprint: A,
      secretariatCode: 'x',
    })),
    stop: vi.fn(async () => ({ ok: true as const })),
    status: vi.fn(() => ({ ok: true as const, state: 'stopped' as const, lastError: null })),
  };
  const session = { closeAllConnections: vi.fn(async () => {}) };
  const others = Object.fromEntries(Object.keys(IPC_CONTRACT).map((name) => [name, () => {}]));
  const handlers = { ...others, ...venueHandlers(host, pins, session) } as unknown as IpcHandlers;
  const listeners = new Map<string, Listener>();
  registerHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, handlers);
  const invoke = (channel: string, ...args: unknown[]) => listeners.get(channel)!(TRUSTED, ...args);
  return { pins, host, session, invoke };
}

describe('the venue methods over IPC', () => {
  it('start the host for an event with its name, and refuse what is not an event id', async () => {
    const { host, invoke } = await setUp();
    await expect(invoke('venue:start-host', EVENT, '联盟成立大会')).resolves.toMatchObject({ ok: true });
    expect(host.start).toHaveBeenCalledWith(EVENT, '联盟成立大会');
    await expect(invoke('venue:start-host', '../etc', 'x')).rejects.toThrow(
      'invalid arguments for venueStartHost',
    );
    await expect(invoke('venue:start-host', EVENT, 'x'.repeat(201))).rejects.toThrow('invalid arguments');
    await expect(invoke('venue:start-host', EVENT)).rejects.toThrow('invalid arguments');
    expect(host.start).toHaveBeenCalledTimes(1);
  });

  it('stop the host and tell its state', async () => {
    const { host, invoke } = await setUp();
    await expect(invoke('venue:stop-host')).resolves.toEqual({ ok: true });
    await expect(invoke('venue:host-status')).resolves.toEqual({
      ok: true,
      state: 'stopped',
      lastError: null,
    });
    expect(host.stop).toHaveBeenCalled();
  });

  it('pin an https host to a SHA-256 fingerprint, and refuse anything else', async () => {
    const { pins, invoke } = await setUp();
    await expect(invoke('venue:pin-host', 'https://10.0.0.5:6984', A.toUpperCase())).resolves.toEqual({
      ok: true,
    });
    expect(pins.current.get('10.0.0.5')).toBe(A);
    for (const [url, fingerprint] of [
      ['http://10.0.0.6:6984', A],
      ['https://10.0.0.6:6984/_plenum/pair', A],
      ['https://user:pw@10.0.0.6:6984', A],
      ['https://10.0.0.6:99999', A],
      ['https://10.0.0.6:6984', A.slice(1)],
      ['https://10.0.0.6:6984', `sha256/${'x'.repeat(43)}=`],
    ])
      await expect(invoke('venue:pin-host', url, fingerprint), url).rejects.toThrow(
        'invalid arguments for venuePinHost',
      );
    expect([...pins.current.keys()]).toEqual(['10.0.0.5']);
  });

  it('close open connections only when a host’s pinned certificate changes', async () => {
    const { session, invoke } = await setUp();
    await invoke('venue:pin-host', 'https://10.0.0.5:6984', A);
    await invoke('venue:pin-host', 'https://10.0.0.5:6984', A);
    expect(session.closeAllConnections).not.toHaveBeenCalled();
    await invoke('venue:pin-host', 'https://10.0.0.5:6984', 'b'.repeat(64));
    expect(session.closeAllConnections).toHaveBeenCalledTimes(1);
  });
});
