import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import yaml from 'js-yaml';

const root = path.resolve(__dirname, '..');
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  Record<string, unknown> & { target?: unknown }
> & {
  files: string[];
  extraResources: { from: string; to: string }[];
  asar: boolean;
  electronFuses?: Record<string, unknown>;
};

/** electron-builder's own check of a configuration, the one `electron-builder` runs before packaging. */
const { validateConfiguration } = createRequire(import.meta.url)(
  'app-builder-lib/out/util/config/config.js',
) as { validateConfiguration: (config: unknown, debugLogger: { isEnabled: boolean }) => Promise<void> };

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
    'keeps the renderer’s libraries in devDependencies (Vite bundles them), ' +
      'and no runtime dependency unbundled',
    () => {
      const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
        devDependencies: Record<string, string>;
      };
      expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
      for (const lib of ['react', 'dexie', 'exceljs', 'pdf-lib', 'docx', 'fflate', 'i18next'])
        expect(pkg.devDependencies[lib], lib).toMatch(/^\d+\.\d+\.\d+$/);
    },
  );

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
