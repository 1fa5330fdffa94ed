// Lint config, including the import map that keeps the layers apart (GUIDE.md, "Who may import
// whom"). Move shared code into common/ instead of widening these lists.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'stream'];
const fence = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', '.tsbuild/', 'test-results/', 'playwright-report/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
  // common/: pure code. No Node, DOM, Electron, Preact, nor any other layer.
  {
    files: ['common/**/*.ts'],
    ignores: ['common/**/*.test.ts'],
    rules: fence(
      [...nodeBuiltins, 'electron', 'preact', 'preact/*', '@preact/*', '**/electron/**', '**/renderer/**'],
      'common/ is pure TypeScript: no Node, DOM, Electron, Preact or other layers.',
    ),
  },
  // renderer/: common/ and browser packages only.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.ts'],
    rules: fence([...nodeBuiltins, 'electron', '**/electron/**'], 'renderer/ may import common/ and browser packages only.'),
  },
  // electron/preload/: only the contract from common/ (and electron itself).
  {
    files: ['electron/preload/**/*.ts'],
    rules: fence(['**/backend/**', '**/main/**', '**/renderer/**', '**/cli/**', '**/browser-shell/**', 'lowdb', 'lowdb/*'], 'preload imports only electron and the contract.'),
  },
  // electron/backend/: common/ and Node; never electron, never a host.
  {
    files: ['electron/backend/**/*.ts'],
    rules: fence(['electron', '**/main/**', '**/preload/**', '**/cli/**', '**/browser-shell/**', '**/renderer/**'], 'backend/ imports common/ and Node only.'),
  },
  // CLI and browser shell: the backend, never electron.
  {
    files: ['electron/cli/**/*.ts', 'electron/browser-shell/**/*.ts'],
    rules: fence(['electron', '**/main/**', '**/preload/**', '**/renderer/**'], 'only electron/main imports electron.'),
  },
);
