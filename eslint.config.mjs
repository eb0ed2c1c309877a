// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', '.vscode-test/**', 'tools/**', 'src/core/generated/**', '**/*.js', '**/*.mjs'] },
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
    files: ['src/editor/**/*.ts', 'src/deploy/**/*.ts', 'src/cli.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/editor/*', '../editor/*'], message: 'faces do not import each other' },
        ],
      }],
    },
  },
);
