// How many files a new IPC method and a new ballot method touch, measured rather than claimed: in
// a scratch copy of the committed tree, each is added where it is declared, and the type checks
// name every other file that must change. Run: npm run bench:extend (about a minute).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repo = process.cwd();
const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: 'pipe' });
const PROJECTS = [
  'tsconfig.shared.json',
  'tsconfig.electron.json',
  'tsconfig.renderer.json',
  'tsconfig.node.json',
];

/** The files the type checks find wrong in a scratch copy after `change` edited it. */
function filesToChange(change) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'plenum-extend-'));
  try {
    git(repo, 'worktree', 'add', '--detach', scratch, 'HEAD');
    symlinkSync(path.join(repo, 'node_modules'), path.join(scratch, 'node_modules'));
    const touched = change(scratch);
    const failing = new Set();
    for (const project of PROJECTS) {
      const run = spawnSync('npx', ['tsc', '-p', project, '--noEmit'], { cwd: scratch, encoding: 'utf8' });
      for (const match of run.stdout.matchAll(/^([^\s(]+)\(\d+,\d+\): error/gm)) failing.add(match[1]);
    }
    return [...touched, ...[...failing].filter((f) => !touched.includes(f)).sort()];
  } finally {
    git(repo, 'worktree', 'remove', '--force', scratch);
    rmSync(scratch, { recursive: true, force: true });
  }
}

function edit(file, from, to) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer has: ${from}`);
  writeFileSync(file, text.replace(from, to));
}

const ipcMethod = filesToChange((dir) => {
  edit(
    path.join(dir, 'shared/ipc/contract.ts'),
    'export const IPC_CONTRACT = {',
    "export const IPC_CONTRACT = {\n  benchEcho: method('bench:echo', z.tuple([z.string().max(100)]), z.string()),",
  );
  return ['shared/ipc/contract.ts'];
});

// A second approval-like method under its own id (its words reuse approval's keys, so no strings).
const ballotMethod = filesToChange((dir) => {
  const methods = path.join(dir, 'shared/rules/elections/methods');
  copyFileSync(path.join(methods, 'approval.ts'), path.join(methods, 'benchMethod.ts'));
  edit(
    path.join(methods, 'benchMethod.ts'),
    "export const approval = {\n  id: 'approval',",
    "export const benchMethod = {\n  id: 'benchMethod',",
  );
  edit(
    path.join(methods, 'index.ts'),
    "import { approval } from './approval';",
    "import { approval } from './approval';\nimport { benchMethod } from './benchMethod';",
  );
  edit(path.join(methods, 'index.ts'), '  approval,\n}', '  approval,\n  benchMethod,\n}');
  return ['shared/rules/elections/methods/benchMethod.ts', 'shared/rules/elections/methods/index.ts'];
});

console.log(
  JSON.stringify(
    {
      date: new Date().toISOString().slice(0, 10),
      ipcMethod: { files: ipcMethod.length, which: ipcMethod },
      ballotMethod: { files: ballotMethod.length, which: ballotMethod, besides: 'its strings and its test' },
    },
    null,
    2,
  ),
);
