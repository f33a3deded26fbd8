// ESLint with typescript-eslint's type-aware rules over the server, the pages, the tests and the bench.
// The layering is dependency-cruiser's (.dependency-cruiser.cjs); formatting is Prettier's.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', '**/*.js', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Settings are read once, at the top (src/config.ts), and handed down: no layer reads the environment.
    files: ['src/**/*.ts', 'entities/**/*.ts', 'resolvers/**/*.ts'],
    ignores: ['src/config.ts', 'src/hub.ts', 'src/server.ts', 'src/cli/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'read settings in src/config.ts and hand them down' },
      ],
    },
  },
  {
    // Not yet typed: these files still read parsed JSON, jest's asymmetric matchers and mysql2's rows
    // as any. Every other test reads answers through typed helpers (test/support/graphql.ts,
    // answers.ts, report-query.ts); this list only shrinks.
    files: [
      'test/analytics/metrics.test.ts',
      'test/auth/limits-and-http.test.ts',
      'test/checks/builder.ts',
      'test/checks/cells-blank.test.ts',
      'test/cli/command-line.test.ts',
      'test/cli/parse-command.test.ts',
      'test/documents/pdf-errors.test.ts',
      'test/http/response-cache.test.ts',
      'test/http/server.test.ts',
      'test/http/two-instances.test.ts',
      'test/parse/hongze-2023.test.ts',
      'test/parse/html-fixtures.test.ts',
      'test/parse/pingtan-2022.test.ts',
      'test/parse/sample-2021.test.ts',
      'test/parse/shuyang-2025.test.ts',
      'test/support/fixtures.ts',
      'test/support/mariadb-replication.ts',
    ],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  prettier,
);
