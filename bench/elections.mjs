// Benchmark: the ballot paper of 153 candidate organisations (drawn as the app draws it), and in the
// app, from Enter on one paper of 153 marks to the first frame showing it in the totals.
// Run: npm run bench:elections
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchChromium, machineLine, markTime, median, ms, serveApp } from './lib.mjs';

const OUT = '.cache/bench';
mkdirSync(OUT, { recursive: true });
await build({
  entryPoints: ['bench/ballotBench.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: `${OUT}/ballotBench.mjs`,
  logLevel: 'warning',
  banner: {
    js:
      "import { createRequire as plenumCreateRequire } from 'node:module'; " +
      'const require = plenumCreateRequire(import.meta.url);',
  },
});
const COPIES = 135;
const paper = await (await import(`${process.cwd()}/${OUT}/ballotBench.mjs`)).run(5, COPIES, OUT);
const pages = Number(
  /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [`${OUT}/ballot-153.pdf`], { encoding: 'utf8' }))[1],
);

// In the app: the demo event, an election of the council with all 153 member organisations, papers entered one by one.
const { base, stop } = await serveApp(4181);
const { browser, page } = await launchChromium();
await page.goto(base);
await page.getByRole('button', { name: 'Load demo event' }).click();
await page.getByRole('heading', { name: 'Member organisations' }).waitFor();
await page.getByRole('link', { name: 'Elections' }).click();
await page.getByRole('button', { name: 'New election' }).click();
const dialog = page.getByRole('dialog', { name: 'New election' });
await dialog.getByLabel('Election (Chinese)').fill('理事会选举');
await dialog.getByLabel('Title of post 1 (Chinese)').fill('理事单位');
await dialog.getByLabel('Seats, post 1').fill('153');
await dialog
  .getByRole('combobox', { name: 'Candidates are, post 1' })
  .selectOption({ label: 'member organisations (with their representative)' });
await dialog
  .getByLabel('Candidates’ codes in ballot order, post 1')
  .fill(Array.from({ length: 153 }, (_, i) => `M${String(i + 1).padStart(3, '0')}`).join(' '));
await dialog.getByRole('button', { name: 'Create the election' }).click();
await dialog.waitFor({ state: 'hidden' });
await page.getByRole('button', { name: 'Open the election' }).click();
await page.getByRole('tab', { name: 'Count the papers' }).click();
const marks = page.getByLabel('Marks: 理事单位');
const shown = [];
const PAPERS = 40;
for (let i = 1; i <= PAPERS; i++) {
  // Mostly yes, a few no and abstain, different on every paper.
  await marks.fill(
    Array.from({ length: 153 }, (_, c) =>
      (c * 7 + i) % 23 === 0 ? '2' : (c + i) % 31 === 0 ? '3' : '1',
    ).join(''),
  );
  await page.evaluate(() => performance.clearMarks());
  await marks.press('Enter');
  const start = await markTime(page, 'ballot:start');
  const painted = await markTime(page, `ballot:totals-${i}`);
  shown.push(painted - start);
}
const machine = machineLine(browser);
await browser.close();
stop();

const sorted = [...shown].sort((a, b) => a - b);
console.log(`\n## Elections — ${machine}`);
const candidates = `${paper.candidates} candidate organisations (yes / no / abstain each, Chinese and Russian)`;
const size = `${pages} A4 pages, ${(paper.bytes / 1024).toFixed(0)} KB`;
const drawn = `drawn in Node with the app's code (fonts embedded as subsets), ${paper.one.length} runs`;
console.log(`\nBallot paper of the council election: ${candidates}, ${size}; ${drawn}.\n`);
console.log('| figure | measured | target |');
console.log('|---|---|---|');
const oneTimes = `${ms(median(paper.one))} ms / ${ms(Math.max(...paper.one))} ms`;
console.log(
  `| one ballot paper, 153 candidates (median / worst of ${paper.one.length}) | ${oneTimes} | < 2 s |`,
);
const copies = `${COPIES} numbered copies (${COPIES * pages} pages, ${(paper.copiesBytes / 1024).toFixed(0)} KB)`;
console.log(`| ${copies} | ${ms(paper.copiesMs)} ms | — |`);
const inTheApp = `in the app, ${PAPERS} papers: median / p95 / worst`;
const p95 = sorted[Math.floor(sorted.length * 0.95)];
const totalsTimes = `${ms(median(shown))} ms / ${ms(p95)} ms / ${ms(sorted.at(-1))} ms`;
console.log(`| Enter on a paper of 153 marks → totals on screen (${inTheApp}) | ${totalsTimes} | < 50 ms |`);
process.exit(0);
