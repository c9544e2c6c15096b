// ESLint: the language rules (typescript-eslint's recommended set, without type information so it
// stays fast) and the layering of the tree (eslint.layers.js). `npm run lint` runs it with
// `--max-warnings 0`, then `prettier --check .` (formatting is Prettier's, not ESLint's).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layers } from './eslint.layers.js';

const FOLDERS = '{shared,renderer,electron,cli,e2e,bench,scripts}';

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist-electron/',
    'release/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    '.cache/',
  ]),
  {
    name: 'plenum/all',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    name: 'plenum/typescript',
    files: [`${FOLDERS}/**/*.{ts,tsx}`, '*.config.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      // A record copied without some fields (`const { id: _id, ...fields } = row`): the names beside a
      // rest element are there to leave those fields out.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    name: 'plenum/javascript',
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'plenum/line-length',
    // Prettier wraps at 110; what it cannot wrap (a long string, comment or regular expression) must
    // still fit in 120 characters, so that every line reads without scrolling.
    files: [`${FOLDERS}/**/*.{ts,tsx,js,mjs}`, '*.{js,ts}'],
    rules: { 'max-len': ['error', { code: 120, tabWidth: 2 }] },
  },
  {
    name: 'plenum/globals',
    // e2e/ and bench/ hand functions to the page (page.evaluate, waitForFunction).
    files: ['renderer/**', 'e2e/**', 'bench/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...layers,
);
