// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', '.vscode-test/**', 'tools/**', 'src/core/generated/**', 'bench/results/**', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core is pure: it never imports vscode.' },
          { name: 'fs', message: 'src/core reads files only through the injected reader.' },
          { name: 'node:fs', message: 'src/core reads files only through the injected reader.' },
          { name: 'child_process', message: 'src/core runs nothing.' },
        ],
      }],
    },
  },
  {
    files: ['src/editor/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/deploy', '**/deploy/*', '**/cli', '**/cli/*'], message: 'the faces do not import each other' }] }] },
  },
  {
    files: ['src/deploy/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/editor', '**/editor/*', '**/cli', '**/cli/*'], message: 'the faces do not import each other' }] }] },
  },
  {
    files: ['src/cli.ts', 'src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/editor', '**/editor/*', '**/deploy', '**/deploy/*', 'vscode'], message: 'the CLI uses only the core' }] }] },
  },
);
