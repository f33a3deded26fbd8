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
  prettier,
);
