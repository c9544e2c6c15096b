// The static Electron security scan (Electronegativity) over what ships: the main process and
// preload (electron/) and the page that loads (renderer/index.html, with its CSP). Offline: the
// check that downloads Electron's release list is skipped, and the Electron version is given.
// Prints every finding; exits 1 on any of high severity (or any check that failed to run).
import { createRequire } from 'node:module';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronegativity = require('@doyensec/electronegativity');
const run = electronegativity.default ?? electronegativity;

const stage = path.resolve('.cache/security/app');
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
cpSync('electron', path.join(stage, 'electron'), {
  recursive: true,
  filter: (file) => !/\.test\.ts$/.test(file),
});
cpSync('renderer/index.html', path.join(stage, 'index.html'));
const electron = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.electron;
const result = await run(
  {
    input: stage,
    electronVersionOverride: electron,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    isRelative: true,
  },
  false,
);
const findings = result.issues.map((i) => ({
  check: i.id,
  severity: i.severity.name,
  confidence: i.confidence.name,
  file: i.file,
  line: i.location.line,
  review: Boolean(i.manualReview),
}));
for (const f of findings)
  console.log(`${f.severity.padEnd(13)} ${f.confidence.padEnd(9)} ${f.check} ${f.file}:${f.line}`);
const high = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL');
writeFileSync(
  '.cache/security/findings.json',
  JSON.stringify(
    { electron, checks: result.globalChecks + result.atomicChecks, findings, errors: result.errors },
    null,
    2,
  ),
);
const checks = `${result.globalChecks} global and ${result.atomicChecks} atomic checks`;
const problems = `${high.length} of high severity; ${result.errors.length} files it could not parse`;
console.log(`Electronegativity (Electron ${electron}, ${checks}): ${findings.length} findings, ${problems}.`);
process.exit(high.length || result.errors.length ? 1 : 0);
