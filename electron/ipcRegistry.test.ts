import { describe, expect, it, vi } from 'vitest';
import { IPC_CONTRACT } from '../shared/ipc';
import { registerHandlers, sendEvent, type IpcHandlers, type IpcMainLike } from './ipcRegistry';

type Listener = Parameters<IpcMainLike['handle']>[1];

const TRUSTED = { senderFrame: { url: 'app://plenum/index.html' } };
const BACKUP = { name: 'a.zip', folder: '/b', path: '/b/a.zip', bytes: 4, written: '2026-12-10T09:00:00Z' };

/** A handler for every method (one that fails if a test calls it), so a new method needs no edit here. */
function unstubbed(): IpcHandlers {
  const fail = (name: string) => () => {
    throw new Error(`${name} is not stubbed in this test`);
  };
  return Object.fromEntries(
    Object.keys(IPC_CONTRACT).map((name) => [name, fail(name)]),
  ) as unknown as IpcHandlers;
}

function stubHandlers(): IpcHandlers {
  return {
    ...unstubbed(),
    appInfo: () => ({ name: 'Plenum', version: '1', platform: 'linux', electron: '45', chrome: '140' }),
    deviceId: () => 'DEVICE',
    saveFile: vi.fn(async () => ({ path: '/home/desk/list.xlsx' })),
    openFile: async () => null,
    showInFolder: () => {},
    openInViewer: async () => {},
    setMenuLanguage: () => {},
    openSecondWindow: () => {},
    writeBackup: async () => [BACKUP],
    listBackups: async () => [BACKUP],
    readBackup: async () => new Uint8Array([0x50, 0x4b]),
    chooseBackupFolder: async () => null,
  };
}

function register(handlers: IpcHandlers): Map<string, Listener> {
  const listeners = new Map<string, Listener>();
  registerHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, handlers);
  return listeners;
}

function invoke(handlers: IpcHandlers, channel: string, ...args: unknown[]): Promise<unknown> {
  return register(handlers).get(channel)!(TRUSTED, ...args);
}

const saveRequest = { suggestedName: 'list.xlsx', bytes: new Uint8Array([1]), filters: [] };

describe('the IPC registry', () => {
  it('registers exactly one handler per contract channel', () => {
    const channels = Object.values(IPC_CONTRACT).map((method) => method.channel);
    expect([...register(stubHandlers()).keys()].sort()).toEqual(channels.sort());
  });

  it('calls the handler with checked arguments and returns its checked result', async () => {
    const handlers = stubHandlers();
    await expect(invoke(handlers, 'file:save', saveRequest)).resolves.toEqual({
      path: '/home/desk/list.xlsx',
    });
    expect(handlers.saveFile).toHaveBeenCalledWith(saveRequest);
  });

  it('refuses a sender outside the app before anything runs', async () => {
    const handlers = stubHandlers();
    const listener = register(handlers).get('file:save')!;
    for (const event of [{ senderFrame: { url: 'https://evil.example/' } }, { senderFrame: null }, {}])
      await expect(listener(event, saveRequest)).rejects.toThrow('IPC refused: untrusted sender');
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it('refuses arguments the contract does not allow, naming the method, without calling the handler', async () => {
    const handlers = stubHandlers();
    const traversal = { ...saveRequest, suggestedName: '../../.bashrc' };
    await expect(invoke(handlers, 'file:save', traversal)).rejects.toThrow(
      /IPC refused: invalid arguments for saveFile.*a file name, not a path/s,
    );
    await expect(invoke(handlers, 'file:save')).rejects.toThrow('invalid arguments for saveFile');
    await expect(invoke(handlers, 'file:save', saveRequest, 'extra')).rejects.toThrow('invalid arguments');
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it('never sends a result the contract does not allow', async () => {
    const wrong = { ...stubHandlers(), deviceId: () => 42 } as unknown as IpcHandlers;
    await expect(invoke(wrong, 'app:device-id')).rejects.toThrow(
      'IPC deviceId: the result does not match the contract',
    );
    const leaky = { ...stubHandlers(), listBackups: async () => [{ ...BACKUP, bytes: 'many' }] };
    await expect(invoke(leaky as unknown as IpcHandlers, 'backup:list')).rejects.toThrow('IPC listBackups');
  });

  it('sends only the fields the contract declares', async () => {
    const extra = { ...stubHandlers(), saveFile: async () => ({ path: '/x.pdf', secret: 'token' }) };
    await expect(invoke(extra, 'file:save', saveRequest)).resolves.toEqual({ path: '/x.pdf' });
  });
});

describe('events to the page', () => {
  it('sends a payload the contract allows on its channel, and nothing otherwise', () => {
    const sent: unknown[][] = [];
    const target = { send: (...args: unknown[]) => void sent.push(args) };
    sendEvent(target, 'menuCommand', { type: 'about' });
    expect(sent).toEqual([['menu:command', { type: 'about' }]]);
    const wrong = { type: 'format-disk' } as unknown as { type: 'about' };
    expect(() => sendEvent(target, 'menuCommand', wrong)).toThrow('IPC menuCommand');
    expect(sent).toHaveLength(1);
  });
});
