import { z } from 'zod';
import {
  IPC_CONTRACT,
  IPC_EVENTS,
  IPC_METHOD_NAMES,
  type IpcArgs,
  type IpcEventPayload,
  type IpcEvents,
  type IpcMethods,
  type IpcResult,
} from '../shared/ipc';
import { isTrustedSender } from './ipcValidation';

/** One handler per contract method, typed by it: a missing or mistyped handler fails the type check. */
export type IpcHandlers = {
  [M in IpcMethods]: (...args: IpcArgs<M>) => Promise<IpcResult<M>> | IpcResult<M>;
};

/** What the registry needs of Electron's invoke event and `ipcMain`, so it runs in tests without Electron. */
export interface InvokeEventLike {
  senderFrame?: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

export interface WebContentsLike {
  send(channel: string, ...args: unknown[]): void;
}

export function registerHandlers(ipcMain: IpcMainLike, handlers: IpcHandlers): void {
  for (const method of IPC_METHOD_NAMES) {
    ipcMain.handle(IPC_CONTRACT[method].channel, checkedHandler(method, handlers[method]));
  }
}

/** Sends an event to a page, its payload checked against the contract first. */
export function sendEvent<E extends IpcEvents>(
  target: WebContentsLike,
  event: E,
  payload: IpcEventPayload<E>,
): void {
  const { channel, payload: schema } = IPC_EVENTS[event];
  target.send(
    channel,
    parseOrThrow(schema, payload, `IPC ${event}: the payload does not match the contract`),
  );
}

function checkedHandler<M extends IpcMethods>(method: M, handler: IpcHandlers[M]) {
  const { args, result } = IPC_CONTRACT[method];
  // The casts only restate that these are method M's own schemas: TypeScript widens
  // IPC_CONTRACT[method] to the union of all methods' schemas.
  return async (event: InvokeEventLike, ...rawArgs: unknown[]): Promise<IpcResult<M>> => {
    if (!isTrustedSender(event.senderFrame?.url)) throw new Error('IPC refused: untrusted sender');
    const checkedArgs = parseOrThrow(
      args,
      rawArgs,
      `IPC refused: invalid arguments for ${method}`,
    ) as IpcArgs<M>;
    const value = await handler(...checkedArgs);
    // A handler's bug must not leak an unchecked value to the page.
    return parseOrThrow(
      result,
      value,
      `IPC ${method}: the result does not match the contract`,
    ) as IpcResult<M>;
  };
}

function parseOrThrow<S extends z.core.$ZodType>(schema: S, value: unknown, refusal: string): z.output<S> {
  const parsed = z.safeParse(schema, value);
  if (!parsed.success) throw new Error(`${refusal}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
