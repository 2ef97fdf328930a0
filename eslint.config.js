// ESLint flat config: TypeScript-aware rules for every folder; the core's purity is enforced by
// shared/tsconfig.json (no DOM/Office/Apps Script types) and by the restricted globals below.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'generated/', 'coverage/', '.scratch/', 'test/golden/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        exports: 'writable',
        __dirname: 'readonly',
        __filename: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'Office',
        'Excel',
        'CustomFunctions',
        'SpreadsheetApp',
        'HtmlService',
        'google',
        'console',
        'process',
      ],
    },
  },
  {
    // The pane UI of both hosts: the DOM and shared/ only (ui/tsconfig.json); hosts come in through DeskHost.
    files: ['ui/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'Office',
        'Excel',
        'OfficeExtension',
        'CustomFunctions',
        'SpreadsheetApp',
        'HtmlService',
        'Session',
        'ScriptApp',
        'google',
        'process',
      ],
    },
  },
);
