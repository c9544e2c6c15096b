import type { IncomingMessage, ServerResponse } from 'node:http';
import https from 'node:https';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import PouchDB from 'pouchdb-node';
import expressPouchDB from 'express-pouchdb';
import { encodePairing } from '../../shared/codecs/venue/pairing';
import { isVenueRole, type VenueRole } from '../../shared/codecs/venue/roles';
import { databaseName, laptopDocId, type LaptopDoc } from '../../shared/codecs/venue/venueDocs';
import { HostState, type JoinedLaptop } from './hostState';
import { hostCertificate } from './tls';
import { routeOf, type Route } from './routes';
import { parseJson, readBody, send } from './requestBody';
import { writeBulkDocs, writeClaim } from './hostWrites';

export interface HostOptions {
  dataDir: string;
  port: number;
  /** The address to listen on: all of the laptop's by default, 127.0.0.1 for tests. */
  bind?: string;
  now?: () => number;
}

export interface RunningHost {
  port: number;
  urls: string[];
  fingerprint: string;
  adminToken: string;
  state: HostState;
  /** A one-time pairing code, as the text its QR code carries. */
  pairingText: (role: VenueRole, conferenceId: string | null, eventName?: string) => string;
  close: () => Promise<void>;
}

const SMALL_BODY = 64 * 1024;
/** A replication request that only reads: the ids and revisions of a batch. */
const READ_BODY = 8 * 1024 * 1024;
/** One request of PouchDB's replication carries up to a batch of commits; an import is one commit of ≈26 MB. */
const LARGEST_BODY = 96 * 1024 * 1024;

/** The laptop's addresses other laptops can reach (IPv4, not the loopback unless it is bound to it). */
export function hostUrls(bind: string, port: number): string[] {
  if (bind !== '0.0.0.0') return [`https://${bind}:${port}`];
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => `https://${a!.address}:${port}`);
  return addresses.length ? addresses.slice(0, 8) : [`https://127.0.0.1:${port}`];
}

interface Seen {
  lastSeen: string;
  pending: number | null;
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const now = options.now ?? Date.now;
  const bind = options.bind ?? '0.0.0.0';
  const state = new HostState(options.dataDir);
  const certificate = await hostCertificate(options.dataDir);
  const databasesDir = path.join(options.dataDir, 'databases');
  mkdirSync(databasesDir, { recursive: true });
  const Databases = PouchDB.defaults({ prefix: `${databasesDir}${path.sep}` });
  const couch = expressPouchDB(Databases, {
    mode: 'minimumForPouchDB',
    configPath: path.join(options.dataDir, 'pouchdb-config.json'),
    logPath: path.join(options.dataDir, 'pouchdb-log.txt'),
    inMemoryConfig: true,
  });
  const opened = new Map<string, PouchDB.Database>();
  const database = (name: string) => {
    if (!opened.has(name)) opened.set(name, new Databases(name));
    return opened.get(name)!;
  };
  const seen = new Map<string, Seen>();
  let port = options.port;

  const pairingText = (role: VenueRole, conferenceId: string | null, eventName = '') => {
    const code = state.newCode(role, conferenceId ? databaseName(conferenceId) : null, now());
    return encodePairing({
      urls: hostUrls(bind, port),
      event: conferenceId,
      eventName,
      role,
      code: code.code,
      fingerprint: certificate.fingerprint,
    });
  };

  const context: HostContext = { state, database, seen, now, pairingText, couch };
  const server = https.createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    handle(context, req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { error: 'internal', reason: String(error) });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, bind, () => resolve());
  });
  port = (server.address() as { port: number }).port;
  return {
    port,
    urls: hostUrls(bind, port),
    fingerprint: certificate.fingerprint,
    adminToken: state.adminToken,
    state,
    pairingText,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await Promise.all([...opened.values()].map((db) => db.close()));
    },
  };
}

interface HostContext {
  state: HostState;
  database: (name: string) => PouchDB.Database;
  seen: Map<string, Seen>;
  now: () => number;
  pairingText: RunningHost['pairingText'];
  couch: (req: IncomingMessage, res: ServerResponse) => void;
}

function allowCrossOrigin(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  // PouchDB's requests carry credentials: the token, never a cookie, is what lets a laptop in.
  if (req.headers.origin) res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept, X-Plenum-Pending');
  res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, PUT, DELETE');
  res.setHeader('Access-Control-Max-Age', '600');
}

/** Who asks: a joined laptop, the host's own administrator, or nobody. */
type Caller = { kind: 'laptop'; laptop: JoinedLaptop } | { kind: 'admin' } | null;

function callerOf(context: HostContext, req: IncomingMessage): Caller {
  const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(req.headers.authorization ?? '');
  if (!match) return null;
  if (match[1] === context.state.adminToken) return { kind: 'admin' };
  const laptop = context.state.laptopOfToken(match[1]!);
  return laptop ? { kind: 'laptop', laptop } : null;
}

function noteSeen(context: HostContext, req: IncomingMessage, laptop: JoinedLaptop): void {
  const header = Number(req.headers['x-plenum-pending']);
  const previous = context.seen.get(laptop.deviceId);
  context.seen.set(laptop.deviceId, {
    lastSeen: new Date(context.now()).toISOString(),
    pending: Number.isInteger(header) && header >= 0 ? header : (previous?.pending ?? null),
  });
}

async function handle(context: HostContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  allowCrossOrigin(req, res);
  const route = routeOf(req.method ?? 'GET', req.url ?? '/');
  if (route.kind === 'preflight') return void res.writeHead(204).end();
  if (route.kind === 'pair') return pair(context, req, res);
  const caller = callerOf(context, req);
  if (!caller)
    return send(res, 401, { error: 'unauthorized', reason: 'This laptop has not joined the event.' });
  if (caller.kind === 'laptop') noteSeen(context, req, caller.laptop);
  if (route.kind === 'refused')
    return send(res, 403, { error: 'forbidden', reason: 'Not allowed on the venue host.' });
  return routed(context, route, caller, req, res);
}

async function routed(
  context: HostContext,
  route: Exclude<Route, { kind: 'preflight' | 'pair' | 'refused' }>,
  caller: NonNullable<Caller>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const laptop = caller.kind === 'laptop' ? caller.laptop : null;
  if (route.kind === 'root')
    return send(res, 200, { couchdb: 'Welcome', vendor: { name: 'Plenum venue host' } });
  if (route.kind === 'hello')
    return send(
      res,
      200,
      laptop ? { role: laptop.role, database: laptop.database, name: laptop.name } : { admin: true },
    );
  if (route.kind === 'codes') return newCode(context, laptop, req, res);
  if (route.kind === 'laptops' || route.kind === 'revoke')
    return laptopsRoute(context, route, laptop, req, res);
  if (laptop && laptop.database !== route.database)
    return send(res, 403, { error: 'forbidden', reason: 'Another event.' });
  if (route.kind === 'bulkDocs') {
    const body = await readBody(req, LARGEST_BODY);
    if (body === 'tooLarge') return send(res, 413, { error: 'too_large' });
    return writeBulkDocs(
      context.database(route.database),
      route.database,
      parseJson(body),
      laptop,
      context.now(),
      res,
    );
  }
  if (route.kind === 'claim') {
    const body = await readBody(req, SMALL_BODY);
    if (body === 'tooLarge' || !laptop) return send(res, 403, { error: 'forbidden' });
    const asked = parseJson(body) as Record<string, unknown> | undefined;
    const { id, ...claim } = asked ?? {};
    const claimId = route.id ?? (typeof id === 'string' ? id : '');
    return writeClaim(context.database(route.database), claimId, route.id ? asked : claim, laptop, res);
  }
  if (route.kind === 'checkpoint') return writeCheckpoint(context.database(route.database), route, req, res);
  // What express-pouchdb reads a body for (revision lists, bulk gets) is bounded before it parses it.
  const length = Number(req.headers['content-length'] ?? 0);
  if (req.method === 'POST' && (!req.headers['content-length'] || length > READ_BODY))
    return send(res, 413, { error: 'too_large' });
  context.database(route.database);
  context.couch(req, res);
}

/** A replication checkpoint: JSON under its own `_local/` id, whatever the body says; nothing else. */
async function writeCheckpoint(
  db: PouchDB.Database,
  route: Extract<Route, { kind: 'checkpoint' }>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const previous = await db.get(route.id).catch(() => null);
  if (route.method === 'DELETE') {
    if (previous) await db.put({ ...previous, _deleted: true });
    return send(res, 200, { ok: true, id: route.id });
  }
  const body = await readBody(req, SMALL_BODY);
  const asked = body === 'tooLarge' ? undefined : parseJson(body);
  if (typeof asked !== 'object' || asked === null || Array.isArray(asked))
    return send(res, 400, { error: 'bad_request', reason: 'A checkpoint is a JSON object.' });
  const { _id, _rev, _attachments, ...fields } = asked as Record<string, unknown>;
  void _id;
  void _rev;
  void _attachments;
  const written = await db.put({ ...fields, _id: route.id, ...(previous ? { _rev: previous._rev } : {}) });
  send(res, 201, { ok: true, id: route.id, rev: written.rev });
}

async function pair(context: HostContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req, SMALL_BODY);
  const asked = body === 'tooLarge' ? undefined : (parseJson(body) as Record<string, unknown> | undefined);
  const text = (value: unknown, max: number) =>
    typeof value === 'string' && value.length > 0 && value.length <= max;
  if (!asked || !text(asked.code, 64) || !text(asked.deviceId, 100) || !text(asked.name, 100))
    return send(res, 400, { error: 'bad_request', reason: 'code, deviceId and name are needed.' });
  const brought = text(asked.conferenceId, 100) ? databaseName(String(asked.conferenceId)) : null;
  const offered = context.state.peekCode(String(asked.code), context.now());
  if (!offered)
    return send(res, 401, { error: 'unauthorized', reason: 'This code was used already or has expired.' });
  // A mistaken request does not spend the code: only a laptop that can join does.
  if (!offered.database && !brought)
    return send(res, 400, { error: 'bad_request', reason: 'Which event is to be shared?' });
  // The first laptop's code brings a new event; it does not open one other laptops already joined.
  const others = brought ? context.state.laptopsOf(brought).filter((l) => l.deviceId !== asked.deviceId) : [];
  if (!offered.database && others.length)
    return send(res, 403, {
      error: 'forbidden',
      reason: 'This event is on the host already: ask its secretariat.',
    });
  const code = context.state.takeCode(String(asked.code), context.now())!;
  const name = code.database ?? brought!;
  const joined = {
    deviceId: String(asked.deviceId),
    name: String(asked.name),
    role: code.role,
    database: name,
    pairedAt: new Date(context.now()).toISOString(),
  };
  const token = context.state.join(joined);
  await writeLaptopDoc(context.database(name), { ...joined, revokedAt: null });
  send(res, 200, { token, role: code.role, database: name });
}

async function writeLaptopDoc(db: PouchDB.Database, laptop: Omit<LaptopDoc, '_id' | '_rev'>): Promise<void> {
  const id = laptopDocId(laptop.deviceId);
  const previous = await db.get<LaptopDoc>(id).catch(() => null);
  await db.put({ ...laptop, _id: id, ...(previous ? { _rev: previous._rev } : {}) });
}

async function newCode(
  context: HostContext,
  laptop: JoinedLaptop | null,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const body = await readBody(req, SMALL_BODY);
  const asked = body === 'tooLarge' ? undefined : (parseJson(body) as Record<string, unknown> | undefined);
  if (laptop && laptop.role !== 'secretariat')
    return send(res, 403, { error: 'forbidden', reason: 'Only the secretariat adds laptops.' });
  if (!asked || !isVenueRole(asked.role)) return send(res, 400, { error: 'bad_request', reason: 'role' });
  const conferenceId =
    typeof asked.conferenceId === 'string' && asked.conferenceId ? asked.conferenceId : null;
  if (laptop && (!conferenceId || databaseName(conferenceId) !== laptop.database))
    return send(res, 403, { error: 'forbidden', reason: 'Another event.' });
  const eventName = typeof asked.eventName === 'string' ? asked.eventName.slice(0, 200) : '';
  send(res, 200, { text: context.pairingText(asked.role, conferenceId, eventName) });
}

async function laptopsRoute(
  context: HostContext,
  route: Extract<Route, { kind: 'laptops' | 'revoke' }>,
  laptop: JoinedLaptop | null,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'https://host');
  const name = laptop?.database ?? url.searchParams.get('database') ?? '';
  if (route.kind === 'revoke') {
    if (laptop && laptop.role !== 'secretariat')
      return send(res, 403, { error: 'forbidden', reason: 'Only the secretariat revokes a laptop.' });
    const revoked = context.state.revoke(name, route.deviceId, new Date(context.now()).toISOString());
    if (!revoked) return send(res, 404, { error: 'not_found' });
    const { tokenSha256, database, ...shown } = revoked;
    void tokenSha256;
    void database;
    await writeLaptopDoc(context.database(name), shown);
    return send(res, 200, { ok: true });
  }
  const laptops = context.state.laptopsOf(name).map(({ tokenSha256, ...l }) => {
    void tokenSha256;
    return { ...l, ...(context.seen.get(l.deviceId) ?? { lastSeen: null, pending: null }) };
  });
  send(res, 200, { laptops });
}
