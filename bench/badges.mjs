// Benchmark: badges for 1,000 and 5,000 attendees, four 90 × 130 mm per A4 with QR codes, whole
// process time and peak memory — and, in the same run on the same data, the ReportLab peer
// (../shared/peers/reportlab-badges). Run: npm run bench:badges (needs python3-reportlab, python3-qrcode).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PEER = path.resolve('../shared/peers/reportlab-badges');
const SIZES = (process.env.SIZES ?? '1000,5000').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 2);
mkdirSync('.cache/bench', { recursive: true });
await build({
  entryPoints: ['cli/plenum.ts'],
  bundle: true,
  splitting: true,
  minify: true,
  platform: 'node',
  format: 'esm',
  outdir: '.cache/bench/cli',
  entryNames: '[name]',
  logLevel: 'warning',
  banner: {
    js:
      "import { createRequire as plenumCreateRequire } from 'node:module'; " +
      'const require = plenumCreateRequire(import.meta.url);',
  },
});

/** Runs a command under GNU time: wall-clock seconds and peak resident memory. */
function measure(command, args) {
  try {
    execFileSync('/usr/bin/time', ['-o', '.cache/bench/time.txt', '-f', '%e %M', command, ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } catch (error) {
    throw new Error(`${command} failed: ${error}`, { cause: error });
  }
  const [seconds, kb] = readFileSync('.cache/bench/time.txt', 'utf8')
    .trim()
    .split(/\s+/)
    .slice(-2)
    .map(Number);
  return { ms: seconds * 1000, mb: kb / 1024 };
}

const rows = [];
for (const n of SIZES) {
  const data = path.resolve(`.cache/bench/attendees-${n}.json`);
  writeFileSync(
    data,
    execFileSync('node', [path.join(PEER, 'gen-data.js'), String(n)], { maxBuffer: 1 << 28 }),
  );
  const ours = [];
  const peer = [];
  for (let r = 0; r < RUNS; r++) {
    ours.push(
      measure('node', [
        '.cache/bench/cli/plenum.js',
        'badges',
        data,
        '--out',
        `.cache/bench/plenum-${n}.pdf`,
      ]),
    );
    peer.push(
      measure('/usr/bin/python3', [
        path.join(PEER, 'badges_rl.py'),
        '--data',
        data,
        '--out',
        path.resolve(`.cache/bench/reportlab-${n}.pdf`),
        '--fonts',
        path.resolve('node_modules/@expo-google-fonts'),
        '--qr',
        'path',
      ]),
    );
  }
  const best = (xs) => xs.reduce((a, b) => (a.ms <= b.ms ? a : b));
  rows.push({
    n,
    ours: best(ours),
    peer: best(peer),
    ourBytes: statSync(`.cache/bench/plenum-${n}.pdf`).size,
    peerBytes: statSync(`.cache/bench/reportlab-${n}.pdf`).size,
  });
}
const cpu = os.cpus()[0]?.model ?? 'CPU';
const python = execFileSync(
  '/usr/bin/python3',
  ['-c', 'import reportlab, sys; print(reportlab.Version, sys.version.split()[0])'],
  { encoding: 'utf8' },
).trim();
const date = new Date().toISOString().slice(0, 10);
const machine = `${os.cpus().length} × ${cpu}, Node ${process.versions.node}, ReportLab ${python}`;
console.log(`\n## Badges, four 90 × 130 mm per A4 with QR codes — ${date}, ${machine}`);
console.log(
  `\nBest of ${RUNS} runs; whole process (start to PDF written), peak resident memory from GNU time.\n`,
);
console.log(
  '| badges | Plenum | ReportLab peer | time ratio | Plenum peak memory | peer peak memory | Plenum PDF | peer PDF |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const times = `${(r.ours.ms / 1000).toFixed(2)} s | ${(r.peer.ms / 1000).toFixed(2)} s`;
  const ratio = (r.ours.ms / r.peer.ms).toFixed(2);
  const memory = `${r.ours.mb.toFixed(0)} MB | ${r.peer.mb.toFixed(0)} MB`;
  const sizes = `${(r.ourBytes / 1024).toFixed(0)} KB | ${(r.peerBytes / 1024).toFixed(0)} KB`;
  console.log(`| ${r.n} | ${times} | ${ratio} | ${memory} | ${sizes} |`);
}
