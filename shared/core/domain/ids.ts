import { monotonicFactory } from 'ulid';

const nextUlid = monotonicFactory();

/** A new sortable, globally unique id (ULID). Ids are always made in code, never by the database. */
export function newId(now: number = Date.now()): string {
  return nextUlid(now);
}

/** A device id: random, made once per install, and kept by the platform. */
export function newDeviceId(): string {
  return `dev-${newId().slice(-12).toLowerCase()}`;
}
