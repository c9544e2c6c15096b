// Benchmark: the minutes of the demo event after the charter vote and both elections (Chinese and
// Russian in parallel) — assembling them from the record, the PDF, the .docx — and the results
// workbook. Run: npm run bench:minutes
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';

const OUT = '.cache/bench';
mkdirSync(OUT, { recursive: true });
await build({
  entryPoints: ['bench/minutesBench.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: `${OUT}/minutesBench.mjs`,
  logLevel: 'warning',
  banner: {
    js:
      "import { createRequire as plenumCreateRequire } from 'node:module'; " +
      'const require = plenumCreateRequire(import.meta.url);',
  },
});
const RUNS = 5;
const { rows, pdfBytes, docxBytes, sections } = await (
  await import(`${process.cwd()}/${OUT}/minutesBench.mjs`)
).run(RUNS, OUT);
const pages = Number(
  /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [`${OUT}/minutes.pdf`], { encoding: 'utf8' }))[1],
);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f = (key) =>
  `${median(rows.map((r) => r[key])).toFixed(0)} ms / ${Math.max(...rows.map((r) => r[key])).toFixed(0)} ms`;
const total = rows.map((r) => r.build + r.pdf + r.docx);
const date = new Date().toISOString().slice(0, 10);
const cpu = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`;
console.log(`\n## Minutes — ${date}, ${cpu}, Node ${process.versions.node}`);
const sizes = `${(pdfBytes / 1024).toFixed(0)} KB PDF, ${(docxBytes / 1024).toFixed(0)} KB .docx`;
console.log(`\n${sections} sections, ${pages} A4 pages (${sizes}); median / worst of ${RUNS} runs.\n`);
console.log('| figure | measured | target |');
console.log('|---|---|---|');
console.log(`| minutes assembled from the record | ${f('build')} | — |`);
console.log(`| PDF drawn (fonts embedded as subsets) | ${f('pdf')} | — |`);
console.log(`| .docx written | ${f('docx')} | — |`);
const totalTimes = `${median(total).toFixed(0)} ms / ${Math.max(...total).toFixed(0)} ms`;
console.log(`| minutes generated: record → PDF and .docx | ${totalTimes} | < 1 s |`);
console.log(`| results workbook (.xlsx) | ${f('workbook')} | — |`);
