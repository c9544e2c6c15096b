import { describe, expect, it, vi } from 'vitest';
import { IPC_CONTRACT } from '../shared/ipc';
import { buildPlenumApi, type IpcRendererLike } from './ipcBridge';

function fakeIpcRenderer() {
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  const ipc: IpcRendererLike = {
    invoke: vi.fn(async () => 'answer'),
    on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      listeners.set(channel, listener);
      return ipc;
    }),
    removeListener: vi.fn((channel: string) => {
      listeners.delete(channel);
      return ipc;
    }),
  };
  return { ipc, listeners };
}

describe('the API the preload exposes', () => {
  it('has one function per contract method and per event, nothing else (no raw channel access)', () => {
    const api = buildPlenumApi(fakeIpcRenderer().ipc);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(IPC_CONTRACT), 'onMenuCommand'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('invokes each method on its own channel with the declared arguments only', async () => {
    const { ipc } = fakeIpcRenderer();
    const api = buildPlenumApi(ipc);
    await expect(api.readBackup('/b/a.zip')).resolves.toBe('answer');
    expect(ipc.invoke).toHaveBeenLastCalledWith('backup:read', '/b/a.zip');
    await (api.listBackups as (...args: unknown[]) => Promise<unknown>)('ignored', 1);
    expect(ipc.invoke).toHaveBeenLastCalledWith('backup:list');
  });

  it('hands a listener the payload only and unsubscribes without returning ipcRenderer', () => {
    const { ipc, listeners } = fakeIpcRenderer();
    const received: unknown[] = [];
    const unsubscribe = buildPlenumApi(ipc).onMenuCommand((command) => received.push(command));
    listeners.get('menu:command')!({ sender: ipc }, { type: 'home' });
    expect(received).toEqual([{ type: 'home' }]);
    expect(unsubscribe()).toBeUndefined();
    expect(listeners.has('menu:command')).toBe(false);
  });
});
