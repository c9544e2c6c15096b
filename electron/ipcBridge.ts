import {
  IPC_CONTRACT,
  IPC_EVENT_NAMES,
  IPC_EVENTS,
  IPC_METHOD_NAMES,
  listenerName,
  type IpcMethods,
  type PlenumApi,
} from '../shared/ipc';

/** What the bridge needs of Electron's `ipcRenderer`, so it runs in tests without Electron. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/**
 * The page's API, one function per contract entry, each bound to its own channel: the page can
 * reach no other channel and never holds `ipcRenderer`.
 */
export function buildPlenumApi(ipc: IpcRendererLike): PlenumApi {
  const methods = IPC_METHOD_NAMES.map((method) => [method, invoker(ipc, method)]);
  const listeners = IPC_EVENT_NAMES.map((event) => [
    listenerName(event),
    subscriber(ipc, IPC_EVENTS[event].channel),
  ]);
  return Object.fromEntries([...methods, ...listeners]) as PlenumApi;
}

function invoker(ipc: IpcRendererLike, method: IpcMethods) {
  const { channel, args: argsSchema } = IPC_CONTRACT[method];
  const arity = argsSchema.def.items.length;
  // Extra arguments (a function passed as a callback gets some) are dropped, not sent to be refused.
  return (...args: unknown[]) => ipc.invoke(channel, ...args.slice(0, arity));
}

function subscriber(ipc: IpcRendererLike, channel: string) {
  return (listener: (payload: unknown) => void) => {
    // The page gets the payload only: the IPC event's `sender` is ipcRenderer itself.
    const forward: IpcListener = (_event, payload) => listener(payload);
    ipc.on(channel, forward);
    // A block body, so the page is not handed what removeListener returns (ipcRenderer).
    return () => {
      ipc.removeListener(channel, forward);
    };
  };
}
