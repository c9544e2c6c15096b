import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import yaml from 'js-yaml';
import { VENUE_HOST_BUNDLE } from './venueHost';

const root = path.resolve(__dirname, '..');
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  Record<string, unknown> & { target?: unknown }
> & {
  files: string[];
  extraResources: { from: string; to: string }[];
  asar: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  electronFuses?: Record<string, unknown>;
};

const require = createRequire(import.meta.url);

/** What the venue host's process needs at run time besides its bundle. */
const VENUE_HOST_SERVER = ['express-pouchdb', 'pouchdb-node', 'selfsigned'];

/** The esbuild options of scripts/build-electron.mjs (a path in a variable: the script has no types). */
async function buildScript() {
  const script = path.join(root, 'scripts', 'build-electron.mjs');
  return (await import(script)) as {
    common: BuildOptions & { external: string[] };
    entries: Record<string, string>;
  };
}

/** electron-builder's own check of a configuration, the one `electron-builder` runs before packaging. */
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration: (config: unknown, debugLogger: { isEnabled: boolean }) => Promise<void>;
};

describe('the packaging configuration', () => {
  it(
    'builds Windows (NSIS and portable), macOS (dmg) and Linux (AppImage and deb), ' +
      'each with its icon in build/',
    () => {
      expect(config.win!.target).toEqual(['nsis', 'portable']);
      expect(config.mac!.target).toBe('dmg');
      expect(config.linux!.target).toEqual(['AppImage', 'deb']);
      for (const icon of [config.win!.icon, config.mac!.icon, 'build/icon.png'])
        expect(existsSync(path.join(root, String(icon))), String(icon)).toBe(true);
      for (const size of [16, 32, 48, 64, 128, 256, 512])
        expect(existsSync(path.join(root, String(config.linux!.icon), `${size}x${size}.png`))).toBe(true);
    },
  );

  it('packs the bundles only — no node_modules, no source maps — in an asar, with the fonts’ licence', () => {
    expect(config.files).toEqual(['dist/**', 'dist-electron/**', 'package.json', '!**/*.map']);
    expect(config.asar).toBe(true);
    expect(config.extraResources).toContainEqual({ from: 'build/fonts/OFL.txt', to: 'fonts/OFL.txt' });
    expect(existsSync(path.join(root, 'build/fonts/OFL.txt'))).toBe(true);
  });

  it(
    'keeps the renderer’s libraries in devDependencies (Vite bundles them), and as runtime ' +
      'dependencies only the venue host’s server, which the build leaves to node_modules',
    async () => {
      const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
        devDependencies: Record<string, string>;
      };
      expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual(VENUE_HOST_SERVER);
      for (const lib of ['react', 'dexie', 'exceljs', 'pdf-lib', 'docx', 'fflate', 'i18next', 'zod'])
        expect(pkg.devDependencies[lib], lib).toMatch(/^\d+\.\d+\.\d+$/);
      for (const lib of VENUE_HOST_SERVER) expect(pkg.dependencies![lib], lib).toMatch(/^\d+\.\d+\.\d+$/);
      expect([...(await buildScript()).common.external].sort()).toEqual(['electron', ...VENUE_HOST_SERVER]);
    },
  );

  it('bundles the venue host’s process into dist-electron, requiring its server from node_modules', async () => {
    const { common, entries } = await buildScript();
    const outfile = entries['electron/venueHostProcess.ts']!;
    expect(outfile).toBe(`dist-electron/${VENUE_HOST_BUNDLE}`);
    const bundled = await build({
      ...common,
      entryPoints: [path.join(root, 'electron/venueHostProcess.ts')],
      absWorkingDir: root,
      outfile: path.join(root, outfile),
      sourcemap: false,
      write: false,
    });
    const code = bundled.outputFiles[0]!.text;
    for (const lib of VENUE_HOST_SERVER) expect(code).toContain(`require("${lib}")`);
    // Bundled: the host's own code and zod (a devDependency), so nothing else is needed at run time.
    expect(code).toContain('Only the secretariat adds laptops.');
    expect(code).not.toMatch(/require\("(zod|leveldown|qrcode)"\)/);
  });

  it('unpacks LevelDB’s native addon from the asar, built for Windows, macOS and Linux', () => {
    expect(config.asarUnpack).toEqual(['node_modules/leveldown/prebuilds/**']);
    const fromPouchdb = createRequire(require.resolve('pouchdb-node'));
    const leveldown = path.dirname(fromPouchdb.resolve('leveldown/package.json'));
    // The pattern names the hoisted copy: the one PouchDB loads.
    expect(leveldown).toBe(path.join(root, 'node_modules', 'leveldown'));
    for (const platform of ['win32-x64', 'darwin-x64+arm64', 'linux-x64'])
      expect(readdirSync(path.join(leveldown, 'prebuilds', platform)).some((f) => f.endsWith('.node'))).toBe(
        true,
      );
    expect(config.npmRebuild).toBe(false);
  });

  it('tells macOS, in a sentence, why Plenum reaches the local network, and asks for no Bonjour service', () => {
    const info = config.mac!.extendInfo as Record<string, unknown>;
    expect(info.NSLocalNetworkUsageDescription).toMatch(
      /^Plenum connects the laptops of the event on the venue network/,
    );
    expect(String(info.NSLocalNetworkUsageDescription)).toMatch(/\.$/);
    expect(info.NSBonjourServices).toBeUndefined();
  });

  it(
    'flips the fuses: no running as Node, no NODE_OPTIONS, no --inspect, only the app’s own asar, ' +
      'checked for integrity, encrypted cookies, no extra privileges for file://',
    () => {
      expect(config.electronFuses).toEqual({
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        enableCookieEncryption: true,
        grantFileProtocolExtraPrivileges: false,
      });
    },
  );

  it('is accepted by electron-builder, every option spelt as it expects', async () => {
    await expect(
      validateConfiguration(structuredClone(config), { isEnabled: false }),
    ).resolves.toBeUndefined();
    const misspelt = {
      ...structuredClone(config),
      electronFuses: { ...config.electronFuses, runAsnode: false },
    };
    await expect(validateConfiguration(misspelt, { isEnabled: false })).rejects.toThrow(/electronFuses/);
  });
});
