// `npm test`: type checks, the lint (ESLint with the layering rules, and Prettier's check), the Electron security
// scan, unit tests (Vitest) and end-to-end tests (Playwright in Chromium), then one closing line with the totals of
// every suite: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const cache = '.cache/test';
mkdirSync(cache, { recursive: true });
let passed = 0;
let failed = 0;

function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  } catch {
    return null;
  }
}

// Type checks: each compiler project is one check.
for (const project of [
  'tsconfig.shared.json',
  'tsconfig.electron.json',
  'tsconfig.renderer.json',
  'tsconfig.node.json',
]) {
  if (run('npx', ['tsc', '-p', project]) === 0) passed++;
  else failed++;
}

// The lint (`npm run lint`: ESLint with --max-warnings 0, then prettier --check): one check, failed by any finding.
if (run('npm', ['run', 'lint']) === 0) passed++;
else failed++;

// The static Electron security scan: no finding of high severity.
if (run('node', ['scripts/security-scan.mjs']) === 0) passed++;
else failed++;

// Unit tests.
const vitestReport = `${cache}/vitest.json`;
rmSync(vitestReport, { force: true });
const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
const vitest = readJson(vitestReport);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitestStatus !== 0 && vitest.numFailedTests === 0 ? 1 : 0);
} else failed++;

// End-to-end tests.
const playwrightReport = `${cache}/playwright.json`;
rmSync(playwrightReport, { force: true });
const playwrightStatus = run('npx', ['playwright', 'test'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
});
const playwright = readJson(playwrightReport);
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed +=
    playwright.stats.unexpected + (playwrightStatus !== 0 && playwright.stats.unexpected === 0 ? 1 : 0);
} else failed++;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
