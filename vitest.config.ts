import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright's specs live in tests/e2e and run under `playwright test`, never here.
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // PIN pepper key files (one per counter device) go to a scratch folder, never the user's own
    // configuration; child processes (hosts, the console, crash children) inherit it.
    env: { COUNTER_SECRET_DIR: join(tmpdir(), 'onestop-counter-test-keys') },
  },
});
