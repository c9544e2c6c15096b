// What the tests of the venue host share: a host of its own for each test, on 127.0.0.1 in a temp
// folder; requests to it; laptops that pair with it; a sealed vote whose clock the host takes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { parsePairing } from '../../../shared/codecs/venue/pairing';
import type { VenueRole } from '../../../shared/codecs/venue/roles';
import { sealedVoteOn as sealedVoteAt } from '../../../shared/codecs/venue/testing/venueFixtures';
import type { Commit } from '../../../shared/core/domain/events';
import { startHost, type RunningHost } from '../venueHost';

// The host's certificate is self-signed; the app pins its fingerprint, these tests trust it.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

/** A request's options, and two of the tests': `token` goes as a Bearer header, `json` as the body. */
export type HostRequest = RequestInit & { token?: string; json?: unknown };

/** What the host answers a laptop that pairs. */
export interface Paired {
  status: number;
  body: { token: string; role: string; database: string };
}

/** A laptop that joined: its token, and requests made with it. */
export interface JoinedLaptop {
  token: string;
  /** A request with the laptop's token; `body`, when given, is sent as JSON. */
  ask: (pathname: string, method?: string, body?: unknown) => Promise<Response>;
}

export interface TestHost {
  /** This test's host. */
  readonly host: RunningHost;
  /** Its data folder. */
  readonly dir: string;
  /** The host stopped and started again on its data folder. */
  restart: () => Promise<RunningHost>;
  request: (pathname: string, init?: HostRequest) => Promise<Response>;
  /** A laptop pairs with this code, named `Laptop <device id>`; `conferenceId`: the event it says it brings. */
  pair: (code: string, deviceId: string, conferenceId?: string) => Promise<Paired>;
  /** A laptop joins the event with a role, by a code the host makes for it. */
  join: (role: VenueRole, deviceId: string) => Promise<JoinedLaptop>;
}

/** The pairing code in a pairing text; the test fails if the text does not read. */
export function codeIn(text: string): string {
  const read = parsePairing(text);
  if (!read.ok) throw new Error(read.problem);
  return read.pairing.code;
}

/**
 * A host started before each test of the file and closed after it, for laptops of `event`. Call it
 * once, at the top of the file.
 */
export function useTestHost(event: string): TestHost {
  let running: RunningHost | undefined;
  let dir = '';
  const dirs: string[] = [];
  const start = async () => (running = await startHost({ dataDir: dir, port: 0, bind: '127.0.0.1' }));
  const current = () => {
    if (!running) throw new Error('No host runs: useTestHost starts one for each test.');
    return running;
  };

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'plenum-host-'));
    dirs.push(dir);
    await start();
  });
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });
  // Removed only at the end: express-pouchdb's _all_dbs bookkeeping stays bound to the first host's
  // folder for the rest of the process (reported), and logs an error when that folder is gone.
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  const request = (pathname: string, { token, json, ...init }: HostRequest = {}) => {
    const headers = new Headers(init.headers);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const body = json === undefined ? init.body : JSON.stringify(json);
    return fetch(current().urls[0] + pathname, { ...init, headers, body });
  };

  const pair = async (code: string, deviceId: string, conferenceId?: string): Promise<Paired> => {
    const response = await request('/_plenum/pair', {
      method: 'POST',
      json: { code, deviceId, name: `Laptop ${deviceId}`, conferenceId },
    });
    return { status: response.status, body: (await response.json()) as Paired['body'] };
  };

  const join = async (role: VenueRole, deviceId: string): Promise<JoinedLaptop> => {
    const { status, body } = await pair(codeIn(current().pairingText(role, event)), deviceId);
    if (status !== 200) throw new Error(`${deviceId} could not join as ${role}: ${status}`);
    const { token } = body;
    const ask = (pathname: string, method = 'GET', json?: unknown) =>
      request(pathname, { method, token, json, headers: { 'Content-Type': 'application/json' } });
    return { token, ask };
  };

  return {
    get host() {
      return current();
    },
    get dir() {
      return dir;
    },
    restart: async () => {
      await current().close();
      running = undefined;
      return start();
    },
    request,
    pair,
    join,
  };
}

/**
 * The sealed vote of shared/codecs/venue/testing (five commits, the third the counts, the fifth the
 * seal), on a clock an hour before now: the host refuses a clock far ahead of its own.
 */
export const sealedVoteOn = (device: string, event?: string): Commit[] =>
  sealedVoteAt(device, { event, start: Date.now() - 3_600_000 });
