import type { z } from 'zod';
import { IPC_CONTRACT, IPC_EVENTS } from './contract';

/** Everything here is derived from the contract: adding a method never touches this file. */

type Contract = typeof IPC_CONTRACT;
type Events = typeof IPC_EVENTS;

export type IpcMethods = keyof Contract;
export type IpcArgs<M extends IpcMethods> = z.infer<Contract[M]['args']>;
export type IpcResult<M extends IpcMethods> = z.infer<Contract[M]['result']>;

export type IpcEvents = keyof Events;
export type IpcEventPayload<E extends IpcEvents> = z.infer<Events[E]['payload']>;
export type IpcListenerName<E extends IpcEvents> = `on${Capitalize<E>}`;

/** The object the preload exposes as `window.plenum`: one function per method, one subscription per event. */
export type PlenumApi = { [M in IpcMethods]: (...args: IpcArgs<M>) => Promise<IpcResult<M>> } & {
  [E in IpcEvents as IpcListenerName<E>]: (listener: (payload: IpcEventPayload<E>) => void) => () => void;
};

export const IPC_METHOD_NAMES = Object.keys(IPC_CONTRACT) as IpcMethods[];
export const IPC_EVENT_NAMES = Object.keys(IPC_EVENTS) as IpcEvents[];

export function listenerName<E extends IpcEvents>(event: E): IpcListenerName<E> {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}` as IpcListenerName<E>;
}
