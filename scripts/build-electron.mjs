// Bundles the main process, the preload and the venue host's utility process into CommonJS files
// beside each other in dist-electron/. The sandboxed preload cannot require local modules, so it
// must be a single file. electron/packaging.test.ts imports the options to bundle with them.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// The runtime dependencies are shipped in node_modules by electron-builder, never bundled: the venue
// host's PouchDB stores in LevelDB (leveldown, a native addon) and express-pouchdb loads its parts
// at run time.
const { dependencies = {} } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

export const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron', ...Object.keys(dependencies)],
  sourcemap: true,
  logLevel: 'warning',
};

export const entries = {
  'electron/main.ts': 'dist-electron/main.cjs',
  'electron/preload.ts': 'dist-electron/preload.cjs',
  'electron/venueHostProcess.ts': 'dist-electron/venueHostProcess.cjs',
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [entry, outfile] of Object.entries(entries))
    await build({ ...common, entryPoints: [entry], outfile });
  console.log(`built ${Object.values(entries).join(', ')}`);
}
