// The layering of the tree, as lint rules: which folder may import which. One place says it all;
// eslint.config.js spreads `layers` after the language rules.
//
//   shared/            pure ECMAScript: imports only shared/, no React, Dexie or Electron
//   cli/               Node; never the renderer or the Electron main process
//   electron/          Electron's main process and preload; never the renderer
//   renderer/db/       the only place that talks to Dexie (tables, indexes, live queries)
//   renderer/platform/ the only place in the page that may reach Electron
//   renderer/features/ one folder per screen; a feature never imports another feature, what two
//                      features share lives in renderer/components (or renderer/db, shared/)
//   renderer/components/ what the screens share; never a feature
//
// Each rule is ESLint's own `no-restricted-imports`. A file takes the rule's options from the LAST
// block whose `files` match it, so the blocks below cover disjoint sets of files and each lists
// every restriction that applies to its files. A narrower block added later must spread the
// restrictions of the folder it narrows (see `sharedLayer` below).
import { readdirSync } from 'node:fs';

const SOURCES = '**/*.{ts,tsx,js,mjs}';

/** One `no-restricted-imports` pattern: a regular expression on the import's source, and why not. */
export const refuse = (regex, message) => ({ regex, caseSensitive: true, message });

/** A relative path that climbs out of the current folder into a top-level one (any depth of `../`). */
export const climbsInto = (...folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;

/** A package, or any of its subpaths (`react-dom/client`). */
export const packages = (...names) => `^(${names.join('|')})(/.*)?$`;

/** One block: the files, and every pattern refused in them. */
const block = (name, files, patterns, ignores = []) => ({
  name: `plenum/layers/${name}`,
  files,
  ...(ignores.length ? { ignores } : {}),
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

// 1. shared/: runs in Node, in the renderer and in workers; compiles with ES and Intl only.
export const SHARED_PACKAGES = [
  refuse(
    packages('react', 'react-dom', 'react-i18next'),
    'shared/ is plain TypeScript used by the renderer, the CLI and workers: no React here. Put UI code in renderer/.',
  ),
  refuse(
    packages('dexie', 'dexie-react-hooks'),
    'shared/ never touches the database: Dexie belongs to renderer/db. Take the rows as arguments instead.',
  ),
  refuse(
    packages('electron'),
    'shared/ runs outside Electron too: no electron import. Electron code lives in electron/ (or renderer/platform).',
  ),
];
export const SHARED_SOURCES = [
  refuse(
    climbsInto('renderer', 'electron', 'cli', 'e2e', 'bench', 'scripts'),
    'shared/ imports only shared/: this path leaves it for renderer/, electron/, cli/, e2e/, bench/ or scripts/. ' +
      'Move what is needed into shared/.',
  ),
  ...SHARED_PACKAGES,
];
// Tests in shared/ run in Node and may take fixtures from cli/ (fonts from node_modules, the translator).
export const SHARED_TESTS = [
  refuse(
    climbsInto('renderer', 'electron', 'e2e', 'bench', 'scripts'),
    'A shared/ test tests shared/: it may use cli/ fixtures, never renderer/, electron/, e2e/, bench/ or scripts/.',
  ),
  ...SHARED_PACKAGES,
];

// 2. cli/: Node, on the shared code only.
export const CLI = [
  refuse(
    climbsInto('renderer', 'electron'),
    'cli/ runs in plain Node: never import renderer/ or electron/. Move what both need into shared/.',
  ),
];

// 3. electron/: the main process and the preload.
export const ELECTRON = [
  refuse(
    climbsInto('renderer'),
    'electron/ never imports renderer/ (a different process and bundle). ' +
      'Shared contracts live in shared/ (e.g. shared/ipc).',
  ),
];

// 4. A feature never imports another feature: one block per folder of renderer/features.
export const FEATURES = readdirSync(new URL('./renderer/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

export const featureRestrictions = (feature) => {
  const others = FEATURES.filter((name) => name !== feature);
  return [
    ...(others.length
      ? [
          refuse(
            climbsInto(...others),
            `renderer/features/${feature} must not import another feature: move what both use to ` +
              'renderer/components (UI), renderer/db (reads) or shared/ (rules).',
          ),
        ]
      : []),
    refuse(
      '^(\\.\\./){2,}features(/|$)',
      `renderer/features/${feature} must not reach into renderer/features/… : ` +
        'import your own files with ./ and shared pieces from renderer/components.',
    ),
  ];
};

// 5. Dexie only in renderer/db; the rest of the page does not see how it stores things either.
export const NO_DEXIE = [
  refuse(
    packages('dexie', 'dexie-react-hooks'),
    'Only renderer/db talks to Dexie: read through a hook of renderer/db/hooks (or a function of renderer/db/reads) ' +
      'and write through an action of renderer/db.',
  ),
  refuse(
    '^(\\.\\./)+db/(schema|projectionPages)$',
    "The tables, indexes and pages are renderer/db's own: " +
      'read through a hook of renderer/db/hooks or a function of renderer/db/reads.',
  ),
];

// 6. Electron only in renderer/platform.
export const NO_ELECTRON = [
  refuse(
    packages('electron'),
    'The page reaches Electron only through renderer/platform (the Platform interface); import that instead.',
  ),
];

// 7. The shared components sit under the features: they never import one.
export const COMPONENTS = [
  refuse(
    climbsInto('features'),
    'renderer/components is shared by the features and never imports one: ' +
      'move the piece it needs to renderer/components too.',
  ),
];

/**
 * A sub-folder of shared/ with rules of its own (say, the domain core never imports shared/documents
 * or the codecs): the rules of shared/ above, plus its own. Tests in it keep SHARED_TESTS.
 */
export const sharedLayer = (folder, patterns) =>
  block(
    `shared/${folder}`,
    [`shared/${folder}/${SOURCES}`],
    [...SHARED_SOURCES, ...patterns],
    ['shared/**/*.test.ts'],
  );

/**
 * The layers of shared/, bottom up: core (the record, names, search) ← rules (counting, votes,
 * elections, check-in, the result lifecycle) ← documents (what is printed and its layout) ← codecs
 * (files in and out: import, export, archive) ← demo. A layer imports values only from the layers
 * below it; types may point up (an entity's type names an election's post), since they leave no
 * dependency at run time. locales/ and ipc/ are contracts every layer may use.
 * typescript-eslint's copy of the rule is used for this, so it adds to the one above.
 */
export const SHARED_LAYERS = [
  ['core', ['rules', 'documents', 'codecs', 'demo']],
  ['rules', ['documents', 'codecs', 'demo']],
  ['documents', ['codecs', 'demo']],
  ['codecs', ['demo']],
];

export const sharedSubLayer = (layer, above) => ({
  name: `plenum/layers/shared-${layer}`,
  files: [`shared/${layer}/${SOURCES}`],
  // Tests and their fixtures (testing/) may build on anything, the demo event above all.
  ignores: ['shared/**/*.test.ts', 'shared/**/testing/**'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            ...refuse(
              climbsInto(...above),
              `shared/${layer} sits below shared/{${above.join(',')}}: ` +
                'it may import their types, never their values. ' +
                'Move what both need down into this layer (or below).',
            ),
            allowTypeImports: true,
          },
        ],
      },
    ],
  },
});

export const layers = [
  block('shared', [`shared/${SOURCES}`], SHARED_SOURCES, ['shared/**/*.test.ts']),
  ...SHARED_LAYERS.map(([layer, above]) => sharedSubLayer(layer, above)),
  block('shared-tests', ['shared/**/*.test.ts'], SHARED_TESTS),
  block('cli', [`cli/${SOURCES}`], CLI),
  block('electron', [`electron/${SOURCES}`], ELECTRON),
  block(
    'renderer',
    [`renderer/${SOURCES}`],
    [...NO_DEXIE, ...NO_ELECTRON],
    ['renderer/db/**', 'renderer/platform/**', 'renderer/components/**', 'renderer/features/*/**'],
  ),
  block(
    'renderer-components',
    [`renderer/components/${SOURCES}`],
    [...COMPONENTS, ...NO_DEXIE, ...NO_ELECTRON],
  ),
  block('renderer-db', [`renderer/db/${SOURCES}`], NO_ELECTRON),
  block('renderer-platform', [`renderer/platform/${SOURCES}`], NO_DEXIE),
  ...FEATURES.map((feature) =>
    block(
      `features/${feature}`,
      [`renderer/features/${feature}/${SOURCES}`],
      [...featureRestrictions(feature), ...NO_DEXIE, ...NO_ELECTRON],
    ),
  ),
];
