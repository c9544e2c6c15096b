// `npm start`: builds the renderer and the main process, then launches Electron. Where Electron's
// binary cannot be fetched (no internet), says so and points to the web version.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('node', ['scripts/build-electron.mjs']);

let electronBinary;
try {
  // electron ≥ 42 downloads its binary on first use, here.
  electronBinary = createRequire(import.meta.url)('electron');
} catch (error) {
  console.error(`
Plenum could not start Electron: its binary is not installed and could not be downloaded
(${String(error?.message ?? error).split('\n')[0]}).

On a machine with internet, run \`npx install-electron\` once, then \`npm start\` again.
Without it, run the same app in your browser:

    npm run web        (then open http://localhost:4173)
`);
  process.exit(1);
}

const child = spawn(electronBinary, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
