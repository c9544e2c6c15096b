// Benchmark: zip bombs handed to the archive reader the way a person hands it a file — `plenum verify
// FILE` in a process of its own (node --import tsx cli/plenum.ts), timed from start to exit, with the
// process's peak memory (GNU time's maximum resident set size); then the reader alone, bundled, in a
// process of its own, to show how much of that is reading. The bombs are built here, at run time,
// without holding what they inflate to. Run: node bench/archive-bomb.mjs  (RUNS=3 by default)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { constants, createInflateRaw, crc32, deflateRawSync } from 'node:zlib';

const RUNS = Number(process.env.RUNS ?? 3);
const MiB = 1024 * 1024;
const GNU_TIME = '/usr/bin/time';
const zeros = new Uint8Array(MiB);

/**
 * A MiB of zeros as deflate blocks that end on a byte (a sync flush) and refer to nothing before
 * them, so that the same bytes repeated inflate to a MiB each; an empty last block closes the stream.
 */
const MEBIBYTE_OF_ZEROS = deflateRawSync(zeros, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
const LAST_BLOCK = Uint8Array.of(3, 0);

function zerosDeflated(mib) {
  const out = new Uint8Array(MEBIBYTE_OF_ZEROS.length * mib + LAST_BLOCK.length);
  for (let i = 0; i < mib; i++) out.set(MEBIBYTE_OF_ZEROS, i * MEBIBYTE_OF_ZEROS.length);
  out.set(LAST_BLOCK, MEBIBYTE_OF_ZEROS.length * mib);
  return out;
}

/** The CRC-32 and SHA-256 of `mib` MiB of zeros, a MiB at a time. */
function zerosDigest(mib) {
  let crc = 0;
  const sha = createHash('sha256');
  for (let i = 0; i < mib; i++) {
    crc = crc32(zeros, crc);
    sha.update(zeros);
  }
  return { crc, sha256: sha.digest('hex') };
}

/** How many bytes the deflate stream really gives, inflated as a stream (never held whole). */
async function inflatedLength(packed) {
  let length = 0;
  const inflate = createInflateRaw();
  inflate.on('data', (chunk) => (length += chunk.length));
  const done = new Promise((resolve, reject) => inflate.on('end', resolve).on('error', reject));
  inflate.end(packed);
  await done;
  return length;
}

/** A zip of the given members: name, data as packed, method (0 stored, 8 deflated), declared size, CRC. */
function zipOf(members) {
  const parts = [];
  const directory = [];
  let offset = 0;
  for (const m of members) {
    const name = Buffer.from(m.name, 'utf8');
    const header = (size, signature, fieldsAt) => {
      const bytes = Buffer.alloc(size + name.length);
      bytes.writeUInt32LE(signature, 0);
      bytes.writeUInt16LE(20, fieldsAt - 2);
      bytes.writeUInt16LE(m.method, fieldsAt + 2);
      bytes.writeUInt32LE(m.crc >>> 0, fieldsAt + 8);
      bytes.writeUInt32LE(m.data.length, fieldsAt + 12);
      bytes.writeUInt32LE(m.declared, fieldsAt + 16);
      bytes.writeUInt16LE(name.length, fieldsAt + 20);
      name.copy(bytes, size);
      return bytes;
    };
    const local = header(30, 0x04034b50, 6);
    const entry = header(46, 0x02014b50, 8);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, m.data);
    directory.push(entry);
    offset += local.length + m.data.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(
    directory.reduce((n, d) => n + d.length, 0),
    12,
  );
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const stored = (name, data) => ({ name, data, method: 0, declared: data.length, crc: crc32(data) });

/** One commit a laptop would write now: an event created. */
function smallLog() {
  const at = new Date();
  const hlc = `${String(at.getTime()).padStart(15, '0')}-000000-bench`;
  const name = { zh: '基准', ru: 'Тест', en: 'Bench' };
  const event = {
    id: 'E1',
    conferenceId: 'C1',
    entityId: 'C1',
    type: 'conference.created',
    v: 1,
    deviceId: 'bench',
    actor: 'bench',
    hlc,
    at: at.toISOString(),
    payload: { kind: 'conference', op: 'created', fields: { name } },
  };
  return Buffer.from(
    JSON.stringify({ id: 'E1', conferenceId: 'C1', hlc, entityIds: ['C1'], events: [event] }),
  );
}

function manifestOf(files, counts) {
  const manifest = {
    format: 'plenum-event-archive',
    formatVersion: 1,
    createdAt: new Date().toISOString(),
    appVersion: '0.1.0',
    conference: { id: 'C1', name: { zh: '基准', ru: 'Тест', en: 'Bench' } },
    ...counts,
    files,
  };
  return stored('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2)));
}

/** The archives: a small valid one, then the bombs. */
async function archives() {
  const log = smallLog();
  const listedLog = { path: 'log.jsonl', sha256: sha256(log), bytes: log.length };
  const valid = zipOf([manifestOf([listedLog], { commits: 1, events: 1 }), stored('log.jsonl', log)]);

  const threeGiB = 3 * 1024;
  const logBomb = zerosDeflated(threeGiB);
  const logDigest = zerosDigest(threeGiB);
  const bombLog = (declared) => ({
    name: 'log.jsonl',
    data: logBomb,
    method: 8,
    declared,
    crc: logDigest.crc,
  });
  const listedBomb = (declared) => [{ path: 'log.jsonl', sha256: logDigest.sha256, bytes: declared }];
  const counts = { commits: 1, events: 1 };
  const honest = zipOf([manifestOf(listedBomb(threeGiB * MiB), counts), bombLog(threeGiB * MiB)]);
  const lying = zipOf([manifestOf(listedBomb(1000), counts), bombLog(1000)]);
  const logInflates = await inflatedLength(logBomb);

  const oneGiB = 1024;
  const document = 'attachments/01BENCH-charter.pdf';
  const documentDigest = zerosDigest(oneGiB);
  const listedDocument = { path: document, sha256: documentDigest.sha256, bytes: oneGiB * MiB };
  const documentMember = {
    name: document,
    data: zerosDeflated(oneGiB),
    method: 8,
    declared: oneGiB * MiB,
    crc: documentDigest.crc,
  };
  const listed = zipOf([
    manifestOf([listedLog, listedDocument], { commits: 1, events: 1 }),
    stored('log.jsonl', log),
    documentMember,
  ]);
  return [
    {
      label: 'a valid archive (one commit): the cost of starting the command',
      file: 'valid.zip',
      bytes: valid,
    },
    {
      label: 'log.jsonl inflating to 3 GiB, declared as 3 GiB',
      file: 'bomb-declared.zip',
      bytes: honest,
      inflates: logInflates,
    },
    {
      label: 'the same log.jsonl declared as 1,000 bytes (directory and manifest agree)',
      file: 'bomb-lying.zip',
      bytes: lying,
      inflates: logInflates,
    },
    {
      label: 'a document listed as 1 GiB with its true SHA-256',
      file: 'listed-1gib.zip',
      bytes: listed,
      inflates: await inflatedLength(documentMember.data),
    },
  ];
}

/** A command in a process of its own: wall time, peak memory (GNU time) and its standard output. */
function timed(command) {
  const gnuTime = existsSync(GNU_TIME);
  const started = performance.now();
  const [program, ...args] = gnuTime ? [GNU_TIME, '-f', 'peak %M', ...command] : command;
  const run = spawnSync(program, args, { encoding: 'utf8', maxBuffer: 64 * MiB });
  const ms = performance.now() - started;
  const peak = /peak (\d+)\s*$/.exec(run.stderr ?? '');
  return { ms, peakMb: peak ? Number(peak[1]) / 1024 : NaN, stdout: run.stdout, stderr: run.stderr ?? '' };
}

function answerOf(run, read) {
  try {
    return read(JSON.parse(run.stdout));
  } catch {
    return `failed: ${run.stderr.trim().split('\n')[0]}`;
  }
}

/** What a person runs: `plenum verify FILE --json`. */
function verifyOnce(file) {
  const run = timed(['node', '--import', 'tsx', 'cli/plenum.ts', 'verify', file, '--json']);
  return { ...run, answer: answerOf(run, (out) => (out.ok ? 'read' : `refused: ${out.problem.code}`)) };
}

/** The reader alone, bundled, in a process of its own: how much of the command's time is the reading. */
const READER = '.cache/bench/archiveReader.mjs';
const READER_SOURCE = `
import { readFileSync } from 'node:fs';
import { readArchive } from './shared/codecs/archive/eventArchive';
const bytes = readFileSync(process.argv[2]);
const started = performance.now();
const read = readArchive(bytes);
console.log(JSON.stringify({ ms: performance.now() - started, code: read.ok ? null : read.problem.code }));
`;

function readerOnce(file) {
  const run = timed(['node', READER, file]);
  return { ...run, readMs: answerOf(run, (out) => out.ms) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const grouped = (n) => n.toLocaleString('en');

await build({
  stdin: { contents: READER_SOURCE, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: READER,
  logLevel: 'warning',
});
const dir = mkdtempSync(path.join(os.tmpdir(), 'plenum-bomb-'));
try {
  const rows = [];
  for (const archive of await archives()) {
    const file = path.join(dir, archive.file);
    writeFileSync(file, archive.bytes);
    const runs = Array.from({ length: RUNS }, () => verifyOnce(file));
    const alone = Array.from({ length: RUNS }, () => readerOnce(file));
    rows.push({ ...archive, size: statSync(file).size, runs, alone });
  }
  const date = new Date().toISOString().slice(0, 10);
  const cpu = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`;
  console.log(
    `\n## Zip bombs — ${date}, ${cpu}, ${grouped(Math.round(os.totalmem() / MiB))} MB, Node ${process.versions.node}`,
  );
  console.log(
    `\n\`plenum verify FILE --json\`, a process each; median time / highest peak of ${RUNS} runs.\n`,
  );
  console.log(
    '| archive | file | inflates to | answer | `plenum verify`: time, peak | readArchive alone: time, peak |',
  );
  console.log('|---|---|---|---|---|---|');
  const ms = (x) => `${x.toFixed(0)} ms`;
  const peakOf = (runs) => `${Math.max(...runs.map((r) => r.peakMb)).toFixed(0)} MB`;
  for (const row of rows) {
    const command = `${ms(median(row.runs.map((r) => r.ms)))}, ${peakOf(row.runs)}`;
    const alone = `${ms(median(row.alone.map((r) => r.readMs)))}, ${peakOf(row.alone)}`;
    const inflates = row.inflates ? `${grouped(row.inflates)} B` : '—';
    const answers = [...new Set(row.runs.map((r) => r.answer))].join('; ');
    console.log(
      `| ${row.label} | ${grouped(row.size)} B | ${inflates} | ${answers} | ${command} | ${alone} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
