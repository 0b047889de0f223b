// Lint: typescript-eslint's recommended rules plus the layer boundaries of ARCHITECTURE.md, checked
// on resolved paths (so `../db/models/x.js` from web/ is refused whatever the relative spelling).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Each layer and what it must never import (ARCHITECTURE.md "Layers, enforced"). */
const LAYERS = [
  {
    target: './domain',
    from: ['./workflows', './activities', './services', './web', './db', './worker', './platform', './scripts', './config', './i18n'],
    message: 'domain/ is pure rules: it imports nothing of the product.',
  },
  {
    target: './workflows',
    from: ['./activities', './services', './web', './db', './worker', './platform', './scripts', './config', './i18n'],
    message: 'workflows/ may import only domain/ and the workflow SDK.',
  },
  { target: './web', from: ['./activities', './db', './worker'], message: 'web/ goes through services/, never activities/ or db/.' },
  { target: './db', from: ['./services', './web', './activities', './worker'], message: 'db/ never imports services/, web/, activities/ or worker/.' },
  { target: './activities', from: ['./services', './web'], message: 'activities/ use db/ and domain/, never services/ or web/.' },
  { target: './services', from: ['./web', './activities'], message: 'services/ never import web/ or activities/.' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'bench-results/**', 'test-artifacts/**', '.data/**', '.build/**', 'web/public/**', 'test/lint-fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.js'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYERS }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', { selector: 'TSAsExpression > TSNeverKeyword', message: 'Do not cast to never: type the value instead.' }],
    },
  },
  {
    // Pages and API reach data and processes only through services/ (no database or Temporal client in web/).
    files: ['web/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAsExpression > TSNeverKeyword', message: 'Do not cast to never: type the value instead.' },
        {
          selector: "MemberExpression[property.name=/^(db|temporal)$/][object.name='s']",
          message: 'web/ goes through services/: no database or Temporal calls here.',
        },
      ],
    },
  },
  {
    // Tests read loosely typed JSON and HTML; `any` is allowed there (never in the product).
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Workflow code runs in Temporal's deterministic sandbox: no wall clock, no randomness of its own.
    files: ['workflows/**/*.ts', 'domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'Use the workflow clock (condition/sleep).' },
        { name: 'setInterval', message: 'Use the workflow clock.' },
      ],
    },
  },
);
