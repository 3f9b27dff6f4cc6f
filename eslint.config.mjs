import js from '@eslint/js';
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/** Which folders each layer may not import from. Tests (*.test.ts) may reach across for set-up. */
export const LAYERS = [
  {
    files: ['app/**'],
    banned: [
      { folder: 'db', message: 'app/ reaches data only through lib/ (use-cases), never db/ directly.' },
      { folder: 'cli', message: 'app/ and cli/ are separate entry points.' },
      { folder: 'testing', message: 'Test builders stay out of production code.' },
      { folder: 'demo', message: 'Demo data stays out of production pages.' },
    ],
  },
  {
    files: ['cli/**'],
    banned: [
      { folder: 'db', message: 'cli/ holds no rules and no SQL: call use-cases in lib/.' },
      { folder: 'app', message: 'app/ and cli/ are separate entry points.' },
      { folder: 'testing', message: 'Test builders stay out of production code.' },
    ],
  },
  {
    files: ['lib/**'],
    banned: [
      { folder: 'app', message: 'lib/ never imports app/ (web adapters belong in app/_server).' },
      { folder: 'cli', message: 'lib/ never imports cli/.' },
      { folder: 'demo', message: 'lib/ never imports demo data.' },
      { folder: 'testing', message: 'Test builders stay out of production code.' },
    ],
  },
  {
    files: ['db/**'],
    banned: [
      { folder: 'lib', message: 'db/ holds SQL only and never imports lib/ (shared vocabulary lives in domain/).' },
      { folder: 'app', message: 'db/ never imports app/.' },
      { folder: 'cli', message: 'db/ never imports cli/.' },
      { folder: 'demo', message: 'db/ never imports demo data.' },
      { folder: 'testing', message: 'Test builders stay out of production code.' },
    ],
  },
  {
    files: ['domain/**'],
    banned: ['app', 'cli', 'lib', 'db', 'demo', 'testing'].map((folder) => ({
      folder,
      message: 'domain/ is the vocabulary under every layer: it imports none of them.',
    })),
  },
];

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'drizzle/**',
      'public/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'e2e/.data/**',
      'bench/.data/**',
    ],
  },
  ...nextCoreWebVitals,
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Next.js server actions and pages are async by contract even when they do not await.
      '@typescript-eslint/require-await': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['cli/**', 'bench/**', 'instrumentation.ts', 'scripts/**', 'e2e/support/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  // Layers point down (DESIGN.md): app/ and cli/ are entry points over lib/; lib/ over db/;
  // domain/ (the vocabulary) under all of them. Each rule names what it keeps out and why.
  ...LAYERS.map(({ files, ignores, banned }) => ({
    files,
    ignores: ['**/*.test.ts', '**/*.test.tsx', ...(ignores ?? [])],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: banned.flatMap(({ folder, message }) => [
            { group: [`@/${folder}/*`, `@/${folder}`], message },
            // The same folder reached by a relative path out of the layer.
            { regex: `^(\\.\\./)+${folder}(/|$)`, message },
          ]),
        },
      ],
    },
  })),
  prettier,
);
