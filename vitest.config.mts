import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // `server-only` throws outside a React Server Components build; under test it is a no-op.
      'server-only': path.resolve(import.meta.dirname, 'testing/server-only-stub.ts'),
    },
  },
  test: {
    include: [
      'lib/**/*.test.ts',
      'db/**/*.test.ts',
      'app/**/*.test.ts',
      'cli/**/*.test.ts',
      'domain/**/*.test.ts',
      'demo/**/*.test.ts',
      'testing/**/*.test.ts',
    ],
    environment: 'node',
    env: {
      DATABASE_URL: ':memory:',
      AUTH_SECRET: 'unit-test-secret-that-is-long-enough-000000',
      TZ: 'UTC',
    },
    pool: 'forks',
    testTimeout: 20_000,
  },
});
