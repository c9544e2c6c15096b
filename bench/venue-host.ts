// Benchmark: the venue host (`plenum host`, a process of its own, as staff run it on a spare
// machine) under six desks checking people in together over loopback HTTPS. Each desk is a
// PouchDB on the memory adapter replicating live to the host, as the page's PouchDB does; each
// check-in is one commit document. Reports check-ins per second accepted by the host, from the
// first write at a desk to the last commit stored at the host.
// Run: npm run bench:venue-host
import os from 'node:os';
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { commitOf, type DomainEvent } from '../shared/core/domain/events';
import { encodeHlc } from '../shared/core/domain/hlc';
import { newId } from '../shared/core/domain/ids';
import { factOf } from '../shared/core/domain/facts';
import { commitDoc } from '../shared/codecs/venue/venueDocs';
import { parsePairing } from '../shared/codecs/venue/pairing';
import { startTestHost, stopTestHost, adminToken } from '../e2e/venueHost';

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
const Pouch = PouchDB.plugin(http).plugin(memory).plugin(replication);
const DESKS = 6;
const CHECK_INS_PER_DESK = 300;
const CONFERENCE = '01M8BENCHVENVE0000000000CF';

function event(
  deviceId: string,
  entityId: string,
  payload: DomainEvent['payload'],
  wall: number,
  counter: number,
): DomainEvent {
  return {
    id: newId(wall),
    conferenceId: CONFERENCE,
    entityId,
    type: factOf(payload),
    v: 1,
    deviceId,
    actor: deviceId,
    hlc: encodeHlc({ wall, counter, node: deviceId }),
    at: new Date(wall).toISOString(),
    payload,
  };
}

function checkInCommit(deviceId: string, person: number, wall: number) {
  const payload = {
    kind: 'attendance',
    op: 'created',
    fields: {
      status: 'present',
      checkedInAt: new Date(wall).toISOString(),
      desk: deviceId,
      lastAction: 'checkIn',
    },
  } as unknown as DomainEvent['payload'];
  return commitOf([event(deviceId, `P-${deviceId}-${person}`, payload, wall, 0)]);
}

async function pair(url: string, text: string, deviceId: string, conferenceId?: string) {
  const pairing = parsePairing(text);
  if (!pairing.ok) throw new Error(pairing.problem);
  const answer = await fetch(`${url}/_plenum/pair`, {
    method: 'POST',
    body: JSON.stringify({ code: pairing.pairing.code, deviceId, name: deviceId, conferenceId }),
  });
  return (await answer.json()) as { token: string; database: string };
}

function remoteOf(url: string, database: string, token: string) {
  return new Pouch(`${url}/${database}`, {
    skip_setup: true,
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('Authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
  });
}

const host = await startTestHost();
try {
  const secretariat = await pair(host.url, host.firstCode, 'dev-secretariat', CONFERENCE);
  const codes = await Promise.all(
    Array.from({ length: DESKS }, async () => {
      const made = await fetch(`${host.url}/_plenum/codes`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secretariat.token}` },
        body: JSON.stringify({ role: 'desk', conferenceId: CONFERENCE }),
      });
      return ((await made.json()) as { text: string }).text;
    }),
  );
  const desks = await Promise.all(
    codes.map(async (code, i) => {
      const deviceId = `dev-desk${i + 1}`;
      const joined = await pair(host.url, code, deviceId);
      const local = new Pouch(`bench-${deviceId}`, { adapter: 'memory' });
      const push = local.replicate.to(remoteOf(host.url, joined.database, joined.token), {
        live: true,
        retry: true,
        batch_size: 50,
      });
      return { deviceId, local, push, database: joined.database };
    }),
  );
  const database = desks[0]!.database;
  const total = DESKS * CHECK_INS_PER_DESK;
  const started = performance.now();
  await Promise.all(
    desks.map(async (desk) => {
      for (let person = 0; person < CHECK_INS_PER_DESK; person++) {
        const commit = checkInCommit(desk.deviceId, person, Date.now());
        await desk.local.put(commitDoc(commit) as unknown as PouchDB.Doc);
      }
    }),
  );
  const token = adminToken(host);
  let stored = 0;
  while (stored < total) {
    const answer = await fetch(`${host.url}/${database}/_all_docs?limit=0`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const info = (await answer.json()) as { total_rows: number };
    stored = info.total_rows - DESKS - 1;
    if (stored < total) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const seconds = (performance.now() - started) / 1000;
  for (const desk of desks) desk.push.cancel();
  const cpu = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`;
  console.log(`${new Date().toISOString().slice(0, 10)}, ${cpu}, Node ${process.versions.node}`);
  console.log(
    `${DESKS} desks, ${total} check-ins stored at the host in ${seconds.toFixed(2)} s: ` +
      `${(total / seconds).toFixed(0)} check-ins per second`,
  );
} finally {
  await stopTestHost(host);
}
